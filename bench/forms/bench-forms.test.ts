import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, MAX_PACK_QUESTIONS } from '../../utils/pack/limits';
import { validatePackBytes } from '../../utils/pack/validate';
import { benchForms, largePack, packBytes } from './bench-forms';
import { generatedSurvey, readNq04 } from './generate';

// biome-ignore lint/suspicious/noExplicitAny: survey JSON is read by known paths.
type Any = any;
const elements = (survey: Any): Any[] => survey.pages.flatMap((page: Any) => page.elements);

describe('the benchmark forms', () => {
  const forms = benchForms();

  it('are valid packs, as pack:check and the library import judge them', () => {
    for (const form of forms) {
      const result = validatePackBytes(packBytes(form.pack));
      expect(result.ok ? [] : result.issues.map((issue) => issue.code), form.key).toEqual([]);
    }
  });

  it('carry the built-in form unchanged, paged and on one page', () => {
    const nq04 = readNq04().survey;
    const [paged, onePage] = forms;
    expect(paged?.survey).toEqual(nq04);
    expect(onePage?.survey.pages).toHaveLength(1);
    expect(elements(onePage?.survey)).toEqual(elements(nq04));
    expect(elements(nq04).filter((e) => e.type === 'radiogroup')).toHaveLength(27);
  });

  it('click a first question other than the one answered at set-up', () => {
    for (const form of forms) {
      expect(form.first.name).not.toBe(form.setup.name);
      expect(form.first.choiceText.length).toBeGreaterThan(0);
    }
    expect(forms[0]?.first).toMatchObject({
      name: 'tt1',
      choiceText: 'Không có',
      choiceValue: 'khong',
    });
  });

  it('generate 300 questions on one page: radio groups of 3–4 choices, some comments', () => {
    const generated = forms.find((form) => form.key === 'generated-300')?.survey as Any;
    expect(generated.pages).toHaveLength(1);
    const questions = elements(generated);
    expect(questions).toHaveLength(300);
    const radios = questions.filter((q) => q.type === 'radiogroup');
    expect(radios.length).toBe(250);
    for (const radio of radios) expect([3, 4]).toContain(radio.choices.length);
    expect(questions.filter((q) => q.type === 'comment')).toHaveLength(50);
    const titles = radios.map((q) => q.title.vi as string);
    expect(Math.min(...titles.map((t) => t.length))).toBeGreaterThan(40);
    expect(
      titles.every((title) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹ]/i.test(title)),
    ).toBe(true);
  });

  it('generate the same form every time', () => {
    expect(generatedSurvey(300, 300)).toEqual(generatedSurvey(300, 300));
  });

  it('make the largest pack allowed for the Node timing, under the file size limit', () => {
    const pack = largePack() as Any;
    expect(elements(pack.forms[0].survey)).toHaveLength(MAX_PACK_QUESTIONS);
    expect(packBytes(pack).byteLength).toBeLessThan(MAX_PACK_BYTES);
  });
});
