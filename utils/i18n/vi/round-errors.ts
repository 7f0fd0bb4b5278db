export const roundErrors = {
  'rounds.file.kind.invitation': 'thư mời',
  'rounds.file.kind.contribution': 'tệp đóng góp',
  'rounds.file.kind.key-backup': 'tệp sao lưu khóa',
  'rounds.file.error.too-large':
    'Tệp quá lớn cho một {kind} ({size} byte, tối đa {max} byte). Tệp không được đọc.',
  'rounds.file.error.not-json': 'Đây không phải {kind} của Tự soi: tệp không phải JSON UTF-8.',
  'rounds.file.error.wrong-format':
    'Đây không phải {kind} của Tự soi, hoặc tệp bị sửa (chỗ sai: {path}).',
  'rounds.file.error.pack-hash':
    'Bộ biểu mẫu trong {kind} không khớp mã băm ghi kèm: tệp đã bị sửa hoặc hỏng. Xin bí thư gửi lại tệp.',
  'rounds.file.error.fingerprint':
    'Mã kiểm tra của thư mời không khớp khóa của đợt: tệp đã bị sửa hoặc hỏng. Đừng dùng tệp này; xin bí thư gửi lại.',
  'rounds.file.error.undecryptable':
    'Không giải mã được tệp đóng góp bằng khóa của đợt này: tệp đã bị sửa, hỏng, hoặc làm cho đợt khác.',
  'rounds.file.error.wrong-passphrase':
    'Sai cụm mật khẩu (hoặc tệp sao lưu đã bị sửa). Kiểm tra chữ hoa, dấu và bộ gõ rồi thử lại.',
  'rounds.file.error.key-mismatch':
    'Khóa riêng trong {kind} không khớp khóa công khai của đợt: tệp đã bị sửa hoặc hỏng. Không khôi phục được khóa từ tệp này.',
  'rounds.error.round-not-found': 'Không tìm thấy đợt này trên máy này.',
  'rounds.error.no-key':
    'Máy này có đợt này nhưng không có khóa của nó. Khôi phục khóa từ tệp sao lưu để đọc các tệp đóng góp.',
  'rounds.error.pack-missing': 'Chưa cài bộ biểu mẫu {pack} mà đợt này dùng.',
  'rounds.error.nothing-to-count':
    'Biểu mẫu “{formId}” không có câu hỏi nào được thống kê ẩn danh, nên không mở đợt trên nó được.',
  'rounds.error.invalid-input': 'Giá trị của trường “{field}” không hợp lệ.',
  'rounds.error.passphrase-short': 'Cụm mật khẩu cần ít nhất {min} ký tự.',
  'rounds.error.backup-required':
    'Trước khi xuất thư mời, hãy lưu tệp sao lưu khóa và đánh dấu “Tôi hiểu: mất khóa thì không đọc được các tệp đóng góp của đợt này”.',
  'rounds.error.other-round': 'Tệp đóng góp này thuộc một đợt khác, không phải đợt đang thu.',
  'rounds.error.other-pack': 'Tệp đóng góp này làm trên biểu mẫu {found}, còn đợt dùng {expected}.',
  'rounds.error.invalid-payload':
    'Giải mã được nhưng nội dung không khớp biểu mẫu của đợt: tệp không được nhận.',
  'rounds.error.too-few':
    'Mới nhận {received} tệp đóng góp; cần ít nhất {k} mới lập được báo cáo (còn thiếu {needed}).',
  'rounds.error.too-close':
    'Báo cáo mới chỉ khác báo cáo trước {difference} tệp đóng góp; cần khác ít nhất {k} để không ai suy ra được câu trả lời của một người.',
  'rounds.error.invitation-pack-invalid':
    'Bộ biểu mẫu {pack} trong thư mời không qua được bước kiểm tra. Xin bí thư kiểm tra lại tệp.',
  'rounds.error.invitation-pack-conflict':
    'Máy này đã cài một tệp khác cùng mã và phiên bản {pack}. Hỏi bí thư xem tệp nào đúng.',
  'rounds.error.not-completed': 'Hãy hoàn thành bài trước khi tạo tệp đóng góp.',
  'rounds.error.not-in-round': 'Bài này không thuộc đợt tự soi nào, nên không có tệp đóng góp.',
  'rounds.error.answer-missing':
    'Biểu hiện “{item}” chưa có câu trả lời hợp lệ. Sửa lại bài rồi tạo tệp đóng góp.',
  'rounds.error.round-exists': 'Máy này đã có đợt này và khóa của nó.',
} as const;
