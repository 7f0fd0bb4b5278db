import type { common as vi } from '../vi/common';

export const common: Record<keyof typeof vi, string> = {
  'common.appName': 'Tự soi',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
};
