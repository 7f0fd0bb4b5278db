import type { summary as vi } from '../vi/summary';

export const summary: Record<keyof typeof vi, string> = {
  'summary.print': 'Print the result',
  'summary.printHint':
    'Press “Print the result” to print it on paper or save it as a PDF file to keep.',
  'summary.completedAt': 'Completed {date}',
  'summary.printedAt': 'Printed {date}',
  'summary.flagged.title': 'Items you marked',
  'summary.flagged.intro': 'The items answered {answers}, with the remedial measures you wrote.',
  'summary.flagged.none': 'You marked no item {answers}.',
  'summary.others.title': 'The other items',
  'summary.answers.title': 'Your answers',
  'summary.unanswered.title': 'Not answered',
  'summary.answer': 'Answer:',
  'summary.noAnswer': 'Not answered',
  'summary.nothingWritten': 'Nothing written',
  'summary.page': 'Page {number}',
};
