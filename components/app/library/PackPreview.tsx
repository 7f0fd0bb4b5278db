import { useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import type { Pack } from '@/utils/pack/schema';
import { useLocale, useT } from '../../i18n';
import { FormPreview } from '../../survey/FormPreview';
import { ViewHeading } from '../ViewHeading';

const MODES = ['read-only', 'try'] as const;
type Mode = (typeof MODES)[number];

/**
 * A pack's forms as a member would see them, rendered by our renderer's FormPreview: read only
 * (every page reachable, nothing enforced) or to try out (checks included). Answers live only
 * in memory; nothing is written to storage.
 *
 * Loaded lazily (default export): survey-core comes with it.
 */
export default function PackPreview(props: { pack: Pack; onClose(): void }) {
  const t = useT();
  const locale = useLocale();
  const { pack } = props;
  const [formId, setFormId] = useState(pack.forms[0]?.id);
  const [mode, setMode] = useState<Mode>('read-only');
  const form = pack.forms.find((candidate) => candidate.id === formId) ?? pack.forms[0];
  return (
    <div class="preview">
      <p class="preview__label" role="note">
        {t('preview.label')}
      </p>
      <div class="preview__heading">
        <ViewHeading>{t('preview.title', { pack: localize(pack.title, locale) })}</ViewHeading>
        <p class="meta">{t('app.version', { version: pack.version })}</p>
        <button type="button" class="button" onClick={props.onClose}>
          {t('preview.close')}
        </button>
      </div>
      {pack.forms.length > 1 && (
        <ChipGroup
          label={t('preview.forms')}
          options={pack.forms.map((candidate) => ({
            key: candidate.id,
            text: localize(candidate.title, locale),
          }))}
          selected={form?.id}
          onSelect={setFormId}
        />
      )}
      <ChipGroup
        label={t('preview.mode')}
        options={MODES.map((key) => ({ key, text: t(`preview.mode.${key}`) }))}
        selected={mode}
        onSelect={(key) => setMode(key as Mode)}
      />
      {form && (
        <section class="preview__form">
          <h2 class="preview__form-title">{localize(form.title, locale)}</h2>
          {form.description && <p>{localize(form.description, locale)}</p>}
          {/* A new form or mode starts over, with nothing answered. */}
          <FormPreview key={`${form.id}|${mode}`} survey={form.survey} mode={mode} />
        </section>
      )}
    </div>
  );
}

interface ChipGroupProps {
  label: string;
  options: { key: string; text: string }[];
  selected: string | undefined;
  onSelect(key: string): void;
}

/** A labelled row of toggle buttons, one of them pressed. */
function ChipGroup(props: ChipGroupProps) {
  return (
    <fieldset class="chip-group">
      <legend class="chips__label">{props.label}</legend>
      <ul class="chips">
        {props.options.map((option) => (
          <li key={option.key}>
            <button
              type="button"
              class="button chip"
              aria-pressed={option.key === props.selected}
              onClick={() => props.onSelect(option.key)}
            >
              {option.text}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
