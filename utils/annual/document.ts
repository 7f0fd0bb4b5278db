import type { PaperForm } from './forms';

/** A completed annual review laid out as the paper form: what both renderers draw. */
export interface AnnualDocument {
  code: string;
  partyCommittee: string;
  cell: string;
  /** "……, ngày 02 tháng 12 năm 2026": the place is left for the member to write. */
  placeDate: string;
  title: string;
  /** "Năm 2026", or the period of a quarterly form. */
  subtitle: string;
  audience?: string;
  profile: Array<{ label: string; value: string }>;
  sections: Array<{
    heading: string;
    parts: Array<{ heading: string; text: string }>;
    /** The section where the member scores and rates themselves. */
    score?: ScoreBlock;
  }>;
  signer: { role: string; hint: string; name: string };
}

export interface ScoreBlock {
  lines: Array<{ label: string; value: string }>;
  /** The four levels as tick boxes, the member's own choice ticked. */
  levels: Array<{ text: string; checked: boolean }>;
}

type Json = Record<string, unknown>;

const BLANK = '……';
/** Header fields of the first page that go into the letterhead rather than the profile. */
const HEADER_FIELDS = new Set(['dang-bo', 'chi-bo', 'nam']);
/** The score page's fields drawn as the score block, not as text. */
const LEVEL_FIELD = 'tu-xep-loai';
const SCORE_ONLY = new Set<string>([
  'diem-chung',
  'diem-nhiem-vu',
  'tong-diem',
  LEVEL_FIELD,
  'muc-goi-y',
  'dieu-kien',
  'truong-hop-loai-tru',
]);

/** The Vietnamese text of a pack string: the paper form is Vietnamese. */
function vi(text: unknown): string {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object' && 'vi' in text) return String((text as { vi: unknown }).vi);
  return '';
}

/** "1. “Về phẩm chất…”" → "1. Về phẩm chất…": the pack quotes the guidance; paper does not. */
function unquoted(title: string): string {
  return title.replace(/^((?:\d+\.\s*)?)“(.*)”([.;]?)$/s, '$1$2$3');
}

function answerText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value).trim();
}

function elementsOf(page: Json): Json[] {
  return Array.isArray(page.elements) ? (page.elements as Json[]) : [];
}

function choiceText(question: Json | undefined, value: unknown): string {
  const choices = Array.isArray(question?.choices) ? (question.choices as Json[]) : [];
  return vi(choices.find((choice) => choice.value === value)?.text) || answerText(value);
}

function formatScore(value: unknown, max: number): string {
  const number = typeof value === 'number' ? value : Number(value);
  if (value === undefined || value === '' || !Number.isFinite(number)) return `${BLANK}/${max}`;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(number)}/${max}`;
}

function scoreBlock(
  levelQuestion: Json | undefined,
  data: Readonly<Record<string, unknown>>,
): ScoreBlock {
  const choices = Array.isArray(levelQuestion?.choices) ? (levelQuestion.choices as Json[]) : [];
  return {
    lines: [
      { label: '1. Nhóm tiêu chí chung', value: formatScore(data['diem-chung'], 30) },
      {
        label: '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
        value: formatScore(data['diem-nhiem-vu'], 70),
      },
      { label: 'Tổng điểm', value: formatScore(data['tong-diem'], 100) },
    ],
    levels: choices.map((choice) => ({
      text: vi(choice.text),
      checked: data[LEVEL_FIELD] === choice.value,
    })),
  };
}

function placeDate(at: number): string {
  const date = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${BLANK}, ngày ${two(date.getDate())} tháng ${two(date.getMonth() + 1)} năm ${date.getFullYear()}`;
}

/**
 * Lays out a completed review of one of the annual forms. Works from the form's SurveyJS JSON
 * and the stored answers, without survey-core, so it runs in Node and before the library loads.
 */
export function annualDocument(
  paper: PaperForm,
  survey: Json,
  data: Readonly<Record<string, unknown>>,
  completedAt: number,
): AnnualDocument {
  const pages = Array.isArray(survey.pages) ? (survey.pages as Json[]) : [];
  const all = pages.flatMap(elementsOf);
  const byName = new Map(all.map((element) => [String(element.name), element]));
  const [first, ...rest] = pages;
  const profile = (first ? elementsOf(first) : [])
    .filter((element) => !HEADER_FIELDS.has(String(element.name)))
    .filter((element) => String(element.name) !== paper.periodQuestion)
    .map((element) => ({
      label: vi(element.title),
      value: answerText(data[String(element.name)]) || BLANK,
    }));
  const period = paper.periodQuestion
    ? choiceText(byName.get(paper.periodQuestion), data[paper.periodQuestion])
    : '';
  const year = answerText(data.nam) || BLANK;

  const levelQuestion = byName.get(LEVEL_FIELD);
  const sections = rest.map((page) => {
    const heading = vi(page.title);
    const elements = elementsOf(page);
    const parts = elements
      .filter((element) => !SCORE_ONLY.has(String(element.name)))
      .map((element) => ({
        heading: unquoted(vi(element.title)),
        text:
          answerText(data[String(element.name)]) ||
          (heading.includes('(nếu có)') ? 'Không có.' : BLANK),
      }));
    const scored = elements.some((element) => element.name === LEVEL_FIELD);
    return { heading, parts, ...(scored && { score: scoreBlock(levelQuestion, data) }) };
  });

  return {
    code: paper.code,
    partyCommittee: answerText(data['dang-bo']) || BLANK,
    cell: answerText(data['chi-bo']) || BLANK,
    placeDate: placeDate(completedAt),
    title: paper.title,
    subtitle: period ? `${period} năm ${year}` : `Năm ${year}`,
    ...(paper.audience && { audience: paper.audience }),
    profile,
    sections,
    signer: {
      role: 'NGƯỜI TỰ KIỂM ĐIỂM',
      hint: '(Ký, ghi rõ họ tên)',
      name: answerText(data['ho-ten']),
    },
  };
}
