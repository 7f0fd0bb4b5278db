import type { survey as vi } from '../vi/survey';

export const survey: Record<keyof typeof vi, string> = {
  'survey.progress': '{answered} of {total} questions answered',
  'survey.progressRequired': '{answered} of {total} answered',
  'survey.pageOf': 'Page {page} of {count}',
  'survey.pageHeading': 'Page {page}',
  'survey.navigation': 'Pages',
  'survey.required': 'required',
  'survey.errors.unanswered': 'Questions still to answer: {count}',
  'survey.errors.invalid': 'Questions to check: {count}',
  'survey.specify': 'Please specify',
  'survey.clearChoice': 'Clear answer',
  'survey.charactersLeft': '{count} characters left',
  'survey.panelItem': 'Item {index}',
  'survey.removeItem': '{action}: {item}',
  'survey.unsupported': 'Questions of type “{type}” cannot be shown yet.',
  'survey.previewHeading': 'Review your answers',
  'survey.previewHint': 'Check your answers before completing. Press “Edit” to go back to a page.',
  'survey.editSection': '{action}: {section}',
  'survey.tabs': 'Items',
  'survey.itemOf': 'Item {index} of {count}',
} as const;
