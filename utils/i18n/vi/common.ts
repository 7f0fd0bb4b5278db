export const common = {
  'common.appName': 'Tự soi',
  'common.cancel': 'Hủy',
  'common.close': 'Đóng',
} as const;
