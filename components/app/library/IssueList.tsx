import type { PackIssue } from '@/utils/pack/issues';
import { useLocale, useT } from '../../i18n';
import { groupIssuesByForm } from './issue-groups';

/** Every issue of a rejected file, grouped by form, each with its JSON path and code. */
export function IssueList(props: { issues: readonly PackIssue[]; bytes: Uint8Array }) {
  const t = useT();
  const locale = useLocale();
  const groups = groupIssuesByForm(props.issues, props.bytes, locale);
  return (
    <div class="issues">
      <h4>{t('library.issues.title', { count: props.issues.length })}</h4>
      {groups.map((group) => {
        const label =
          group.formIndex === undefined
            ? t('library.issues.envelope')
            : group.formTitle === undefined
              ? t('library.issues.formUntitled', { index: group.formIndex + 1 })
              : t('library.issues.form', { index: group.formIndex + 1, title: group.formTitle });
        return (
          <section key={group.formIndex ?? 'envelope'} class="issues__group">
            <h5>{label}</h5>
            <ul class="issues__list">
              {group.issues.map((issue, index) => (
                <li key={`${issue.path}|${issue.code}|${index}`} class="issue">
                  <p class="issue__message">{locale === 'en' ? issue.en : issue.vi}</p>
                  <p class="issue__where">
                    <span>{t('library.issues.path')}: </span>
                    <code class="issue__path">{issue.path}</code>
                    <span> · {t('library.issues.code')}: </span>
                    <code class="issue__code">{issue.code}</code>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
