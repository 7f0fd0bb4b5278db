/**
 * The forms the benchmark renders, as survey JSON, and the packs that carry them into Tự soi:
 * the built-in 27-item form as it is paged, the same 27 items on one page, and generated forms
 * of realistic Vietnamese questions (radio groups of 3–4 choices, some comments).
 */
import { readFileSync } from 'node:fs';
import { seededRandom } from '../lib/schedule';
import { CHOICE_SETS, pick, questionNote, questionTitle } from './vietnamese';

type Json = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: survey JSON is read by known paths.
type SurveyJson = any;

export const NQ04_FILE = new URL('../../forms/nq04-27.json', import.meta.url);

export interface BuiltinForm {
  envelope: Json;
  survey: SurveyJson;
  aggregate: Json;
}

export function readNq04(): BuiltinForm {
  const pack = JSON.parse(readFileSync(NQ04_FILE, 'utf8')) as SurveyJson;
  const { forms, lineage: _lineage, $schema: _schema, ...envelope } = pack;
  return { envelope, survey: forms[0].survey, aggregate: forms[0].aggregate };
}

/** The same elements, in the same order, on a single page. */
export function onePage(survey: SurveyJson): SurveyJson {
  const { pages, ...rest } = survey;
  return {
    ...rest,
    pages: [
      {
        name: 'tat-ca',
        title: { vi: 'Cả ba nhóm biểu hiện', en: 'All three groups' },
        elements: pages.flatMap((page: SurveyJson) => page.elements),
      },
    ],
  };
}

/**
 * `count` questions, `perPage` to a page: mostly radio groups; every sixth a comment, half of
 * them remedy boxes shown only after an answer other than the first choice (as in the 27
 * items), half always shown. About 40 % of questions have a description.
 */
export function generatedSurvey(count: number, perPage: number, seed = 300): SurveyJson {
  const random = seededRandom(seed);
  const elements: SurveyJson[] = [];
  let lastRadio: { name: string; first: string } | undefined;
  for (let no = 1; no <= count; no++) {
    const name = `q${no}`;
    if (no % 6 === 0 && lastRadio) {
      const remedy = no % 12 === 0;
      elements.push({
        type: 'comment',
        name,
        rows: 3,
        maxLength: 2000,
        title: { vi: remedy ? `Biện pháp khắc phục cho câu ${no - 1}` : `${no}. Nhận xét thêm` },
        ...(remedy
          ? {
              visibleIf: `{${lastRadio.name}} notempty and {${lastRadio.name}} != '${lastRadio.first}'`,
            }
          : { description: { vi: 'Không bắt buộc.' } }),
      });
      continue;
    }
    const choices = pick(CHOICE_SETS, random);
    elements.push({
      type: 'radiogroup',
      name,
      isRequired: random() < 0.5,
      colCount: 0,
      title: { vi: questionTitle(no, random) },
      ...(random() < 0.4 ? { description: { vi: questionNote(random) } } : {}),
      choices: choices.map(([value, text]) => ({ value, text: { vi: text } })),
    });
    lastRadio = { name, first: choices[0]?.[0] ?? '' };
  }
  const pages = [];
  for (let start = 0; start < elements.length; start += perPage) {
    pages.push({
      name: `trang-${pages.length + 1}`,
      title: { vi: `Phần ${pages.length + 1}` },
      elements: elements.slice(start, start + perPage),
    });
  }
  return { showQuestionNumbers: 'off', checkErrorsMode: 'onComplete', pages };
}

export interface PackInput {
  id: string;
  title: string;
  formId: string;
  survey: SurveyJson;
  aggregate: Json;
}

export const BENCH_PACK_VERSION = '1.0.0';

/** A pack around one form, with the built-in pack's publisher, date and sources. */
export function benchPack(envelope: Json, input: PackInput): Json {
  return {
    ...envelope,
    id: input.id,
    version: BENCH_PACK_VERSION,
    title: { vi: input.title },
    description: { vi: `Gói dùng cho npm run bench: ${input.title}.` },
    forms: [
      {
        id: input.formId,
        title: { vi: input.title },
        survey: input.survey,
        aggregate: input.aggregate,
      },
    ],
  };
}

/** A question the benchmark clicks: its name, title and its first choice. */
export interface ChoiceTarget {
  name: string;
  title: string;
  choiceText: string;
  choiceValue: string;
}

function choiceTarget(question: SurveyJson): ChoiceTarget {
  const text = (value: SurveyJson) => (typeof value === 'string' ? value : value.vi);
  const [first] = question.choices;
  return {
    name: question.name,
    title: text(question.title),
    choiceText: text(first.text),
    choiceValue: first.value,
  };
}

/**
 * The first radio group (clicked for "first input") and the last radio group of the first
 * page (answered once during set-up, so a stored review exists without touching the first).
 */
export function clickTargets(survey: SurveyJson): { first: ChoiceTarget; setup: ChoiceTarget } {
  const radios = survey.pages[0].elements.filter((e: SurveyJson) => e.type === 'radiogroup');
  if (radios.length < 2) throw new Error('The first page needs two radio groups.');
  return { first: choiceTarget(radios[0]), setup: choiceTarget(radios[radios.length - 1]) };
}
