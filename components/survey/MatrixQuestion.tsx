import type { ItemValue, MatrixRowModel, QuestionMatrixModel } from 'survey-core';
import { Helpers } from 'survey-core';
import { ChoiceList } from './ChoiceList';
import { domId } from './dom';
import { LocText } from './LocText';
import type { FieldProps } from './QuestionFrame';
import type { BodyProps } from './question-body';

/**
 * A single-choice matrix laid out as a table by CSS (`showHeader`, `alternateRows` apply). Each row is its own labelled radiogroup,
 * which a `<table>` cannot hold; on narrow screens the rows stack and every radio shows its
 * column's text.
 */
export function MatrixQuestion({ question, field }: BodyProps<QuestionMatrixModel>) {
  const columns = question.visibleColumns as ItemValue[];
  const classes = [
    'ts-matrix',
    question.alternateRows && 'ts-matrix--alternate',
    question.hasCellText && 'ts-matrix--cells',
  ];
  return (
    <div class={classes.filter(Boolean).join(' ')}>
      <div
        class={question.showHeader ? 'ts-matrix__head' : 'ts-visually-hidden'}
        aria-hidden="true"
      >
        <span />
        {columns.map((column) => (
          <span key={String(column.value)} class="ts-matrix__column">
            <LocText str={column.locText} />
          </span>
        ))}
      </div>
      {question.visibleRows.map((row, index) => (
        <MatrixRow
          key={row.name}
          question={question}
          row={row}
          index={index}
          columns={columns}
          field={field}
        />
      ))}
    </div>
  );
}

function MatrixRow(props: {
  question: QuestionMatrixModel;
  row: MatrixRowModel;
  /** Row names may contain spaces, which ids may not. */
  index: number;
  columns: ItemValue[];
  field: FieldProps;
}) {
  const { question, row } = props;
  const labelId = domId(question, `row-${props.index}`);
  const invalid = question.hasErrorInRow(row);
  return (
    <div
      class="ts-matrix__row"
      role="radiogroup"
      aria-labelledby={labelId}
      aria-invalid={invalid ? true : undefined}
    >
      <span class="ts-matrix__row-label" id={labelId}>
        <LocText str={row.locText} />
      </span>
      <ChoiceList
        type="radio"
        name={labelId}
        field={{ ...props.field, invalid }}
        class="ts-matrix__cells"
        question={question}
        options={props.columns.map((column) => ({
          key: String(column.value),
          // `cells` give each row its own text per column, shown instead of the column's.
          label: (
            <LocText
              str={
                question.hasCellText
                  ? question.getCellDisplayLocText(row.name, column)
                  : column.locText
              }
            />
          ),
          checked: Helpers.isTwoValueEquals(row.value, column.value),
          onChange: (checked) => {
            if (checked) row.value = column.value;
          },
        }))}
      />
    </div>
  );
}
