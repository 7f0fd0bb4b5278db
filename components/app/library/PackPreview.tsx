import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Model } from 'survey-core';
import { localize } from '@/utils/pack/localize';
import type { Pack, PackForm } from '@/utils/pack/schema';
import { createSurveyModel } from '@/utils/survey/create-model';
import { useLocale, useT } from '../../i18n';
import { useSurveyProperties } from '../../survey/hooks';
import { SurveyView } from '../../survey/SurveyView';
import { ViewHeading } from '../ViewHeading';

/**
 * A pack's forms as a member would see them, to try out: answers live only in the model in
 * memory and nothing is written to storage. Every page can be opened from the page list, so an
 * author can check the last page without answering the required questions before it.
 *
 * Loaded lazily (default export): survey-core comes with it.
 */
export default function PackPreview(props: { pack: Pack; onClose(): void }) {
  const t = useT();
  const locale = useLocale();
  const { pack } = props;
  const [formId, setFormId] = useState(pack.forms[0]?.id);
  const form = pack.forms.find((candidate) => candidate.id === formId) ?? pack.forms[0];
  return (
    <div class="preview">
      <p class="preview__label" role="note">
        {t('preview.label')}
      </p>
      <div class="preview__heading">
        <ViewHeading>{t('preview.title', { pack: localize(pack.title, locale) })}</ViewHeading>
        <p class="meta">{t('app.version', { version: pack.version })}</p>
        <button type="button" class="button" onClick={props.onClose}>
          {t('preview.close')}
        </button>
      </div>
      {pack.forms.length > 1 && (
        <nav class="preview__forms" aria-labelledby="preview-forms-label">
          <p class="chips__label" id="preview-forms-label">
            {t('preview.forms')}
          </p>
          <ul class="chips">
            {pack.forms.map((candidate) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  class="button chip"
                  aria-pressed={candidate.id === form?.id}
                  onClick={() => setFormId(candidate.id)}
                >
                  {localize(candidate.title, locale)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {form && <FormPreview key={form.id} form={form} />}
    </div>
  );
}

function FormPreview(props: { form: PackForm }) {
  const t = useT();
  const locale = useLocale();
  // A new model starts the form over, with nothing answered.
  const [round, setRound] = useState(0);
  const model = useMemo(
    () => createSurveyModel(props.form.survey, locale),
    // `round` asks for a fresh model; a locale change is applied below without losing answers.
    [props.form, round],
  );
  useEffect(() => {
    model.locale = locale;
  }, [model, locale]);
  const completed = (
    <div class="notice">
      <p>{t('preview.completed')}</p>
      <button type="button" class="button" onClick={() => setRound((count) => count + 1)}>
        {t('preview.restart')}
      </button>
    </div>
  );
  return (
    <section class="preview__form">
      <h2 class="preview__form-title">{localize(props.form.title, locale)}</h2>
      {props.form.description && <p>{localize(props.form.description, locale)}</p>}
      <PageList model={model} />
      <SurveyView key={round} model={model} completed={completed} />
    </section>
  );
}

/** Buttons to open any page directly, whatever is answered on the pages before it. */
function PageList(props: { model: Model }) {
  const t = useT();
  const { model } = props;
  useSurveyProperties(model, ['currentPage', 'state']);
  const pages = model.visiblePages;
  if (pages.length < 2 || model.state !== 'running') return null;
  return (
    <nav class="preview__pages" aria-labelledby="preview-pages-label">
      <p class="chips__label" id="preview-pages-label">
        {t('preview.pages')}
      </p>
      <ol class="chips">
        {pages.map((page, index) => {
          const title = page.locTitle.calculatedText;
          const current = page === model.currentPage;
          return (
            <li key={page.id}>
              <button
                type="button"
                class="button chip"
                aria-current={current ? 'page' : undefined}
                onClick={() => {
                  model.currentPage = page;
                }}
              >
                {title
                  ? t('preview.page', { page: index + 1, title })
                  : t('preview.pageUntitled', { page: index + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
