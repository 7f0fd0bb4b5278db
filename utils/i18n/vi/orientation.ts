/** The first-run orientation's strings (and the three answers it explains), kept apart so the
 * home page loads them without the whole help. */
export const orientation = {
  'help.purpose.body':
    'Tự soi giúp bạn tự đối chiếu bản thân với 27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” theo Nghị quyết 04-NQ/TW, trước buổi tự phê bình và phê bình của chi bộ.',
  'help.time':
    'Một bài tự soi thường mất khoảng 15–20 phút (chỉ là ước chừng: mỗi người một khác, không cần làm vội).',
  'help.autosave':
    'Bạn có thể dừng lúc nào cũng được: câu trả lời tự lưu sau mỗi lần chọn. Lần sau, mở lại Tự soi và bấm “Tiếp tục”.',
  'help.pin':
    'Để dễ tìm lại Tự soi trên Chrome: bấm biểu tượng mảnh ghép (Tiện ích) ở góc trên bên phải trình duyệt, rồi bấm hình ghim cạnh “Tự soi”. Biểu tượng Tự soi sẽ luôn nằm trên thanh công cụ.',
  'help.answers.title': 'Ba câu trả lời',
  'help.answers.none': 'Không có',
  'help.answers.noneBody': 'Bạn không thấy mình có biểu hiện này.',
  'help.answers.partly': 'Có biểu hiện một phần',
  'help.answers.partlyBody':
    'Có lúc, hoặc ở mức nhẹ, bạn thấy mình có biểu hiện này; bạn có thể ghi biện pháp khắc phục.',
  'help.answers.yes': 'Có biểu hiện',
  'help.answers.yesBody':
    'Bạn thấy rõ mình có biểu hiện này; bạn có thể ghi biện pháp khắc phục ngay dưới biểu hiện đó.',
  'help.orientation.title': 'Lần đầu dùng Tự soi?',
  'help.orientation.skip': 'Bỏ qua',
  'help.orientation.start': 'Bắt đầu',
  'help.orientation.more': 'Xem hướng dẫn đầy đủ',
  'help.orientation.later': 'Hướng dẫn này luôn mở lại được từ liên kết “Hướng dẫn” ở đầu trang.',
} as const;
