import type { InstalledPack } from '@/utils/library';
import { localize } from '@/utils/pack/localize';
import type { Pack } from '@/utils/pack/schema';
import { formatDateTime } from '@/utils/reviews/summaries';
import { useLocale, useT } from '../../i18n';
import { formatIsoDate } from './format-date';
import { SourceList } from './SourceList';
import { VersionActions } from './VersionActions';

interface InstalledPacksProps {
  packs: readonly InstalledPack[];
  onPreview(pack: Pack): void;
  onRemoved(installed: InstalledPack): void;
}

/** Installed packs, one card per pack id, its versions newest first (the service's order). */
export function InstalledPacks(props: InstalledPacksProps) {
  const t = useT();
  const groups = groupById(props.packs);
  if (groups.length === 0) return <p class="empty">{t('library.installed.empty')}</p>;
  return (
    <ul class="cards">
      {groups.map((versions) => (
        <li key={versions[0]?.id}>
          <PackGroup versions={versions} {...props} />
        </li>
      ))}
    </ul>
  );
}

function PackGroup(props: { versions: InstalledPack[] } & Omit<InstalledPacksProps, 'packs'>) {
  const t = useT();
  const locale = useLocale();
  const [newest] = props.versions;
  if (!newest) return null;
  return (
    <article class="card pack-group" aria-labelledby={`pack-${newest.id}`}>
      <h3 id={`pack-${newest.id}`}>{localize(newest.pack.title, locale)}</h3>
      <p>{localize(newest.pack.description, locale)}</p>
      <p class="meta">
        <code>{newest.id}</code>
      </p>
      <h4 class="pack-group__versions">{t('library.installed.versions')}</h4>
      <ul class="version-list">
        {props.versions.map((installed) => (
          <li key={installed.key}>
            <VersionRow installed={installed} {...props} />
          </li>
        ))}
      </ul>
    </article>
  );
}

function VersionRow(props: { installed: InstalledPack } & Omit<InstalledPacksProps, 'packs'>) {
  const t = useT();
  const locale = useLocale();
  const { installed } = props;
  const { pack } = installed;
  return (
    <section class="version" aria-label={`${localize(pack.title, locale)} ${pack.version}`}>
      <p class="version__title">
        <strong>
          {t('library.version.meta', {
            version: pack.version,
            issued: formatIsoDate(pack.issued, locale),
            publisher: pack.publisher,
          })}
        </strong>
      </p>
      <p class="meta">
        {installed.origin === 'builtin'
          ? t('library.origin.builtin')
          : installed.fileName
            ? t('library.origin.file', { fileName: installed.fileName })
            : t('library.origin.fileUnnamed')}
        {' · '}
        {t('library.version.installedAt', { date: formatDateTime(installed.installedAt, locale) })}
        {' · '}
        {t('library.version.forms', { count: pack.forms.length })}
      </p>
      {pack.parent && (
        <p class="meta">
          {t('library.version.parent', { id: pack.parent.id, version: pack.parent.version })}
        </p>
      )}
      {installed.bytesReconstructed && <p class="meta">{t('library.version.reconstructed')}</p>}
      <details class="sources">
        <summary>{t('library.sources.title')}</summary>
        <SourceList sources={pack.sources} />
      </details>
      <VersionActions
        installed={installed}
        onPreview={props.onPreview}
        onRemoved={props.onRemoved}
      />
    </section>
  );
}

/** Consecutive records of one id form a group; the service lists them that way. */
function groupById(packs: readonly InstalledPack[]): InstalledPack[][] {
  const groups: InstalledPack[][] = [];
  for (const installed of packs) {
    const last = groups.at(-1);
    if (last?.[0]?.id === installed.id) last.push(installed);
    else groups.push([installed]);
  }
  return groups;
}
