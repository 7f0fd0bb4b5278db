import { en } from './en';
import { translator } from './translator';
import { type MessageKey, vi } from './vi';

export type { MessageParams } from './translator';
export type { MessageKey };

/** Every UI string (the popup and the home need only shell.ts's: see translateShell). */
export const translate = translator<MessageKey>({ vi, en });
