import { paperFormOf } from '../annual/forms';
import { LOCALES, type Locale } from '../i18n/types';
import { localize } from '../pack/localize';
import type { LocalizedText } from '../pack/schema';
import type { EarlyRead, EarlyTarget } from './early-read';
import { isObject } from './json';
import { type PaintPage, planPrepaint } from './plan';

/** Everything the pre-painted review page shows, taken from the raw records. */
export interface Prepaint {
  locale: Locale;
  largeText: boolean;
  packTitle: string;
  packVersion: string;
  formTitle: string;
  formDescription: string;
  /** The member's own name for the review, if any (the default name needs every review). */
  label: string | undefined;
  /** As last saved; absent for a new review whose count needs the model. */
  progress: { answered: number; total: number } | undefined;
  page: PaintPage;
}

/**
 * Null when the page should wait for the app: a completed review (it opens on its summary),
 * simple mode (one question per screen), a page whose live form shows more above the questions
 * than this paints (a reopened review's bar, the annual forms' pull-in offer: painting without
 * them would move the form down under the member's pointer), a form the planner cannot paint,
 * or records of a shape it does not expect.
 */
export function preparePrepaint(target: EarlyTarget, read: EarlyRead): Prepaint | null {
  const settings = isObject(read.settings) ? read.settings : {};
  if (settings.simpleMode === true) return null;
  const locale = LOCALES.find((known) => known === settings.locale) ?? 'vi';
  const response = read.response;
  if (response !== undefined && (!isObject(response) || response.status !== 'draft')) return null;
  if (response?.reopened !== undefined) return null;
  const formId = response ? response.formId : 'formId' in target ? target.formId : undefined;
  const packId = response ? response.packId : 'packId' in target ? target.packId : undefined;
  if (typeof packId !== 'string' || typeof formId !== 'string' || paperFormOf(packId, formId)) {
    return null;
  }
  const installed = isObject(read.pack) && isObject(read.pack.pack) ? read.pack.pack : undefined;
  const forms = installed?.forms;
  if (!installed || !Array.isArray(forms) || typeof installed.version !== 'string') return null;
  const form = forms.find((candidate) => isObject(candidate) && candidate.id === formId);
  if (!isObject(form) || !isObject(form.survey)) return null;
  const data = response ? response.data : {};
  const currentPage = response ? response.currentPage : 0;
  if (!isObject(data) || typeof currentPage !== 'number') return null;
  const page = planPrepaint({ survey: form.survey, data, currentPage, locale });
  const packTitle = localized(installed.title, locale);
  const formTitle = localized(form.title, locale);
  if (!page || packTitle === undefined || formTitle === undefined) return null;
  return {
    locale,
    largeText: settings.largeText === true,
    packTitle,
    packVersion: installed.version,
    formTitle,
    formDescription: localized(form.description, locale) ?? '',
    label: response && typeof response.label === 'string' ? response.label : undefined,
    progress: response ? progressOf(response.progress) : undefined,
    page,
  };
}

/** Pack metadata text (`{ vi, en? }`), as `localize` reads it. */
function localized(value: unknown, locale: Locale): string | undefined {
  if (!isObject(value) || typeof value.vi !== 'string') return undefined;
  const text: unknown = localize(value as LocalizedText, locale);
  return typeof text === 'string' ? text : undefined;
}

function progressOf(value: unknown): Prepaint['progress'] {
  if (!isObject(value)) return undefined;
  const { answered, total } = value;
  if (typeof answered !== 'number' || typeof total !== 'number' || total === 0) return undefined;
  return { answered, total };
}
