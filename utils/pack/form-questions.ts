import { isRecord } from './json-walk';
import type { ChoiceValue, LocalizedText, PackForm } from './schema';
import { isQuestion, type SurveyNode, surveyNodes, trimmedName } from './survey-elements';
import { splitChoiceString } from './survey-properties';

/** One choice a member can pick, keyed as JSON object keys are (lineage `choices` maps). */
export interface ChoiceOption {
  value: ChoiceValue;
  /** `String(value)`: how a lineage `choices` map names this value. */
  key: string;
  text: LocalizedText;
}

/** What lineage, diff and parent mapping need to know about one question. */
export interface FormQuestion {
  /** The name as survey-core stores it: trimmed; compared NFC-normalised. */
  name: string;
  type: string | undefined;
  title: LocalizedText;
  /** The key survey-core stores the answer under when it is not the name. */
  valueName: string | undefined;
  /** The values a member can pick, when they are written in the form; undefined otherwise. */
  choices: ChoiceOption[] | undefined;
  inPanelDynamic: boolean;
  node: SurveyNode;
}

/** Names are compared after Unicode NFC normalisation, so "ế" typed two ways is one name. */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC');
}

/**
 * The questions of a form by {@link nameKey}, in document order; the first wins a repeated name.
 * Node paths start at `surveyPath` (the survey's place in the pack file, for issues).
 */
export function formQuestions(
  form: Pick<PackForm, 'survey'>,
  surveyPath = '$',
): Map<string, FormQuestion> {
  const questions = new Map<string, FormQuestion>();
  for (const node of surveyNodes(form.survey, surveyPath)) {
    if (!isQuestion(node) || node.name === undefined) continue;
    const key = nameKey(node.name);
    if (!questions.has(key)) questions.set(key, questionOf(node, node.name));
  }
  return questions;
}

/** The names of a form's aggregated questions, as {@link nameKey}s, in group order. */
export function aggregatedNames(form: Pick<PackForm, 'aggregate'>): string[] {
  return [...new Set(form.aggregate.groups.flatMap((group) => group.questions.map(nameKey)))];
}

function questionOf(node: SurveyNode, name: string): FormQuestion {
  const valueName = trimmedName(node.json.valueName);
  return {
    name,
    type: node.type,
    title: localizedOf(node.json.title) ?? { vi: name },
    valueName: valueName === name ? undefined : valueName,
    choices: choicesOf(node),
    inPanelDynamic: node.inPanelDynamic,
    node,
  };
}

/** A SurveyJS text (a string, or `{ "vi": …, "en": …, "default": … }`) as pack text. */
export function localizedOf(value: unknown): LocalizedText | undefined {
  if (typeof value === 'string') return { vi: value };
  if (!isRecord(value)) return undefined;
  const text = (key: string) => (typeof value[key] === 'string' ? value[key] : undefined);
  const vi = text('vi') ?? text('default') ?? text('en');
  if (vi === undefined) return undefined;
  const en = text('en');
  return en === undefined ? { vi } : { vi, en };
}

/** survey-core's own values of the extra items a choice question can show. */
const SPECIAL_ITEMS: Array<[keys: string[], value: string]> = [
  [['showNoneItem', 'hasNone'], 'none'],
  [['showOtherItem', 'hasOther'], 'other'],
  [['showRefuseItem'], 'refused'],
  [['showDontKnowItem'], 'dontknow'],
];

/** Most generated numbers worth listing; a wider range is treated as not written out. */
const MAX_GENERATED_ITEMS = 1000;

function choicesOf(node: SurveyNode): ChoiceOption[] | undefined {
  const { json } = node;
  switch (node.type) {
    case 'radiogroup':
    case 'checkbox':
    case 'dropdown': {
      // Choices copied from another question at run time are not written here.
      if (json.choicesFromQuestion !== undefined) return undefined;
      // A dropdown adds the numbers choicesMin…choicesMax (by choicesStep) after its choices.
      const range =
        node.type === 'dropdown' && numberOr(json.choicesMax, 0) > numberOr(json.choicesMin, 0)
          ? numberRange(
              numberOr(json.choicesMin, 0),
              numberOr(json.choicesMax, 0),
              json.choicesStep,
            )
          : [];
      if (range === undefined || (!Array.isArray(json.choices) && range.length === 0)) {
        return undefined;
      }
      const items = [
        ...(Array.isArray(json.choices) ? json.choices.flatMap(itemOf) : []),
        ...range,
      ];
      for (const [keys, value] of SPECIAL_ITEMS) {
        if (keys.some((key) => json[key] === true)) items.push(option(value, { vi: value }));
      }
      return items;
    }
    case 'boolean':
      return [
        option(choiceValue(json.valueTrue) ?? true, localizedOf(json.labelTrue) ?? { vi: 'true' }),
        option(
          choiceValue(json.valueFalse) ?? false,
          localizedOf(json.labelFalse) ?? { vi: 'false' },
        ),
      ];
    case 'rating':
      return ratingChoices(json);
    default:
      return undefined;
  }
}

function ratingChoices(json: Record<string, unknown>): ChoiceOption[] | undefined {
  if (Array.isArray(json.rateValues) && json.rateValues.length > 0) {
    return json.rateValues.flatMap(itemOf);
  }
  const min = numberOr(json.rateMin, 1);
  const step = numberOr(json.rateStep, 1);
  const count = numberOr(json.rateCount, 0);
  const max = count > 0 ? min + (count - 1) * step : numberOr(json.rateMax, 5);
  return numberRange(min, max, step);
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** min, min + step, … up to max, as survey-core generates them; undefined for a huge range. */
function numberRange(min: number, max: number, stepValue: unknown): ChoiceOption[] | undefined {
  const step = numberOr(stepValue, 1);
  if (step <= 0 || (max - min) / step >= MAX_GENERATED_ITEMS) return undefined;
  const items: ChoiceOption[] = [];
  for (let value = min; value <= max; value += step) items.push(option(value, { vi: `${value}` }));
  return items;
}

function itemOf(item: unknown): ChoiceOption[] {
  if (typeof item === 'string') {
    const { value, text } = splitChoiceString(item);
    return [option(value, { vi: text })];
  }
  if (typeof item === 'number' || typeof item === 'boolean')
    return [option(item, { vi: `${item}` })];
  if (!isRecord(item)) return [];
  const value = choiceValue(item.value);
  if (value === undefined) return [];
  return [option(value, localizedOf(item.text) ?? { vi: `${value}` })];
}

function choiceValue(value: unknown): ChoiceValue | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : undefined;
}

function option(value: ChoiceValue, text: LocalizedText): ChoiceOption {
  return { value, key: choiceKey(value), text };
}

/** A choice value as a lineage `choices` map names it: JSON keys are strings; NFC like names. */
export function choiceKey(value: ChoiceValue): string {
  return typeof value === 'string' ? value.normalize('NFC') : String(value);
}
