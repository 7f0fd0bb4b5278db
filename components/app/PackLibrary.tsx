import { useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import type { PackForm } from '@/utils/pack/schema';
import type { ReviewSummary } from '@/utils/reviews/summaries';
import type { InstalledPack } from '@/utils/storage/types';
import { useShellT } from '../i18n-shell';
import { useLocale } from '../locale';
import { reviewLabel } from '../reviews/review-label';
import { ConfirmDialog } from './ConfirmDialog';
import { routeHref } from './useHashRoute';

interface PackLibraryProps {
  packs: InstalledPack[];
  reviews: ReviewSummary[];
}

export function PackLibrary(props: PackLibraryProps) {
  const t = useShellT();
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
  const t = useShellT();
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
  const t = useShellT();
  const locale = useLocale();
  const [asking, setAsking] = useState(false);
  const { draft } = props;
  const draftHref = draft && routeHref({ name: 'review', responseId: draft.response.id });
  // No record yet: the review page creates it with the first answer, so starting and leaving
  // (even by closing the tab) leaves no empty draft behind.
  const startHref = routeHref({
    name: 'start',
    packId: props.installed.id,
    packVersion: props.installed.version,
    formId: props.form.id,
  });

  const formTitle = localize(props.form.title, locale);
  return (
    <div class="form-starter">
      <h4>{formTitle}</h4>
      {props.form.description && <p>{localize(props.form.description, locale)}</p>}
      <div class="actions">
        {draftHref && (
          <a
            class="button button--primary"
            href={draftHref}
            aria-label={`${t('app.library.continueDraft')}: ${formTitle}`}
          >
            {t('app.library.continueDraft')}
          </a>
        )}
        {draft ? (
          <button
            type="button"
            class="button"
            aria-label={`${t('app.library.startAnother')}: ${formTitle}`}
            onClick={() => setAsking(true)}
          >
            {t('app.library.startAnother')}
          </button>
        ) : (
          <button
            type="button"
            class="button button--primary"
            // Several forms can be offered: the name says which one starts.
            aria-label={`${t('app.library.start')}: ${formTitle}`}
            onClick={() => {
              location.hash = startHref;
            }}
          >
            {t('app.library.start')}
          </button>
        )}
      </div>
      {asking && draft && draftHref && (
        <ConfirmDialog
          title={t('reviews.startAsk.title')}
          tone="primary"
          // Continuing is the likelier wish and loses nothing: it is the main button.
          confirmLabel={t('app.library.continueDraft')}
          alternative={{
            label: t('app.library.startAnother'),
            onSelect: () => {
              setAsking(false);
              location.hash = startHref;
            },
          }}
          onConfirm={() => {
            setAsking(false);
            location.hash = draftHref;
          }}
          onCancel={() => setAsking(false)}
        >
          <p>
            {t('reviews.startAsk.body', {
              label: reviewLabel(t, locale, draft.response, draft.ordinal),
              answered: draft.response.progress.answered,
              total: draft.response.progress.total,
            })}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
