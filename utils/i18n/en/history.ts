import type { history as vi } from '../vi/history';

export const history: Record<keyof typeof vi, string> = {
  'history.title': 'My progress across reviews',
  'history.intro':
    'The reviews you completed, by round series of your cell (or by form, for reviews outside any round). Only you see this page: it reads this device and sends nothing.',
  'history.none':
    'No completed review yet. Once you have completed two or more reviews of the same form, this page shows how you are moving.',
  'history.chartTitle': '{series}: items you marked (partly or fully) in each review',
  'history.chartRound': 'No. {index}',
  'history.entry': 'Review {index} — {label}: {count} of {items} items marked.',
  'history.open': 'See the result',
  'history.compare': 'Compare two reviews',
  'history.before': 'Earlier',
  'history.after': 'Later',
  'history.option': 'Review {index} — {label}',
  'history.noChange': 'No item changed between these two reviews.',
  'history.changes': '{count} items changed',
  'history.item': 'Item',
  'history.change': 'Change',
  'history.better': 'Improved',
  'history.worse': 'Needs attention',
};
