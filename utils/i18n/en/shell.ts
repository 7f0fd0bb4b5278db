import type { shell as vi } from '../vi/shell';
import { app } from './app';
import { popup } from './popup';
import { reviews } from './reviews';

export const shell: Record<keyof typeof vi, string> = {
  ...popup,
  ...app,
  ...reviews,
  // Help: the notice that uninstalling deletes the answers.
  'help.dataNotice.title': 'Keep your result',
  'help.dataNotice.body':
    'Uninstalling the extension, or resetting or clearing the browser’s data, deletes every answer on this device. To keep your result, open a completed review and press “Print the result”.',
  'help.dataNotice.dismiss': 'Got it',
  // Links from the home page to the other sections.
  'history.homeLink': 'My progress',
  'commitments.homeLink': 'Monthly commitments',
  'library.manage': 'Manage the form library',
  'rounds.secretary.homeLink': 'Cell review rounds (for the secretary)',
  // The round invitation card and the round label of a member’s review.
  'rounds.member.roundLabel': 'Round: {label} · {cell}',
  'rounds.member.home.title': 'Receive a self-review round invitation',
  'rounds.member.home.body':
    'When your cell opens a self-review round, the secretary sends you an invitation file. Open it here to do the round’s review.',
  'rounds.member.home.open': 'Open an invitation',
  // Report numbers: every page provides the rounds services, which format them.
  'report.number.band': '{low}–{high}',
  'report.number.hidden': 'hidden',
  'report.number.estimate': '≈ {value} ({low}–{high})',
};
