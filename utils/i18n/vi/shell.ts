import { app } from './app';
import { popup } from './popup';
import { reviews } from './reviews';

/**
 * The strings of the home page and the app's frame (loading, errors), with the popup's: loaded by
 * every page of the app. Every other string loads with the view that shows it (index.ts). Keys
 * keep their section's name wherever the string is kept.
 */
export const shell = {
  ...popup,
  ...app,
  ...reviews,
  // Help: the notice that uninstalling deletes the answers.
  'help.dataNotice.title': 'Giữ kết quả của bạn',
  'help.dataNotice.body':
    'Gỡ tiện ích, hoặc đặt lại hay xóa dữ liệu của trình duyệt, sẽ xóa mọi câu trả lời trên máy này. Muốn giữ kết quả, mở bài đã hoàn thành và bấm “In kết quả”.',
  'help.dataNotice.dismiss': 'Đã hiểu',
  // Links from the home page to the other sections.
  'history.homeLink': 'Tiến bộ của tôi',
  'commitments.homeLink': 'Cam kết hằng tháng',
  'library.manage': 'Quản lý thư viện biểu mẫu',
  'rounds.secretary.homeLink': 'Đợt tự soi của chi bộ (dành cho bí thư)',
  // The round invitation card and the round label of a member’s review.
  'rounds.member.roundLabel': 'Đợt: {label} · {cell}',
  'rounds.member.home.title': 'Nhận thư mời của đợt tự soi',
  'rounds.member.home.body':
    'Khi chi bộ mở một đợt tự soi, bí thư gửi cho bạn một tệp thư mời. Mở tệp đó ở đây để làm bài của đợt.',
  'rounds.member.home.open': 'Mở thư mời',
  // Report numbers: every page provides the rounds services, which format them.
  'report.number.band': '{low}–{high}',
  'report.number.hidden': 'ẩn',
  'report.number.estimate': '≈ {value} ({low}–{high})',
} as const;
