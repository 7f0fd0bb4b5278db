import { useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import './drop-zone.css';

interface DropZoneProps {
  onFiles(files: File[]): void;
  disabled?: boolean;
  /** What the button says; pack files by default. */
  labels?: { idle: string; active: string; hint: string };
  /** The picker's filter; JSON by default, `''` for any file. */
  accept?: string;
  /** Several files at once (the default), or one. */
  multiple?: boolean;
  /** The hidden input's test id, for end-to-end tests. */
  testId?: string;
}

/**
 * Where files come in: a button that opens the file picker, and the same button takes
 * files dragged onto it.
 */
export function DropZone(props: DropZoneProps) {
  const t = useT();
  const labels = props.labels ?? {
    idle: t('library.import.drop'),
    active: t('library.import.dropActive'),
    hint: t('library.import.dropHint'),
  };
  const multiple = props.multiple ?? true;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const take = (list: FileList | null | undefined) => {
    const all = list ? [...list] : [];
    const files = multiple ? all : all.slice(0, 1);
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
        <span class="drop-zone__label">{dragging ? labels.active : labels.idle}</span>
        <span class="drop-zone__hint">{labels.hint}</span>
      </button>
      <input
        ref={input}
        type="file"
        accept={props.accept ?? '.json,application/json'}
        multiple={multiple}
        hidden
        data-testid={props.testId ?? 'pack-file-input'}
        onChange={(event) => {
          take(event.currentTarget.files);
          // The same file can be chosen again after it was fixed.
          event.currentTarget.value = '';
        }}
      />
    </>
  );
}
