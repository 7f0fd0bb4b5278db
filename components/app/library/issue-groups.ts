import type { Locale } from '@/utils/i18n/types';
import { decodeUtf8 } from '@/utils/pack/encoding';
import type { PackIssue } from '@/utils/pack/issues';

/** The issues of one form (`$.forms[i]…`), or of the envelope when `formIndex` is undefined. */
export interface IssueGroup {
  formIndex?: number;
  /** The form's title (or id) as the file gives it, if it can be read; always shown as text. */
  formTitle?: string;
  issues: PackIssue[];
}

const FORM_PATH = /^\$\.forms\[(\d+)\]/;

/**
 * Groups a rejected file's issues by the form they are in, so an author sees "Biểu mẫu 2: …"
 * rather than a bare index. Titles are read leniently from the raw file: it failed the checks,
 * so nothing about its shape can be assumed.
 */
export function groupIssuesByForm(
  issues: readonly PackIssue[],
  bytes: Uint8Array,
  locale: Locale,
): IssueGroup[] {
  const forms = readForms(bytes);
  const groups = new Map<number | undefined, IssueGroup>();
  for (const issue of issues) {
    const match = FORM_PATH.exec(issue.path);
    const formIndex = match?.[1] === undefined ? undefined : Number(match[1]);
    let group = groups.get(formIndex);
    if (!group) {
      group = { formIndex, formTitle: formTitle(forms[formIndex ?? -1], locale), issues: [] };
      groups.set(formIndex, group);
    }
    group.issues.push(issue);
  }
  // The envelope first, then forms in file order.
  return [...groups.values()].sort((a, b) => (a.formIndex ?? -1) - (b.formIndex ?? -1));
}

function readForms(bytes: Uint8Array): unknown[] {
  try {
    const parsed: unknown = JSON.parse(decodeUtf8(bytes).text);
    const forms = isRecord(parsed) ? parsed.forms : undefined;
    return Array.isArray(forms) ? forms : [];
  } catch {
    return [];
  }
}

function formTitle(form: unknown, locale: Locale): string | undefined {
  if (!isRecord(form)) return undefined;
  const title = isRecord(form.title) ? form.title : {};
  const candidates = [locale === 'en' ? title.en : undefined, title.vi, form.id];
  const found = candidates.find((value) => typeof value === 'string' && value.trim() !== '');
  return typeof found === 'string' ? found : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
