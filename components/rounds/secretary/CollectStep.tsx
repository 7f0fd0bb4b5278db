import { useRef, useState } from 'preact/hooks';
import type { ContributionOutcome, RoundSummary } from '@/utils/rounds/service/types';
import { DropZone } from '../../app/library/DropZone';
import { useT } from '../../i18n';
import { roundDetailsText } from '../error-text';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import { Step } from './Step';
import { useAction } from './useAction';

/** One file of the last batch: its name only on this screen (never stored), and what became of it. */
interface FileResult {
  key: number;
  fileName: string;
  outcome: ContributionOutcome;
}

/** Step 3: contribution files in (many at once), each file's outcome, received vs expected. */
export function CollectStep(props: { round: RoundSummary; onReceived(received: number): void }) {
  const t = useT();
  const services = useRoundsServices();
  const { busy, error, run } = useAction();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<FileResult[]>([]);
  const nextKey = useRef(1);
  const { round } = props.round;

  const take = (files: File[]) =>
    run(async () => {
      setResults([]);
      setProgress({ done: 0, total: files.length });
      const result = await services.importContributions(round.id, files, (done, total) =>
        setProgress({ done, total }),
      );
      setResults(
        result.outcomes.map((outcome, index) => ({
          key: nextKey.current++,
          fileName: files[index]?.name ?? '',
          outcome,
        })),
      );
      props.onReceived(result.received);
    });

  return (
    <Step id="step-collect" title={t('rounds.secretary.round.step3')}>
      <DropZone
        onFiles={take}
        disabled={busy || !props.round.hasKey}
        accept=""
        testId="contribution-file-input"
        labels={{
          idle: t('rounds.secretary.round.drop'),
          active: t('rounds.secretary.round.dropActive'),
          hint: t('rounds.secretary.round.dropHint'),
        }}
      />
      {!props.round.hasKey && <p class="step__reason">{t('rounds.secretary.round.noKey')}</p>}
      <p class="rounds__status" role="status">
        {progress &&
          (busy
            ? t('rounds.secretary.round.importing', progress)
            : t('rounds.secretary.round.imported', { total: progress.total }))}
      </p>
      {/* The status line above says the same in words. */}
      {busy && progress && (
        <progress aria-hidden="true" max={progress.total} value={progress.done} />
      )}
      {error ? <RoundErrorNotice error={error} /> : null}
      {results.length > 0 && (
        <ul class="outcomes" aria-label={t('rounds.secretary.round.results')}>
          {results.map((result) => (
            <li
              key={result.key}
              class={`outcome${result.outcome.kind === 'rejected' ? ' outcome--rejected' : ''}`}
            >
              <span class="outcome__file">{result.fileName}</span>: <OutcomeText {...result} />
            </li>
          ))}
        </ul>
      )}
      <p class="received">
        {t('rounds.common.received', {
          received: props.round.received,
          expected: round.expectedMembers,
        })}
      </p>
      {props.round.received > round.expectedMembers && (
        <p class="notice notice--warning">{t('rounds.secretary.round.tooMany')}</p>
      )}
    </Step>
  );
}

function OutcomeText(props: { outcome: ContributionOutcome }) {
  const t = useT();
  const { outcome } = props;
  switch (outcome.kind) {
    case 'added':
      return <>{t('rounds.secretary.round.outcome.added')}</>;
    case 'replaced':
      return <>{t('rounds.secretary.round.outcome.replaced')}</>;
    case 'unchanged':
      return <>{t('rounds.secretary.round.outcome.unchanged')}</>;
    case 'older':
      return <>{t('rounds.secretary.round.outcome.older')}</>;
    default:
      return <>{roundDetailsText(t, outcome.error)}</>;
  }
}
