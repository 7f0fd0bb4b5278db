import { common } from './common';

/**
 * The strings of the toolbar popup, loaded by every page (the home shows them too). The rest of
 * what the home and the app frame show is in shell.ts; every other string loads with its view.
 */
export const popup = {
  ...common,
  'app.popup.chooseForm': 'Chọn biểu mẫu để bắt đầu',
  'app.popup.continue': 'Tiếp tục',
  'app.popup.empty': 'Bạn chưa bắt đầu bài tự soi nào.',
  'app.popup.openApp': 'Mở Tự soi',
  'app.popup.openSidePanel': 'Mở trong khung bên cạnh (side panel)',
  'app.popup.updated': 'Sửa lần cuối {updated}',
  'app.status.draft': 'Đang làm',
  'app.status.completed': 'Đã hoàn thành',
  'app.reviews.progress': 'Đã trả lời {answered}/{total}',
  'app.reviews.view': 'Xem kết quả',
  'help.link': 'Hướng dẫn',
  // Storage failures: the popup reads the database too.
  'storage.error.quota':
    'Bộ nhớ của trình duyệt đã đầy nên chưa lưu được dữ liệu. Hãy giải phóng dung lượng trên máy (xóa bớt tệp hoặc dữ liệu duyệt web không cần), rồi thử lưu lại. Đừng đóng thẻ này khi chưa lưu xong.',
  'storage.error.unavailable':
    'Trình duyệt không cho phép lưu dữ liệu trên máy này. Nếu bạn đang dùng cửa sổ ẩn danh (riêng tư), hãy mở lại tiện ích trong cửa sổ thường; nếu không, hãy tải lại trang.',
  'storage.error.unknown':
    'Đã có lỗi khi lưu hoặc đọc dữ liệu. Hãy thử lại; nếu vẫn lỗi, hãy tải lại trang.',
  // A review’s default name.
  'reviews.label.default': 'Lần {n} — {date}',
} as const;
