import type { simple as vi } from '../vi/simple';

export const simple: Record<keyof typeof vi, string> = {
  'simple.setting': 'Simple mode',
  'simple.settingHint':
    'One question per screen, large text, large buttons, high contrast. Works for every form; turn it off at any time.',
  'simple.next': 'Next',
  'simple.previous': 'Back',
};
