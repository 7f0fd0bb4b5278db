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
};
