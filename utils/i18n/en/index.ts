import type { MessageKey } from '../vi';
import { annual } from './annual';
import { app } from './app';
import { commitments } from './commitments';
import { common } from './common';
import { help } from './help';
import { history } from './history';
import { library } from './library';
import { remedy } from './remedy';
import { report } from './report';
import { reviews } from './reviews';
import { roundErrors } from './round-errors';
import { rounds } from './rounds';
import { roundsMember } from './rounds-member';
import { roundsReportUi } from './rounds-report-ui';
import { simple } from './simple';
import { storage } from './storage';
import { summary } from './summary';
import { survey } from './survey';

export const en: Record<MessageKey, string> = {
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
  ...commitments,
  ...summary,
  ...annual,
  ...history,
  ...simple,
  ...help,
  ...remedy,
  ...reviews,
};
