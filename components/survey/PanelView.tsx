import type { ComponentChildren } from 'preact';
import type { PanelModel } from 'survey-core';
import { domId, idList } from './dom';
import { ElementList } from './ElementView';
import { useSurveyProperties } from './hooks';
import { Description, ElementTitle, ErrorList, indentStyle } from './QuestionFrame';

const PANEL_PROPERTIES = ['elements', 'errors', 'isRequired', 'no', 'state'];

/**
 * A titled group of elements; without a title it is only a visual block. Dynamic panel items
 * pass a fallback title ("Mục 2") and their remove control as `footer`.
 */
export function PanelView(props: {
  panel: PanelModel;
  fallbackTitle?: string;
  footer?: ComponentChildren;
}) {
  const { panel } = props;
  useSurveyProperties(panel, PANEL_PROPERTIES);
  const hasDescription = panel.locDescription.calculatedText !== '';
  // `state` "collapsed" / "expanded": a titled panel the member can fold, as in SurveyJS.
  const collapsible = panel.hasTitle && (panel.isCollapsed || panel.isExpanded);
  const contentId = domId(panel, 'content');
  const body = (
    <>
      <ElementList elements={panel.elements} />
      <ErrorList id={domId(panel, 'err')} errors={panel.errors} />
      {props.footer}
    </>
  );
  const content = (
    <>
      <Description element={panel} />
      {collapsible ? <div id={contentId}>{!panel.isCollapsed && body}</div> : body}
    </>
  );
  if (!panel.hasTitle && props.fallbackTitle === undefined) {
    return (
      <div class="ts-panel ts-panel--plain" id={domId(panel)} style={indentStyle(panel.indent)}>
        {content}
      </div>
    );
  }
  return (
    <fieldset
      class="ts-panel"
      style={indentStyle(panel.indent)}
      id={domId(panel)}
      aria-describedby={idList(
        hasDescription && domId(panel, 'desc'),
        panel.errors.length > 0 && domId(panel, 'err'),
      )}
    >
      <legend class="ts-panel__title">
        {collapsible ? (
          <button
            type="button"
            class="ts-panel__toggle"
            aria-expanded={!panel.isCollapsed}
            aria-controls={contentId}
            onClick={() => panel.toggleState()}
          >
            <ElementTitle element={panel} no={panel.no} required={panel.isRequired} />
          </button>
        ) : panel.hasTitle ? (
          <ElementTitle element={panel} no={panel.no} required={panel.isRequired} />
        ) : (
          props.fallbackTitle
        )}
      </legend>
      {content}
    </fieldset>
  );
}
