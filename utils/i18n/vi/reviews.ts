export const reviews = {
  'reviews.label.default': 'Lần {n} — {date}',
  'reviews.label.rename': 'Đổi tên',
  'reviews.label.renameFor': 'Đổi tên bài: {label}',
  'reviews.label.field': 'Tên bài',
  'reviews.label.hint': 'Tối đa {max} ký tự. Để trống để dùng tên mặc định “{fallback}”.',
  'reviews.label.save': 'Lưu tên',
  'reviews.row.action': '{action}: {label} ({form})',
  'reviews.startAsk.title': 'Bạn đang có một bài chưa xong',
  'reviews.startAsk.body':
    'Bài “{label}” của biểu mẫu này đang làm dở (đã trả lời {answered}/{total}). Bạn muốn làm tiếp bài đó, hay bắt đầu một bài mới? Bài đang làm vẫn được giữ nguyên.',
  'reviews.reopenAsk.title': 'Sửa lại bài đã hoàn thành?',
  'reviews.reopenAsk.body':
    'Bài sẽ trở lại trạng thái “Đang làm” cho đến khi bạn bấm Hoàn thành lần nữa. Thời điểm hoàn thành trước ({date}) vẫn được giữ trong lịch sử của bài.',
  'reviews.reopenAsk.cancelHint':
    'Nếu đổi ý trước khi sửa câu trả lời nào, bạn có thể bấm “Hủy sửa” để bài trở lại như đã hoàn thành.',
  'reviews.reopened.note': 'Bạn đang sửa lại bài đã hoàn thành lúc {date}.',
  'reviews.reopened.cancel': 'Hủy sửa',
  'reviews.reopened.changed':
    'Đã lưu thay đổi nên không thể hủy sửa nữa. Bấm Hoàn thành khi bạn sửa xong.',
  'reviews.completions.previous': '(lần trước: {dates})',
  'reviews.delete.body':
    'Bài “{label}” ({form}, sửa lần cuối {updated}) sẽ bị xóa khỏi máy này. Ngay sau khi xóa, bạn có vài giây để hoàn tác.',
  'reviews.delete.done': 'Đã xóa: {label}',
  'reviews.delete.undo': 'Hoàn tác',
  'reviews.delete.restored': 'Đã khôi phục: {label}',
} as const;
