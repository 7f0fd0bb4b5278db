import type { MemberRoundRecord } from '../../storage/round-records';
import { listMemberRounds, memberRoundOfResponse } from '../../storage/round-store';
import type { MemberRoundLabel } from './types';

// Only storage: lists load this without the rest of the service.

function labelOf(record: MemberRoundRecord): MemberRoundLabel {
  return { roundId: record.roundId, label: record.round.label, cellName: record.round.cellName };
}

/** Round labels by response id, for lists that must tell reviews apart. */
export async function memberRoundLabels(): Promise<Map<string, MemberRoundLabel>> {
  return new Map((await listMemberRounds()).map((record) => [record.responseId, labelOf(record)]));
}

export async function memberRoundOf(responseId: string): Promise<MemberRoundLabel | undefined> {
  const record = await memberRoundOfResponse(responseId);
  return record && labelOf(record);
}
