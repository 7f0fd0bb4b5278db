import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ImportAnalysis, InstalledPack, Library } from '@/utils/library';
import { localize } from '@/utils/pack/localize';
import type { Pack } from '@/utils/pack/schema';
import { useLocale, useT } from '../../i18n';
import { StorageErrorNotice } from '../StorageErrorNotice';
import { useDocumentTitle } from '../useDocumentTitle';
import { requestViewFocus, ViewHeading } from '../ViewHeading';
import { ImportPanel } from './ImportPanel';
import { InstalledPacks } from './InstalledPacks';
import { useLibraryServices } from './services';
import { UnreadableRecords } from './UnreadableRecords';
import { useImports } from './useImports';
import './library.css';
import { BackBar } from '../BackBar';
import { lazyView } from '../lazy-view';

// survey-core (~1.4 MB) loads only when a preview is opened.
const PackPreview = lazyView(() => import('./PackPreview'));

/** `#/library`: import, preview, install, update, export and remove form packs. Loaded lazily. */
export default function LibraryView() {
  const t = useT();
  const locale = useLocale();
  const services = useLibraryServices();
  const imports = useImports(services);
  const [listing, setListing] = useState<Library | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [previewing, setPreviewing] = useState<Pack | null>(null);
  const [notice, setNotice] = useState('');
  const installedHeading = useRef<HTMLHeadingElement>(null);
  // The button that opened the preview gets focus back when it closes.
  const opener = useRef<Element | null>(null);
  useDocumentTitle(t('library.title'));

  const reload = useCallback(
    () =>
      services.listLibrary().then((found) => {
        setListing(found);
        setError(null);
      }, setError),
    [services],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  useDropOutsideZoneIgnored();

  const { recheck } = imports;
  const install = async (analysis: ImportAnalysis) => {
    const installed = await services.installPack(analysis);
    setNotice(t('library.import.installed', { version: installed.version }));
    await Promise.all([reload(), recheck()]);
  };
  const removed = (installed: InstalledPack) => {
    setNotice(
      t('library.remove.done', {
        version: installed.version,
        pack: localize(installed.pack.title, locale),
      }),
    );
    // The removed row's buttons are gone: continue from the list's heading.
    installedHeading.current?.focus();
    void Promise.all([reload(), recheck()]);
  };
  const openPreview = (pack: Pack) => {
    opener.current = document.activeElement;
    requestViewFocus();
    setPreviewing(pack);
  };
  const closePreview = () => {
    setPreviewing(null);
    const target = opener.current;
    if (target instanceof HTMLElement) requestAnimationFrame(() => target.focus());
  };

  return (
    <>
      <BackBar />
      {previewing && (
        <main class="library-preview">
          <PackPreview pack={previewing} onClose={closePreview} />
        </main>
      )}
      {/* Kept in the page under a preview, so chosen files and focus survive it. */}
      <main class="library" hidden={previewing !== null}>
        <ViewHeading>{t('library.title')}</ViewHeading>
        <p>{t('library.intro')}</p>
        <p class="library__notice" role="status">
          {notice}
        </p>
        <ImportPanel imports={imports} onPreview={openPreview} onInstall={install} />
        <section class="section" aria-labelledby="installed-title">
          <h2 id="installed-title" ref={installedHeading} tabIndex={-1}>
            {t('library.installed.title')}
          </h2>
          {error ? (
            <StorageErrorNotice error={error} />
          ) : listing ? (
            <>
              <UnreadableRecords records={listing.unreadable} />
              <InstalledPacks packs={listing.packs} onPreview={openPreview} onRemoved={removed} />
            </>
          ) : (
            <p class="loading" role="status">
              {t('app.loading')}
            </p>
          )}
        </section>
      </main>
    </>
  );
}

/**
 * A file dropped just beside the drop zone would make the browser open it in place of the
 * app, losing the results shown so far; only the drop zone takes files.
 */
function useDropOutsideZoneIgnored(): void {
  useEffect(() => {
    const ignore = (event: DragEvent) => event.preventDefault();
    addEventListener('dragover', ignore);
    addEventListener('drop', ignore);
    return () => {
      removeEventListener('dragover', ignore);
      removeEventListener('drop', ignore);
    };
  }, []);
}
