import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n';

/**
 * An in-page confirmation that takes focus, instead of window.confirm: it keeps the page's
 * language and large text, and does not block the extension page.
 */
export function InlineConfirm(props: {
  message: string;
  confirmLabel: string;
  /** Defaults to "Hủy". */
  cancelLabel?: string;
  /** Details under the message. */
  children?: ComponentChildren;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <fieldset
      ref={ref}
      class="ts-confirm"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <legend>{props.message}</legend>
      {props.children}
      <div class="actions">
        <button type="button" class="button button--danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {props.cancelLabel ?? t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
