import { app } from './app';
import { common } from './common';
import { library } from './library';
import { report } from './report';
import { reviews } from './reviews';
import { roundErrors } from './round-errors';
import { rounds } from './rounds';
import { roundsMember } from './rounds-member';
import { roundsReportUi } from './rounds-report-ui';
import { storage } from './storage';
import { survey } from './survey';

export const vi = {
  ...common,
  ...survey,
  ...storage,
  ...app,
  ...library,
  ...roundErrors,
  ...rounds,
  ...report,
  ...roundsMember,
  ...roundsReportUi,
  ...reviews,
};
export type MessageKey = keyof typeof vi;
