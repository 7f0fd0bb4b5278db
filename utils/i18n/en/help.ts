import type { help as vi } from '../vi/help';

import { orientation } from './orientation';

export const help: Record<keyof typeof vi, string> = {
  ...orientation,
  'help.title': 'How to use Tự soi',
  'help.purpose.title': 'What Tự soi is for',
  'help.pin.title': 'Find Tự soi again in the toolbar',
  'help.answers.intro': 'For each manifestation, choose the answer that is most true of you:',
  'help.how.title': 'How a review goes',
  'help.how.start':
    'On the home page, under “Form library”, press “Start a self-review”. The items come in 3 groups, one page each.',
  'help.how.finish':
    'When all 27 items are answered, press “Complete”. A completed review can still be changed.',
  'help.who.title': 'Who can see what',
  'help.who.device':
    'Tự soi sends nothing over the network and cannot read the web pages you open. Anyone who uses this device and browser profile can open Tự soi and see your reviews.',
  'help.who.round':
    'In your cell’s round, only the contribution file you save yourself leaves this device. It holds no name, nothing you wrote and no dates or times, and it is encrypted so that only the secretary can open it. Before you save it, the screen shows every value it will carry.',
  'help.who.secretary':
    'The secretary’s app only shows totals for the whole cell, never one member’s review. But in the exact-count mode a determined secretary could still read your file alone; in the randomised mode nobody knows for sure what you answered. Other members only see the summary report.',
  'help.keep.title': 'Print and keep the result',
  'help.keep.print':
    'Open a completed review and press “Print the result”. In the print dialog, choose a printer, or “Save as PDF” to keep a file.',
  'help.keep.loss':
    'Uninstalling the extension, or resetting or clearing the browser’s data, deletes every answer on this device. Tự soi has no backup yet, so the printout (or PDF file) is the way to keep your result.',
  'help.sidePanel.title': 'Open Tự soi in the side panel',
  'help.sidePanel.body':
    'Press the Tự soi icon in the toolbar, then “Open in the side panel”: the review opens in a narrow panel on the right, next to the web page you are reading. In the panel, “Open full page” opens Tự soi in a tab again.',
};
