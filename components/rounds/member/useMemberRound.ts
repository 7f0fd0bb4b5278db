import { useEffect, useState } from 'preact/hooks';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import { useRoundsServices } from '../RoundsServices';

/**
 * The round a review belongs to, once known. A failed look-up leaves it unknown: the review
 * itself stays usable, and the contribution view reports the error when opened.
 */
export function useMemberRound(responseId: string): MemberRoundLabel | undefined {
  const { memberRoundOf } = useRoundsServices();
  const [round, setRound] = useState<MemberRoundLabel | undefined>(undefined);
  useEffect(() => {
    let current = true;
    memberRoundOf(responseId).then(
      (found) => {
        if (current) setRound(found);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [memberRoundOf, responseId]);
  return round;
}
