import { classifyStorageError } from '@/utils/storage/errors';
import { useT } from '../i18n';

/** Explains a storage failure (full disk, private window…) and what the member can do. */
export function StorageErrorNotice(props: { error: unknown }) {
  const t = useT();
  const kind = classifyStorageError(props.error);
  return (
    <div class="notice notice--error" role="alert">
      <p>{t(`storage.error.${kind}`)}</p>
    </div>
  );
}
