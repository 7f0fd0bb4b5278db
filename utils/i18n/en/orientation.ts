import type { orientation as vi } from '../vi/orientation';

export const orientation: Record<keyof typeof vi, string> = {
  'help.purpose.body':
    'Tự soi helps you hold yourself up against the 27 manifestations of decline in political ideology, morality and lifestyle, “self-evolution” and “self-transformation” named in Resolution 04-NQ/TW, before your party cell’s criticism and self-criticism meeting.',
  'help.time':
    'A review usually takes about 15–20 minutes (only an estimate: everyone differs, and there is no need to hurry).',
  'help.autosave':
    'You can stop at any time: answers save after each choice. Next time, open Tự soi again and press “Continue”.',
  'help.pin':
    'To find Tự soi again in Chrome: press the puzzle-piece icon (Extensions) at the top right of the browser, then the pin next to “Tự soi”. The Tự soi icon then stays in the toolbar.',
  'help.answers.title': 'The three answers',
  'help.answers.none': 'No',
  'help.answers.noneBody': 'You do not see this manifestation in yourself.',
  'help.answers.partly': 'Partly',
  'help.answers.partlyBody':
    'At times, or to a small degree, you see it in yourself; you can write down how you will remedy it.',
  'help.answers.yes': 'Yes',
  'help.answers.yesBody':
    'You clearly see it in yourself; you can write down how you will remedy it, right below the item.',
  'help.orientation.title': 'New to Tự soi?',
  'help.orientation.skip': 'Skip',
  'help.orientation.start': 'Get started',
  'help.orientation.more': 'Read the full help',
  'help.orientation.later':
    'You can open this help again at any time from the “Help” link at the top.',
};
