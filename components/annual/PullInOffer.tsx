import { useState } from 'preact/hooks';
import type { Model } from 'survey-core';
import { commitmentsText, latestResultText } from '@/utils/annual/pull-in';
import { listRegistrations, yearView } from '@/utils/commitments/service';
import { latestIndicatorResult } from '@/utils/reviews/latest-result';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useT } from '../i18n';
import './pull-in.css';

/** Where each text goes in the annual forms (forms/kiem-diem-2025.json). */
const TARGETS = { result: 'uu-diem-pham-chat', commitments: 'uu-diem-cam-ket' } as const;
type Source = keyof typeof TARGETS;

async function textFor(source: Source, year: unknown): Promise<string | undefined> {
  if (source === 'result') {
    const result = await latestIndicatorResult();
    return result && latestResultText(result);
  }
  const registrations = await listRegistrations();
  const chosen = registrations.find((found) => found.year === Number(year)) ?? registrations[0];
  return chosen && commitmentsText(await yearView(chosen.responseId));
}

/**
 * On an annual review: offers to add the latest self-review result (I.1) and the year's
 * commitments (I.3) as text. The member sees the text first and edits it after; nothing is
 * added without their yes.
 */
export function PullInOffer(props: { model: Model }) {
  const t = useT();
  const [asking, setAsking] = useState<{ source: Source; text: string } | null>(null);
  const [message, setMessage] = useState('');

  const offer = async (source: Source) => {
    setMessage('');
    const text = await textFor(source, props.model.getValue('nam')).catch(() => undefined);
    if (text) setAsking({ source, text });
    else setMessage(t(`annual.pullIn.none.${source}`));
  };

  const insert = (source: Source, text: string) => {
    const name = TARGETS[source];
    const current = props.model.getValue(name);
    props.model.setValue(
      name,
      typeof current === 'string' && current.trim() ? `${current}\n\n${text}` : text,
    );
    setAsking(null);
    setMessage(t(`annual.pullIn.done.${source}`));
  };

  return (
    <section class="pull-in" aria-labelledby="pull-in-title">
      <h2 id="pull-in-title">{t('annual.pullIn.title')}</h2>
      <p class="hint">{t('annual.pullIn.hint')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={() => offer('result')}>
          {t('annual.pullIn.result')}
        </button>
        <button type="button" class="button" onClick={() => offer('commitments')}>
          {t('annual.pullIn.commitments')}
        </button>
      </div>
      <p role="status" class="meta">
        {message}
      </p>
      {asking && (
        <ConfirmDialog
          title={t(`annual.pullIn.ask.${asking.source}`)}
          tone="primary"
          confirmLabel={t('annual.pullIn.confirm')}
          onConfirm={() => insert(asking.source, asking.text)}
          onCancel={() => setAsking(null)}
        >
          <p class="pull-in__text">{asking.text}</p>
          <p class="hint">{t('annual.pullIn.editAfter')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
