import { describe, expect, it } from 'vitest';
import { createSurveyModel } from './create-model';
import { resumeDraft } from './resume';

const withStartPage = {
  firstPageIsStartPage: true,
  pages: [
    { name: 'mo_dau', elements: [{ type: 'comment', name: 'ghi_truoc' }] },
    { name: 'p1', elements: [{ type: 'text', name: 'a' }] },
    { name: 'p2', elements: [{ type: 'text', name: 'b' }] },
  ],
};

function restored(json: Record<string, unknown>, data: Record<string, unknown>, page: number) {
  const model = createSurveyModel(json, 'vi');
  model.data = data;
  resumeDraft(model, page);
  return model;
}

describe('resumeDraft', () => {
  it('continues a started draft on its page instead of showing the start page again', () => {
    const model = restored(withStartPage, { a: 'x' }, 1);
    expect(model.state).toBe('running');
    expect(model.currentPage.name).toBe('p2');
  });

  it('starts a draft answered past the start page even when it was saved on the first page', () => {
    const model = restored(withStartPage, { a: 'x' }, 0);
    expect(model.state).toBe('running');
    expect(model.currentPage.name).toBe('p1');
  });

  it('shows the start page of a draft that has not got past it', () => {
    expect(restored(withStartPage, {}, 0).state).toBe('starting');
    expect(restored(withStartPage, { ghi_truoc: 'chỉ mở đầu' }, 0).state).toBe('starting');
  });

  it('restores the page of a form without a start page', () => {
    const model = restored({ pages: withStartPage.pages }, {}, 2);
    expect(model.state).toBe('running');
    expect(model.currentPage.name).toBe('p2');
  });
});
