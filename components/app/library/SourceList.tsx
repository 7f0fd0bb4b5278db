import { localize } from '@/utils/pack/localize';
import type { PackSource } from '@/utils/pack/schema';
import { useLocale, useT } from '../../i18n';
import { formatIsoDate } from './format-date';

/** The documents a pack is based on, each with whether it is still in force. */
export function SourceList(props: { sources: readonly PackSource[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul class="sources-list">
      {props.sources.map((source, index) => {
        const replaced = source.status === 'replaced' ? source.replacedBy : undefined;
        const title = localize(source.title, locale);
        return (
          // Sources have no id; their order in the pack is stable for one version.
          <li key={index} class="source">
            <p class="source__title">
              {source.number && <strong>{source.number}</strong>}
              {source.number && ' — '}
              {title}
              {source.issuer && ` · ${source.issuer}`}
              {` · ${formatIsoDate(source.date, locale)}`}
            </p>
            <p class="source__status">
              {replaced ? (
                <span class="badge badge--warn">
                  {t('library.sources.replaced', {
                    number: replaced.number,
                    date: formatIsoDate(replaced.date, locale),
                  })}
                </span>
              ) : (
                <span class="badge badge--done">{t('library.sources.inForce')}</span>
              )}
              {replaced?.title && <span> {localize(replaced.title, locale)}</span>}
            </p>
            {source.note && <p class="source__note">{localize(source.note, locale)}</p>}
            <p class="source__links">
              {source.url && (
                <a class="link" href={source.url} target="_blank" rel="noopener noreferrer">
                  {t('library.sources.open')}
                  <span class="visually-hidden">: {title}</span>
                </a>
              )}
              {replaced?.url && (
                <a class="link" href={replaced.url} target="_blank" rel="noopener noreferrer">
                  {t('library.sources.openReplacement')}
                  <span class="visually-hidden">: {replaced.number}</span>
                </a>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
