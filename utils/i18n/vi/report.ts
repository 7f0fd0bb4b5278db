export const report = {
  'report.title': 'Báo cáo tổng hợp',
} as const;
