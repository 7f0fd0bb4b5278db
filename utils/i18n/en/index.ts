import type { MessageKey } from '../vi';
import { common } from './common';

export const en: Record<MessageKey, string> = { ...common };
