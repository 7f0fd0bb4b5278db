import { classifyStorageError } from '@/utils/storage/errors';
import { usePopupT } from '../i18n-popup';

/** Explains a storage failure (full disk, private window…) and what the member can do. */
export function StorageErrorNotice(props: { error: unknown }) {
  const t = usePopupT();
  const kind = classifyStorageError(props.error);
  return (
    <div class="notice notice--error" role="alert">
      <p>{t(`storage.error.${kind}`)}</p>
    </div>
  );
}
