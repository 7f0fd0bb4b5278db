import type { DraftMoveEntry, DraftMovePlan } from '@/utils/library';
import { localize } from '@/utils/pack/localize';
import type { PackForm } from '@/utils/pack/schema';
import { useLocale, useT } from '../i18n';
import { answerText } from './answer-text';

const KINDS = ['kept', 'mapped', 'dropped'] as const;

/** What moving a draft does to each answer: kept, moved to a new question or value, dropped. */
export function DraftMovePlanList(props: {
  plan: DraftMovePlan;
  fromForm: PackForm | undefined;
  toForm: PackForm | undefined;
}) {
  const t = useT();
  const { entries } = props.plan;
  if (entries.length === 0) return <p>{t('move.none')}</p>;
  return (
    <div class="move-plan">
      {KINDS.map((kind) => {
        const ofKind = entries.filter((entry) => entry.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} class={`move-plan__group move-plan__group--${kind}`}>
            <h3>{t(`move.${kind}`, { count: ofKind.length })}</h3>
            <ul>
              {ofKind.map((entry) => (
                <MoveEntry
                  key={entry.from}
                  entry={entry}
                  fromForm={props.fromForm}
                  toForm={props.toForm}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function MoveEntry(props: {
  entry: DraftMoveEntry;
  fromForm: PackForm | undefined;
  toForm: PackForm | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const { entry } = props;
  const words = { empty: t('move.empty'), yes: t('move.yes'), no: t('move.no') };
  const before = answerText(props.fromForm, entry.from, entry.before, locale, words);
  const after = answerText(props.toForm, entry.to ?? entry.from, entry.after, locale, words);
  const renamed = entry.to !== undefined && entry.to !== entry.from;
  const changed = entry.kind === 'mapped' && before !== after;
  return (
    <li class="move-entry">
      <strong>{localize(entry.title, locale)}</strong>
      {renamed && (
        <code class="move-entry__names">
          {' '}
          {entry.from} → {entry.to}
        </code>
      )}
      <p class="move-entry__value">
        {before}
        {changed && ` → ${after}`}
      </p>
      {entry.reason && <p class="meta">{t(`move.reason.${entry.reason}`)}</p>}
    </li>
  );
}
