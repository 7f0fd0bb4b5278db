// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import type { Model, Question } from 'survey-core';
import { afterEach, describe, expect, it } from 'vitest';
import registration from '@/forms/dang-ky-cam-ket.json';
import annual from '@/forms/kiem-diem-2025.json';
import nq04 from '@/forms/nq04-27.json';
import qd207 from '@/forms/qd207-19-dieu.json';
import type { Locale } from '@/utils/i18n/types';
import { planPrepaint } from '@/utils/prepaint/plan';
import type { Prepaint } from '@/utils/prepaint/prepare';
import { createSurveyModel } from '@/utils/survey/create-model';
import { getProgress } from '@/utils/survey/progress';
import { LocaleProvider } from '../i18n';
import { domId } from '../survey/dom';
import { SurveyView } from '../survey/SurveyView';
import { PrePaintView, QUESTION_ATTRIBUTE } from './PrePaintView';

afterEach(cleanup);

/** What a member reads and sees answered in one question box. */
interface QuestionContent {
  text: string;
  checked: boolean[];
  values: string[];
}

function contentOf(box: Element): QuestionContent {
  // A text box's value is compared as its value: a default value is also its text node.
  const copy = box.cloneNode(true) as Element;
  for (const field of copy.querySelectorAll('textarea')) field.remove();
  return {
    // Whitespace is layout, not content.
    text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
    checked: [...box.querySelectorAll('input[type=radio], input[type=checkbox]')].map(
      (input) => (input as HTMLInputElement).checked,
    ),
    values: [...box.querySelectorAll('textarea, input:not([type=radio]):not([type=checkbox])')].map(
      (input) => (input as HTMLInputElement).value,
    ),
  };
}

/** Page-level text above the questions: page n of m, page title and description, progress. */
function pageText(root: Element): string[] {
  return [
    ...root.querySelectorAll(
      '.ts-progress__text, .ts-page__indicator, .ts-page > h2, .ts-page > .ts-description',
    ),
  ].map((element) => (element.textContent ?? '').trim());
}

interface PackJson {
  title: { vi: string; en?: string };
  version: string;
  forms: { id: string; title: { vi: string; en?: string }; survey: Record<string, unknown> }[];
}

const PACKS = [nq04, registration, annual, qd207] as unknown as PackJson[];

/** Answer sets: none; the first choice and some text everywhere; the last choice everywhere. */
function answerSets(model: Model): Record<string, unknown>[] {
  const pick = (which: 'first' | 'last') => {
    const data: Record<string, unknown> = {};
    for (const question of model.getAllQuestions()) {
      const choices = (question as { choices?: { value: unknown }[] }).choices;
      const type = question.getType();
      if ((type === 'radiogroup' || type === 'checkbox') && choices?.length) {
        const choice = choices[which === 'first' ? 0 : choices.length - 1]?.value;
        data[question.name] = type === 'checkbox' ? [choice] : choice;
      } else if ((type === 'comment' || type === 'text') && which === 'first') {
        data[question.name] = `Trả lời ${question.name}`;
      }
    }
    return data;
  };
  return [{}, pick('first'), pick('last')];
}

async function compare(pack: PackJson, form: PackJson['forms'][number], locale: Locale) {
  const probe = createSurveyModel(form.survey, locale);
  let painted = 0;
  for (const data of answerSets(probe)) {
    for (let pageNo = 0; pageNo < probe.pages.length; pageNo++) {
      const page = planPrepaint({ survey: form.survey, data, currentPage: pageNo, locale });
      if (!page) continue;
      painted++;
      const model = createSurveyModel(form.survey, locale);
      model.data = data;
      model.currentPageNo = pageNo;
      const prepaint: Prepaint = {
        locale,
        largeText: false,
        packTitle: pack.title.vi,
        packVersion: pack.version,
        formTitle: form.title.vi,
        formDescription: '',
        label: undefined,
        progress: getProgress(model),
        page,
      };
      const early = render(
        <PrePaintView prepaint={prepaint} surface="page" onAnswer={() => undefined} />,
      ).container;
      const live = render(
        <LocaleProvider locale={locale}>
          <SurveyView model={model} />
        </LocaleProvider>,
      ).container;
      const where = `${form.id} page ${pageNo + 1} (${locale}) with ${JSON.stringify(data).slice(0, 60)}`;
      // Every question the pre-paint shows, shown the same; every other one is one it left out.
      // (A long page shows its first questions first and the rest a moment later.)
      const shownEarly = () =>
        [...early.querySelectorAll('.ts-page > .ts-question')].map((box) =>
          box.querySelector(`[${QUESTION_ATTRIBUTE}]`)?.getAttribute(QUESTION_ATTRIBUTE),
        );
      const planned = new Set(page.questions.map((question) => question.name));
      const onPage: Question[] = model.currentPage.questions;
      const shownLive = onPage
        .filter((question) => question.isVisible && planned.has(question.name))
        .map((question) => question.name);
      await waitFor(() => expect(shownEarly(), where).toEqual(shownLive));
      expect(pageText(early), where).toEqual(pageText(live));
      for (const name of shownLive) {
        const question = model.getQuestionByName(name);
        const liveBox = live.querySelector(`#${domId(question)}`);
        const earlyBox = early
          .querySelector(`[${QUESTION_ATTRIBUTE}="${name}"]`)
          ?.closest('.ts-question');
        expect(liveBox && earlyBox, `${where}: ${name}`).toBeTruthy();
        if (liveBox && earlyBox) {
          expect(contentOf(earlyBox), `${where}: ${name}`).toEqual(contentOf(liveBox));
        }
      }
      cleanup();
    }
  }
  return painted;
}

describe('the pre-painted page and the live form show the same', () => {
  for (const pack of PACKS) {
    for (const form of pack.forms) {
      for (const locale of ['vi', 'en'] as const) {
        it(`${form.id} (${locale})`, async () => {
          expect(await compare(pack, form, locale)).toBeGreaterThan(0);
          // Every page three times over, both ways: slow on a busy machine.
        }, 30_000);
      }
    }
  }

  it('paints every question of the 27-item review and the 19-article check', () => {
    for (const pack of [nq04, qd207] as unknown as PackJson[]) {
      const form = pack.forms[0];
      if (!form) throw new Error('no form');
      const model = createSurveyModel(form.survey, 'vi');
      model.pages.forEach((page, pageNo) => {
        const plan = planPrepaint({
          survey: form.survey,
          data: {},
          currentPage: pageNo,
          locale: 'vi',
        });
        expect(plan?.questions.map((question) => question.name)).toEqual(
          page.questions.map((question) => question.name),
        );
      });
    }
  });
});
