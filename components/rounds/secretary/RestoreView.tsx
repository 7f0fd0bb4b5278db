import { useEffect, useState } from 'preact/hooks';
import { roundFingerprint } from '@/utils/rounds/crypto/fingerprint';
import { RoundFileError } from '@/utils/rounds/files/errors';
import { MAX_KEY_BACKUP_BYTES } from '@/utils/rounds/files/key-backup';
import { isRoundError } from '@/utils/rounds/service/errors';
import type { KeyBackup } from '@/utils/rounds/types';
import { BackBar } from '../../app/BackBar';
import { DropZone } from '../../app/library/DropZone';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { routeHref } from '../../app/useHashRoute';
import { ViewHeading } from '../../app/ViewHeading';
import { useT } from '../../i18n';
import { roundDetailsText, roundErrorDetails } from '../error-text';
import { Fingerprint } from '../Fingerprint';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import { Field, PassphraseInput, ShowPassphrase } from './Field';
import { modeText } from './format';
import { MetaList } from './RoundOverview';
import { useAction } from './useAction';
import './rounds.css';

interface Picked {
  bytes: Uint8Array;
  backup: KeyBackup;
  /** The code read aloud at the round's meeting: the right round's key, not another's. */
  fingerprint: string;
}

/** `#/rounds/restore`: a round's key back into this profile from its backup file. */
export default function RestoreView() {
  const t = useT();
  const services = useRoundsServices();
  const reading = useAction();
  const restoring = useAction();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  useDocumentTitle(t('rounds.secretary.restore.title'));

  const take = ([file]: File[]) =>
    reading.run(async () => {
      setPicked(null);
      restoring.setError(null);
      if (!file) return;
      // Checked before anything is read: the file's size alone refuses it.
      if (file.size > MAX_KEY_BACKUP_BYTES) {
        throw new RoundFileError({
          code: 'too-large',
          kind: 'key-backup',
          size: file.size,
          max: MAX_KEY_BACKUP_BYTES,
        });
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const backup = await services.readKeyBackup(bytes);
      const fingerprint = await roundFingerprint(backup.publicKey, backup.round.id);
      setPicked({ bytes, backup, fingerprint });
    });

  const restore = (event: Event) => {
    event.preventDefault();
    if (!picked || restoring.busy) return;
    void restoring.run(async () => {
      const restored = await services.restoreKeyBackup(picked.bytes, passphrase);
      location.hash = routeHref({ name: 'round', roundId: restored.round.id });
    });
  };

  const details = roundErrorDetails(restoring.error);
  const wrongPassphrase = details?.code === 'wrong-passphrase';
  // The passphrase stays as typed: a slip is easier to find and fix than to type it all again.
  useEffect(() => {
    if (wrongPassphrase) document.getElementById('restore-passphrase')?.focus();
  }, [restoring.error]);

  return (
    <>
      <BackBar href={routeHref({ name: 'rounds' })} label={t('rounds.common.backToList')} />
      <main class="rounds">
        <ViewHeading>{t('rounds.secretary.restore.title')}</ViewHeading>
        <p>{t('rounds.secretary.restore.intro')}</p>
        <DropZone
          onFiles={take}
          disabled={reading.busy || restoring.busy}
          multiple={false}
          accept=""
          testId="key-backup-file-input"
          labels={{
            idle: t('rounds.secretary.restore.file'),
            active: t('rounds.secretary.restore.fileActive'),
            hint: t('rounds.secretary.restore.fileHint'),
          }}
        />
        <p class="rounds__status" role="status">
          {reading.busy ? t('rounds.secretary.restore.reading') : ''}
        </p>
        {reading.error ? <RoundErrorNotice error={reading.error} /> : null}
        {picked && (
          <form class="section" noValidate onSubmit={restore}>
            <BackupContents {...picked} />
            <Field
              id="restore-passphrase"
              label={t('rounds.secretary.restore.passphrase')}
              error={wrongPassphrase && details ? roundDetailsText(t, details) : undefined}
            >
              {(control) => (
                <PassphraseInput
                  {...control}
                  shown={shown}
                  value={passphrase}
                  onValue={setPassphrase}
                />
              )}
            </Field>
            <ShowPassphrase id="restore-show" shown={shown} onChange={setShown} />
            {restoring.error && !wrongPassphrase ? (
              <RestoreErrorNotice error={restoring.error} />
            ) : null}
            <div class="actions">
              <button type="submit" class="button button--primary" disabled={restoring.busy}>
                {t('rounds.secretary.restore.submit')}
              </button>
            </div>
            <p class="rounds__status" role="status">
              {restoring.busy ? t('rounds.secretary.restore.restoring') : ''}
            </p>
          </form>
        )}
      </main>
    </>
  );
}

/** What the backup file is for, so the secretary restores the right round. */
function BackupContents(props: Picked) {
  const t = useT();
  const { round, pack } = props.backup;
  const rows: Array<[string, string]> = [
    [t('rounds.secretary.restore.round'), round.label],
    [t('rounds.secretary.round.meta.cell'), round.cellName],
    [
      t('rounds.secretary.restore.form'),
      t('rounds.secretary.restore.formValue', {
        form: round.formId,
        pack: pack.id,
        version: pack.version,
      }),
    ],
    [t('rounds.secretary.round.meta.mode'), modeText(t, round.mode)],
  ];
  return (
    <section aria-labelledby="restore-contents-title">
      <h2 id="restore-contents-title">{t('rounds.secretary.restore.contents')}</h2>
      <MetaList rows={rows} />
      <Fingerprint code={props.fingerprint} hint={t('rounds.secretary.restore.fingerprintHint')} />
    </section>
  );
}

/** A restore refused for another reason than the passphrase; an existing round is linked. */
function RestoreErrorNotice(props: { error: unknown }) {
  const t = useT();
  const { error } = props;
  if (isRoundError(error) && error.details.code === 'round-exists') {
    return (
      <div class="notice notice--error" role="alert">
        <p>
          {roundDetailsText(t, error.details)}{' '}
          <a class="link" href={routeHref({ name: 'round', roundId: error.details.roundId })}>
            {t('rounds.secretary.restore.openExisting')}
          </a>
        </p>
      </div>
    );
  }
  return <RoundErrorNotice error={error} />;
}
