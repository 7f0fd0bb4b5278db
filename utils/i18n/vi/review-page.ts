/** The review page's own strings around the form: saving, conflicts, completing, reopening. */
export const reviewPage = {
  'app.review.backToList': 'Bài tự soi của tôi',
  'app.review.missing': 'Không tìm thấy bài này. Có thể bài đã bị xóa.',
  'app.review.deletedElsewhere':
    'Bài này vừa bị xóa ở một thẻ hoặc cửa sổ khác. Những gì bạn thấy ở đây không còn được lưu.',
  'app.review.autosaveHint': 'Câu trả lời tự động lưu trên máy này.',
  'app.review.retrySave': 'Thử lưu lại',
  'app.review.conflictBody':
    'Bản kia được lưu lúc {updated} (đã trả lời {answered}/{total}). Bạn muốn giữ bản nào?',
  'app.review.leaveTitle': 'Rời khỏi bài khi chưa lưu?',
  'app.review.leaveBody':
    'Một số câu trả lời ở đây chưa được lưu (xem thông báo phía trên). Nếu rời đi bây giờ, chúng sẽ mất.',
  'app.review.leaveConfirm': 'Vẫn rời đi',
  'app.review.keepMine': 'Giữ bản đang mở ở đây',
  'app.review.takeTheirs': 'Tải bản mới nhất',
  'app.review.completedTitle': 'Bạn đã hoàn thành bài tự soi này',
  'app.review.completedBody': 'Hoàn thành lúc {date}. Đã trả lời {answered}/{total}.',
  'app.review.reopen': 'Sửa lại câu trả lời',
  'app.review.reopenHint':
    'Khi sửa lại, bài trở về trạng thái “Đang làm” cho đến khi bạn bấm Hoàn thành lần nữa.',
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
} as const;
