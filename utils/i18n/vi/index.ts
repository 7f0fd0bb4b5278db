import { app } from './app';
import { common } from './common';
import { storage } from './storage';
import { survey } from './survey';

export const vi = { ...common, ...survey, ...storage, ...app };
export type MessageKey = keyof typeof vi;
