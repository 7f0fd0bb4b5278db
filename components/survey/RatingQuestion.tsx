import type { QuestionRatingModel } from 'survey-core';
import { ChoiceList } from './ChoiceList';
import { domId } from './dom';
import { LocText } from './LocText';
import type { BodyProps } from './question-body';

/** A rating scale as a row of radios; min/max descriptions name the two ends. */
export function RatingQuestion({ question, field }: BodyProps<QuestionRatingModel>) {
  const items = question.visibleRateValues;
  const min = question.minRateDescription;
  const max = question.maxRateDescription;
  const asItems = question.displayRateDescriptionsAsExtremeItems;
  const endOf = (index: number) =>
    index === 0 && question.hasMinRateDescription
      ? min
      : index === items.length - 1 && question.hasMaxRateDescription
        ? max
        : undefined;
  return (
    <>
      {!asItems && (question.hasMinRateDescription || question.hasMaxRateDescription) && (
        // Shown once above the scale; each end's radio also says it, for screen readers.
        <div class="ts-rating__ends" aria-hidden="true">
          <span>{question.hasMinRateDescription && min}</span>
          <span>{question.hasMaxRateDescription && max}</span>
        </div>
      )}
      <ChoiceList
        type="radio"
        name={domId(question)}
        field={field}
        columns={0}
        class="ts-choices--scale"
        options={items.map((item, index) => {
          const end = endOf(index);
          return {
            key: String(item.value),
            label:
              asItems && end ? (
                end
              ) : (
                <>
                  <LocText str={item.locText} />
                  {end && <span class="ts-visually-hidden"> – {end}</span>}
                </>
              ),
            checked: question.isItemSelected(item),
            onChange: (checked) => {
              if (checked) question.value = item.value;
            },
          };
        })}
      />
    </>
  );
}
