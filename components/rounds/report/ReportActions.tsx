import { useState } from 'preact/hooks';
import { downloadBytes } from '../../app/library/download';
import { useLocale, useT } from '../../i18n';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';

type Separator = ',' | ';';

/** Print, CSV (with the separator Excel wants) and the aggregate file for a later roll-up. */
export function ReportActions(props: { roundId: string }) {
  const t = useT();
  const locale = useLocale();
  const services = useRoundsServices();
  // Excel set to Vietnamese reads ";" as the list separator (the comma is the decimal mark).
  const [separator, setSeparator] = useState<Separator>(locale === 'vi' ? ';' : ',');
  const [error, setError] = useState<unknown>(null);
  const base = `tu-soi-${props.roundId.slice(0, 8)}`;

  const run = (action: () => Promise<void>) => {
    setError(null);
    action().catch(setError);
  };
  const csv = () =>
    run(async () => {
      const text = await services.reportCsv(props.roundId, separator, locale);
      downloadBytes(
        `${base}-bao-cao.csv`,
        new TextEncoder().encode(text),
        'text/csv;charset=utf-8',
      );
    });
  const json = () =>
    run(async () => {
      downloadBytes(`${base}-tong-hop.json`, await services.aggregateJson(props.roundId));
    });

  return (
    <section class="report__actions" aria-labelledby="report-actions-title">
      <h2 id="report-actions-title">{t('rounds.report.actions')}</h2>
      <div class="actions">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {t('rounds.report.print')}
        </button>
      </div>
      <fieldset class="report__separator">
        <legend>{t('rounds.report.csvSeparator')}</legend>
        {(
          [
            [',', t('rounds.report.csvComma')],
            [';', t('rounds.report.csvSemicolon')],
          ] as const
        ).map(([value, label]) => (
          <label class="choice" key={value}>
            <input
              type="radio"
              name="csv-separator"
              value={value}
              checked={separator === value}
              onChange={() => setSeparator(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="button" class="button" onClick={csv}>
          {t('rounds.report.csv')}
        </button>
        <button type="button" class="button" onClick={json}>
          {t('rounds.report.json')}
        </button>
      </div>
      {error ? <RoundErrorNotice error={error} /> : null}
    </section>
  );
}
