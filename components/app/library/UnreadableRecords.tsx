import { type UnreadablePackRecord, unreadableRecordsJson } from '@/utils/library';
import { useT } from '../../i18n';
import { downloadBytes } from './download';

const FILE_NAME = 'tu-soi-ban-ghi-khong-doc-duoc.json';

/** Stored packs that no longer pass the stored-record schema: counted, never dropped silently. */
export function UnreadableRecords(props: { records: readonly UnreadablePackRecord[] }) {
  const t = useT();
  if (props.records.length === 0) return null;
  const exportAll = () => {
    downloadBytes(FILE_NAME, new TextEncoder().encode(unreadableRecordsJson(props.records)));
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
