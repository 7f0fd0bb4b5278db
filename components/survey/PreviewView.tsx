import type { Ref } from 'preact';
import type { IElement, PanelModel } from 'survey-core';
import { useT } from '../i18n';
import { domId } from './dom';
import { ElementList } from './ElementView';
import { useLocText } from './hooks';

/**
 * survey-core's preview before complete (`showPreviewBeforeComplete`): one page holding every
 * original page as a read-only section, each with an Edit button back to that page.
 */
export function PreviewView(props: {
  page: { id: string; elements: IElement[] };
  editText: string;
  headingRef: Ref<HTMLHeadingElement>;
  onEdit(section: PanelModel): void;
}) {
  const t = useT();
  const headingId = domId(props.page, 'title');
  // survey-core types children by interface; in the preview every one is an original page.
  const sections = props.page.elements as unknown as PanelModel[];
  return (
    <section class="ts-page ts-preview" aria-labelledby={headingId}>
      <h2 class="ts-page__title" id={headingId} ref={props.headingRef} tabIndex={-1}>
        {t('survey.previewHeading')}
      </h2>
      <p class="ts-description">{t('survey.previewHint')}</p>
      {sections.map((section, index) => (
        <PreviewSection
          key={section.id}
          section={section}
          index={index}
          editText={props.editText}
          onEdit={props.onEdit}
        />
      ))}
    </section>
  );
}

function PreviewSection(props: {
  section: PanelModel;
  index: number;
  editText: string;
  onEdit(section: PanelModel): void;
}) {
  const t = useT();
  const { section } = props;
  const title = useLocText(section.locTitle) || t('survey.pageHeading', { page: props.index + 1 });
  const headingId = domId(section, 'title');
  return (
    <section class="ts-preview__section" aria-labelledby={headingId}>
      <div class="ts-preview__head">
        <h3 class="ts-preview__title" id={headingId}>
          {title}
        </h3>
        <button
          type="button"
          class="button"
          aria-label={t('survey.editSection', { action: props.editText, section: title })}
          onClick={() => props.onEdit(section)}
        >
          {props.editText}
        </button>
      </div>
      <ElementList elements={section.elements} />
    </section>
  );
}
