import type { app as vi } from '../vi/app';

export const app: Record<keyof typeof vi, string> = {};
