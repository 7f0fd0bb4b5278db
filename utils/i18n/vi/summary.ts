/** The result of a completed review: on screen and printed. */
export const summary = {
  'summary.print': 'In kết quả',
  'summary.printHint': 'Bấm “In kết quả” để in ra giấy hoặc lưu thành tệp PDF giữ lại.',
  'summary.completedAt': 'Hoàn thành lúc {date}',
  'summary.printedAt': 'In lúc {date}',
  'summary.flagged.title': 'Biểu hiện bạn đã đánh dấu',
  'summary.flagged.intro': 'Các biểu hiện trả lời {answers}, kèm biện pháp khắc phục bạn đã ghi.',
  'summary.flagged.none': 'Bạn không đánh dấu biểu hiện nào là {answers}.',
  'summary.others.title': 'Các biểu hiện còn lại',
  'summary.answers.title': 'Câu trả lời của bạn',
  'summary.unanswered.title': 'Chưa trả lời',
  'summary.answer': 'Trả lời:',
  'summary.noAnswer': 'Chưa trả lời',
  'summary.nothingWritten': 'Chưa ghi',
  'summary.page': 'Trang {number}',
};
