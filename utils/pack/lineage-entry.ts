import { nameKey } from './form-questions';
import type { ChoiceValue, Pack, PackLineageForm } from './schema';
import { compareVersions } from './semver';

/** A lineage form entry with every name NFC-normalised, ready to look answers up in. */
export interface FormLineage {
  /** Old name → name in the newer version. */
  renamed: Map<string, string>;
  /** Name in the newer version → old value key → new value. */
  choices: Map<string, Map<string, ChoiceValue>>;
  removed: Set<string>;
}

/** `newer`'s lineage entry for `olderVersion` and form `formId`, if it declares one. */
export function lineageFormOf(
  newer: Pack,
  olderVersion: string,
  formId: string,
): PackLineageForm | undefined {
  const entry = newer.lineage?.find(
    (candidate) => compareVersions(candidate.from, olderVersion) === 0,
  );
  return entry?.forms.find((form) => form.id === formId);
}

/** Whether `newer` declares a lineage entry for `olderVersion` at all. */
export function hasLineageFrom(newer: Pack, olderVersion: string): boolean {
  return (newer.lineage ?? []).some((entry) => compareVersions(entry.from, olderVersion) === 0);
}

export function normalisedLineage(form: PackLineageForm | undefined): FormLineage {
  return {
    renamed: new Map(
      Object.entries(form?.renamed ?? {}).map(([from, to]) => [nameKey(from), nameKey(to)]),
    ),
    choices: new Map(
      Object.entries(form?.choices ?? {}).map(([name, values]) => [
        nameKey(name),
        new Map(Object.entries(values).map(([from, to]) => [from.normalize('NFC'), to])),
      ]),
    ),
    removed: new Set((form?.removed ?? []).map(nameKey)),
  };
}
