import { useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';

/**
 * Where pack files come in: a button that opens the file picker, and the same button takes
 * files dragged onto it. Several files at once either way.
 */
export function DropZone(props: { onFiles(files: File[]): void; disabled?: boolean }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const take = (list: FileList | null | undefined) => {
    const files = list ? [...list] : [];
    if (files.length > 0) props.onFiles(files);
  };
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

  return (
    <>
      <button
        type="button"
        class={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
        onDragEnter={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          if (!hasFiles(event)) return;
          // Without this the browser would open the dropped file in place of the app.
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          take(event.dataTransfer?.files);
        }}
      >
        <span class="drop-zone__label">
          {dragging ? t('library.import.dropActive') : t('library.import.drop')}
        </span>
        <span class="drop-zone__hint">{t('library.import.dropHint')}</span>
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        data-testid="pack-file-input"
        onChange={(event) => {
          take(event.currentTarget.files);
          // The same file can be chosen again after it was fixed.
          event.currentTarget.value = '';
        }}
      />
    </>
  );
}
