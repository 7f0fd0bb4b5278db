import { createResponse, getResponse } from '../../storage/responses';
import type { MemberRoundRecord } from '../../storage/round-records';
import { getMemberRound, putMemberRound } from '../../storage/round-store';
import { readInvitationFile } from '../files/invitation';
import { roundShape } from '../shape';
import { RoundError } from './errors';
import { carriedPack } from './install-pack';
import type { InvitationPreview } from './types';

/** Reads an invitation and checks its pack, without storing anything. */
export async function readInvitation(bytes: Uint8Array): Promise<InvitationPreview> {
  const invitation = await readInvitationFile(bytes);
  const carried = await carriedPack(invitation.pack);
  const form = carried.pack.forms.find((candidate) => candidate.id === invitation.round.formId);
  const pack = `${invitation.pack.id} ${invitation.pack.version}`;
  if (!form) throw new RoundError({ code: 'invitation-pack-invalid', pack });
  const itemCount = roundShape(form).items.length;
  if (itemCount === 0) throw new RoundError({ code: 'nothing-to-count', formId: form.id });
  return {
    invitation,
    packTitle: carried.pack.title,
    formTitle: form.title,
    itemCount,
    existingResponseId: await existingResponse(await getMemberRound(invitation.round.id)),
    packInstalled: carried.installed,
  };
}

async function existingResponse(
  record: MemberRoundRecord | undefined,
): Promise<string | undefined> {
  if (!record) return undefined;
  return (await getResponse(record.responseId)) ? record.responseId : undefined;
}

/**
 * Joins the round: installs its pack version if needed and opens a new review labelled with
 * the round. Joining again opens the same review. The random contribution id is made once
 * per round and kept, so a later file replaces the earlier one at the secretary's.
 */
export async function joinRound(bytes: Uint8Array): Promise<{ responseId: string }> {
  const preview = await readInvitation(bytes);
  if (preview.existingResponseId) return { responseId: preview.existingResponseId };
  const { invitation } = preview;
  await (await carriedPack(invitation.pack)).install();
  const response = await createResponse({
    packId: invitation.pack.id,
    packVersion: invitation.pack.version,
    formId: invitation.round.formId,
    progress: { answered: 0, total: 0 },
  });
  const earlier = await getMemberRound(invitation.round.id);
  await putMemberRound({
    roundId: invitation.round.id,
    responseId: response.id,
    contributionId: earlier?.contributionId ?? crypto.randomUUID(),
    round: invitation.round,
    pack: {
      id: invitation.pack.id,
      version: invitation.pack.version,
      sha256: invitation.pack.sha256,
    },
    publicKey: invitation.publicKey,
    fingerprint: invitation.fingerprint,
    ...(earlier?.sent && { sent: earlier.sent }),
  });
  return { responseId: response.id };
}
