import { describe, expect, it } from 'vitest';
import {
  MAX_DYNAMIC_PANEL_DEPTH,
  MAX_PACK_BYTES,
  MAX_PACK_EXPRESSION_CHARACTERS,
  MAX_PACK_QUESTIONS,
  MAX_START_PANEL_QUESTIONS,
  MAX_START_PANELS,
} from './limits';
import { issuePairs, packWith, secondSurvey, type TestPack } from './testing/packs';
import { validatePack, validatePackBytes } from './validate';

/** A condition of exactly `length` characters over earlier questions `{name}`. */
function condition(names: readonly string[], length: number): string {
  let text = `{${names[0]}} notempty`;
  for (let i = 1; text.length < length - 40; i++) {
    text += ` and {${names[i % names.length]}} != 'x${1 + (i % 2)}'`;
  }
  return text.padEnd(length, ' ');
}

/** Paneldynamics nested `counts.length` deep, each starting with counts[i] panels. */
function nestedPanels(counts: readonly number[], innerQuestions: number): Record<string, unknown> {
  const outer = counts.length - 1;
  let template: unknown[] = Array.from({ length: innerQuestions }, (_, n) => ({
    type: 'text',
    name: `trong_${n}`,
    ...(n > 0 && { visibleIf: `{panel.trong_${n - 1}} notempty` }),
    ...(n > 0 && outer > 0 && { enableIf: `{parentpanel.ngoai_${outer}} notempty` }),
  }));
  for (let level = counts.length - 1; level >= 0; level--) {
    template = [
      { type: 'text', name: `ngoai_${level}` },
      {
        type: 'paneldynamic',
        name: `lap_${level}`,
        panelCount: counts[level],
        templateElements: template,
      },
    ];
  }
  return { elements: template };
}

function questionCount(pack: TestPack): number {
  return (JSON.stringify(pack).match(/"name":"(?:q|trong|ngoai|lap)_/g) ?? []).length;
}

describe('the worst pack the limits allow', () => {
  it('is checked in a few seconds', () => {
    // 2 + 2·2 + 2·2·6 = 30 starting panels, three levels deep; 2 + 2 + 4 + 4 + 24 · 12 = 300
    // questions in them.
    const counts = [2, 2, 6];
    expect(2 + 2 * 2 + 2 * 2 * 6).toBe(MAX_START_PANELS);
    const pack = packWith((pack) => {
      const form = pack.forms[0];
      if (!form) throw new Error('the base pack changed');
      form.survey = nestedPanels(counts, 12);
      form.aggregate = { groups: [] };
      const flat = secondSurvey(pack).elements;
      const flatCount = MAX_PACK_QUESTIONS - questionCount(pack) - 2;
      // Expressions up to the pack-wide total, as many as there are questions…
      const expressionLength = Math.floor(MAX_PACK_EXPRESSION_CHARACTERS / flatCount) - 1;
      const question = (n: number, title: string) => ({
        type: 'radiogroup',
        name: `q_${n}`,
        title,
        choices: ['x1', 'x2'],
        ...(n > 0 && {
          visibleIf: condition(
            Array.from({ length: Math.min(n, 3) }, (_, back) => `q_${n - back - 1}`),
            expressionLength,
          ),
        }),
      });
      // …and titles that bring the file to just under 2 MiB.
      const room = MAX_PACK_BYTES - new TextEncoder().encode(JSON.stringify(pack)).byteLength;
      const perQuestion = JSON.stringify(question(1000, '')).length + 1;
      const titleLength = Math.floor((room - 8192) / flatCount - perQuestion - 4);
      for (let n = 0; n < flatCount; n++) {
        flat.push(question(n, `Câu hỏi ${n} `.padEnd(titleLength, 'x')));
      }
    });
    const bytes = new TextEncoder().encode(JSON.stringify(pack));
    expect(bytes.byteLength).toBeGreaterThan(MAX_PACK_BYTES * 0.95);
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_PACK_BYTES);

    const started = performance.now();
    const result = validatePackBytes(bytes);
    const seconds = (performance.now() - started) / 1000;
    expect(issuePairs(result)).toEqual([]);
    // About 3 s on this machine kind when it is idle. The margin is for a busy test run; what
    // the limits prevent took minutes.
    expect(seconds).toBeLessThan(15);
  }, 60_000);
});

describe('dynamic panel limits', () => {
  const withForm = (survey: Record<string, unknown>) =>
    packWith((pack) => {
      const form = pack.forms[0];
      if (!form) throw new Error('the base pack changed');
      form.survey = survey;
      form.aggregate = { groups: [] };
    });

  it(`rejects paneldynamics nested deeper than ${MAX_DYNAMIC_PANEL_DEPTH}, at the first too-deep one, before survey-core builds them`, () => {
    // Twenty levels with a panel each would keep survey-core busy for minutes.
    const pack = withForm(nestedPanels(Array(20).fill(1), 1));
    const started = performance.now();
    const pairs = issuePairs(validatePack(pack));
    expect(performance.now() - started).toBeLessThan(2000);
    const tooDeep = '.templateElements[1]'.repeat(MAX_DYNAMIC_PANEL_DEPTH);
    expect(pairs).toEqual([
      [`$.forms[0].survey.elements[1]${tooDeep}.type`, 'survey.paneldynamic-too-deep'],
    ]);
  });

  it(`accepts ${MAX_DYNAMIC_PANEL_DEPTH} levels`, () => {
    const pack = withForm(nestedPanels(Array(MAX_DYNAMIC_PANEL_DEPTH).fill(1), 1));
    expect(issuePairs(validatePack(pack))).toEqual([]);
  });

  it('counts starting panels through nesting, from panelCount, minPanelCount and defaultValue', () => {
    const survey = nestedPanels([2, 6], 1);
    const outer = (survey.elements as Array<Record<string, unknown>>)[1] as Record<string, unknown>;
    outer.panelCount = 0;
    outer.minPanelCount = 3;
    outer.defaultValue = Array(4).fill({});
    // 4 outer panels, 4 · 6 inner ones: 28 — under the limit; 7 inner per outer panel is not.
    expect(issuePairs(validatePack(withForm(survey)))).toEqual([]);
    const inner = (outer.templateElements as Array<Record<string, unknown>>)[1] as Record<
      string,
      unknown
    >;
    inner.panelCount = 7;
    expect(4 + 4 * 7).toBeGreaterThan(MAX_START_PANELS);
    expect(issuePairs(validatePack(withForm(survey)))).toEqual([
      ['$.forms[0].survey', 'survey.too-many-start-panels'],
    ]);
  });

  it('counts each template question once per starting panel', () => {
    // 30 panels of 11 questions: 330.
    const survey = nestedPanels(
      [MAX_START_PANELS],
      MAX_START_PANEL_QUESTIONS / MAX_START_PANELS + 1,
    );
    expect(issuePairs(validatePack(withForm(survey)))).toEqual([
      ['$.forms[0].survey', 'survey.too-many-start-panel-questions'],
    ]);
  });
});
