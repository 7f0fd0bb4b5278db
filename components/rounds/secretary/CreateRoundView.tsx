import { useEffect, useRef, useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import { PASSPHRASE_MIN_LENGTH } from '@/utils/rounds/crypto/round-keys';
import type { RoundCandidate, SeriesSummary } from '@/utils/rounds/service/types';
import { K_MAX, K_MIN } from '@/utils/rounds/types';
import { BackBar } from '../../app/BackBar';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { routeHref } from '../../app/useHashRoute';
import { ViewHeading } from '../../app/ViewHeading';
import { useLocale, useT } from '../../i18n';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import {
  type CreateDraft,
  candidateKey,
  checkDraft,
  DRAFT_FIELDS,
  type DraftErrors,
  EXPECTED_MAX,
  EXPECTED_MIN,
  emptyDraft,
  expectedCount,
  NEW_SERIES,
} from './create-draft';
import { Field, PassphraseInput, ShowPassphrase } from './Field';
import { ModeFieldset } from './ModeFieldset';
import './rounds.css';

const K_CHOICES = Array.from({ length: K_MAX - K_MIN + 1 }, (_, index) => K_MIN + index);

/** `#/rounds/new`: a round on an installed form, its privacy mode and its key's passphrase. */
export default function CreateRoundView() {
  const t = useT();
  const locale = useLocale();
  const services = useRoundsServices();
  const [candidates, setCandidates] = useState<RoundCandidate[] | null>(null);
  const [allSeries, setAllSeries] = useState<SeriesSummary[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [draft, setDraft] = useState<CreateDraft>(emptyDraft);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  // The first wrong field takes focus once its error is on screen.
  const focusFirstError = useRef(false);
  useDocumentTitle(t('rounds.secretary.create.title'));

  const chosen = candidates?.find((candidate) => candidateKey(candidate) === draft.form);
  const series = chosen
    ? allSeries.filter((s) => s.packId === chosen.pack.id && s.formId === chosen.formId)
    : [];

  /** A form chosen: its newest series by default, else a new series named after the form. */
  const chooseForm = (key: string, found: readonly RoundCandidate[], known: SeriesSummary[]) => {
    const next = found.find((candidate) => candidateKey(candidate) === key);
    const existing = next
      ? known.find((s) => s.packId === next.pack.id && s.formId === next.formId)
      : undefined;
    setDraft((current) => ({
      ...current,
      form: key,
      series: existing?.seriesId ?? NEW_SERIES,
      seriesLabel: next ? localize(next.formTitle, locale) : '',
    }));
  };

  useEffect(() => {
    Promise.all([services.roundCandidates(), services.listSeries()]).then(([found, known]) => {
      setCandidates(found);
      setAllSeries(known);
      const first = found[0];
      if (first) chooseForm(candidateKey(first), found, known);
    }, setLoadError);
    // Once: the candidates do not change while the form is open.
  }, [services]);

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    const first = DRAFT_FIELDS.find((field) => errors[field]);
    if (first) document.getElementById(`create-${first}`)?.focus();
  }, [errors]);

  const set = <K extends keyof CreateDraft>(key: K, value: CreateDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const errorText = (field: keyof DraftErrors) => {
    const error = errors[field];
    return error ? t(error.key, error.params) : undefined;
  };

  const textField = (
    field: 'label' | 'cellName' | 'seriesLabel',
    label: string,
    placeholder?: string,
  ) => (
    <Field id={`create-${field}`} label={label} error={errorText(field)}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={draft[field]}
          placeholder={placeholder}
          onInput={(event) => set(field, event.currentTarget.value)}
        />
      )}
    </Field>
  );
  const passphraseField = (
    field: 'passphrase' | 'passphraseAgain',
    label: string,
    hint?: string,
  ) => (
    <Field id={`create-${field}`} label={label} hint={hint} error={errorText(field)}>
      {(control) => (
        <PassphraseInput
          {...control}
          shown={shown}
          value={draft[field]}
          onValue={(value) => set(field, value)}
        />
      )}
    </Field>
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || !candidates) return;
    const checked = checkDraft(draft, candidates);
    setSubmitError(null);
    if (checked.errors) {
      focusFirstError.current = true;
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const created = await services.createRound(checked.input);
      location.hash = routeHref({ name: 'round', roundId: created.round.id });
    } catch (error) {
      setSubmitError(error);
      setBusy(false);
    }
  };

  return (
    <>
      <BackBar href={routeHref({ name: 'rounds' })} label={t('rounds.common.backToList')} />
      <main class="rounds">
        <ViewHeading>{t('rounds.secretary.create.title')}</ViewHeading>
        {loadError ? (
          <RoundErrorNotice error={loadError} />
        ) : !candidates ? (
          <p class="loading" role="status">
            {t('app.loading')}
          </p>
        ) : candidates.length === 0 ? (
          <p class="empty">
            {t('rounds.secretary.create.noForms')}{' '}
            <a class="link" href={routeHref({ name: 'library' })}>
              {t('library.manage')}
            </a>
          </p>
        ) : (
          <form class="create-round" noValidate onSubmit={submit}>
            <Field
              id="create-form"
              label={t('rounds.secretary.create.form')}
              error={errorText('form')}
            >
              {(control) => (
                <select
                  {...control}
                  value={draft.form}
                  onChange={(event) => chooseForm(event.currentTarget.value, candidates, allSeries)}
                >
                  {candidates.map((candidate) => (
                    <option key={candidateKey(candidate)} value={candidateKey(candidate)}>
                      {t(
                        candidate.hasIndicator
                          ? 'rounds.secretary.create.formOption'
                          : 'rounds.secretary.create.formNoIndicator',
                        {
                          form: localize(candidate.formTitle, locale),
                          pack: localize(candidate.packTitle, locale),
                          version: candidate.pack.version,
                        },
                      )}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {textField(
              'label',
              t('rounds.secretary.create.label'),
              t('rounds.secretary.create.labelPlaceholder'),
            )}
            {textField('cellName', t('rounds.secretary.create.cellName'))}
            <Field
              id="create-expected"
              label={t('rounds.secretary.create.expected')}
              hint={t('rounds.secretary.create.expectedHint', {
                min: EXPECTED_MIN,
                max: EXPECTED_MAX,
              })}
              error={errorText('expected')}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={EXPECTED_MIN}
                  max={EXPECTED_MAX}
                  step={1}
                  value={draft.expected}
                  onInput={(event) => set('expected', event.currentTarget.value)}
                />
              )}
            </Field>
            <Field
              id="create-series"
              label={t('rounds.secretary.create.series')}
              hint={t('rounds.secretary.create.seriesHint')}
            >
              {(control) => (
                <select
                  {...control}
                  value={draft.series}
                  onChange={(event) => set('series', event.currentTarget.value)}
                >
                  {series.map((s) => (
                    <option key={s.seriesId} value={s.seriesId}>
                      {t('rounds.secretary.create.seriesExisting', {
                        label: s.seriesLabel,
                        rounds: s.rounds,
                      })}
                    </option>
                  ))}
                  <option value={NEW_SERIES}>{t('rounds.secretary.create.seriesNew')}</option>
                </select>
              )}
            </Field>
            {draft.series === NEW_SERIES &&
              textField('seriesLabel', t('rounds.secretary.create.seriesLabel'))}
            <ModeFieldset
              mode={draft.mode}
              k={draft.k}
              expected={expectedCount(draft)}
              onChange={(mode) => set('mode', mode)}
            />
            <Field
              id="create-k"
              label={t('rounds.secretary.create.k')}
              hint={t('rounds.secretary.create.kHint')}
            >
              {(control) => (
                <select
                  {...control}
                  value={String(draft.k)}
                  onChange={(event) => set('k', Number(event.currentTarget.value))}
                >
                  {K_CHOICES.map((k) => (
                    <option key={k} value={String(k)}>
                      {k}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {passphraseField(
              'passphrase',
              t('rounds.secretary.create.passphrase'),
              t('rounds.secretary.create.passphraseHint', { min: PASSPHRASE_MIN_LENGTH }),
            )}
            {passphraseField('passphraseAgain', t('rounds.secretary.create.passphraseAgain'))}
            <ShowPassphrase id="create-show" shown={shown} onChange={setShown} />
            {submitError ? <RoundErrorNotice error={submitError} /> : null}
            <div class="actions">
              <button type="submit" class="button button--primary" disabled={busy}>
                {t('rounds.secretary.create.submit')}
              </button>
            </div>
            <p class="rounds__status" role="status">
              {busy ? t('rounds.secretary.create.creating') : ''}
            </p>
          </form>
        )}
      </main>
    </>
  );
}
