import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Model } from 'survey-core';
import { createSurveyModel } from '@/utils/survey/create-model';
import { useLocale, useT } from '../i18n';
import { SurveyView } from './SurveyView';

export interface FormPreviewProps {
  /** A form's SurveyJS JSON (`pack.forms[i].survey`), already validated. */
  survey: Record<string, unknown>;
  /**
   * `read-only` (default): every input disabled, pages turned without validation, so that every
   * page can be looked at. `try`: answer it as a member would, checks included; nothing is kept.
   */
  mode?: 'read-only' | 'try';
}

/**
 * A form of a pack shown by our own renderer before it is installed, for the pack library.
 * It owns its model and never saves: answers live in memory until the preview is closed.
 */
export function FormPreview(props: FormPreviewProps) {
  const t = useT();
  const locale = useLocale();
  const mode = props.mode ?? 'read-only';
  // A fresh model per form, mode and restart: nothing carries over between previews.
  const [round, setRound] = useState(0);
  const model = useMemo(
    () => previewModel(props.survey, locale, mode),
    [props.survey, mode, round],
  );
  useEffect(() => {
    model.locale = locale;
  }, [model, locale]);
  useEffect(() => () => model.dispose(), [model]);
  return (
    <div class="ts-form-preview">
      <p class="ts-hint">{t(mode === 'try' ? 'survey.preview.try' : 'survey.preview.readOnly')}</p>
      <SurveyView
        model={model}
        completed={
          <>
            <p>{t('survey.preview.tried')}</p>
            <button type="button" class="button" onClick={() => setRound((count) => count + 1)}>
              {t('survey.preview.again')}
            </button>
          </>
        }
      />
    </div>
  );
}

/** A model for previewing: `display` mode reads only and validates nothing on page turns. */
export function previewModel(
  survey: Record<string, unknown>,
  locale: 'vi' | 'en',
  mode: 'read-only' | 'try',
): Model {
  if (mode === 'try') return createSurveyModel(survey, locale);
  // Display mode skips a start page altogether; as an ordinary first page it stays reachable.
  const model = createSurveyModel({ ...survey, firstPageIsStartPage: false }, locale);
  model.mode = 'display';
  return model;
}
