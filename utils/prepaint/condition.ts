/**
 * The few survey-core conditions a pack writes to show a box after an answer, e.g.
 * `{tt1} notempty and {tt1} != 'khong'` or `{dieu-1} = 'xem-lai'`, evaluated the way survey-core
 * does, so that the pre-painted page shows and hides them as the live form will. Anything else
 * (functions, parentheses, other operators, arrays compared with `=`) parses to null and the
 * element waits for the model. Pure.
 *
 * Grammar: or-list of and-lists of `{name} notempty | empty | = v | != v | anyof [v, …]`,
 * with v a quoted string or a number. `and` binds tighter than `or`, as in survey-core.
 */
export type Condition = Clause[][];

interface Clause {
  name: string;
  op: 'notempty' | 'empty' | '=' | '!=' | 'anyof';
  values: (string | number)[];
}

const CLAUSE =
  /^\{([^{}.[\]]+)\}\s*(?:(notempty|empty)|(=|!=)\s*('[^']*'|"[^"]*"|-?\d+(?:\.\d+)?)|anyof\s*\[([^\]]*)\])$/i;
const LIST_ITEM = /^('[^']*'|"[^"]*"|-?\d+(?:\.\d+)?)$/;

export function parseCondition(text: string): Condition | null {
  const alternatives = text.trim().split(/\s+or\s+/i);
  const condition: Condition = [];
  for (const alternative of alternatives) {
    const clauses: Clause[] = [];
    for (const part of alternative.split(/\s+and\s+/i)) {
      const clause = parseClause(part.trim());
      if (!clause) return null;
      clauses.push(clause);
    }
    condition.push(clauses);
  }
  return condition;
}

function parseClause(text: string): Clause | null {
  const match = CLAUSE.exec(text);
  if (!match?.[1]) return null;
  const name = match[1].trim();
  const unary = match[2]?.toLowerCase();
  if (unary === 'notempty' || unary === 'empty') return { name, op: unary, values: [] };
  if ((match[3] === '=' || match[3] === '!=') && match[4]) {
    return { name, op: match[3], values: [literal(match[4])] };
  }
  if (match[5] === undefined) return null;
  const items = match[5].split(',').map((item) => item.trim());
  if (!items.every((item) => LIST_ITEM.test(item))) return null;
  return { name, op: 'anyof', values: items.map(literal) };
}

function literal(text: string): string | number {
  return text.startsWith("'") || text.startsWith('"') ? text.slice(1, -1) : Number(text);
}

/** The questions a condition reads. */
export function conditionNames(condition: Condition): string[] {
  return condition.flatMap((clauses) => clauses.map((clause) => clause.name));
}

/** Null when survey-core's answer could not be known here (an array compared with `=`). */
export function evaluateCondition(
  condition: Condition,
  answerOf: (name: string) => unknown,
): boolean | null {
  let unknown = false;
  const result = condition.some((clauses) =>
    clauses.every((clause) => {
      const outcome = evaluateClause(clause, answerOf(clause.name));
      if (outcome === null) unknown = true;
      return outcome === true;
    }),
  );
  return unknown ? null : result;
}

function evaluateClause(clause: Clause, answer: unknown): boolean | null {
  const empty = isEmpty(answer);
  switch (clause.op) {
    case 'notempty':
      return !empty;
    case 'empty':
      return empty;
    case 'anyof': {
      const answers = Array.isArray(answer) ? answer : empty ? [] : [answer];
      return answers.some((item) => clause.values.some((value) => equal(item, value)));
    }
    default: {
      if (Array.isArray(answer)) return null;
      const same = !empty && equal(answer, clause.values[0]);
      return clause.op === '=' ? same : !same;
    }
  }
}

function isEmpty(answer: unknown): boolean {
  return (
    answer === undefined ||
    answer === null ||
    answer === '' ||
    (Array.isArray(answer) && answer.length === 0)
  );
}

/** survey-core compares case-insensitively by default, and 2 equals "2". */
function equal(answer: unknown, value: string | number | undefined): boolean {
  if (value === undefined) return false;
  if (typeof answer !== 'string' && typeof answer !== 'number') return false;
  return String(answer).toLowerCase() === String(value).toLowerCase();
}
