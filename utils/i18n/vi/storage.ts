export const storage = {
  'storage.saving': 'Đang lưu…',
  'storage.saved': 'Đã lưu trên máy này',
  'storage.saveFailed': 'Chưa lưu được',
  'storage.conflict': 'Bài này vừa được sửa ở một thẻ hoặc cửa sổ khác.',
  'storage.error.quota':
    'Bộ nhớ của trình duyệt đã đầy nên chưa lưu được dữ liệu. Hãy giải phóng dung lượng trên máy (xóa bớt tệp hoặc dữ liệu duyệt web không cần), rồi thử lưu lại. Đừng đóng thẻ này khi chưa lưu xong.',
  'storage.error.unavailable':
    'Trình duyệt không cho phép lưu dữ liệu trên máy này. Nếu bạn đang dùng cửa sổ ẩn danh (riêng tư), hãy mở lại tiện ích trong cửa sổ thường; nếu không, hãy tải lại trang.',
  'storage.error.unknown':
    'Đã có lỗi khi lưu hoặc đọc dữ liệu. Hãy thử lại; nếu vẫn lỗi, hãy tải lại trang.',
} as const;
