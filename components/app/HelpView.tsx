import type { MessageKey } from '@/utils/i18n/translate';
import { useT } from '../i18n';
import { AnswerMeanings } from './AnswerMeanings';
import { BackBar } from './BackBar';
import { PrivacyNote } from './PrivacyNote';
import { useDocumentTitle } from './useDocumentTitle';
import { ViewHeading } from './ViewHeading';

interface HelpSection {
  id: string;
  title: MessageKey;
  paragraphs: readonly MessageKey[];
  /** The page's one privacy sentence opens "who can see what". */
  privacyNote?: true;
  answers?: true;
}

/** The orientation in full, plus who sees what, keeping a result and the side panel. */
const SECTIONS: readonly HelpSection[] = [
  { id: 'purpose', title: 'help.purpose.title', paragraphs: ['help.purpose.body', 'help.time'] },
  {
    id: 'how',
    title: 'help.how.title',
    paragraphs: ['help.how.start', 'help.autosave', 'help.how.finish'],
  },
  { id: 'answers', title: 'help.answers.title', paragraphs: ['help.answers.intro'], answers: true },
  {
    id: 'who',
    title: 'help.who.title',
    paragraphs: ['help.who.device', 'help.who.round', 'help.who.secretary'],
    privacyNote: true,
  },
  { id: 'keep', title: 'help.keep.title', paragraphs: ['help.keep.print', 'help.keep.loss'] },
  { id: 'side-panel', title: 'help.sidePanel.title', paragraphs: ['help.sidePanel.body'] },
  { id: 'pin', title: 'help.pin.title', paragraphs: ['help.pin'] },
];

export function HelpView() {
  const t = useT();
  useDocumentTitle(t('help.link'));
  return (
    <>
      <BackBar />
      <main class="help">
        <ViewHeading>{t('help.title')}</ViewHeading>
        {SECTIONS.map((section) => (
          <section
            key={section.id}
            class="section help__section"
            aria-labelledby={`help-${section.id}`}
          >
            <h2 id={`help-${section.id}`}>{t(section.title)}</h2>
            {section.privacyNote && <PrivacyNote />}
            {section.paragraphs.map((key) => (
              <p key={key}>{t(key)}</p>
            ))}
            {section.answers && <AnswerMeanings />}
          </section>
        ))}
      </main>
    </>
  );
}
