import { describe, expect, it } from 'vitest';
import { type Pack, packSchema } from '../pack/schema';
import { parsedPackWith } from '../pack/testing/packs';
import { decodePayload, encodePayload, payloadLength, truthfulPayload } from './payload';
import { RoundError } from './service/errors';
import { roundShape } from './shape';

/** The base pack with an indicator on "partly"/"yes" of bh01 and the checkbox's "cong_tac". */
function shapeWithIndicator() {
  const pack: Pack = parsedPackWith((pack) => {
    const form = pack.forms[0] as Pack['forms'][number];
    form.aggregate.indicator = {
      title: { vi: 'Có biểu hiện' },
      values: ['mot_phan', 'co', 'cong_tac'],
    };
    return packSchema.parse(pack);
  });
  return roundShape(pack.forms[0] as Pack['forms'][number]);
}

const ANSWERS = {
  da_doc: true,
  bh01: 'mot_phan',
  bh01_ghi_chu: 'Tôi hay đi muộn',
  linh_vuc: ['sinh_hoat', 'hoc_tap'],
  tan_suat: 'quy',
  tu_danh_gia: 4,
};

describe('truthfulPayload', () => {
  it('carries each counted answer as an index, and never the free text', () => {
    const payload = truthfulPayload(shapeWithIndicator(), ANSWERS);
    expect(payload).toEqual({
      answers: { da_doc: 0, bh01: 1, linh_vuc: [1, 0, 1], tan_suat: 1, tu_danh_gia: 3 },
      indicators: { overall: 1, groups: { 'tu-tuong': 1, chung: 0 } },
    });
    expect(JSON.stringify(payload)).not.toContain('muộn');
  });

  it('derives the indicators per group and overall', () => {
    const shape = shapeWithIndicator();
    const none = truthfulPayload(shape, { ...ANSWERS, bh01: 'khong' });
    expect(none.indicators).toEqual({ overall: 0, groups: { 'tu-tuong': 0, chung: 0 } });
    const checkbox = truthfulPayload(shape, { ...ANSWERS, bh01: 'khong', linh_vuc: ['cong_tac'] });
    expect(checkbox.indicators).toEqual({ overall: 1, groups: { 'tu-tuong': 0, chung: 1 } });
  });

  it('encodes an unanswered optional question as "not answered"', () => {
    const payload = truthfulPayload(shapeWithIndicator(), { ...ANSWERS, bh01: undefined });
    expect(payload.answers.bh01).toBe(3);
  });

  it('refuses a missing required answer and a value the form does not list', () => {
    const shape = shapeWithIndicator();
    const missing = () => truthfulPayload(shape, { ...ANSWERS, da_doc: undefined });
    expect(missing).toThrow(RoundError);
    expect(() => truthfulPayload(shape, { ...ANSWERS, tan_suat: 'nam' })).toThrow(
      expect.objectContaining({ code: 'answer-missing' }),
    );
  });
});

describe('encodePayload / decodePayload', () => {
  it('pads every payload of a shape to the same length and reads it back', () => {
    const shape = shapeWithIndicator();
    const small = truthfulPayload(shape, { ...ANSWERS, bh01: 'khong', tu_danh_gia: 1 });
    const large = truthfulPayload(shape, { ...ANSWERS, tu_danh_gia: 5, linh_vuc: [] });
    const a = encodePayload(small, shape);
    const b = encodePayload(large, shape);
    expect(a.length).toBe(payloadLength(shape));
    expect(b.length).toBe(a.length);
    expect(decodePayload(a, shape)).toEqual(small);
    expect(decodePayload(b, shape)).toEqual(large);
  });

  it.each([
    ['an index out of range', { da_doc: 2 }],
    ['a bit that is not 0 or 1', { linh_vuc: [1, 2, 0] }],
    ['a checkbox of the wrong length', { linh_vuc: [1, 0] }],
    ['an unknown item', { extra: 0 }],
  ])('refuses %s', (_, change) => {
    const shape = shapeWithIndicator();
    const payload = truthfulPayload(shape, ANSWERS);
    const altered = { ...payload, answers: { ...payload.answers, ...change } };
    const bytes = new Uint8Array(payloadLength(shape)).fill(0x20);
    bytes.set(new TextEncoder().encode(JSON.stringify(altered)));
    expect(() => decodePayload(bytes, shape)).toThrow(
      expect.objectContaining({ name: 'RoundError', code: 'invalid-payload' }),
    );
  });

  it('refuses a plaintext of another length or not JSON', () => {
    const shape = shapeWithIndicator();
    const bytes = encodePayload(truthfulPayload(shape, ANSWERS), shape);
    expect(() => decodePayload(bytes.slice(1), shape)).toThrow(
      expect.objectContaining({ code: 'invalid-payload' }),
    );
    expect(() => decodePayload(bytes.fill(0xff), shape)).toThrow(
      expect.objectContaining({ code: 'invalid-payload' }),
    );
  });
});
