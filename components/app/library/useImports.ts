import { useCallback, useRef, useState } from 'preact/hooks';
import { type ImportAnalysis, oversizedImport } from '@/utils/library';
import type { LibraryServices } from './services';

/** One chosen file on its way through the checks. */
export type ImportEntry =
  | { key: number; fileName: string; phase: 'checking' }
  /** The file could not be read from the device. */
  | { key: number; fileName: string; phase: 'unreadable' }
  /** Read, but checking it failed (storage unavailable…): `error` says why. */
  | { key: number; fileName: string; phase: 'failed'; error: unknown }
  | { key: number; fileName: string; phase: 'checked'; analysis: ImportAnalysis };

export interface ImportProgress {
  done: number;
  total: number;
}

/**
 * Files chosen or dropped, checked one after another (a pack check is CPU work; the page stays
 * responsive between files). Later batches are added below earlier ones.
 */
export function useImports(services: Pick<LibraryServices, 'analyseImport'>) {
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const nextKey = useRef(1);

  const update = (key: number, entry: ImportEntry) =>
    setEntries((current) => current.map((old) => (old.key === key ? entry : old)));

  const analyse = useCallback(
    async (key: number, fileName: string, bytes: Uint8Array) => {
      try {
        const analysis = await services.analyseImport(fileName, bytes);
        update(key, { key, fileName, phase: 'checked', analysis });
      } catch (error) {
        update(key, { key, fileName, phase: 'failed', error });
      }
    },
    [services],
  );

  const add = useCallback(
    async (files: File[]) => {
      const batch = files.map((file) => ({ file, key: nextKey.current++ }));
      setEntries((current) => [
        ...current,
        ...batch.map(({ file, key }) => ({ key, fileName: file.name, phase: 'checking' as const })),
      ]);
      setProgress({ done: 0, total: batch.length });
      for (const [index, { file, key }] of batch.entries()) {
        const oversized = oversizedImport(file.name, file.size);
        if (oversized) {
          update(key, { key, fileName: file.name, phase: 'checked', analysis: oversized });
          setProgress({ done: index + 1, total: batch.length });
          continue;
        }
        const bytes = await file.arrayBuffer().then(
          (buffer) => new Uint8Array(buffer),
          () => undefined,
        );
        if (bytes) await analyse(key, file.name, bytes);
        else update(key, { key, fileName: file.name, phase: 'unreadable' });
        setProgress({ done: index + 1, total: batch.length });
      }
    },
    [analyse],
  );

  /** Checks every file again: installing or removing a version changes what the others are. */
  const recheck = useCallback(async () => {
    const checked = entries.filter((entry) => entry.phase === 'checked');
    for (const entry of checked) {
      await analyse(entry.key, entry.fileName, entry.analysis.bytes);
    }
  }, [entries, analyse]);

  const dismiss = useCallback((key: number) => {
    setEntries((current) => current.filter((entry) => entry.key !== key));
  }, []);

  return { entries, progress, add, recheck, dismiss };
}
