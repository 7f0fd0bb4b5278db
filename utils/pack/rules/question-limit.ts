import { type PackIssue, packIssue } from '../issues';
import { MAX_PACK_QUESTIONS } from '../limits';

/** At most MAX_PACK_QUESTIONS questions in a whole pack, nested ones included. */
export function questionLimitIssues(questionCount: number): PackIssue[] {
  if (questionCount <= MAX_PACK_QUESTIONS) return [];
  return [
    packIssue('$.forms', 'pack.too-many-questions', {
      count: questionCount,
      limit: MAX_PACK_QUESTIONS,
    }),
  ];
}
