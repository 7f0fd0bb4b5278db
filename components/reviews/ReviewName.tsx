import { useEffect, useState } from 'preact/hooks';
import { reviewOrdinals } from '@/utils/reviews/review-labels';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import { listResponses } from '@/utils/storage/responses';
import type { ResponseRecord } from '@/utils/storage/types';
import { useLocale, useT } from '../i18n';
import { RoundLabel } from '../rounds/member/RoundLabel';
import { ReviewLabelEditor } from './ReviewLabelEditor';
import { defaultReviewLabel } from './review-label';

/**
 * The review page's name line: the round of an invitation's review, otherwise the member's
 * name for it (editable) or "Lần 2 — 01/12/2026". A review not stored yet cannot be renamed.
 */
export function ReviewName(props: {
  record: ResponseRecord;
  unsaved: boolean;
  round: MemberRoundLabel | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const { record } = props;
  const [ordinal, setOrdinal] = useState<number | undefined>(undefined);
  const [label, setLabel] = useState(record.label);

  useEffect(() => {
    let current = true;
    listResponses().then(
      (responses) => {
        const others = responses.filter((response) => response.id !== record.id);
        if (current) setOrdinal(reviewOrdinals([...others, record]).get(record.id));
      },
      // Without the others' dates the number is unknown: the line stays out.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [record]);

  if (props.round) return <RoundLabel round={props.round} />;
  if (ordinal === undefined) return null;
  const fallback = defaultReviewLabel(t, locale, record, ordinal);
  if (props.unsaved) {
    return (
      <p class="review-label">
        <span class="review-label__text">{fallback}</span>
      </p>
    );
  }
  return (
    <ReviewLabelEditor
      responseId={record.id}
      label={label}
      fallback={fallback}
      onRenamed={setLabel}
    />
  );
}
