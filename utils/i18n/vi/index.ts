import { common } from './common';

export const vi = { ...common };
export type MessageKey = keyof typeof vi;
