import { useEffect, useRef } from 'preact/hooks';
import { createUndoWindow } from '@/utils/reviews/undo-window';
import { useShellT } from '../i18n-shell';
import './reviews.css';

interface UndoToastProps {
  /** "Đã xóa: Lần 2 — 01/12/2026". */
  message: string;
  onUndo(): void;
  /** The undo window ended (or the member moved on): the notice goes. */
  onExpire(): void;
}

/**
 * The notice after a deletion, with its undo button. It takes focus (the deleted row's buttons
 * are gone) and its clock stops while the member is on it or points at it.
 */
export function UndoToast(props: UndoToastProps) {
  const t = useShellT();
  const button = useRef<HTMLButtonElement>(null);
  const expire = useRef(props.onExpire);
  expire.current = props.onExpire;
  const clock = useRef<ReturnType<typeof createUndoWindow> | null>(null);

  useEffect(() => {
    const window = createUndoWindow(() => expire.current());
    clock.current = window;
    button.current?.focus();
    // Focus is on the button from the start: the clock runs once the member moves on.
    window.pause();
    return () => window.cancel();
  }, []);

  const pause = () => clock.current?.pause();
  const resume = () => clock.current?.resume();
  return (
    <div
      class="undo-toast"
      onFocusIn={pause}
      onFocusOut={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) resume();
      }}
      onPointerEnter={pause}
      onPointerLeave={() => {
        if (!button.current?.matches(':focus')) resume();
      }}
    >
      <p>{props.message}</p>
      <button ref={button} type="button" class="button" onClick={props.onUndo}>
        {t('reviews.delete.undo')}
      </button>
    </div>
  );
}
