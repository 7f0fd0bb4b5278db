import { app } from './app';
import { common } from './common';
import { library } from './library';
import { storage } from './storage';
import { survey } from './survey';

export const vi = { ...common, ...survey, ...storage, ...app, ...library };
export type MessageKey = keyof typeof vi;
