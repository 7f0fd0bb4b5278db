export const reviews = {
  'reviews.label.rename': 'Đổi tên',
  'reviews.label.renameFor': 'Đổi tên bài: {label}',
  'reviews.label.field': 'Tên bài',
  'reviews.label.hint': 'Tối đa {max} ký tự. Để trống để dùng tên mặc định “{fallback}”.',
  'reviews.label.save': 'Lưu tên',
  'reviews.row.action': '{action}: {label} ({form})',
  'reviews.startAsk.title': 'Bạn đang có một bài chưa xong',
  'reviews.startAsk.body':
    'Bài “{label}” của biểu mẫu này đang làm dở (đã trả lời {answered}/{total}). Bạn muốn làm tiếp bài đó, hay bắt đầu một bài mới? Bài đang làm vẫn được giữ nguyên.',
  'reviews.delete.body':
    'Bài “{label}” ({form}, sửa lần cuối {updated}) sẽ bị xóa khỏi máy này. Ngay sau khi xóa, bạn có vài giây để hoàn tác.',
  'reviews.delete.done': 'Đã xóa: {label}',
  'reviews.delete.undo': 'Hoàn tác',
  'reviews.delete.restored': 'Đã khôi phục: {label}',
} as const;
