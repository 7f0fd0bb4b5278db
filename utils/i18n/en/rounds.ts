import type { rounds as vi } from '../vi/rounds';

export const rounds: Record<keyof typeof vi, string> = {
  'rounds.title': 'Cell review rounds',
};
