import { useEffect, useState } from 'preact/hooks';
import { ConfirmDialog } from '../app/ConfirmDialog';
import type { DraftMovePlan, InstalledPack } from '../app/library/contract';
import { useLibraryServices } from '../app/library/services';
import { routeHref } from '../app/useHashRoute';
import { useT } from '../i18n';
import { DraftMovePlanList } from './DraftMovePlanList';
import type { ReviewSession } from './review-session';

type Offer = { target: InstalledPack; plan: DraftMovePlan };

interface DraftMoveOfferProps {
  responseId: string;
  fromVersion: string;
  session: Pick<ReviewSession, 'flush'>;
}

/**
 * A draft made on an older version of its pack, with a newer version installed: offers to move
 * the answers there. Nothing moves until the member has seen the plan and confirmed; the old
 * draft is deleted only in the transaction that saves the new one.
 */
export function DraftMoveOffer(props: DraftMoveOfferProps) {
  const t = useT();
  const services = useLibraryServices();
  const [offer, setOffer] = useState<Offer | undefined>();
  const [showing, setShowing] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    services.draftMoveOffer(props.responseId).then(
      (found) => !cancelled && setOffer(found),
      // Without an offer the draft simply stays on its version.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [props.responseId, services]);

  if (!offer) return null;
  const to = offer.target.version;

  // The plan is made again from what is saved now, so it shows the answers as they are.
  const show = async () => {
    setFailed(false);
    try {
      await props.session.flush();
      const fresh = await services.draftMoveOffer(props.responseId);
      setOffer(fresh);
      setShowing(fresh !== undefined);
    } catch {
      setFailed(true);
    }
  };
  const move = async () => {
    setShowing(false);
    try {
      await props.session.flush();
      const moved = await services.moveDraft(props.responseId, to);
      location.hash = routeHref({ name: 'review', responseId: moved.id });
    } catch {
      setFailed(true);
    }
  };

  return (
    <div class="notice notice--warning move-offer">
      <h2 class="move-offer__title">{t('move.title')}</h2>
      <p>{t('move.body', { from: props.fromVersion, to })}</p>
      {failed && (
        <p class="move-offer__failed" role="alert">
          {t('move.failed')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={show}>
          {t('move.show')}
        </button>
      </div>
      {showing && (
        <ConfirmDialog
          title={t('move.dialogTitle', { to })}
          confirmLabel={t('move.confirm', { to })}
          onConfirm={move}
          onCancel={() => setShowing(false)}
        >
          <DraftMovePlanList plan={offer.plan} />
        </ConfirmDialog>
      )}
    </div>
  );
}
