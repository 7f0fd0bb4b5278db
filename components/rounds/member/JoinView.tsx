import { useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import { RoundFileError } from '@/utils/rounds/files/errors';
import { MAX_INVITATION_BYTES } from '@/utils/rounds/files/invitation';
import type { InvitationPreview } from '@/utils/rounds/service/types';
import { BackBar } from '../../app/BackBar';
import { DropZone } from '../../app/library/DropZone';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ViewHeading } from '../../app/ViewHeading';
import { useLocale, useT } from '../../i18n';
import { Fingerprint } from '../Fingerprint';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import { modeSentence } from './mode-text';
import '../rounds.css';
import './rounds-member.css';

type State =
  | { kind: 'choosing' }
  | { kind: 'reading' }
  | { kind: 'read'; bytes: Uint8Array; preview: InvitationPreview; joining: boolean }
  | { kind: 'failed'; error: unknown };

/** `#/join`: read a round invitation, show what it is and its fingerprint, then join. */
export default function JoinView() {
  const t = useT();
  const services = useRoundsServices();
  const [state, setState] = useState<State>({ kind: 'choosing' });
  useDocumentTitle(t('rounds.member.join.title'));

  const read = async ([file]: File[]) => {
    if (!file) return;
    try {
      // From the size alone, so a wrong, huge file is never read into memory.
      if (file.size > MAX_INVITATION_BYTES) {
        throw new RoundFileError({
          code: 'too-large',
          kind: 'invitation',
          size: file.size,
          max: MAX_INVITATION_BYTES,
        });
      }
      setState({ kind: 'reading' });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const preview = await services.readInvitation(bytes);
      setState({ kind: 'read', bytes, preview, joining: false });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  const join = async (bytes: Uint8Array, preview: InvitationPreview) => {
    setState({ kind: 'read', bytes, preview, joining: true });
    try {
      const { responseId } = await services.joinRound(bytes);
      location.hash = `#/review/${responseId}`;
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <>
      <BackBar />
      <main class="round-member">
        <ViewHeading>{t('rounds.member.join.title')}</ViewHeading>
        {state.kind === 'read' ? (
          <InvitationDetails
            preview={state.preview}
            joining={state.joining}
            onJoin={() => join(state.bytes, state.preview)}
            onAnother={() => setState({ kind: 'choosing' })}
          />
        ) : (
          <>
            <p>{t('rounds.member.join.intro')}</p>
            <DropZone
              multiple={false}
              disabled={state.kind === 'reading'}
              onFiles={read}
              testId="invitation-file-input"
              labels={{
                idle: t('rounds.member.join.drop'),
                hint: t('rounds.member.join.dropHint'),
                active: t('rounds.member.join.dropActive'),
              }}
            />
            {state.kind === 'reading' && (
              <p class="loading" role="status">
                {t('rounds.member.join.reading')}
              </p>
            )}
            {state.kind === 'failed' && <RoundErrorNotice error={state.error} />}
          </>
        )}
      </main>
    </>
  );
}

function InvitationDetails(props: {
  preview: InvitationPreview;
  joining: boolean;
  onJoin(): void;
  onAnother(): void;
}) {
  const t = useT();
  const locale = useLocale();
  const { invitation, existingResponseId } = props.preview;
  const { round, pack } = invitation;
  return (
    <section class="card invitation" aria-labelledby="invitation-title">
      <h2 id="invitation-title">{t('rounds.member.join.previewTitle', { label: round.label })}</h2>
      <dl class="facts">
        <dt>{t('rounds.member.join.round')}</dt>
        <dd>{round.label}</dd>
        <dt>{t('rounds.member.join.cell')}</dt>
        <dd>{round.cellName}</dd>
        <dt>{t('rounds.member.join.form')}</dt>
        <dd>
          {t('rounds.member.join.formValue', {
            form: localize(props.preview.formTitle, locale),
            version: pack.version,
          })}
        </dd>
        <dt>{t('rounds.member.join.items')}</dt>
        <dd>{props.preview.itemCount}</dd>
      </dl>
      <Fingerprint
        code={invitation.fingerprint}
        hint={t('rounds.member.join.fingerprintCheck')}
        heading="h3"
      />
      <h3>{t('rounds.member.join.privacyTitle')}</h3>
      <p>{modeSentence(round.mode, t)}</p>
      {existingResponseId ? (
        <>
          <p class="notice notice--warning">{t('rounds.member.join.already')}</p>
          <div class="actions">
            <a class="button button--primary" href={`#/review/${existingResponseId}`}>
              {t('rounds.member.join.continue')}
            </a>
          </div>
        </>
      ) : (
        <>
          {!props.preview.packInstalled && (
            <p class="hint">
              {t('rounds.member.join.packInstall', {
                pack: localize(props.preview.packTitle, locale),
                version: pack.version,
              })}
            </p>
          )}
          <div class="actions">
            <button
              type="button"
              class="button button--primary"
              disabled={props.joining}
              onClick={props.onJoin}
            >
              {props.joining ? t('rounds.member.join.joining') : t('rounds.member.join.start')}
            </button>
            <button type="button" class="button" onClick={props.onAnother}>
              {t('rounds.member.join.another')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
