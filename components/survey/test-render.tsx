// Test helper (not imported by production code): renders SurveyJS elements with our renderer.
import { fireEvent, render, screen } from '@testing-library/preact';
import type { Model } from 'survey-core';
import { createSurveyModel } from '@/utils/survey/create-model';
import { SurveyView } from './SurveyView';

/** One page holding `elements` (survey-level properties in `extra`), rendered; returns the model. */
export function show(
  elements: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): Model {
  const model = createSurveyModel({ ...extra, pages: [{ name: 'p', elements }] }, 'vi');
  render(<SurveyView model={model} />);
  return model;
}

export const complete = () => fireEvent.click(screen.getByRole('button', { name: 'Hoàn thành' }));
