import { shown } from './look-alike';
import { CHOICE_TYPES, RENDERED_TYPES } from './question-types';

/** One problem in both languages; Vietnamese comes first everywhere it is shown. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** Where a JSON syntax error is; `found` is undefined at the end of the file. */
export interface TextPosition {
  line: number;
  column: number;
  found: string | undefined;
}

const RENDERED = RENDERED_TYPES.join(', ');
const CHOICES = CHOICE_TYPES.join(', ');
const DOCS = 'docs/pack-format.md';

/** Why a file could not be read, as the CLI tells from the error code. */
export type UnreadableReason = 'not-found' | 'directory' | 'permission' | 'other';

/** Said in Vietnamese; the system's own (English) error text goes in the English line only. */
const UNREADABLE_VI: Record<UnreadableReason, (file: string) => string> = {
  'not-found': (file) => `Không tìm thấy tệp "${file}". Hãy kiểm tra lại đường dẫn và tên tệp.`,
  directory: (file) => `"${file}" là một thư mục, không phải tệp. Hãy chỉ ra tệp .json của gói.`,
  permission: (file) =>
    `Không có quyền đọc tệp "${file}". Hãy cấp quyền đọc cho tệp, hoặc chép tệp sang thư mục của bạn rồi kiểm tra lại.`,
  other: (file) =>
    `Hệ điều hành không cho đọc tệp "${file}" (chi tiết bằng tiếng Anh ở dòng dưới). Hãy kiểm tra đường dẫn và quyền đọc tệp.`,
};

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { vi: 'chuỗi văn bản "…"', en: 'a string "…"' },
  object: { vi: 'đối tượng { … }', en: 'an object { … }' },
  // zod calls the `survey` object a record (a map of string keys).
  record: { vi: 'đối tượng { … }', en: 'an object { … }' },
  array: { vi: 'mảng [ … ]', en: 'an array [ … ]' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  choice: {
    vi: 'một lựa chọn: chuỗi "…", số, hoặc đối tượng { "value": …, "text": … }',
    en: 'a choice: a string "…", a number, or an object { "value": …, "text": … }',
  },
  text: {
    vi: 'văn bản: chuỗi "…" hoặc đối tượng theo ngôn ngữ { "vi": "…", "en": "…" }',
    en: 'text: a string "…" or an object per locale { "vi": "…", "en": "…" }',
  },
  value: { vi: 'một giá trị khác null', en: 'a value other than null' },
};

function typeName(expected: string): Bilingual {
  return TYPE_NAMES[expected] ?? { vi: expected, en: expected };
}

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function where(at: TextPosition | undefined): Bilingual {
  if (!at) return { vi: '', en: '' };
  const found: Bilingual =
    at.found === undefined
      ? { vi: 'tệp kết thúc quá sớm', en: 'the file ends too early' }
      : { vi: `gặp ${JSON.stringify(at.found)}`, en: `found ${JSON.stringify(at.found)}` };
  return {
    vi: ` ở dòng ${at.line}, cột ${at.column} (${found.vi})`,
    en: ` at line ${at.line}, column ${at.column} (${found.en})`,
  };
}

/** ", written there as …" when a look-alike name differs from the first one's spelling. */
function sameAs(name: string, first: string): Bilingual {
  if (name === first) return { vi: '', en: '' };
  return {
    vi: ` dưới dạng ${shown(first)}, trông giống hệt nhưng khác ký tự ẩn, dạng chuẩn hóa Unicode hoặc chữ hoa/thường`,
    en: ` as ${shown(first)}, which looks the same but differs in invisible characters, Unicode normalisation or case`,
  };
}

/** " Did you mean …?" for a name that exists in another spelling that looks the same. */
function lookAlike(similar: string | undefined): Bilingual {
  if (similar === undefined) return { vi: '', en: '' };
  return {
    vi: ` Biểu mẫu có câu hỏi ${shown(similar)} trông giống hệt nhưng được viết bằng ký tự khác; hãy gõ lại tên cho khớp đúng từng ký tự.`,
    en: ` The form has a question ${shown(similar)} that looks the same but is written with other characters; retype the name so it matches exactly.`,
  };
}

/** A value for a message: strings with what cannot be seen made visible, others as JSON. */
function shownValue(value: unknown): string {
  return typeof value === 'string' ? shown(value) : JSON.stringify(value);
}

/** The name quoted with its invisible characters shown, when it has any (else nothing). */
function hiddenPart(name: string): string {
  const quoted = shown(name);
  return quoted === JSON.stringify(name) || quoted === `"${name}"` ? '' : ` (${quoted})`;
}

/**
 * Every message the validator can produce, keyed by issue code. Each says what is wrong and
 * what to do; survey-core and zod details are English-only, so they are quoted, not translated.
 */
export const MESSAGES = {
  'file.unreadable': (p: { file: string; reason: UnreadableReason; detail: string }) => ({
    vi: UNREADABLE_VI[p.reason](p.file),
    en: `Cannot read the file "${p.file}": ${p.detail}. Check the path and the file permissions.`,
  }),
  'file.check-failed': (p: { detail: string }) => ({
    vi: 'Trình kiểm tra gặp lỗi nội bộ với tệp này nên chưa kiểm tra xong (chi tiết bằng tiếng Anh ở dòng dưới). Hãy báo lỗi cho nhóm phát triển Tự soi, gửi kèm tệp.',
    en: `The checker failed on this file and could not finish: ${p.detail}. Please report this to the Tự soi developers, with the file.`,
  }),
  'json.too-large': (p: { bytes: number; limit: number }) => ({
    vi: `Tệp quá lớn: ${p.bytes} byte, tối đa ${p.limit} byte (2 MiB). Hãy chuyển bớt biểu mẫu sang một gói khác hoặc rút gọn nội dung.`,
    en: `The file is too large: ${p.bytes} bytes, the limit is ${p.limit} bytes (2 MiB). Move some forms into another pack or shorten the text.`,
  }),
  'json.syntax': (p: { at: TextPosition | undefined }) => ({
    vi: `Tệp không phải JSON hợp lệ${where(p.at).vi}. Hãy kiểm tra dấu phẩy thừa hoặc thiếu, dấu ngoặc và dấu nháy kép quanh vị trí đó.`,
    en: `The file is not valid JSON${where(p.at).en}. Look for a missing or extra comma, bracket or double quote around that spot.`,
  }),
  'json.not-utf8': (p: { at: TextPosition | undefined }) => ({
    vi: `Tệp không phải văn bản UTF-8${where(p.at).vi}; có thể tệp được lưu bằng UTF-16 hoặc một bảng mã cũ (Windows-1258, Latin-1…). Hãy mở tệp trong trình soạn thảo và lưu lại với mã hóa UTF-8.`,
    en: `The file is not UTF-8 text${where(p.at).en}; it may have been saved as UTF-16 or in a legacy encoding (Windows-1258, Latin-1…). Open it in an editor and save it again as UTF-8.`,
  }),
  'json.too-deep': (p: { limit: number }) => ({
    vi: `Dữ liệu lồng nhau quá sâu (quá ${p.limit} cấp đối tượng/mảng). Hãy bớt các panel lồng trong nhau.`,
    en: `The data is nested too deeply (over ${p.limit} levels of objects/arrays). Nest fewer panels inside each other.`,
  }),
  'envelope.required': (p: { key: string }) => ({
    vi: `Thiếu trường bắt buộc "${p.key}". Hãy thêm trường này (xem ${DOCS}).`,
    en: `The required field "${p.key}" is missing. Add it (see ${DOCS}).`,
  }),
  'envelope.wrong-type': (p: { expected: string }) => ({
    vi: `Sai kiểu dữ liệu: cần ${typeName(p.expected).vi}. Hãy sửa giá trị cho đúng kiểu.`,
    en: `Wrong type: expected ${typeName(p.expected).en}. Change the value to that type.`,
  }),
  'envelope.unknown-key': (p: { key: string }) => ({
    vi: `Trường "${p.key}" không có trong định dạng gói. Hãy xóa trường này hoặc sửa lỗi chính tả trong tên.`,
    en: `"${p.key}" is not a field of the pack format. Remove it or fix the spelling of its name.`,
  }),
  'envelope.invalid-value': (p: { allowed: readonly unknown[] }) => ({
    vi: `Giá trị không hợp lệ. Hãy dùng: ${quoteList(p.allowed)}.`,
    en: `Invalid value. Use: ${quoteList(p.allowed)}.`,
  }),
  'envelope.kebab-id': () => ({
    vi: 'Mã định danh chỉ gồm chữ thường không dấu và chữ số, các từ nối bằng một dấu gạch ngang (kebab-case), ví dụ "nq04-tu-kiem-diem". Hãy đổi lại mã.',
    en: 'An id is lower-case ASCII letters and digits, words joined by single hyphens (kebab-case), e.g. "nq04-self-review". Change the id.',
  }),
  'envelope.semver': () => ({
    vi: 'Phiên bản phải theo dạng semver MAJOR.MINOR.PATCH, ví dụ "1.0.0" hoặc "1.1.0-draft.1". Hãy sửa số phiên bản.',
    en: 'The version must be semver MAJOR.MINOR.PATCH, e.g. "1.0.0" or "1.1.0-draft.1". Fix the version number.',
  }),
  'envelope.date': () => ({
    vi: 'Ngày phải là một ngày có thật, viết theo dạng YYYY-MM-DD, ví dụ "2025-05-19". Hãy sửa lại ngày.',
    en: 'The date must be a real date written YYYY-MM-DD, e.g. "2025-05-19". Fix the date.',
  }),
  'envelope.https-url': () => ({
    vi: 'Địa chỉ phải là URL đầy đủ bắt đầu bằng https://. Hãy dùng liên kết https hoặc bỏ trường "url".',
    en: 'The address must be a full URL starting with https://. Use an https link or remove the "url" field.',
  }),
  'envelope.empty': () => ({
    vi: 'Không được để trống. Hãy điền nội dung.',
    en: 'Must not be empty. Fill it in.',
  }),
  'envelope.too-long': (p: { max: number }) => ({
    vi: `Quá dài: tối đa ${p.max} ký tự. Hãy rút ngắn.`,
    en: `Too long: at most ${p.max} characters. Shorten it.`,
  }),
  'envelope.too-few': (p: { min: number }) => ({
    vi: `Cần ít nhất ${p.min} mục. Hãy thêm mục còn thiếu.`,
    en: `Needs at least ${p.min} item(s). Add the missing item.`,
  }),
  'envelope.invalid': (p: { detail: string }) => ({
    vi: `Giá trị không hợp lệ (${p.detail}). Hãy đối chiếu với ${DOCS}.`,
    en: `Invalid value (${p.detail}). Check it against ${DOCS}.`,
  }),
  'text.markup': (p: { snippet: string }) => ({
    vi: `Văn bản có mã HTML (${JSON.stringify(p.snippet)}), nhưng gói chỉ chứa văn bản thuần. Hãy bỏ thẻ HTML và viết thẳng ký tự (ví dụ "&" thay cho "&amp;").`,
    en: `The text contains HTML markup (${JSON.stringify(p.snippet)}), but pack text is plain text. Remove the tags and write characters directly (e.g. "&" instead of "&amp;").`,
  }),
  'text.bidi-control': (p: { codePoint: string; offset: number }) => ({
    vi: `Văn bản có ký tự điều khiển hướng chữ ${p.codePoint} (ở ký tự thứ ${p.offset + 1}, đếm từ 1). Ký tự này vô hình nhưng đảo thứ tự hiển thị, nên chữ đọc được có thể khác chữ thật. Hãy xóa nó (gõ lại đoạn văn bản quanh vị trí đó).`,
    en: `The text contains the bidirectional control character ${p.codePoint} (at character ${p.offset + 1}, counting from 1). It is invisible but reorders what is shown, so what a reader sees may differ from what is written. Delete it (retype the text around that spot).`,
  }),
  'survey.choice-look-alike': (p: { value: string; firstValue: string; firstPath: string }) => ({
    vi: `Giá trị lựa chọn ${shown(p.value)} trông giống hệt giá trị ${shown(p.firstValue)} tại ${p.firstPath} nhưng là chuỗi ký tự khác (ký tự ẩn hoặc dạng chuẩn hóa Unicode khác), nên người trả lời không phân biệt được, và điều kiện hay thống kê viết theo giá trị này sẽ không khớp giá trị kia. Hãy gõ lại một trong hai giá trị, hoặc đổi thành giá trị khác hẳn.`,
    en: `The choice value ${shown(p.value)} looks the same as ${shown(p.firstValue)} at ${p.firstPath} but is a different string (invisible characters or another Unicode normalisation), so members cannot tell them apart and conditions or counts written with one never match the other. Retype one of them, or make them clearly different.`,
  }),
  'survey.wrong-type': (p: { property: string; expected: string; entry: boolean }) => {
    const expected = typeName(p.expected);
    return p.entry
      ? {
          vi: `Mục này trong "${p.property}" sai kiểu: mỗi mục phải là ${expected.vi}. Hãy sửa lại cho đúng kiểu, hoặc xóa mục này.`,
          en: `This entry of "${p.property}" has the wrong type: each entry must be ${expected.en}. Change it to that type, or remove the entry.`,
        }
      : {
          vi: `Giá trị của "${p.property}" sai kiểu: cần ${expected.vi}. Hãy sửa lại cho đúng kiểu, hoặc xóa thuộc tính này.`,
          en: `"${p.property}" has the wrong type: expected ${expected.en}. Change it to that type, or remove the property.`,
        };
  },
  'survey.unreadable': (p: { detail: string }) => ({
    vi: `SurveyJS không đọc được biểu mẫu này và dừng lại vì lỗi (chi tiết bằng tiếng Anh: ${p.detail}). Hãy tìm thuộc tính có giá trị bất thường (sai kiểu, null, số thay cho chuỗi…) và sửa theo tài liệu SurveyJS.`,
    en: `SurveyJS could not read this form and stopped with an error: ${p.detail}. Look for a property with an unusual value (wrong type, null, a number instead of a string…) and fix it following the SurveyJS documentation.`,
  }),
  'survey.expression-too-long': (p: { length: number; limit: number }) => ({
    vi: `Biểu thức dài ${p.length} ký tự, vượt giới hạn ${p.limit} ký tự. Hãy rút gọn, hoặc tách thành vài "calculatedValues" rồi dùng {tên} của chúng trong biểu thức này.`,
    en: `The expression is ${p.length} characters long, over the limit of ${p.limit}. Shorten it, or split it into a few "calculatedValues" and use their {name} here.`,
  }),
  'survey.network-property': (p: { property: string }) => {
    const choices = p.property === 'choicesByUrl';
    return {
      vi: `Thuộc tính "${p.property}" khiến SurveyJS tải dữ liệu từ mạng, gửi dữ liệu đi hoặc mở trang khác, nhưng câu trả lời không bao giờ được rời khỏi máy. Hãy xóa thuộc tính này${choices ? ' và viết thẳng các lựa chọn vào "choices"' : ''}.`,
      en: `"${p.property}" makes SurveyJS load from or send to the network, or open another page, but answers never leave the device. Remove it${choices ? ' and write the choices directly in "choices"' : ''}.`,
    };
  },
  'survey.unrendered-property': (p: { property: string; value: string; reason: Bilingual }) => ({
    vi: `Tự soi không hiển thị "${p.property}": ${p.value}, nên thành viên sẽ không thấy điều tác giả muốn. ${p.reason.vi}`,
    en: `Tự soi does not show "${p.property}": ${p.value}, so members would not see what the author meant. ${p.reason.en}`,
  }),
  'survey.no-questions': () => ({
    vi: 'Biểu mẫu không có câu hỏi nào. Hãy thêm câu hỏi vào "elements" của một trang, hoặc xóa biểu mẫu này khỏi gói.',
    en: 'The form has no questions. Add questions to the "elements" of a page, or remove the form from the pack.',
  }),
  'survey.unknown-property': (p: { property: string; className: string }) => ({
    vi: `SurveyJS không có thuộc tính "${p.property}" cho loại "${p.className}". Hãy xóa thuộc tính này hoặc sửa lỗi chính tả.`,
    en: `SurveyJS has no property "${p.property}" on "${p.className}". Remove it or fix the spelling.`,
  }),
  'survey.required-property': (p: { property: string; className: string }) => ({
    vi: `Thiếu thuộc tính bắt buộc "${p.property}" cho loại "${p.className}". Hãy thêm thuộc tính này.`,
    en: `The required property "${p.property}" of "${p.className}" is missing. Add it.`,
  }),
  'survey.not-an-array': (p: { property: string }) => ({
    vi: `Thuộc tính "${p.property}" phải là một mảng [ … ]. Hãy đặt giá trị trong cặp ngoặc vuông.`,
    en: `"${p.property}" must be an array [ … ]. Put the value inside square brackets.`,
  }),
  'survey.invalid-value': (p: { property: string; value: unknown }) => ({
    vi: `Giá trị ${shownValue(p.value)} không hợp lệ cho thuộc tính "${p.property}". Hãy dùng một giá trị mà SurveyJS cho phép.`,
    en: `${shownValue(p.value)} is not a valid value for "${p.property}". Use a value SurveyJS allows.`,
  }),
  'survey.locale-unsupported': (p: { value: unknown; allowed: readonly string[] }) => ({
    vi: `Ngôn ngữ ${shownValue(p.value)} của biểu mẫu không được hỗ trợ. Hãy dùng một trong: ${quoteList(p.allowed)}, hoặc xóa "locale" (tiện ích tự hiển thị theo ngôn ngữ người dùng chọn).`,
    en: `The form's locale ${shownValue(p.value)} is not supported. Use one of: ${quoteList(p.allowed)}, or remove "locale" (the extension shows the language the member chose).`,
  }),
  'survey.paneldynamic-too-deep': (p: { limit: number }) => ({
    vi: `Paneldynamic này nằm trong ${p.limit} paneldynamic khác, vượt giới hạn ${p.limit} cấp lồng nhau: SurveyJS sẽ mất rất lâu (hàng phút) để dựng biểu mẫu. Hãy đưa nó ra ngoài, hoặc thay paneldynamic bên ngoài bằng "panel" thường.`,
    en: `This paneldynamic is inside ${p.limit} others, over the limit of ${p.limit} nested levels: SurveyJS would take very long (minutes) to build the form. Move it out, or make an outer paneldynamic a plain "panel".`,
  }),
  'survey.too-many-start-panels': (p: { count: number; limit: number }) => ({
    vi: `Khi mở, biểu mẫu tạo sẵn ${p.count} panel lặp (theo "panelCount", "minPanelCount" hoặc "defaultValue", nhân qua các cấp lồng nhau), vượt giới hạn ${p.limit}. Hãy giảm số panel tạo sẵn; người trả lời vẫn tự thêm được panel khi cần.`,
    en: `When it opens, the form creates ${p.count} dynamic panels (from "panelCount", "minPanelCount" or "defaultValue", multiplied through nesting), over the limit of ${p.limit}. Start with fewer panels; members can still add panels as they need.`,
  }),
  'survey.too-many-start-panel-questions': (p: { count: number; limit: number }) => ({
    vi: `Khi mở, biểu mẫu tạo ${p.count} câu hỏi trong các panel lặp tạo sẵn (mỗi câu hỏi trong paneldynamic được tính một lần cho mỗi panel tạo sẵn), vượt giới hạn ${p.limit}. Hãy giảm số panel tạo sẵn hoặc bớt câu hỏi trong mẫu của paneldynamic.`,
    en: `When it opens, the form creates ${p.count} questions in its starting dynamic panels (each paneldynamic question counted once per starting panel), over the limit of ${p.limit}. Start with fewer panels or put fewer questions in the paneldynamic's template.`,
  }),
  'survey.unknown-class': (p: { property: string; type: unknown }) => ({
    vi: `Mục này trong "${p.property}" cần "type" là một loại có sẵn của SurveyJS (hiện là ${p.type === undefined ? 'chưa có' : JSON.stringify(p.type)}). Hãy sửa "type" hoặc xóa mục này.`,
    en: `This item of "${p.property}" needs a "type" that SurveyJS knows (now ${p.type === undefined ? 'missing' : JSON.stringify(p.type)}). Fix its "type" or remove the item.`,
  }),
  'survey.json-error': (p: { detail: string }) => ({
    vi: `SurveyJS không đọc được phần này (chi tiết bằng tiếng Anh: ${p.detail}). Hãy sửa theo tài liệu SurveyJS.`,
    en: `SurveyJS cannot read this part: ${p.detail} Fix it following the SurveyJS documentation.`,
  }),
  'survey.reference-unknown': (p: { name: string; suggestion: string | undefined }) => ({
    vi: `Tham chiếu {${p.name}}${hiddenPart(p.name)} không trỏ tới câu hỏi nào trong biểu mẫu.${p.suggestion ? ` Có phải ý bạn là ${shown(p.suggestion)}?` : ''} Hãy sửa tên trong dấu { } cho khớp thuộc tính "name" của một câu hỏi.`,
    en: `{${p.name}}${hiddenPart(p.name)} does not refer to any question of this form.${p.suggestion ? ` Did you mean ${shown(p.suggestion)}?` : ''} Make the name inside { } match a question's "name".`,
  }),
  'survey.parent-panel-reference': (p: { reference: string }) => ({
    vi: `Tham chiếu {${p.reference}}${hiddenPart(p.reference)} không trỏ tới câu hỏi nào: {parentpanel.tên} chỉ dùng được bên trong một paneldynamic lồng trong paneldynamic khác, và "tên" phải là một câu hỏi của paneldynamic bên ngoài. Hãy sửa tên, hoặc dùng {panel.tên} / {tên}.`,
    en: `{${p.reference}}${hiddenPart(p.reference)} does not refer to any question: {parentpanel.name} only works inside a paneldynamic nested in another one, and "name" must be a question of the outer paneldynamic. Fix the name, or use {panel.name} / {name}.`,
  }),
  'survey.expression-syntax': (p: { expression: string; at: number | undefined }) => ({
    vi: `Không đọc được biểu thức ${JSON.stringify(p.expression)}${p.at === undefined ? '' : ` (lỗi ở ký tự thứ ${p.at + 1})`}. Hãy sửa cú pháp, ví dụ: {q1} notempty and {q1} != 'khong'.`,
    en: `Cannot parse the expression ${JSON.stringify(p.expression)}${p.at === undefined ? '' : ` (error at character ${p.at + 1})`}. Fix the syntax, e.g. {q1} notempty and {q1} != 'khong'.`,
  }),
  'survey.lint': (p: { rule: string; detail: string }) => ({
    vi: `Trình kiểm tra của SurveyJS báo lỗi ${p.rule} (chi tiết bằng tiếng Anh: ${p.detail}). Hãy sửa theo chi tiết đó.`,
    en: `The SurveyJS linter reports ${p.rule}: ${p.detail} Fix it as described.`,
  }),
  'survey.type-missing': () => ({
    vi: `Phần tử thiếu "type". Hãy thêm "type" là một trong: ${RENDERED}.`,
    en: `The element has no "type". Add a "type", one of: ${RENDERED}.`,
  }),
  'survey.type-not-allowed': (p: { type: unknown }) => ({
    vi: `Tiện ích không hiển thị loại câu hỏi ${JSON.stringify(p.type)}. Hãy dùng một trong các loại: ${RENDERED}.`,
    en: `The extension does not render question type ${JSON.stringify(p.type)}. Use one of: ${RENDERED}.`,
  }),
  'survey.html-property': (p: { property: string }) => ({
    vi: `Thuộc tính "${p.property}" chứa HTML nên không được dùng: gói chỉ chứa văn bản thuần. Hãy xóa thuộc tính này, dùng "title" hoặc "description" bằng văn bản thuần thay thế.`,
    en: `"${p.property}" holds HTML, which packs may not use: pack text is plain text. Remove it and use a plain-text "title" or "description" instead.`,
  }),
  'survey.mixed-layout': (p: { key: string }) => ({
    vi: `Khảo sát có cả "pages" lẫn "${p.key}" ở cấp gốc; khi đó SurveyJS bỏ qua các trang. Hãy chuyển các câu hỏi này vào một trang trong "pages".`,
    en: `The survey has both "pages" and a top-level "${p.key}"; SurveyJS then drops the pages. Move these questions into a page under "pages".`,
  }),
  'survey.name-duplicate': (p: { name: string; firstPath: string; firstName: string }) => ({
    vi: `Tên ${shown(p.name)} đã được dùng tại ${p.firstPath}${sameAs(p.name, p.firstName).vi} (SurveyJS không phân biệt chữ hoa, chữ thường). Hãy đặt tên khác, duy nhất trong biểu mẫu.`,
    en: `The name ${shown(p.name)} is already used at ${p.firstPath}${sameAs(p.name, p.firstName).en} (SurveyJS names ignore case). Choose another name, unique within the form.`,
  }),
  'survey.value-name-duplicate': (p: { name: string; firstPath: string; firstName: string }) => ({
    vi: `"valueName" là ${shown(p.name)}, trùng với tên đã dùng tại ${p.firstPath}${sameAs(p.name, p.firstName).vi}, nên hai câu hỏi sẽ ghi đè câu trả lời của nhau. Hãy xóa "valueName" (câu trả lời được lưu theo "name").`,
    en: `"valueName" is ${shown(p.name)}, a name already used at ${p.firstPath}${sameAs(p.name, p.firstName).en}, so the two questions would overwrite each other's answer. Remove "valueName" (answers are stored by "name").`,
  }),
  'pack.form-id-duplicate': (p: { id: string; firstPath: string }) => ({
    vi: `Mã biểu mẫu "${p.id}" đã được dùng tại ${p.firstPath}. Hãy đặt mã khác, duy nhất trong gói.`,
    en: `The form id "${p.id}" is already used at ${p.firstPath}. Choose another id, unique within the pack.`,
  }),
  'pack.too-many-questions': (p: { count: number; limit: number }) => ({
    vi: `Gói có ${p.count} câu hỏi, vượt giới hạn ${p.limit}. Hãy tách thành nhiều gói nhỏ hơn.`,
    en: `The pack has ${p.count} questions, over the limit of ${p.limit}. Split it into smaller packs.`,
  }),
  'pack.expressions-too-long': (p: { length: number; limit: number }) => ({
    vi: `Các biểu thức của gói (visibleIf, enableIf, expression…) dài tổng cộng ${p.length} ký tự, vượt giới hạn ${p.limit}: kiểm tra và mở biểu mẫu sẽ rất chậm. Hãy rút gọn biểu thức, gom phần lặp lại vào "calculatedValues", hoặc tách thành nhiều gói.`,
    en: `The pack's expressions (visibleIf, enableIf, expression…) total ${p.length} characters, over the limit of ${p.limit}: checking and opening the forms would be very slow. Shorten them, move repeated parts into "calculatedValues", or split the pack.`,
  }),
  'aggregate.group-id-duplicate': (p: { id: string; firstPath: string }) => ({
    vi: `Mã nhóm "${p.id}" đã được dùng tại ${p.firstPath}. Hãy đặt mã khác, duy nhất trong biểu mẫu.`,
    en: `The group id "${p.id}" is already used at ${p.firstPath}. Choose another id, unique within the form.`,
  }),
  'aggregate.question-missing': (p: { name: string; similar: string | undefined }) => ({
    vi: `Biểu mẫu không có câu hỏi tên ${shown(p.name)}.${lookAlike(p.similar).vi} Hãy sửa cho khớp thuộc tính "name" của một câu hỏi, hoặc bỏ tên này khỏi nhóm.`,
    en: `The form has no question named ${shown(p.name)}.${lookAlike(p.similar).en} Match the "name" of a question, or remove it from the group.`,
  }),
  'aggregate.question-not-choice': (p: { name: string; type: string }) => ({
    vi: `Câu hỏi ${shown(p.name)} có loại "${p.type}", không phải câu hỏi lựa chọn nên không thể thống kê ẩn danh. Hãy bỏ nó khỏi nhóm; chỉ các loại ${CHOICES} mới được thống kê.`,
    en: `Question ${shown(p.name)} is of type "${p.type}", not a choice question, so it cannot be counted anonymously. Remove it from the group; only ${CHOICES} can be counted.`,
  }),
  'aggregate.question-in-paneldynamic': (p: { name: string }) => ({
    vi: `Câu hỏi ${shown(p.name)} nằm trong paneldynamic (số lần lặp do người trả lời quyết định) nên không thể thống kê. Hãy bỏ nó khỏi nhóm hoặc đưa nó ra ngoài paneldynamic.`,
    en: `Question ${shown(p.name)} is inside a paneldynamic (repeated as often as the member chooses), so it cannot be counted. Remove it from the group or move it out of the paneldynamic.`,
  }),
  'aggregate.free-text': (p: { name: string; property: string }) => ({
    vi: `Câu hỏi ${shown(p.name)} được thống kê ẩn danh, nhưng "${p.property}" cho người trả lời tự viết chữ, mà văn bản tự do không bao giờ được thống kê. Hãy xóa "${p.property}", hoặc hỏi phần ghi chú bằng một câu hỏi "comment" riêng, không thống kê.`,
    en: `Question ${shown(p.name)} is counted anonymously, but "${p.property}" lets the member type free text, which is never counted. Remove "${p.property}", or ask for notes in a separate "comment" question that is not counted.`,
  }),
  'aggregate.value-name': (p: { name: string; valueName: string }) => ({
    vi: `Câu hỏi ${shown(p.name)} được thống kê ẩn danh nhưng có "valueName": ${shown(p.valueName)}, nên SurveyJS lưu câu trả lời dưới tên ${shown(p.valueName)} chứ không phải ${shown(p.name)}, và phần thống kê sẽ không đếm được gì. Hãy xóa "valueName" khỏi câu hỏi này.`,
    en: `Question ${shown(p.name)} is counted anonymously but has "valueName": ${shown(p.valueName)}, so SurveyJS stores its answer under ${shown(p.valueName)}, not ${shown(p.name)}, and the counts would find nothing. Remove "valueName" from this question.`,
  }),
  'aggregate.question-repeated': (p: { name: string; firstPath: string }) => ({
    vi: `Câu hỏi ${shown(p.name)} đã có tại ${p.firstPath}; mỗi câu hỏi chỉ được thuộc một nhóm, một lần. Hãy xóa lần liệt kê này.`,
    en: `Question ${shown(p.name)} is already listed at ${p.firstPath}; a question belongs to at most one group, once. Remove this entry.`,
  }),
  'aggregate.choices-unknown': (p: { name: string }) => ({
    vi: `Câu hỏi ${shown(p.name)} được thống kê ẩn danh nhưng các lựa chọn của nó không được viết sẵn trong biểu mẫu (lấy từ câu hỏi khác, hoặc một dải số quá dài), nên tệp đóng góp không mã hóa được câu trả lời. Hãy viết "choices" ra, hoặc bỏ câu hỏi khỏi nhóm.`,
    en: `Question ${shown(p.name)} is counted anonymously but its choices are not written in the form (copied from another question, or too long a range of numbers), so a contribution file cannot encode its answer. Write out "choices", or remove the question from the group.`,
  }),
  'aggregate.indicator-value-unknown': (p: { value: string }) => ({
    vi: `Giá trị ${shown(p.value)} của "indicator" không phải lựa chọn của câu hỏi nào được thống kê, nên chỉ báo sẽ không đếm được gì. Hãy dùng đúng "value" của một lựa chọn, ví dụ "co".`,
    en: `The "indicator" value ${shown(p.value)} is not a choice of any counted question, so the indicator would count nothing. Use the "value" of a choice, e.g. "co".`,
  }),
  'source.replaced-by-missing': () => ({
    vi: 'Văn bản nguồn có "status": "replaced" nhưng chưa nêu văn bản thay thế. Hãy thêm "replacedBy" với "number" và "date" của văn bản mới, hoặc bỏ "status".',
    en: 'The source has "status": "replaced" but does not name what replaced it. Add "replacedBy" with the new document\'s "number" and "date", or remove "status".',
  }),
  'source.replaced-by-unexpected': () => ({
    vi: 'Có "replacedBy" nhưng văn bản nguồn không được đánh dấu là đã bị thay thế. Hãy thêm "status": "replaced", hoặc xóa "replacedBy" nếu văn bản vẫn còn hiệu lực.',
    en: 'There is a "replacedBy" but the source is not marked as replaced. Add "status": "replaced", or remove "replacedBy" if the document is still in force.',
  }),
  'lineage.from-not-earlier': (p: { from: string; version: string }) => ({
    vi: `"from" là ${p.from}, không thấp hơn phiên bản ${p.version} của gói này; chỉ chuyển được câu trả lời từ phiên bản cũ hơn. Hãy ghi một phiên bản trước ${p.version}, hoặc xóa mục này.`,
    en: `"from" is ${p.from}, not lower than this pack's version ${p.version}; answers only move from earlier versions. Write a version before ${p.version}, or remove the entry.`,
  }),
  'lineage.from-duplicate': (p: { from: string; firstPath: string }) => ({
    vi: `Phiên bản ${p.from} đã có mục "lineage" tại ${p.firstPath}. Hãy gộp hai mục thành một.`,
    en: `Version ${p.from} already has a "lineage" entry at ${p.firstPath}. Merge the two entries into one.`,
  }),
  'lineage.form-unknown': (p: { id: string }) => ({
    vi: `Gói này không có biểu mẫu mã "${p.id}". Hãy dùng mã của một biểu mẫu trong "forms" (mã giữ nguyên giữa hai phiên bản), hoặc xóa mục này.`,
    en: `This pack has no form with id "${p.id}". Use the id of a form in "forms" (the same in both versions), or remove the entry.`,
  }),
  'lineage.form-duplicate': (p: { id: string; firstPath: string }) => ({
    vi: `Biểu mẫu "${p.id}" đã được nêu tại ${p.firstPath} trong cùng mục "lineage". Hãy gộp hai mục thành một.`,
    en: `Form "${p.id}" is already listed at ${p.firstPath} in the same "lineage" entry. Merge the two into one.`,
  }),
  'lineage.question-unknown': (p: { name: string }) => ({
    vi: `Biểu mẫu của phiên bản này không có câu hỏi tên ${shown(p.name)}. Hãy ghi tên câu hỏi như trong phiên bản này (tên cũ nằm bên trái trong "renamed").`,
    en: `This version's form has no question named ${shown(p.name)}. Write the question's name in this version (old names go on the left in "renamed").`,
  }),
  'lineage.choice-unknown': (p: { name: string; value: string }) => ({
    vi: `Câu hỏi ${shown(p.name)} không có lựa chọn giá trị ${JSON.stringify(p.value)}, nên câu trả lời chuyển sang sẽ không hợp lệ. Hãy ghi một giá trị trong "choices" của câu hỏi này.`,
    en: `Question ${shown(p.name)} has no choice with value ${JSON.stringify(p.value)}, so a moved answer would be invalid. Write a value from this question's "choices".`,
  }),
  'lineage.removed-still-present': (p: { name: string }) => ({
    vi: `${shown(p.name)} được ghi là đã bỏ, nhưng phiên bản này vẫn có câu hỏi tên đó. Hãy xóa tên khỏi "removed" để câu trả lời được giữ, hoặc đổi tên câu hỏi và ghi vào "renamed".`,
    en: `${shown(p.name)} is listed as removed, but this version still has a question of that name. Remove it from "removed" so answers are kept, or rename the question and list it in "renamed".`,
  }),
  'parent.form-unknown': (p: { id: string }) => ({
    vi: `Gói này không có biểu mẫu mã "${p.id}". Hãy dùng mã của một biểu mẫu trong "forms".`,
    en: `This pack has no form with id "${p.id}". Use the id of a form in "forms".`,
  }),
  'parent.form-duplicate': (p: { id: string; firstPath: string }) => ({
    vi: `Biểu mẫu "${p.id}" đã được ánh xạ tại ${p.firstPath}. Hãy gộp hai mục thành một.`,
    en: `Form "${p.id}" is already mapped at ${p.firstPath}. Merge the two entries into one.`,
  }),
  'parent.item-not-aggregated': (p: { name: string }) => ({
    vi: `${shown(p.name)} không phải câu hỏi được thống kê của biểu mẫu này, nên không cộng dồn lên gói cha được. Hãy ghi tên một câu hỏi có trong "aggregate", hoặc xóa dòng này.`,
    en: `${shown(p.name)} is not an aggregated question of this form, so it cannot be totalled at the parent level. Use a question listed in "aggregate", or remove the line.`,
  }),
  'parent.item-unmapped': (p: { name: string }) => ({
    vi: `Câu hỏi được thống kê ${shown(p.name)} chưa được ánh xạ tới câu hỏi nào của gói cha. Hãy thêm ${shown(p.name)}: "tên câu hỏi của gói cha" vào "items".`,
    en: `The aggregated question ${shown(p.name)} is not mapped to any question of the parent pack. Add ${shown(p.name)}: "parent question name" to "items".`,
  }),
  'parent.parent-form-unknown': (p: { id: string; parent: string }) => ({
    vi: `Gói cha ${p.parent} không có biểu mẫu mã "${p.id}". Hãy dùng mã của một biểu mẫu của gói cha.`,
    en: `The parent pack ${p.parent} has no form with id "${p.id}". Use the id of one of its forms.`,
  }),
  'parent.parent-question-unknown': (p: { name: string; form: string; parent: string }) => ({
    vi: `Biểu mẫu "${p.form}" của gói cha ${p.parent} không có câu hỏi tên ${shown(p.name)}. Hãy sửa cho khớp "name" của một câu hỏi trong biểu mẫu đó.`,
    en: `Form "${p.form}" of the parent pack ${p.parent} has no question named ${shown(p.name)}. Match the "name" of one of its questions.`,
  }),
  'parent.parent-question-not-aggregated': (p: { name: string; form: string; parent: string }) => ({
    vi: `Câu hỏi ${shown(p.name)} của biểu mẫu "${p.form}" (gói cha ${p.parent}) không được thống kê, nên không cộng dồn vào được. Hãy ánh xạ tới một câu hỏi có trong "aggregate" của gói cha.`,
    en: `Question ${shown(p.name)} of form "${p.form}" (parent pack ${p.parent}) is not aggregated, so nothing can be totalled into it. Map to a question in the parent's "aggregate".`,
  }),
  'parent.choice-incompatible': (p: { name: string; parentName: string; values: string[] }) => ({
    vi: `Câu hỏi ${shown(p.name)} có giá trị ${quoteList(p.values)} mà câu hỏi ${shown(p.parentName)} của gói cha không có, nên các câu trả lời đó không cộng dồn được. Hãy dùng cùng các giá trị lựa chọn như gói cha.`,
    en: `Question ${shown(p.name)} has value(s) ${quoteList(p.values)} that the parent's question ${shown(p.parentName)} does not have, so those answers cannot be totalled. Use the parent's choice values.`,
  }),
} satisfies Record<string, (params: never) => Bilingual>;
