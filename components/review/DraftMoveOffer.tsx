import { useEffect, useState } from 'preact/hooks';
import type { DraftMoveOffer as Offer } from '@/utils/library';
import type { PackForm } from '@/utils/pack/schema';
import { getResponse } from '@/utils/storage/responses';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { LibraryErrorNotice } from '../app/library/LibraryErrorNotice';
import { useLibraryServices } from '../app/library/services';
import { routeHref } from '../app/useHashRoute';
import { useT } from '../i18n';
import { DraftMovePlanList } from './DraftMovePlanList';
import type { ReviewSession } from './review-session';

interface DraftMoveOfferProps {
  responseId: string;
  fromVersion: string;
  /** The draft's form in its own version, to name the answers as they were. */
  fromForm: PackForm;
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
  const [failure, setFailure] = useState<unknown>(null);
  // The revision the plan shown was made from: a draft saved since elsewhere is not moved.
  const [planRevision, setPlanRevision] = useState<number | undefined>();

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
    setFailure(null);
    try {
      await props.session.flush();
      const saved = await getResponse(props.responseId);
      const fresh = await services.draftMoveOffer(props.responseId);
      setPlanRevision(saved?.revision);
      setOffer(fresh);
      setShowing(fresh !== undefined);
    } catch (error) {
      setFailure(error);
    }
  };
  const move = async () => {
    setShowing(false);
    try {
      await props.session.flush();
      const moved = await services.moveDraft(props.responseId, to, planRevision);
      location.hash = routeHref({ name: 'review', responseId: moved.id });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <div class="notice notice--warning move-offer">
      <h2 class="move-offer__title">{t('move.title')}</h2>
      <p>{t('move.body', { from: props.fromVersion, to })}</p>
      {failure !== null && (
        <>
          <p class="move-offer__failed" role="alert">
            {t('move.failed')}
          </p>
          <LibraryErrorNotice error={failure} />
        </>
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
          <DraftMovePlanList
            plan={offer.plan}
            fromForm={props.fromForm}
            toForm={offer.target.pack.forms.find((form) => form.id === props.fromForm.id)}
          />
        </ConfirmDialog>
      )}
    </div>
  );
}
