import type { report as vi } from '../vi/report';

export const report: Record<keyof typeof vi, string> = {
  'report.title': 'Aggregate report',
};
