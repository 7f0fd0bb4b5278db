import { useRef } from 'preact/hooks';
import type { ImportAnalysis } from '@/utils/library';
import type { Pack } from '@/utils/pack/schema';
import { useT } from '../../i18n';
import { DropZone } from './DropZone';
import { ImportResultCard } from './ImportResultCard';
import type { useImports } from './useImports';

interface ImportPanelProps {
  imports: ReturnType<typeof useImports>;
  onPreview(pack: Pack): void;
  onInstall(analysis: ImportAnalysis): Promise<void>;
}

/** Choosing or dropping pack files, and one result card per file. */
export function ImportPanel(props: ImportPanelProps) {
  const t = useT();
  const { entries, progress, add, dismiss } = props.imports;
  const heading = useRef<HTMLHeadingElement>(null);
  const checking = progress !== null && progress.done < progress.total;
  return (
    <section class="section" aria-labelledby="import-title">
      <h2 id="import-title" ref={heading} tabIndex={-1}>
        {t('library.import.title')}
      </h2>
      <DropZone onFiles={add} disabled={checking} />
      <p class="import-progress" role="status">
        {progress &&
          (checking
            ? t('library.import.progress', { done: progress.done + 1, total: progress.total })
            : t('library.import.done', { total: progress.total }))}
      </p>
      {/* The status line above says the same in words. */}
      {checking && <progress aria-hidden="true" max={progress.total} value={progress.done} />}
      {entries.length > 0 && (
        <ul class="cards" aria-label={t('library.import.results')}>
          {entries.map((entry) => (
            <li key={entry.key}>
              <ImportResultCard
                entry={entry}
                onPreview={props.onPreview}
                onInstall={props.onInstall}
                onDismiss={() => {
                  dismiss(entry.key);
                  // Its buttons are gone: continue from the top of this section.
                  heading.current?.focus();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
