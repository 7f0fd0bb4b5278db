import { useT } from '../../i18n';
import type { UnreadablePackRecord } from './contract';
import { downloadBytes } from './download';

const FILE_NAME = 'tu-soi-ban-ghi-khong-doc-duoc.json';

/** Stored packs that no longer pass the stored-record schema: counted, never dropped silently. */
export function UnreadableRecords(props: { records: readonly UnreadablePackRecord[] }) {
  const t = useT();
  if (props.records.length === 0) return null;
  const exportAll = () => {
    const json = JSON.stringify(props.records, bytesAsNumbers, 2);
    downloadBytes(FILE_NAME, new TextEncoder().encode(json));
  };
  return (
    <div class="notice notice--warning">
      <h3>{t('library.unreadable.title', { count: props.records.length })}</h3>
      <p>{t('library.unreadable.body')}</p>
      <button type="button" class="button" onClick={exportAll}>
        {t('library.unreadable.export')}
      </button>
    </div>
  );
}

/** Keeps stored bytes readable in the JSON (a typed array would become an object of indexes). */
function bytesAsNumbers(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? [...value] : value;
}
