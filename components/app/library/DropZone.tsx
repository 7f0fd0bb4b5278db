import { useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import './drop-zone.css';

/** What the zone says; pack files by default, a round's invitation elsewhere. */
export interface DropZoneText {
  label: string;
  hint: string;
  active: string;
}

/**
 * Where JSON files come in: a button that opens the file picker, and the same button takes
 * files dragged onto it. Several files at once either way, unless `single`.
 */
export function DropZone(props: {
  onFiles(files: File[]): void;
  disabled?: boolean;
  text?: DropZoneText;
  single?: boolean;
}) {
  const t = useT();
  const text = props.text ?? {
    label: t('library.import.drop'),
    hint: t('library.import.dropHint'),
    active: t('library.import.dropActive'),
  };
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const take = (list: FileList | null | undefined) => {
    const all = list ? [...list] : [];
    const files = props.single ? all.slice(0, 1) : all;
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
        <span class="drop-zone__label">{dragging ? text.active : text.label}</span>
        <span class="drop-zone__hint">{text.hint}</span>
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple={!props.single}
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
