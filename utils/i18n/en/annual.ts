import type { annual as vi } from '../vi/annual';

export const annual: Record<keyof typeof vi, string> = {
  'annual.open': 'The review to print or download for Word',
  'annual.title': 'Your personal review',
  'annual.backToReview': 'Back to the review',
  'annual.layoutNote':
    'Laid out after form {code}, reconstructed by Tự soi from public sources; not yet checked against the official form. Compare it with the form your cell hands out before filing it. The place (……) is left for you to write by hand. The document itself is in Vietnamese.',
  'annual.draftNote': 'This review is not complete: the document may still lack some content.',
  'annual.print': 'Print the review',
  'annual.docx': 'Download a Word file (.docx)',
  'annual.docxBusy': 'Making the Word file…',
  'annual.docxFailed': 'The Word file could not be made. Try again.',
  'annual.notAnnual': 'This is not an annual personal review, so it has no paper layout to print.',
  'annual.missing': 'This review cannot be found. It may have been deleted.',
  'annual.pullIn.title': 'Take from other parts of Tự soi',
  'annual.pullIn.hint':
    'You can insert your latest 27-item review result into section I.1 and the year’s commitments into section I.3. You see the text first and can edit it afterwards.',
  'annual.pullIn.result': 'Insert the latest review result (section I.1)',
  'annual.pullIn.commitments': 'Insert the year’s commitments (section I.3)',
  'annual.pullIn.ask.result': 'Insert the latest review result into section I.1?',
  'annual.pullIn.ask.commitments': 'Insert the year’s commitments into section I.3?',
  'annual.pullIn.confirm': 'Insert',
  'annual.pullIn.editAfter':
    'It is added at the end of the box, after what you wrote; you can edit it.',
  'annual.pullIn.done.result': 'Inserted into section I.1. Read it again and edit as needed.',
  'annual.pullIn.done.commitments': 'Inserted into section I.3. Read it again and edit as needed.',
  'annual.pullIn.none.result': 'No 27-item review is completed yet.',
  'annual.pullIn.none.commitments': 'No registration with tasks yet.',
};
