import { useRef, useState } from 'preact/hooks';
import type { ImportAnalysis } from '@/utils/library';
import { localize } from '@/utils/pack/localize';
import type { Pack } from '@/utils/pack/schema';
import { useLocale, useT } from '../../i18n';
import { ChangeSummary } from './ChangeSummary';
import { IssueList } from './IssueList';
import { LibraryErrorNotice } from './LibraryErrorNotice';
import type { ImportEntry } from './useImports';

/** Enough of a hash to tell two files apart at a glance. */
const HASH_PREFIX = 12;

interface ImportResultCardProps {
  entry: ImportEntry;
  onPreview(pack: Pack): void;
  onInstall(analysis: ImportAnalysis): Promise<void>;
  onDismiss(): void;
}

/** What one chosen file is, and what can be done with it. */
export function ImportResultCard(props: ImportResultCardProps) {
  const t = useT();
  const { entry } = props;
  return (
    <article class="card import-card" aria-labelledby={`import-${entry.key}`}>
      <div class="import-card__head">
        <h3 id={`import-${entry.key}`} class="import-card__file">
          {entry.fileName}
        </h3>
        {entry.phase !== 'checking' && (
          <button
            type="button"
            class="button button--plain"
            aria-label={`${t('library.import.dismiss')}: ${entry.fileName}`}
            onClick={props.onDismiss}
          >
            {t('library.import.dismiss')}
          </button>
        )}
      </div>
      {entry.phase === 'checking' && <p class="meta">{t('library.import.checking')}</p>}
      {entry.phase === 'unreadable' && (
        <div class="notice notice--error">
          <p>{t('library.import.readFailed')}</p>
        </div>
      )}
      {entry.phase === 'failed' && <LibraryErrorNotice error={entry.error} />}
      {entry.phase === 'checked' && <AnalysisBody {...props} analysis={entry.analysis} />}
    </article>
  );
}

function AnalysisBody(props: ImportResultCardProps & { analysis: ImportAnalysis }) {
  const t = useT();
  const locale = useLocale();
  const { analysis } = props;
  const [installing, setInstalling] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const { pack } = analysis;

  if (analysis.status === 'invalid' || !pack) {
    return (
      <>
        <p class="import-card__status import-card__status--error">
          {t('library.import.status.invalid', { count: analysis.issues.length })}
        </p>
        <IssueList issues={analysis.issues} bytes={analysis.bytes} />
        <p class="meta">{t('library.import.nothingStored')}</p>
      </>
    );
  }

  const name = `${localize(pack.title, locale)} ${pack.version}`;
  const installable =
    analysis.status === 'new' || analysis.status === 'update' || analysis.status === 'older';
  const install = async () => {
    setInstalling(true);
    setError(null);
    try {
      await props.onInstall(analysis);
      // The Install button is gone: focus stays on this file, at its new status.
      status.current?.focus();
    } catch (caught) {
      setError(caught);
    } finally {
      setInstalling(false);
    }
  };

  return (
    <>
      <p class="import-card__pack">
        <strong>{localize(pack.title, locale)}</strong> ·{' '}
        {t('app.version', { version: pack.version })} · {pack.publisher}
      </p>
      <p
        ref={status}
        tabIndex={-1}
        class={`import-card__status import-card__status--${analysis.status}`}
      >
        {statusLine(analysis, t)}
      </p>
      {analysis.status === 'conflict' && (
        <p>
          {t('library.import.conflictBody', {
            installed: (analysis.installed?.sha256 ?? '').slice(0, HASH_PREFIX),
            file: analysis.sha256.slice(0, HASH_PREFIX),
          })}
        </p>
      )}
      {analysis.status === 'older' && <p class="meta">{t('library.import.olderHint')}</p>}
      {analysis.parentUnchecked && (
        <p class="notice notice--warning">
          {t('library.import.parentUnchecked', analysis.parentUnchecked)}
        </p>
      )}
      {analysis.diff && <ChangeSummary diff={analysis.diff} />}
      {error ? <LibraryErrorNotice error={error} /> : null}
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-label={`${t('library.preview')}: ${name}`}
          onClick={() => props.onPreview(pack)}
        >
          {t('library.preview')}
        </button>
        {installable && (
          <button
            type="button"
            class="button button--primary"
            aria-label={`${t('library.import.install')}: ${name}`}
            disabled={installing}
            onClick={install}
          >
            {installing ? t('library.import.installing') : t('library.import.install')}
          </button>
        )}
      </div>
    </>
  );
}

function statusLine(analysis: ImportAnalysis, t: ReturnType<typeof useT>): string {
  const previous = analysis.previous?.version ?? '';
  switch (analysis.status) {
    case 'new':
      return t('library.import.status.new');
    case 'update':
      return t('library.import.status.update', { previous });
    case 'older':
      return t('library.import.status.older');
    case 'installed':
      return t('library.import.status.installed');
    case 'conflict':
      return t('library.import.status.conflict', { version: analysis.pack?.version ?? '' });
    default:
      return t('library.import.status.invalid', { count: analysis.issues.length });
  }
}
