import { app } from './app';
import { common } from './common';
import { library } from './library';
import { report } from './report';
import { roundErrors } from './round-errors';
import { rounds } from './rounds';
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
};
export type MessageKey = keyof typeof vi;
