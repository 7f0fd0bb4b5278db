import type { LocalizedText } from '../../pack/schema';
import { getResponse } from '../../storage/responses';
import type { MemberRoundRecord, SentPayload } from '../../storage/round-records';
import { memberRoundOfResponse, memoKey, putMemberRound } from '../../storage/round-store';
import { toBase64Url } from '../crypto/base64';
import { contributionFile as sealContribution } from '../files/contribution';
import { encodePayload, MAX_REVISION, truthfulPayload } from '../payload';
import { createMemoKey } from '../privacy/memo-key';
import { randomisePayload } from '../privacy/randomise';
import type { ContributionPayload, RoundItem, RoundShape } from '../types';
import { RoundError } from './errors';
import { fileSlug } from './file-name';
import { roundPack } from './packs';
import type { ContributionPreview, ContributionPreviewLine } from './types';

interface Prepared {
  record: MemberRoundRecord;
  shape: RoundShape;
  truthful: ContributionPayload;
  sent: SentPayload;
}

/**
 * What this member's contribution will carry. In randomised mode the randomised payload is
 * kept for as long as the answers stay the same, so the preview is exactly the file, and
 * saving again reveals no fresh randomness.
 */
async function prepare(responseId: string): Promise<Prepared> {
  const record = await memberRoundOfResponse(responseId);
  if (!record) throw new RoundError({ code: 'not-in-round', responseId });
  const response = await getResponse(responseId);
  if (response?.status !== 'completed') {
    throw new RoundError({ code: 'not-completed', responseId });
  }
  const { shape } = await roundPack(record.pack, record.round.formId);
  const truthful = truthfulPayload(shape, response.data);
  const key = await memoKey(createMemoKey);
  const answersDigest = await digest(key, record.roundId, truthful);
  if (record.sent?.answersDigest === answersDigest) {
    return { record, shape, truthful, sent: record.sent };
  }
  const { mode } = record.round;
  const payload =
    mode.kind === 'randomised'
      ? await randomisePayload({
          truthful,
          shape,
          truth: mode.truth,
          memoKey: key,
          seriesId: record.round.seriesId,
        })
      : truthful;
  const sent = {
    answersDigest,
    payload,
    revision: Math.min((record.sent?.revision ?? 0) + 1, MAX_REVISION),
  };
  const updated = { ...record, sent };
  await putMemberRound(updated);
  return { record: updated, shape, truthful, sent };
}

/** Keyed, so the stored digest says nothing about the answers to someone without the key. */
async function digest(key: CryptoKey, roundId: string, payload: ContributionPayload) {
  const message = new TextEncoder().encode(`answers\0${roundId}\0${JSON.stringify(payload)}`);
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', key, message)));
}

async function seal({ record, shape, sent }: Prepared): Promise<Uint8Array> {
  return sealContribution({
    header: {
      round: record.roundId,
      pack: record.pack,
      form: record.round.formId,
      contribution: record.contributionId,
      mode: record.round.mode.kind,
    },
    publicKey: record.publicKey,
    plaintext: encodePayload(sent.payload, shape, sent.revision),
  });
}

export async function contributionPreview(responseId: string): Promise<ContributionPreview> {
  const prepared = await prepare(responseId);
  const { record, shape, truthful, sent } = prepared;
  const groupTitle = new Map(shape.groups.map((group) => [group.id, group.title]));
  const lines = shape.items.map((item): ContributionPreviewLine => {
    const answer = truthful.answers[item.name] ?? 0;
    const carried = sent.payload.answers[item.name] ?? 0;
    return {
      groupTitle: groupTitle.get(item.groupId) ?? { vi: item.groupId },
      title: item.title,
      answer: textsOf(item, answer),
      sent: textsOf(item, carried),
      changed: JSON.stringify(answer) !== JSON.stringify(carried),
    };
  });
  return {
    round: record.round,
    fingerprint: record.fingerprint,
    pack: record.pack,
    lines,
    indicators: indicatorLines(shape, truthful, sent.payload),
    fileSize: (await seal(prepared)).length,
  };
}

function textsOf(item: RoundItem, answer: number | number[]): LocalizedText[] {
  if (typeof answer === 'number') {
    const value = item.values[answer];
    return value ? [value.text] : [];
  }
  return item.values.flatMap((value, index) => (answer[index] === 1 ? [value.text] : []));
}

function indicatorLines(
  shape: RoundShape,
  truthful: ContributionPayload,
  sent: ContributionPayload,
): ContributionPreview['indicators'] {
  const { indicator } = shape;
  if (!indicator || !truthful.indicators || !sent.indicators) return [];
  const overall = {
    title: indicator.title,
    answer: truthful.indicators.overall === 1,
    sent: sent.indicators.overall === 1,
  };
  const groups = shape.groups.map((group) => ({
    title: {
      vi: `${indicator.title.vi} — ${group.title.vi}`,
      en: `${indicator.title.en ?? indicator.title.vi} — ${group.title.en ?? group.title.vi}`,
    },
    answer: truthful.indicators?.groups[group.id] === 1,
    sent: sent.indicators?.groups[group.id] === 1,
  }));
  return [overall, ...groups];
}

/** The encrypted contribution file of a completed review of a round. */
export async function contributionFile(
  responseId: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const prepared = await prepare(responseId);
  return {
    bytes: await seal(prepared),
    fileName: `dong-gop-${fileSlug(prepared.record.round.label)}.json`,
  };
}
