import { useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import type { PackForm } from '@/utils/pack/schema';
import type { ReviewSummary } from '@/utils/reviews/summaries';
import { createResponse } from '@/utils/storage/responses';
import type { InstalledPack } from '@/utils/storage/types';
import { useLocale, useT } from '../i18n';
import { StorageErrorNotice } from './StorageErrorNotice';
import { routeHref } from './useHashRoute';

interface PackLibraryProps {
  packs: InstalledPack[];
  reviews: ReviewSummary[];
}

export function PackLibrary(props: PackLibraryProps) {
  const t = useT();
  return (
    <section class="section" aria-labelledby="library-title">
      <h2 id="library-title">{t('app.library.title')}</h2>
      <ul class="cards">
        {props.packs.map((installed) => (
          <li key={installed.key}>
            <PackCard installed={installed} reviews={props.reviews} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PackCard(props: { installed: InstalledPack; reviews: ReviewSummary[] }) {
  const { pack } = props.installed;
  const t = useT();
  const locale = useLocale();
  return (
    <article class="card">
      <h3>{localize(pack.title, locale)}</h3>
      <p>{localize(pack.description, locale)}</p>
      <p class="meta">
        {t('app.library.meta', { version: pack.version, publisher: pack.publisher })}
        {props.installed.origin === 'builtin' && ` · ${t('app.library.builtin')}`}
      </p>
      <details class="sources">
        <summary>{t('app.library.sources')}</summary>
        <ul>
          {pack.sources.map((source) => (
            <li key={source.title.vi}>
              <strong>{localize(source.title, locale)}</strong>
              {source.issuer && <span> — {source.issuer}</span>}
              {source.note && <p>{localize(source.note, locale)}</p>}
            </li>
          ))}
        </ul>
      </details>
      {pack.forms.map((form) => (
        <FormStarter
          key={form.id}
          installed={props.installed}
          form={form}
          draft={props.reviews.find(
            ({ response }) =>
              // A draft on an older version counts too: opening it offers to move it here.
              response.status === 'draft' &&
              response.packId === pack.id &&
              response.formId === form.id,
          )}
        />
      ))}
    </article>
  );
}

function FormStarter(props: { installed: InstalledPack; form: PackForm; draft?: ReviewSummary }) {
  const t = useT();
  const locale = useLocale();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    try {
      const record = await createResponse({
        packId: props.installed.id,
        packVersion: props.installed.version,
        formId: props.form.id,
        progress: { answered: 0, total: 0 },
      });
      location.hash = routeHref({ name: 'review', responseId: record.id });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <div class="form-starter">
      <h4>{localize(props.form.title, locale)}</h4>
      {props.form.description && <p>{localize(props.form.description, locale)}</p>}
      {error ? <StorageErrorNotice error={error} /> : null}
      <div class="actions">
        {props.draft && (
          <a
            class="button button--primary"
            href={routeHref({ name: 'review', responseId: props.draft.response.id })}
          >
            {t('app.library.continueDraft')}
          </a>
        )}
        <button
          type="button"
          class={props.draft ? 'button' : 'button button--primary'}
          disabled={busy}
          onClick={start}
        >
          {props.draft ? t('app.library.startAnother') : t('app.library.start')}
        </button>
      </div>
    </div>
  );
}
