import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { renameResponse } from '@/utils/reviews/rename';
import { REVIEW_LABEL_MAX } from '@/utils/storage/types';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useShellT } from '../i18n-shell';
import './reviews.css';

interface ReviewLabelEditorProps {
  responseId: string;
  /** The member's name for it, if any. */
  label: string | undefined;
  /** The default name shown without one ("Lần 2 — 01/12/2026"). */
  fallback: string;
  /** After a save: the stored name (undefined: the default again). */
  onRenamed(label: string | undefined): void;
}

/** The review's name, with an inline rename: Enter or "Lưu tên" saves, Escape cancels. */
export function ReviewLabelEditor(props: ReviewLabelEditorProps) {
  const t = useShellT();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const hintId = useId();
  const shown = props.label ?? props.fallback;

  useEffect(() => {
    if (editing) {
      input.current?.focus();
      input.current?.select();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      renameButton.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  };

  const save = async () => {
    setBusy(true);
    try {
      const record = await renameResponse(props.responseId, value);
      props.onRenamed(record?.label);
      close();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (!editing) {
    return (
      <p class="review-label">
        <span class="review-label__text">{shown}</span>{' '}
        <button
          ref={renameButton}
          type="button"
          class="button button--small"
          aria-label={t('reviews.label.renameFor', { label: shown })}
          onClick={() => {
            setValue(props.label ?? '');
            setEditing(true);
          }}
        >
          {t('reviews.label.rename')}
        </button>
      </p>
    );
  }
  return (
    <form
      class="review-label review-label--editing"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape (from the field or its buttons) cancels this rename, nothing around it.
        event.preventDefault();
        event.stopPropagation();
        close();
      }}
    >
      <label class="review-label__field">
        <span>{t('reviews.label.field')}</span>
        <input
          ref={input}
          type="text"
          value={value}
          maxLength={REVIEW_LABEL_MAX}
          placeholder={props.fallback}
          aria-describedby={hintId}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
      </label>
      <p id={hintId} class="hint">
        {t('reviews.label.hint', { max: REVIEW_LABEL_MAX, fallback: props.fallback })}
      </p>
      {error ? <StorageErrorNotice error={error} /> : null}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {t('reviews.label.save')}
        </button>
        <button type="button" class="button" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
