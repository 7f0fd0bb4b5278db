// The shell's strings: every page provides the rounds services, which format report numbers.
import { translateShell } from '../../i18n/shell';
import type { Locale } from '../../i18n/types';
import type { ReportNumber } from './types';

/** A whole number in the locale's digits ("1.234" in Vietnamese, "1,234" in English). */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 0,
  }).format(Math.round(value));
}

/**
 * A published number as text: "0", "12", "1–4", "≈ 8 (1–12)", "ẩn". Estimates are rounded to
 * whole persons (rounding keeps low ≤ value ≤ high, the estimator being monotone).
 */
export function formatReportNumber(number: ReportNumber, locale: Locale): string {
  switch (number.kind) {
    case 'exact':
      return formatCount(number.value, locale);
    case 'band':
      return translateShell(locale, 'report.number.band', {
        low: formatCount(number.low, locale),
        high: formatCount(number.high, locale),
      });
    case 'hidden':
      return translateShell(locale, 'report.number.hidden');
    case 'estimate':
      return translateShell(locale, 'report.number.estimate', {
        value: formatCount(number.value, locale),
        low: formatCount(number.low, locale),
        high: formatCount(number.high, locale),
      });
  }
}
