/** An in-memory rounds service and sample data for the round views' tests. */
import { vi } from 'vitest';
import type { ReportNumber } from '@/utils/rounds/report/types';
import type {
  ContributionPreview,
  InvitationPreview,
  MemberRoundLabel,
  RoundReport,
  SeriesTrend,
} from '@/utils/rounds/service/types';
import type { PrivacyMode, RoundMeta } from '@/utils/rounds/types';
import type { RoundsServices } from './RoundsServices';

export function roundMeta(fields: Partial<RoundMeta> = {}): RoundMeta {
  return {
    id: 'round-3',
    label: 'Tự soi lần 3 — Quý IV/2026',
    cellName: 'Chi bộ 4',
    expectedMembers: 12,
    seriesId: 'series-1',
    seriesLabel: 'Tự soi hằng quý',
    formId: 'bieu-hien-27',
    mode: { kind: 'exact', k: 5 },
    ...fields,
  };
}

const pack = { id: 'nq04-27', version: '1.1.0', sha256: 'ab'.repeat(32) };

export function invitationPreview(fields: Partial<InvitationPreview> = {}): InvitationPreview {
  return {
    invitation: {
      round: roundMeta(),
      pack: { ...pack, bytes: new Uint8Array([1, 2, 3]) },
      publicKey: new Uint8Array(65),
      fingerprint: '1234 5678 9012 3456',
    },
    packTitle: { vi: '27 biểu hiện suy thoái' },
    formTitle: { vi: 'Tự soi 27 biểu hiện' },
    itemCount: 27,
    existingResponseId: undefined,
    packInstalled: true,
    ...fields,
  };
}

export function contributionPreview(mode: PrivacyMode): ContributionPreview {
  return {
    round: roundMeta({ mode }),
    fingerprint: '1234 5678 9012 3456',
    pack,
    lines: [
      {
        groupTitle: { vi: 'Về tư tưởng chính trị' },
        title: { vi: 'Phai nhạt lý tưởng cách mạng' },
        answer: [{ vi: 'Một phần' }],
        sent: mode.kind === 'exact' ? [{ vi: 'Một phần' }] : [{ vi: 'Có' }],
        changed: mode.kind !== 'exact',
      },
      {
        groupTitle: { vi: 'Về tư tưởng chính trị' },
        title: { vi: 'Sa sút ý chí phấn đấu' },
        answer: [{ vi: 'Không có' }],
        sent: [{ vi: 'Không có' }],
        changed: false,
      },
      {
        groupTitle: { vi: 'Về đạo đức, lối sống' },
        title: { vi: 'Cá nhân chủ nghĩa' },
        answer: [{ vi: 'Không có' }],
        sent: [{ vi: 'Không có' }],
        changed: false,
      },
    ],
    indicators: [{ title: { vi: 'Có ít nhất một biểu hiện' }, answer: true, sent: true }],
    fileSize: 4096,
  };
}

const exact = (value: number): ReportNumber => ({ kind: 'exact', value });

/** An exact-mode report of 12 over one group with an exact, a banded and a hidden row. */
export function exactReport(): RoundReport {
  const values = (numbers: ReportNumber[]) =>
    numbers.map((number, index) => ({
      text: { vi: ['Không có', 'Một phần', 'Có'][index] ?? '' },
      flagged: index > 0,
      number,
    }));
  return {
    format: 'tu-soi/report@1',
    round: roundMeta(),
    pack,
    packTitle: { vi: '27 biểu hiện suy thoái' },
    formTitle: { vi: 'Tự soi 27 biểu hiện' },
    n: 12,
    mode: { kind: 'exact', k: 5 },
    issuedAt: Date.UTC(2026, 11, 1, 3, 0),
    headline: { title: { vi: 'Có ít nhất một biểu hiện' }, number: exact(7) },
    groups: [
      {
        id: 'g1',
        title: { vi: 'Về tư tưởng chính trị' },
        indicator: exact(6),
        items: [
          {
            name: 'bh01',
            title: { vi: 'Phai nhạt lý tưởng cách mạng' },
            kind: 'single',
            values: values([exact(6), exact(5), { kind: 'band', low: 1, high: 4 }]),
            flagged: exact(6),
          },
          {
            name: 'bh02',
            title: { vi: 'Sa sút ý chí phấn đấu' },
            kind: 'single',
            values: values([exact(0), { kind: 'hidden' }, { kind: 'hidden' }]),
            flagged: { kind: 'band', low: 8, high: 12 },
          },
        ],
      },
    ],
    top: [{ name: 'bh01', title: { vi: 'Phai nhạt lý tưởng cách mạng' }, number: exact(6) }],
  };
}

/** The same shape in randomised mode: every number an estimate. */
export function randomisedReport(): RoundReport {
  const report = exactReport();
  const estimate = (value: number): ReportNumber => ({
    kind: 'estimate',
    value,
    low: value - 3,
    high: value + 4,
  });
  return {
    ...report,
    mode: { kind: 'randomised', k: 5, truth: 0.75 },
    round: roundMeta({ mode: { kind: 'randomised', k: 5, truth: 0.75 } }),
    headline: { title: { vi: 'Có ít nhất một biểu hiện' }, number: estimate(8) },
    groups: report.groups.map((group) => ({
      ...group,
      indicator: estimate(6),
      items: group.items.map((item) => ({
        ...item,
        values: item.values.map((value) => ({ ...value, number: estimate(4) })),
        flagged: estimate(5),
      })),
    })),
  };
}

export function trendOf(report: RoundReport): SeriesTrend {
  return {
    seriesId: report.round.seriesId,
    seriesLabel: report.round.seriesLabel,
    rounds: [
      { roundId: 'round-1', label: 'Tự soi lần 1', n: 10, mode: report.mode, issuedAt: 1 },
      {
        roundId: report.round.id,
        label: report.round.label,
        n: report.n,
        mode: report.mode,
        issuedAt: 2,
      },
    ],
    headline: { title: { vi: 'Có ít nhất một biểu hiện' }, numbers: [exact(9), exact(7)] },
    groups: [
      { id: 'g1', title: { vi: 'Về tư tưởng chính trị' }, indicator: [exact(8), exact(6)] },
      { id: 'g2', title: { vi: 'Về đạo đức, lối sống' }, indicator: undefined },
    ],
    items: [
      {
        name: 'bh01',
        groupId: 'g1',
        title: { vi: 'Phai nhạt lý tưởng cách mạng' },
        flagged: [exact(8), exact(6)],
      },
      {
        name: 'bh02',
        groupId: 'g2',
        title: { vi: 'Sa sút ý chí phấn đấu' },
        flagged: [undefined, exact(5)],
      },
    ],
  };
}

/**
 * A stand-in for utils/rounds/report/format.ts, so the views' tests do not depend on its
 * exact wording: "7", "1–4", "≈ 8 (5–12)", "ẩn".
 */
export function formatForTests(number: ReportNumber): string {
  switch (number.kind) {
    case 'exact':
      return String(number.value);
    case 'band':
      return `${number.low}–${number.high}`;
    case 'estimate':
      return `≈ ${number.value} (${number.low}–${number.high})`;
    default:
      return 'ẩn';
  }
}

function notHere(name: string) {
  return vi.fn(async (): Promise<never> => {
    throw new Error(`${name} is not used by this view`);
  });
}

/** Every service function as a mock that fails: a fake overrides what its views use. */
export function unusedServices(): RoundsServices {
  const names = [
    'aggregateJson',
    'contributionFile',
    'contributionPreview',
    'createRound',
    'getRound',
    'importContributions',
    'invitationFile',
    'joinRound',
    'keyBackupFile',
    'latestReport',
    'listRounds',
    'listSeries',
    'makeReport',
    'markKeyBackupSaved',
    'memberRoundLabels',
    'memberRoundOf',
    'readInvitation',
    'readKeyBackup',
    'reportCsv',
    'restoreKeyBackup',
    'roundCandidates',
    'seriesTrend',
    'setKeyLossAcknowledged',
  ] as const;
  return {
    ...(Object.fromEntries(names.map((name) => [name, notHere(name)])) as unknown as Omit<
      RoundsServices,
      'formatReportNumber' | 'marginOfError'
    >),
    formatReportNumber: vi.fn(formatForTests),
    marginOfError: vi.fn(() => undefined),
  };
}

/** Every service function as a mock; `state` answers the ones a test cares about. */
export function fakeRounds(
  state: {
    invitation?: InvitationPreview;
    labels?: Map<string, MemberRoundLabel>;
    preview?: ContributionPreview;
    report?: RoundReport;
    trend?: SeriesTrend;
  } = {},
) {
  const services = {
    ...unusedServices(),
    aggregateJson: vi.fn(async (_roundId: string) => new TextEncoder().encode('{"n":12}')),
    contributionFile: vi.fn(async (_responseId: string) => ({
      bytes: new Uint8Array([123, 125]),
      fileName: 'tu-soi-dong-gop.json',
    })),
    contributionPreview: vi.fn(async (_responseId: string) => {
      if (!state.preview) throw new Error('no preview');
      return state.preview;
    }),
    formatReportNumber: vi.fn(formatForTests),
    joinRound: vi.fn(async (_bytes: Uint8Array) => ({ responseId: 'r-new' })),
    latestReport: vi.fn(async (_roundId: string) => state.report),
    memberRoundLabels: vi.fn(async () => state.labels ?? new Map()),
    memberRoundOf: vi.fn(async (responseId: string) => state.labels?.get(responseId)),
    readInvitation: vi.fn(async (_bytes: Uint8Array) => {
      if (!state.invitation) throw new Error('no invitation');
      return state.invitation;
    }),
    reportCsv: vi.fn(async (_roundId: string, separator: ',' | ';') => `\uFEFFa${separator}b\r\n`),
    seriesTrend: vi.fn(async (seriesId: string) => {
      if (!state.trend) throw new Error(`no trend for ${seriesId}`);
      return state.trend;
    }),
  } satisfies RoundsServices;
  return services;
}
