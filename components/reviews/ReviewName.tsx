import { useState } from 'preact/hooks';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import type { ResponseRecord } from '@/utils/storage/types';
import { useLocale, useT } from '../i18n';
import { RoundLabel } from '../rounds/member/RoundLabel';
import { ReviewLabelEditor } from './ReviewLabelEditor';
import { defaultReviewLabel } from './review-label';

/**
 * The review page's name line: the round of an invitation's review, otherwise the member's
 * name for it (editable) or "Lần 2 — 01/12/2026". A review not stored yet cannot be renamed.
 * Its box keeps one height whichever it shows (the round is looked up after the first paint),
 * so the form below does not move.
 */
export function ReviewName(props: {
  record: ResponseRecord;
  ordinal: number;
  unsaved: boolean;
  round: MemberRoundLabel | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const { record } = props;
  const [label, setLabel] = useState(record.label);
  const fallback = defaultReviewLabel(t, locale, record, props.ordinal);
  return (
    <div class="review-name">
      {props.round ? (
        <RoundLabel round={props.round} />
      ) : props.unsaved ? (
        <p class="review-label">
          <span class="review-label__text">{fallback}</span>
        </p>
      ) : (
        <ReviewLabelEditor
          responseId={record.id}
          label={label}
          fallback={fallback}
          onRenamed={setLabel}
        />
      )}
    </div>
  );
}
