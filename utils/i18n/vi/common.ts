export const common = {
  'common.appName': 'Tự soi',
  'common.cancel': 'Huỷ',
  'common.close': 'Đóng',
} as const;
