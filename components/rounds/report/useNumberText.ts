import type { ReportNumber } from '@/utils/rounds/report/types';
import { useLocale, useT } from '../../i18n';
import { useRoundsServices } from '../RoundsServices';

/**
 * The text of a published number. The privacy rules chose its kind; the formatter words it;
 * a hidden one says why it is missing. The view never derives a number of its own.
 */
export function useNumberText(): (number: ReportNumber) => string {
  const t = useT();
  const locale = useLocale();
  const { formatReportNumber } = useRoundsServices();
  return (number) =>
    number.kind === 'hidden' ? t('rounds.report.hidden') : formatReportNumber(number, locale);
}
