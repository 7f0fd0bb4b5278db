export const roundsMember = {
  'rounds.member.join.title': 'Nhận thư mời của đợt tự soi',
  'rounds.member.join.intro':
    'Chọn tệp thư mời (.json) bí thư đã gửi cho bạn. Tệp chỉ được đọc trên máy này.',
  'rounds.member.join.drop': 'Chọn tệp thư mời (.json)',
  'rounds.member.join.dropHint': 'hoặc kéo thả tệp thư mời vào đây',
  'rounds.member.join.dropActive': 'Thả tệp để đọc thư mời',
  'rounds.member.join.reading': 'Đang đọc thư mời…',
  'rounds.member.join.previewTitle': 'Thư mời: {label}',
  'rounds.member.join.cell': 'Chi bộ',
  'rounds.member.join.round': 'Đợt',
  'rounds.member.join.form': 'Biểu mẫu',
  'rounds.member.join.formValue': '{form} · phiên bản {version}',
  'rounds.member.join.items': 'Số biểu hiện được thống kê',
  'rounds.member.join.fingerprintCheck':
    'So mã này với mã bí thư đọc tại cuộc họp. Nếu khác, đừng dùng thư mời này.',
  'rounds.member.join.privacyTitle': 'Câu trả lời của bạn được bảo vệ thế nào',
  'rounds.member.join.packInstall':
    'Thư mời kèm bộ biểu mẫu {pack} phiên bản {version}; tham gia sẽ cài bộ này.',
  'rounds.member.join.start': 'Tham gia và bắt đầu',
  'rounds.member.join.joining': 'Đang tham gia…',
  'rounds.member.join.already': 'Bạn đã có bài của đợt này.',
  'rounds.member.join.continue': 'Tiếp tục',
  'rounds.member.join.another': 'Chọn thư mời khác',
  'rounds.member.mode.exact':
    'Đợt này đếm chính xác: báo cáo của chi bộ chỉ có số tổng hợp của ít nhất {k} người, số nhỏ được ghi thành khoảng, và không bao giờ hiện riêng bài của ai.',
  'rounds.member.mode.randomised':
    'Đợt này ngẫu nhiên hóa câu trả lời: trước khi lưu tệp, máy bạn đổi ngẫu nhiên một số câu trả lời ({percent}% số câu vẫn là câu trả lời thật), nên không ai biết chắc bạn đã trả lời gì; báo cáo cần ít nhất {k} người.',
  'rounds.member.review.contribute': 'Tạo tệp đóng góp',
  'rounds.member.review.contributeHint':
    'Bài này thuộc một đợt của chi bộ. Tệp đóng góp chỉ chứa các câu trả lời được thống kê, đã mã hóa cho bí thư.',
  'rounds.member.contribute.title': 'Tạo tệp đóng góp',
  'rounds.member.contribute.back': 'Quay lại bài',
  'rounds.member.contribute.intro':
    'Dưới đây đúng là những gì tệp đóng góp sẽ chứa, trước khi được mã hóa cho bí thư.',
  'rounds.member.contribute.fingerprint': 'Mã kiểm tra của đợt: ',
  'rounds.member.contribute.item': 'Biểu hiện',
  'rounds.member.contribute.answer': 'Câu trả lời của bạn',
  'rounds.member.contribute.sent': 'Giá trị gửi đi',
  'rounds.member.contribute.changed': 'đã ngẫu nhiên hóa',
  'rounds.member.contribute.none': '(không chọn)',
  'rounds.member.contribute.indicators': 'Chỉ báo tổng hợp',
  'rounds.member.contribute.indicator': 'Chỉ báo',
  'rounds.member.contribute.yes': 'Có',
  'rounds.member.contribute.no': 'Không',
  'rounds.member.contribute.size': 'Mọi tệp của đợt này đều cùng cỡ: {size} byte.',
  'rounds.member.contribute.notContainedTitle': 'Tệp này KHÔNG chứa',
  'rounds.member.contribute.notName': 'tên của bạn hay bất cứ gì chỉ ra bạn là ai;',
  'rounds.member.contribute.notText':
    'văn bản bạn tự viết (ô ghi biện pháp khắc phục, ghi chú, giải thích…);',
  'rounds.member.contribute.notTime': 'thời gian: ngày giờ làm bài hay lưu tệp;',
  'rounds.member.contribute.notDevice':
    'thông tin về máy: trình duyệt, hệ điều hành, địa chỉ mạng.',
  'rounds.member.contribute.whoTitle': 'Ai thấy được gì',
  'rounds.member.contribute.whoExact':
    'Bản Tự soi của bí thư chỉ giải mã các tệp cùng lúc và chỉ cho thấy số tổng hợp, không bao giờ hiện riêng một tệp. Nhưng một bí thư cố tình có thể đọc riêng tệp của bạn.',
  'rounds.member.contribute.whoRandomised':
    'Trước khi lưu, máy bạn đã đổi ngẫu nhiên một số câu trả lời ({percent}% số câu vẫn là câu trả lời thật). Không ai, kể cả bí thư, biết câu nào là thật.',
  'rounds.member.contribute.whoOthers': 'Các đảng viên khác chỉ thấy báo cáo tổng hợp của chi bộ.',
  'rounds.member.contribute.save': 'Lưu tệp đóng góp',
  'rounds.member.contribute.saving': 'Đang lưu…',
  'rounds.member.contribute.saved':
    'Đã lưu. Gửi tệp này cho bí thư theo cách chi bộ đã thống nhất. Làm lại sẽ thay tệp trước.',
} as const;
