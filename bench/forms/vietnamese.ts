/**
 * Vietnamese text of realistic length for generated forms, put together from phrases of the
 * kind self-review forms use. Deterministic for a given random source.
 */

const OPENINGS = [
  'Chưa thực hiện nghiêm',
  'Còn biểu hiện né tránh',
  'Thiếu gương mẫu trong',
  'Chưa chủ động tham gia',
  'Còn nể nang, ngại va chạm khi',
  'Chưa thường xuyên tự học tập về',
  'Có lúc thiếu trách nhiệm với',
  'Chưa kịp thời báo cáo về',
  'Còn hình thức trong việc',
  'Chưa kiên quyết đấu tranh với',
  'Có biểu hiện thờ ơ trước',
  'Chưa giữ đúng cam kết về',
];

const OBJECTS = [
  'nguyên tắc tập trung dân chủ',
  'chế độ sinh hoạt chi bộ định kỳ',
  'việc tu dưỡng, rèn luyện đạo đức cách mạng',
  'các nghị quyết, chỉ thị của Đảng',
  'nhiệm vụ được chi bộ phân công',
  'việc giữ gìn đoàn kết nội bộ',
  'tự phê bình và phê bình trong tổ chức',
  'mối quan hệ với nhân dân nơi cư trú',
  'việc kê khai tài sản, thu nhập',
  'quy định về những điều đảng viên không được làm',
  'công tác phòng, chống tham nhũng, lãng phí',
  'việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
];

const QUALIFIERS = [
  'trong công việc hằng ngày',
  'tại cơ quan, đơn vị',
  'ở nơi cư trú',
  'khi được giao nhiệm vụ mới',
  'trong các buổi sinh hoạt chi bộ',
  'đối với cấp dưới và đồng nghiệp',
  'trong năm vừa qua',
  'khi có ý kiến khác nhau',
];

const NOTES = [
  'Đánh dấu mức gần đúng nhất với bản thân trong kỳ này.',
  'Căn cứ vào việc làm cụ thể, không căn cứ vào ý định.',
  'Nếu chưa chắc chắn, chọn mức thấp hơn và ghi rõ ở phần nhận xét.',
  'Tham khảo nhận xét của chi bộ ở kỳ kiểm điểm trước.',
  'Chỉ tính những việc đã xảy ra trong thời gian tự soi.',
];

export const CHOICE_SETS: readonly (readonly [string, string][])[] = [
  [
    ['khong', 'Không có'],
    ['mot-phan', 'Có biểu hiện một phần'],
    ['co', 'Có biểu hiện'],
  ],
  [
    ['chua-bao-gio', 'Chưa bao giờ'],
    ['thinh-thoang', 'Thỉnh thoảng'],
    ['thuong-xuyen', 'Thường xuyên'],
    ['luon-luon', 'Luôn luôn'],
  ],
  [
    ['tot', 'Tốt'],
    ['kha', 'Khá'],
    ['trung-binh', 'Trung bình'],
    ['yeu', 'Yếu'],
  ],
  [
    ['dong-y', 'Đồng ý'],
    ['phan-van', 'Phân vân'],
    ['khong-dong-y', 'Không đồng ý'],
  ],
];

export const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)] as T;

/** A question title: "N. " and one to three clauses, about 60 to 220 characters. */
export function questionTitle(no: number, random: () => number): string {
  const clauses = 1 + Math.floor(random() * 3);
  const parts: string[] = [];
  for (let i = 0; i < clauses; i++) {
    parts.push(`${pick(OPENINGS, random).toLowerCase()} ${pick(OBJECTS, random)}`);
  }
  const text = `${parts.join('; ')} ${pick(QUALIFIERS, random)}.`;
  return `${no}. ${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export function questionNote(random: () => number): string {
  return pick(NOTES, random);
}
