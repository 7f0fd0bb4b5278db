import { useState } from 'preact/hooks';
import type { InstalledPack } from '@/utils/library';
import { localize } from '@/utils/pack/localize';
import type { Pack } from '@/utils/pack/schema';
import { BUILTIN_PACK_KEYS } from '@/utils/packs/builtin';
import { formatDateTime } from '@/utils/reviews/summaries';
import type { ResponseRecord } from '@/utils/storage/types';
import { useLocale, useT } from '../../i18n';
import { ConfirmDialog } from '../ConfirmDialog';
import { routeHref } from '../useHashRoute';
import { downloadBytes } from './download';
import { LibraryErrorNotice } from './LibraryErrorNotice';
import { useLibraryServices } from './services';

interface VersionActionsProps {
  installed: InstalledPack;
  onPreview(pack: Pack): void;
  onRemoved(installed: InstalledPack): void;
}

/** Preview, Export and Remove for one installed version; each button names its row. */
export function VersionActions(props: VersionActionsProps) {
  const t = useT();
  const locale = useLocale();
  const services = useLibraryServices();
  const { installed } = props;
  const shipped = installed.origin === 'builtin' && BUILTIN_PACK_KEYS.has(installed.key);
  const row = (action: string) =>
    t('library.rowAction', {
      action,
      pack: localize(installed.pack.title, locale),
      version: installed.version,
    });
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const exportFile = () =>
    run(async () => {
      const { fileName, bytes } = await services.exportPack(installed.id, installed.version);
      downloadBytes(fileName, bytes);
    });

  // Asked before the dialog opens, so the member is never asked to confirm what is refused.
  const askRemove = () =>
    run(async () => {
      const found = await services.dependentResponses(installed.id, installed.version);
      setRefusal(found.length > 0 ? { dependents: found, unreadable: 0 } : null);
      if (found.length === 0) setConfirming(true);
    });

  const remove = () => {
    setConfirming(false);
    void run(async () => {
      const result = await services.removePack(installed.id, installed.version);
      if (result.removed) props.onRemoved(installed);
      // A review may have been started in another tab since the dialog opened.
      else setRefusal({ dependents: result.dependents, unreadable: result.unreadableDependents });
    });
  };

  return (
    <>
      <div class="actions">
        <RowButton
          label={t('library.preview')}
          row={row}
          onClick={() => props.onPreview(installed.pack)}
        />
        <RowButton label={t('library.export')} row={row} disabled={busy} onClick={exportFile} />
        {/* A built-in version this build ships would be installed again on the next start. */}
        {!shipped && (
          <RowButton
            label={t('library.remove')}
            row={row}
            danger
            disabled={busy}
            onClick={askRemove}
          />
        )}
      </div>
      {error ? <LibraryErrorNotice error={error} /> : null}
      {refusal && <RemoveRefused installed={installed} refusal={refusal} />}
      {confirming && (
        <ConfirmDialog
          title={t('library.remove.title', { version: installed.version })}
          confirmLabel={t('library.remove.confirm')}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('library.remove.body', {
              version: installed.version,
              pack: localize(installed.pack.title, locale),
            })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** A button whose accessible name also says which pack version it acts on. */
function RowButton(props: {
  label: string;
  row(action: string): string;
  danger?: boolean;
  disabled?: boolean;
  onClick(): void;
}) {
  return (
    <button
      type="button"
      class={props.danger ? 'button button--danger-quiet' : 'button'}
      aria-label={props.row(props.label)}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}

/** Which self-reviews keep this version in place, each a link to open it. */
/** The self-reviews that keep a version in place; unreadable ones count but cannot be linked. */
interface Refusal {
  dependents: ResponseRecord[];
  unreadable: number;
}

function RemoveRefused(props: { installed: InstalledPack; refusal: Refusal }) {
  const t = useT();
  const locale = useLocale();
  const { forms } = props.installed.pack;
  return (
    <div class="notice notice--warning" role="alert">
      <p>
        {t('library.remove.refused', {
          version: props.installed.version,
          count: props.refusal.dependents.length + props.refusal.unreadable,
        })}
      </p>
      {props.refusal.unreadable > 0 && (
        <p>{t('library.remove.unreadableDependents', { count: props.refusal.unreadable })}</p>
      )}
      <ul>
        {props.refusal.dependents.map((response) => {
          const form = forms.find((candidate) => candidate.id === response.formId);
          return (
            <li key={response.id}>
              <a class="link" href={routeHref({ name: 'review', responseId: response.id })}>
                {t('library.remove.dependent', {
                  form: form ? localize(form.title, locale) : response.formId,
                  status:
                    response.status === 'completed'
                      ? t('app.status.completed')
                      : t('app.status.draft'),
                  date: formatDateTime(response.updatedAt, locale),
                })}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
