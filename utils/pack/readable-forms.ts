import { isRecord } from './json-walk';
import { aggregateSchema, type PackForm } from './schema';

/** What the survey checks need of a form. */
export type CheckedForm = Pick<PackForm, 'survey' | 'aggregate'>;

/**
 * The forms of a pack whose envelope is invalid, if the survey checks can still run on them:
 * `forms` is an array and each entry an object with a `survey` object. An aggregate section
 * that does not fit the format (the envelope issues say why) counts as no groups, so that its
 * rules report nothing twice. Lets one run report the envelope's and the surveys' problems.
 */
export function readableForms(json: unknown): CheckedForm[] | undefined {
  if (!isRecord(json) || !Array.isArray(json.forms) || json.forms.length === 0) return undefined;
  const forms: CheckedForm[] = [];
  for (const form of json.forms) {
    if (!isRecord(form) || !isRecord(form.survey)) return undefined;
    const aggregate = aggregateSchema.safeParse(form.aggregate);
    forms.push({
      survey: form.survey,
      aggregate: aggregate.success ? aggregate.data : { groups: [] },
    });
  }
  return forms;
}
