import type { Model } from 'survey-core';
import { useLocText, useSurveyProperties } from './hooks';

const HEADER_PROPERTIES = ['showTitle'];

/** The survey's own title and description (`title`, `description`, `showTitle`). */
export function SurveyHeader(props: { model: Model }) {
  const { model } = props;
  useSurveyProperties(model, HEADER_PROPERTIES);
  const title = useLocText(model.locTitle);
  const description = useLocText(model.locDescription);
  if (!model.showTitle || (!title && !description)) return null;
  return (
    <header class="ts-survey__header">
      {title && <p class="ts-survey__title">{title}</p>}
      {description && <p class="ts-description">{description}</p>}
    </header>
  );
}
