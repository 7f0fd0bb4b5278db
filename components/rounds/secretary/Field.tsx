import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n';

/** What a field's control needs to be tied to its hint and error. */
export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

/**
 * A labelled control with its hint and error under it; the error is announced when it
 * appears and read again with the control.
 */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children(control: FieldControl): ComponentChildren;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children({
        id: props.id,
        'aria-describedby': describedBy,
        'aria-invalid': props.error !== undefined,
      })}
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={errorId} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The show / hide switch of the passphrase fields above it. */
export function ShowPassphrase(props: {
  id: string;
  shown: boolean;
  onChange(shown: boolean): void;
}) {
  const t = useT();
  return (
    <label class="choice" for={props.id}>
      <input
        id={props.id}
        type="checkbox"
        checked={props.shown}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      {t('rounds.common.showPassphrase')}
    </label>
  );
}

/** A passphrase input, shown as text while the switch says so. */
export function PassphraseInput(
  props: FieldControl & { shown: boolean; value: string; onValue(value: string): void },
) {
  const { shown, value, onValue, ...control } = props;
  const common = {
    ...control,
    autoComplete: 'new-password',
    spellcheck: false,
    value,
    onInput: (event: { currentTarget: HTMLInputElement }) => onValue(event.currentTarget.value),
  };
  // Two branches: the typings tie each input type to its own attributes.
  return shown ? <input type="text" {...common} /> : <input type="password" {...common} />;
}
