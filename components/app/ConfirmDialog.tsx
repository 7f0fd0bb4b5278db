import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useShellT } from '../i18n-shell';

interface ConfirmDialogProps {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  /** `danger` (the default) for a destructive choice; `primary` when nothing is lost. */
  tone?: 'danger' | 'primary';
  /** A second way forward besides the confirmation, e.g. "Tiếp tục bài đang làm". */
  alternative?: { label: string; onSelect(): void };
  onConfirm(): void;
  onCancel(): void;
}

/** A modal confirmation built on <dialog>: focus is trapped and Escape cancels. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const t = useShellT();

  useEffect(() => {
    // Removing an open <dialog> from the page drops focus on <body>: hand it back to the
    // control that opened the dialog, if that is still there.
    const opener = document.activeElement;
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="confirm-title">{props.title}</h2>
      <div class="confirm-dialog__body">{props.children}</div>
      <div class="actions">
        <button type="button" class="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        {props.alternative && (
          <button type="button" class="button" onClick={props.alternative.onSelect}>
            {props.alternative.label}
          </button>
        )}
        <button
          type="button"
          class={`button button--${props.tone ?? 'danger'}`}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
