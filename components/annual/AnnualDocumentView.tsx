import { useEffect, useState } from 'preact/hooks';
import { type AnnualDocument, annualDocument } from '@/utils/annual/document';
import { paperFormOf } from '@/utils/annual/forms';
import { getPack } from '@/utils/storage/packs';
import { getResponse } from '@/utils/storage/responses';
import { downloadBytes } from '../app/library/download';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { routeHref } from '../app/useHashRoute';
import { ViewHeading } from '../app/ViewHeading';
import { useT } from '../i18n';
import { PaperDocument } from './PaperDocument';
import './annual-document.css';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'not-annual' }
  | { kind: 'error'; error: unknown }
  | { kind: 'shown'; doc: AnnualDocument; completed: boolean; fileName: string };

async function load(responseId: string): Promise<State> {
  const record = await getResponse(responseId);
  if (!record) return { kind: 'missing' };
  const paper = paperFormOf(record.packId, record.formId);
  const form = (await getPack(record.packId, record.packVersion))?.pack.forms.find(
    (candidate) => candidate.id === record.formId,
  );
  if (!paper || !form) return { kind: 'not-annual' };
  const doc = annualDocument(
    paper,
    form.survey,
    record.data,
    record.completedAt ?? record.updatedAt,
  );
  const slug = paper.code.replace(/^Mẫu /, '').split(' ')[0]?.toLowerCase() ?? 'ban';
  return {
    kind: 'shown',
    doc,
    completed: record.status === 'completed',
    fileName: `ban-kiem-diem-${slug}.docx`,
  };
}

/** `#/document/<id>`: an annual review laid out as its paper form, to print or open in Word. */
export default function AnnualDocumentView(props: { responseId: string }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [docx, setDocx] = useState<'idle' | 'busy' | 'failed'>('idle');
  useDocumentTitle(t('annual.title'));

  useEffect(() => {
    load(props.responseId).then(setState, (error: unknown) => setState({ kind: 'error', error }));
  }, [props.responseId]);

  const download = async (doc: AnnualDocument, fileName: string) => {
    setDocx('busy');
    try {
      // The Word writer (~400 kB) loads only here, when a file is asked for.
      const { annualDocx } = await import('@/utils/annual/docx');
      downloadBytes(fileName, await annualDocx(doc), DOCX_TYPE);
      setDocx('idle');
    } catch {
      setDocx('failed');
    }
  };

  return (
    <>
      <header class="topbar">
        <a class="link" href={routeHref({ name: 'review', responseId: props.responseId })}>
          ← {t('annual.backToReview')}
        </a>
      </header>
      <main class="annual">
        <ViewHeading class="annual__screen-only">{t('annual.title')}</ViewHeading>
        {state.kind === 'loading' && (
          <p class="loading" role="status">
            {t('app.loading')}
          </p>
        )}
        {state.kind === 'missing' && <p class="notice notice--error">{t('annual.missing')}</p>}
        {state.kind === 'not-annual' && <p class="notice">{t('annual.notAnnual')}</p>}
        {state.kind === 'error' && <StorageErrorNotice error={state.error} />}
        {state.kind === 'shown' && (
          <>
            <div class="annual__screen-only">
              <p class="notice">{t('annual.layoutNote', { code: state.doc.code })}</p>
              {!state.completed && <p class="notice notice--warning">{t('annual.draftNote')}</p>}
              <div class="actions">
                <button type="button" class="button button--primary" onClick={() => window.print()}>
                  {t('annual.print')}
                </button>
                <button
                  type="button"
                  class="button"
                  disabled={docx === 'busy'}
                  onClick={() => download(state.doc, state.fileName)}
                >
                  {docx === 'busy' ? t('annual.docxBusy') : t('annual.docx')}
                </button>
              </div>
              <p role="status" class="meta">
                {docx === 'failed' ? t('annual.docxFailed') : ''}
              </p>
            </div>
            <PaperDocument doc={state.doc} />
          </>
        )}
      </main>
    </>
  );
}
