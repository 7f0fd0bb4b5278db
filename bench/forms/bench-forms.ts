/** The benchmark's forms, each with its pack file and the questions the runs click. */
import { validatePackBytes } from '../../utils/pack/validate';
import type { FormKey } from '../lib/rows';
import {
  benchPack,
  type ChoiceTarget,
  clickTargets,
  generatedSurvey,
  onePage,
  readNq04,
} from './generate';

type Json = Record<string, unknown>;

export interface BenchForm {
  key: FormKey;
  packId: string;
  formId: string;
  title: string;
  /** The survey JSON every renderer gets, unchanged. */
  survey: Json;
  pack: Json;
  first: ChoiceTarget;
  setup: ChoiceTarget;
}

function form(key: FormKey, title: string, survey: Json, aggregate: Json): BenchForm {
  const { envelope } = readNq04();
  const packId = `bench-${key}`;
  const formId = key;
  return {
    key,
    packId,
    formId,
    title,
    survey,
    pack: benchPack(envelope, { id: packId, title, formId, survey, aggregate }),
    ...clickTargets(survey),
  };
}

export function benchForms(): BenchForm[] {
  const nq04 = readNq04();
  return [
    form('nq04-paged', 'Bench: 27 biểu hiện, 3 trang', nq04.survey, nq04.aggregate),
    form('nq04-one-page', 'Bench: 27 biểu hiện, 1 trang', onePage(nq04.survey), nq04.aggregate),
    form('generated-300', 'Bench: 300 câu hỏi, 1 trang', generatedSurvey(300, 300), {
      groups: [],
    }),
  ];
}

/** The 2,000-question pack (the most a pack may hold) for timing `pack:check` in Node. */
export function largePack(): Json {
  const { envelope } = readNq04();
  const title = 'Bench: 2.000 câu hỏi';
  return benchPack(envelope, {
    id: 'bench-generated-2000',
    title,
    formId: 'generated-2000',
    survey: generatedSurvey(2000, 50, 2000),
    aggregate: { groups: [] },
  });
}

export function packBytes(pack: Json): Buffer {
  return Buffer.from(`${JSON.stringify(pack, null, 2)}\n`, 'utf8');
}

/** Throws with every issue when `pack:check`'s validation refuses the pack. */
export function assertValidPack(name: string, bytes: Uint8Array): void {
  const result = validatePackBytes(bytes);
  if (result.ok) return;
  const issues = result.issues.map((issue) => `  ${issue.path} [${issue.code}] ${issue.en}`);
  throw new Error(`Generated pack ${name} is invalid:\n${issues.join('\n')}`);
}
