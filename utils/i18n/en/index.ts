import type { MessageKey } from '../vi';
import { annual } from './annual';
import { commitments } from './commitments';
import { help } from './help';
import { history } from './history';
import { library } from './library';
import { remedy } from './remedy';
import { report } from './report';
import { reviewPage } from './review-page';
import { roundErrors } from './round-errors';
import { rounds } from './rounds';
import { roundsMember } from './rounds-member';
import { roundsReportUi } from './rounds-report-ui';
import { shell } from './shell';
import { simple } from './simple';
import { storage } from './storage';
import { summary } from './summary';
import { survey } from './survey';

export const en: Record<MessageKey, string> = {
  ...shell,
  ...storage,
  ...reviewPage,
  ...survey,
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
};
