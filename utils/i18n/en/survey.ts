import type { survey as vi } from '../vi/survey';

export const survey: Record<keyof typeof vi, string> = {};
