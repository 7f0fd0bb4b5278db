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
  'annual.pullIn.title': 'Lấy từ các phần khác của Tự soi',
  'annual.pullIn.hint':
    'Có thể chèn kết quả tự soi 27 biểu hiện gần nhất vào mục I.1 và kết quả cam kết năm vào mục I.3. Bạn xem trước nội dung, và sửa được sau khi chèn.',
  'annual.pullIn.result': 'Chèn kết quả tự soi gần nhất (mục I.1)',
  'annual.pullIn.commitments': 'Chèn kết quả cam kết năm (mục I.3)',
  'annual.pullIn.ask.result': 'Chèn kết quả tự soi gần nhất vào mục I.1?',
  'annual.pullIn.ask.commitments': 'Chèn kết quả cam kết năm vào mục I.3?',
  'annual.pullIn.confirm': 'Chèn vào bài',
  'annual.pullIn.editAfter':
    'Nội dung được thêm vào cuối ô, sau những gì bạn đã viết; bạn sửa được.',
  'annual.pullIn.done.result': 'Đã chèn vào mục I.1. Hãy đọc lại và sửa nếu cần.',
  'annual.pullIn.done.commitments': 'Đã chèn vào mục I.3. Hãy đọc lại và sửa nếu cần.',
  'annual.pullIn.none.result': 'Chưa có bài tự soi 27 biểu hiện nào hoàn thành.',
  'annual.pullIn.none.commitments': 'Chưa có bản đăng ký nào có việc làm.',
} as const;
