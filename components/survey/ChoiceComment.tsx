import type { ItemValue, QuestionSelectBase } from 'survey-core';
import { useT } from '../i18n';
import { domId } from './dom';
import type { FieldProps } from './QuestionFrame';
import { positive } from './question-body';

/** The text box of a selected choice that asks for details, such as "Other (describe)". */
export function ChoiceComment(props: {
  question: QuestionSelectBase;
  item: ItemValue;
  /** The item's position: choice values may contain spaces, which ids may not. */
  index: number;
  field: FieldProps;
}) {
  const t = useT();
  const { question, item, field } = props;
  if (!question.isCommentShowing(item)) return null;
  const id = domId(question, `comment-${props.index}`);
  return (
    <div class="ts-choice-comment">
      <label for={id}>{t('survey.specify')}</label>
      <input
        id={id}
        type="text"
        class="ts-input"
        value={question.getCommentValue(item)}
        placeholder={question.otherPlaceholder || undefined}
        maxLength={positive(question.getOthersMaxLength())}
        disabled={field.disabled}
        aria-invalid={field.invalid ? true : undefined}
        aria-describedby={field.describedBy}
        onInput={(event) => question.setCommentValue(item, event.currentTarget.value)}
      />
    </div>
  );
}
