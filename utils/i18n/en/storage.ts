import type { storage as vi } from '../vi/storage';

export const storage: Record<keyof typeof vi, string> = {};
