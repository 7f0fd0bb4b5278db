import { localize } from '@/utils/pack/localize';
import type { DraftMoveEntry, DraftMovePlan } from '../app/library/contract';
import { useLocale, useT } from '../i18n';

const KINDS = ['kept', 'mapped', 'dropped'] as const;

/** What moving a draft does to each answer: kept, moved to a new question or value, dropped. */
export function DraftMovePlanList(props: { plan: DraftMovePlan }) {
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
                <MoveEntry key={entry.from} entry={entry} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function MoveEntry(props: { entry: DraftMoveEntry }) {
  const t = useT();
  const locale = useLocale();
  const { entry } = props;
  const renamed = entry.to !== undefined && entry.to !== entry.from;
  const changed = entry.kind === 'mapped' && !sameValue(entry.before, entry.after);
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
        {answerText(entry.before, t('move.empty'))}
        {changed && ` → ${answerText(entry.after, t('move.empty'))}`}
      </p>
      {entry.reason && <p class="meta">{t(`move.reason.${entry.reason}`)}</p>}
    </li>
  );
}

/** An answer as plain text: choice values as stored, lists joined, anything else as JSON. */
export function answerText(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (Array.isArray(value)) return value.map((item) => answerText(item, empty)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
