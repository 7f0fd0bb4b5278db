import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '@/utils/i18n/types';
import { localize } from '@/utils/pack/localize';
import type { LocalizedText } from '@/utils/pack/schema';
import type { ContributionPreview, ContributionPreviewLine } from '@/utils/rounds/service/types';
import { downloadBytes } from '../../app/library/download';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ViewHeading } from '../../app/ViewHeading';
import { useLocale, useT } from '../../i18n';
import { Fingerprint } from '../Fingerprint';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import { truthPercent } from './mode-text';
import '../rounds.css';
import './rounds-member.css';

/** `#/contribute/<responseId>`: exactly what the contribution file holds, then saving it. */
export default function ContributeView(props: { responseId: string }) {
  const t = useT();
  const services = useRoundsServices();
  const [preview, setPreview] = useState<ContributionPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  useDocumentTitle(t('rounds.member.contribute.title'));

  useEffect(() => {
    services.contributionPreview(props.responseId).then(setPreview, setError);
  }, [services, props.responseId]);

  const save = async () => {
    setSaving(true);
    setSaved(false);
    setError(null);
    try {
      const file = await services.contributionFile(props.responseId);
      downloadBytes(file.fileName, file.bytes);
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <header class="topbar">
        <a class="link" href={`#/review/${props.responseId}`}>
          ← {t('rounds.member.contribute.back')}
        </a>
      </header>
      <main class="round-member">
        <ViewHeading>{t('rounds.member.contribute.title')}</ViewHeading>
        {preview && (
          <p class="meta">
            {t('rounds.member.roundLabel', {
              label: preview.round.label,
              cell: preview.round.cellName,
            })}
          </p>
        )}
        {error ? <RoundErrorNotice error={error} /> : null}
        {!preview && !error && (
          <p class="loading" role="status">
            {t('app.loading')}
          </p>
        )}
        {preview && <PreviewBody preview={preview} />}
        {preview && (
          <div class="actions">
            <button type="button" class="button button--primary" disabled={saving} onClick={save}>
              {saving ? t('rounds.member.contribute.saving') : t('rounds.member.contribute.save')}
            </button>
          </div>
        )}
        <p class="notice contribution__saved" role="status">
          {saved ? t('rounds.member.contribute.saved') : ''}
        </p>
      </main>
    </>
  );
}

function PreviewBody(props: { preview: ContributionPreview }) {
  const t = useT();
  const locale = useLocale();
  const { preview } = props;
  const { mode } = preview.round;
  return (
    <>
      <p>{t('rounds.member.contribute.intro')}</p>
      {linesByGroup(preview.lines, locale).map(([group, lines]) => (
        <PreviewTable
          key={group}
          caption={group}
          rowHeader={t('rounds.member.contribute.item')}
          rows={lines.map((line) => ({
            title: localize(line.title, locale),
            answer: valuesText(line.answer, locale, t),
            sent: valuesText(line.sent, locale, t),
            changed: line.changed,
          }))}
        />
      ))}
      {preview.indicators.length > 0 && (
        <PreviewTable
          caption={t('rounds.member.contribute.indicators')}
          rowHeader={t('rounds.member.contribute.indicator')}
          rows={preview.indicators.map((indicator) => ({
            title: localize(indicator.title, locale),
            answer: yesNo(indicator.answer, t),
            sent: yesNo(indicator.sent, t),
            changed: indicator.sent !== indicator.answer,
          }))}
        />
      )}
      <p>{t('rounds.member.contribute.size', { size: preview.fileSize })}</p>
      <Fingerprint code={preview.fingerprint} hint={t('rounds.member.join.fingerprintCheck')} />
      <section class="box" aria-labelledby="not-contained-title">
        <h2 id="not-contained-title">{t('rounds.member.contribute.notContainedTitle')}</h2>
        <ul>
          <li>{t('rounds.member.contribute.notName')}</li>
          <li>{t('rounds.member.contribute.notText')}</li>
          <li>{t('rounds.member.contribute.notTime')}</li>
          <li>{t('rounds.member.contribute.notDevice')}</li>
        </ul>
      </section>
      <section class="box" aria-labelledby="who-sees-title">
        <h2 id="who-sees-title">{t('rounds.member.contribute.whoTitle')}</h2>
        <p>
          {mode.kind === 'exact'
            ? t('rounds.member.contribute.whoExact')
            : t('rounds.member.contribute.whoRandomised', { percent: truthPercent(mode.truth) })}
        </p>
        <p>{t('rounds.member.contribute.whoOthers')}</p>
      </section>
    </>
  );
}

interface PreviewRow {
  title: string;
  answer: string;
  sent: string;
  changed: boolean;
}

/** One table of the preview: a row per item, the member's answer beside what is sent. */
function PreviewTable(props: { caption: string; rowHeader: string; rows: PreviewRow[] }) {
  const t = useT();
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.rowHeader}</th>
            <th scope="col">{t('rounds.member.contribute.answer')}</th>
            <th scope="col">{t('rounds.member.contribute.sent')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, index) => (
            <tr key={`${index}-${row.title}`}>
              <th scope="row">{row.title}</th>
              <td>{row.answer}</td>
              <td>
                {row.sent}
                {row.changed && (
                  <span class="badge badge--changed">{t('rounds.member.contribute.changed')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Consecutive lines of one group, in form order, under the group's title. */
function linesByGroup(
  lines: readonly ContributionPreviewLine[],
  locale: Locale,
): Array<[string, ContributionPreviewLine[]]> {
  const groups: Array<[string, ContributionPreviewLine[]]> = [];
  for (const line of lines) {
    const title = localize(line.groupTitle, locale);
    const last = groups.at(-1);
    if (last && last[0] === title) last[1].push(line);
    else groups.push([title, [line]]);
  }
  return groups;
}

function valuesText(
  values: readonly LocalizedText[],
  locale: Locale,
  t: ReturnType<typeof useT>,
): string {
  return values.length === 0
    ? t('rounds.member.contribute.none')
    : values.map((value) => localize(value, locale)).join(', ');
}

function yesNo(value: boolean, t: ReturnType<typeof useT>): string {
  return value ? t('rounds.member.contribute.yes') : t('rounds.member.contribute.no');
}
