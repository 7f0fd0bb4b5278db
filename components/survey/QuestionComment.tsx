import type { Question, SurveyModel } from 'survey-core';
import { domId } from './dom';
import type { FieldProps } from './QuestionFrame';
import { positive } from './question-body';

/** The survey's autoGrowComment and allowResizeComment, as for comment questions. */
function commentClass(question: Question): string {
  const survey = question.survey as Partial<
    Pick<SurveyModel, 'autoGrowComment' | 'allowResizeComment'>
  >;
  return [
    'ts-input ts-textarea',
    survey?.autoGrowComment && 'ts-textarea--grow',
    survey?.allowResizeComment === false && 'ts-textarea--fixed',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The optional comment box a question gets with `showCommentArea`. */
export function QuestionComment(props: { question: Question; field: FieldProps }) {
  const { question, field } = props;
  if (!question.showCommentArea || question.getType() === 'comment') return null;
  const id = domId(question, 'comment');
  return (
    <div class="ts-question-comment">
      <label for={id}>{question.commentText}</label>
      <textarea
        id={id}
        class={commentClass(question)}
        rows={question.commentAreaRows}
        value={question.comment}
        placeholder={question.commentPlaceholder || undefined}
        maxLength={positive(question.getOthersMaxLength())}
        disabled={field.disabled}
        onInput={(event) => {
          question.comment = event.currentTarget.value;
        }}
      />
    </div>
  );
}
