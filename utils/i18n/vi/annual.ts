export const annual = {
  'annual.open': 'Bản kiểm điểm để in hoặc tải Word',
  'annual.title': 'Bản kiểm điểm của bạn',
  'annual.backToReview': 'Về bài tự kiểm điểm',
  'annual.layoutNote':
    'Bố cục theo mẫu {code}, được Tự soi dựng lại từ các nguồn công khai; chưa đối chiếu bản mẫu chính thức. Hãy so với mẫu chi bộ phát trước khi nộp. Nơi viết (……) để bạn ghi tay.',
  'annual.draftNote': 'Bài này chưa hoàn thành: bản kiểm điểm có thể còn thiếu nội dung.',
  'annual.print': 'In bản kiểm điểm',
  'annual.docx': 'Tải tệp Word (.docx)',
  'annual.docxBusy': 'Đang tạo tệp Word…',
  'annual.docxFailed': 'Chưa tạo được tệp Word. Hãy thử lại.',
  'annual.notAnnual': 'Bài này không phải một bản kiểm điểm cuối năm, nên không có bố cục để in.',
  'annual.missing': 'Không tìm thấy bài này. Có thể bài đã bị xóa.',
} as const;
