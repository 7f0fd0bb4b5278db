import { RANDOMISED_TRUTHS } from '@/utils/rounds/types';
import { useT } from '../../i18n';
import { useRoundsServices } from '../RoundsServices';
import type { CreateDraft } from './create-draft';
import { truthText } from './format';

/**
 * The privacy mode: exact counts, or randomised answers at either truth. Each randomised
 * option shows its expected margin for the expected member count before it is chosen, and
 * each says plainly what it protects and what it does not.
 */
export function ModeFieldset(props: {
  mode: CreateDraft['mode'];
  k: number;
  /** The expected member count, when the field holds a valid one. */
  expected: number | undefined;
  onChange(mode: CreateDraft['mode']): void;
}) {
  const t = useT();
  const { marginOfError } = useRoundsServices();
  return (
    <fieldset class="field mode-choice">
      <legend>{t('rounds.secretary.create.mode')}</legend>
      <label class="choice">
        <input
          type="radio"
          name="mode"
          value="exact"
          checked={props.mode === 'exact'}
          aria-describedby="mode-exact-about"
          onChange={() => props.onChange('exact')}
        />
        {t('rounds.secretary.create.modeExact')}
      </label>
      <p class="hint mode-choice__about" id="mode-exact-about">
        {t('rounds.secretary.create.modeExactAbout')}
      </p>
      <p class="hint mode-choice__about" id="mode-randomised-about">
        {t('rounds.secretary.create.modeRandomisedAbout')}
      </p>
      {RANDOMISED_TRUTHS.map((truth) => {
        const value = String(truth) as `${typeof truth}`;
        const margin =
          props.expected === undefined
            ? undefined
            : marginOfError({ kind: 'randomised', k: props.k, truth }, props.expected);
        const marginId = `mode-margin-${value}`;
        return (
          <div key={value}>
            <label class="choice">
              <input
                type="radio"
                name="mode"
                value={value}
                checked={props.mode === value}
                aria-describedby={`${marginId} mode-randomised-about`}
                onChange={() => props.onChange(value)}
              />
              {t('rounds.secretary.create.modeRandomisedOption', { truth: truthText(t, truth) })}
            </label>
            <p class="hint mode-choice__margin" id={marginId}>
              {margin && props.expected !== undefined
                ? t('rounds.secretary.create.margin', {
                    n: props.expected,
                    points: Math.round(margin.halfWidthPoints),
                    persons: Math.round(margin.persons),
                  })
                : t('rounds.secretary.create.marginUnknown')}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
