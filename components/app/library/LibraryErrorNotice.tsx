import { LibraryError, libraryErrorMessageKey } from '@/utils/library/errors';
import { useT } from '../../i18n';
import { StorageErrorNotice } from '../StorageErrorNotice';

/** Hashes in messages are shortened to what a person can compare at a glance. */
const HASH_PREFIX = 12;

/** Why the library refused (a LibraryError, in words), or a storage failure explained. */
export function LibraryErrorNotice(props: { error: unknown }) {
  const t = useT();
  const { error } = props;
  if (!(error instanceof LibraryError)) return <StorageErrorNotice error={error} />;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(error.details)) {
    params[name] = /sha256$/i.test(name) ? String(value).slice(0, HASH_PREFIX) : String(value);
  }
  return (
    <div class="notice notice--error" role="alert">
      <p>{t(libraryErrorMessageKey(error.code), params)}</p>
    </div>
  );
}
