import type { ComponentChildren } from 'preact';
import type { Locale } from '@/utils/i18n/types';
import type { ChoiceRef, FormDiff, GroupChange, PackDiff, QuestionChange } from '@/utils/pack/diff';
import { localize } from '@/utils/pack/localize';
import type { LocalizedText } from '@/utils/pack/schema';
import { useLocale, useT } from '../../i18n';

/** What a new version changes, form by form, before the secretary installs it. */
export function ChangeSummary(props: { diff: PackDiff }) {
  const t = useT();
  const changed = props.diff.forms.filter((form) => form.status !== 'unchanged');
  return (
    <section class="change-summary">
      <h4>{t('library.diff.title', { version: props.diff.fromVersion })}</h4>
      {changed.length === 0 ? (
        <p>{t('library.diff.none')}</p>
      ) : (
        changed.map((form) => <FormChanges key={form.id} form={form} />)
      )}
    </section>
  );
}

type Of<K extends QuestionChange['kind']> = Extract<QuestionChange, { kind: K }>;

function FormChanges(props: { form: FormDiff }) {
  const t = useT();
  const locale = useLocale();
  const { form } = props;
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale);
  const of = <K extends QuestionChange['kind']>(kind: K) =>
    form.questions.filter((change): change is Of<K> => change.kind === kind);
  const added = of('added');
  const removed = of('removed');
  const renamed = of('renamed');
  const retitled = of('retitled');
  const choices = of('choices');
  return (
    <section class="change-summary__form">
      <h5>
        {text(form.title)}
        {form.status === 'added' && ` — ${t('library.diff.formAdded')}`}
        {form.status === 'removed' && ` — ${t('library.diff.formRemoved')}`}
      </h5>
      {form.retitled && (
        <BeforeAfter
          label={t('library.diff.formRetitled')}
          before={text(form.retitled.before)}
          after={text(form.retitled.after)}
        />
      )}
      <NamedList label={t('library.diff.questionsAdded', { count: added.length })} items={added} />
      <NamedList
        label={t('library.diff.questionsRemoved', { count: removed.length })}
        items={removed}
      />
      <ChangeList label={t('library.diff.questionsRenamed', { count: renamed.length })}>
        {renamed.map((change) => (
          <li key={change.name}>
            {text(change.title)}{' '}
            <code>{t('library.diff.renamed', { from: change.from, to: change.name })}</code>
          </li>
        ))}
      </ChangeList>
      <ChangeList label={t('library.diff.questionsRetitled', { count: retitled.length })}>
        {retitled.map((change) => (
          <li key={change.name}>
            <code>{change.name}</code>
            <BeforeAfter before={text(change.before)} after={text(change.after)} />
          </li>
        ))}
      </ChangeList>
      <ChangeList label={t('library.diff.choicesChanged', { count: choices.length })}>
        {choices.map((change) => (
          <li key={change.name}>
            {text(change.title)} <code>{change.name}</code>
            <ChoiceLines change={change} locale={locale} />
          </li>
        ))}
      </ChangeList>
      <ChangeList label={t('library.diff.groupsChanged', { count: form.groups.length })}>
        {form.groups.map((group) => (
          <li key={group.id}>
            {text(group.title)} <GroupLine group={group} locale={locale} />
          </li>
        ))}
      </ChangeList>
      {form.otherChanges && <p class="meta">{t('library.diff.otherChanges')}</p>}
    </section>
  );
}

function ChoiceLines(props: { change: Of<'choices'>; locale: Locale }) {
  const t = useT();
  const { change, locale } = props;
  const choice = (ref: ChoiceRef) => `${localize(ref.text, locale)} (${String(ref.value)})`;
  const lines = [
    change.added.length > 0 &&
      t('library.diff.choicesAdded', { values: change.added.map(choice).join('; ') }),
    change.removed.length > 0 &&
      t('library.diff.choicesRemoved', { values: change.removed.map(choice).join('; ') }),
    change.retitled.length > 0 &&
      t('library.diff.choicesRetitled', {
        values: change.retitled
          .map(
            (retitle) => `${localize(retitle.before, locale)} → ${localize(retitle.after, locale)}`,
          )
          .join('; '),
      }),
    change.mapped.length > 0 &&
      t('library.diff.choicesMapped', {
        values: change.mapped.map((map) => `${choice(map.from)} → ${choice(map.to)}`).join('; '),
      }),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <>
      {lines.map((line) => (
        <p key={line} class="meta">
          {line}
        </p>
      ))}
    </>
  );
}

function GroupLine(props: { group: GroupChange; locale: Locale }) {
  const t = useT();
  const { group } = props;
  if (group.kind === 'added') {
    return (
      <span class="meta">— {t('library.diff.groupAdded', { count: group.questions.length })}</span>
    );
  }
  if (group.kind === 'removed') return <span class="meta">— {t('library.diff.groupRemoved')}</span>;
  const parts = [
    group.titleBefore &&
      t('library.diff.groupRetitled', { title: localize(group.titleBefore, props.locale) }),
    group.questionsAdded.length > 0 &&
      t('library.diff.groupQuestionsAdded', { names: group.questionsAdded.join(', ') }),
    group.questionsRemoved.length > 0 &&
      t('library.diff.groupQuestionsRemoved', { names: group.questionsRemoved.join(', ') }),
  ].filter((part): part is string => typeof part === 'string');
  return <span class="meta">— {parts.join(' · ')}</span>;
}

function BeforeAfter(props: { label?: string; before: string; after: string }) {
  const t = useT();
  return (
    <>
      {props.label && <p class="change-list__label">{props.label}</p>}
      <dl class="before-after">
        <dt>{t('library.diff.before')}</dt>
        <dd>{props.before}</dd>
        <dt>{t('library.diff.after')}</dt>
        <dd>{props.after}</dd>
      </dl>
    </>
  );
}

/** Questions listed by title and name. */
function NamedList(props: { label: string; items: { name: string; title: LocalizedText }[] }) {
  const locale = useLocale();
  return (
    <ChangeList label={props.label}>
      {props.items.map((item) => (
        <li key={item.name}>
          {localize(item.title, locale)} <code>{item.name}</code>
        </li>
      ))}
    </ChangeList>
  );
}

/** A labelled list, left out when empty so the summary shows only what changed. */
function ChangeList(props: { label: string; children: ComponentChildren[] }) {
  if (props.children.length === 0) return null;
  return (
    <div class="change-list">
      <p class="change-list__label">{props.label}</p>
      <ul>{props.children}</ul>
    </div>
  );
}
