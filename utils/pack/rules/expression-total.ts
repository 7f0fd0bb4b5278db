import { type PackIssue, packIssue } from '../issues';
import { MAX_PACK_EXPRESSION_CHARACTERS } from '../limits';
import type { SurveyJson } from '../schema';
import { forEachSurveyProperty } from '../survey-properties';
import { EXPRESSION_TYPES } from './expression-length';

/** Characters of all expressions of a survey, as survey-core and the linter will parse them. */
export function expressionCharacters(survey: SurveyJson): number {
  let total = 0;
  forEachSurveyProperty(survey, '', ({ value, property }) => {
    if (EXPRESSION_TYPES.has(property.type) && typeof value === 'string') total += value.length;
  });
  return total;
}

/** At most MAX_PACK_EXPRESSION_CHARACTERS characters of expressions in a whole pack. */
export function expressionTotalIssues(characters: number): PackIssue[] {
  if (characters <= MAX_PACK_EXPRESSION_CHARACTERS) return [];
  return [
    packIssue('$.forms', 'pack.expressions-too-long', {
      length: characters,
      limit: MAX_PACK_EXPRESSION_CHARACTERS,
    }),
  ];
}
