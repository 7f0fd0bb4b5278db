export const rounds = {
  'rounds.title': 'Đợt tự soi của chi bộ',
  'rounds.common.received': 'Đã nhận {received} / dự kiến {expected}',
  'rounds.common.mode.exact': 'Đếm chính xác, che số nhỏ (k = {k})',
  'rounds.common.mode.randomised':
    'Ngẫu nhiên hóa câu trả lời ({truth} câu trả lời được giữ, k = {k})',
  'rounds.common.truth.0.5': '1 trong 2',
  'rounds.common.truth.0.75': '3 trong 4',
  'rounds.common.formVersion': '{form} · {pack} phiên bản {version}',
  'rounds.common.fingerprint': 'Mã kiểm tra của đợt',
  'rounds.common.showPassphrase': 'Hiện cụm mật khẩu',
  'rounds.common.backToList': 'Danh sách đợt',
  'rounds.secretary.list.intro':
    'Bí thư mở một đợt, gửi thư mời cho đảng viên, rồi nhận lại các tệp đóng góp đã mã hóa để lập báo cáo chung cho cuộc họp.',
  'rounds.secretary.list.empty':
    'Chưa có đợt nào. Một đợt là một lần cả chi bộ cùng tự soi theo một biểu mẫu: mỗi đảng viên làm bài trên máy mình và gửi lại một tệp đóng góp ẩn danh, đã mã hóa; Tự soi chỉ cộng các tệp lại thành báo cáo chung, không hiện bài của riêng ai.',
  'rounds.secretary.list.unreadable':
    '{count} đợt lưu trên máy này không đọc được (dữ liệu có thể bị hỏng, hoặc do một phiên bản Tự soi mới hơn ghi). Tự soi không xóa chúng; các đợt khác vẫn dùng bình thường.',
  'rounds.secretary.list.new': 'Tạo đợt mới',
  'rounds.secretary.list.restore': 'Khôi phục khóa từ tệp sao lưu',
  'rounds.secretary.list.label': 'Các đợt',
  'rounds.secretary.list.created': 'Tạo lúc {date}',
  'rounds.secretary.badge.keyNotSaved': 'Chưa lưu khóa',
  'rounds.secretary.badge.collecting': 'Đang thu',
  'rounds.secretary.badge.reported': 'Đã có báo cáo',
  'rounds.secretary.create.title': 'Tạo đợt mới',
  'rounds.secretary.create.noForms':
    'Chưa có biểu mẫu nào dùng được cho một đợt. Cài một bộ biểu mẫu trong thư viện trước.',
  'rounds.secretary.create.form': 'Biểu mẫu',
  'rounds.secretary.create.formOption': '{form} — {pack} {version}',
  'rounds.secretary.create.formNoIndicator': '{form} — {pack} {version} (không có chỉ số chung)',
  'rounds.secretary.create.label': 'Tên đợt',
  'rounds.secretary.create.labelPlaceholder': 'Tự soi lần 3 — Quý IV/2026',
  'rounds.secretary.create.cellName': 'Tên chi bộ',
  'rounds.secretary.create.expected': 'Số đảng viên dự kiến tham gia',
  'rounds.secretary.create.expectedHint': 'Từ {min} đến {max} người.',
  'rounds.secretary.create.series': 'Loạt so sánh',
  'rounds.secretary.create.seriesHint':
    'Các đợt cùng một loạt (cùng biểu mẫu) được so sánh với nhau trong báo cáo.',
  'rounds.secretary.create.seriesNew': 'Loạt mới',
  'rounds.secretary.create.seriesExisting': '{label} ({rounds} đợt)',
  'rounds.secretary.create.seriesLabel': 'Tên loạt mới',
  'rounds.secretary.create.mode': 'Cách bảo vệ câu trả lời',
  'rounds.secretary.create.modeExact': 'Đếm chính xác, che số nhỏ',
  'rounds.secretary.create.modeExactAbout':
    'Bản Tự soi của bí thư chỉ giải mã các tệp đóng góp cả lô một lúc và không bao giờ hiện riêng một tệp; số nhỏ hơn k được in thành khoảng. Nhưng điều này không bảo vệ trước một bí thư cố ý: người đó vẫn có thể tự đọc riêng một tệp.',
  'rounds.secretary.create.modeRandomised': 'Ngẫu nhiên hóa câu trả lời',
  'rounds.secretary.create.modeRandomisedAbout':
    'Máy của mỗi đảng viên xáo trộn câu trả lời trước khi gửi, nên kể cả bí thư cũng không biết chắc câu trả lời của một người. Đổi lại, các con số trong báo cáo chỉ là ước lượng có sai số.',
  'rounds.secretary.create.modeRandomisedOption':
    'Ngẫu nhiên hóa câu trả lời: {truth} câu trả lời được giữ',
  'rounds.secretary.create.margin':
    'Sai số dự kiến với {n} người: ± {points} điểm phần trăm, tức ± {persons} người trên {n}.',
  'rounds.secretary.create.marginUnknown': 'Nhập số đảng viên dự kiến để xem sai số dự kiến.',
  'rounds.secretary.create.k': 'Ngưỡng k',
  'rounds.secretary.create.kHint':
    'Ít hơn k tệp đóng góp thì không lập báo cáo; ở cách đếm chính xác, số nhỏ hơn k được in thành khoảng.',
  'rounds.secretary.create.passphrase': 'Cụm mật khẩu bảo vệ tệp sao lưu khóa',
  'rounds.secretary.create.passphraseHint':
    'Ít nhất {min} ký tự. Cần nó để khôi phục khóa trên máy khác; không ai lấy lại được nếu quên.',
  'rounds.secretary.create.passphraseAgain': 'Nhập lại cụm mật khẩu',
  'rounds.secretary.create.submit': 'Tạo đợt',
  'rounds.secretary.create.creating': 'Đang tạo khóa…',
  'rounds.secretary.create.error.form': 'Hãy chọn một biểu mẫu.',
  'rounds.secretary.create.error.label': 'Hãy đặt tên cho đợt (tối đa {max} ký tự).',
  'rounds.secretary.create.error.cellName': 'Hãy nhập tên chi bộ (tối đa {max} ký tự).',
  'rounds.secretary.create.error.expected':
    'Số đảng viên dự kiến phải là số nguyên từ {min} đến {max}.',
  'rounds.secretary.create.error.seriesLabel': 'Hãy đặt tên cho loạt mới (tối đa {max} ký tự).',
  'rounds.secretary.create.error.passphrase': 'Cụm mật khẩu cần ít nhất {min} ký tự.',
  'rounds.secretary.create.error.passphraseAgain': 'Hai lần nhập cụm mật khẩu không giống nhau.',
  'rounds.secretary.round.meta.cell': 'Chi bộ',
  'rounds.secretary.round.meta.form': 'Biểu mẫu',
  'rounds.secretary.round.meta.series': 'Loạt',
  'rounds.secretary.round.meta.mode': 'Cách bảo vệ',
  'rounds.secretary.round.meta.expected': 'Số đảng viên dự kiến',
  'rounds.secretary.round.fingerprintHint':
    'Đọc to mã này tại cuộc họp; mỗi đảng viên so với mã hiện trên màn hình của mình.',
  'rounds.secretary.round.noKey':
    'Máy này có đợt này nhưng không có khóa của nó, nên không đọc được các tệp đóng góp.',
  'rounds.secretary.round.step1': 'Bước 1. Giữ an toàn khóa của đợt',
  'rounds.secretary.round.step1Intro':
    'Khóa của đợt chỉ nằm trên máy này. Lưu tệp sao lưu (được bảo vệ bằng cụm mật khẩu) ở nơi an toàn ngoài máy này.',
  'rounds.secretary.round.saveBackup': 'Lưu tệp sao lưu khóa',
  'rounds.secretary.round.saveBackupAgain': 'Lưu lại tệp sao lưu khóa',
  'rounds.secretary.round.backupSaved': 'Đã lưu tệp sao lưu khóa.',
  'rounds.secretary.round.acknowledge':
    'Tôi hiểu: mất khóa thì không đọc được các tệp đóng góp của đợt này',
  'rounds.secretary.round.step2': 'Bước 2. Gửi thư mời',
  'rounds.secretary.round.step2Intro':
    'Gửi tệp thư mời cho từng đảng viên. Thư mời không có gì bí mật: chỉ có biểu mẫu, thông tin đợt và khóa công khai.',
  'rounds.secretary.round.exportInvitation': 'Xuất thư mời',
  'rounds.secretary.round.needBackupAndAck':
    'Chưa xuất được: trước tiên hãy lưu tệp sao lưu khóa và đánh dấu ô “Tôi hiểu” ở bước 1.',
  'rounds.secretary.round.needBackup':
    'Chưa xuất được: trước tiên hãy lưu tệp sao lưu khóa ở bước 1.',
  'rounds.secretary.round.needAck':
    'Chưa xuất được: trước tiên hãy đánh dấu ô “Tôi hiểu” ở bước 1.',
  'rounds.secretary.round.step3': 'Bước 3. Nhận tệp đóng góp',
  'rounds.secretary.round.drop': 'Chọn các tệp đóng góp',
  'rounds.secretary.round.dropActive': 'Thả các tệp vào đây',
  'rounds.secretary.round.dropHint': 'hoặc kéo thả nhiều tệp vào đây cùng lúc',
  'rounds.secretary.round.importing': 'Đang đọc các tệp: xong {done} / {total}…',
  'rounds.secretary.round.imported': 'Đã đọc xong {total} tệp.',
  'rounds.secretary.round.results': 'Kết quả từng tệp',
  'rounds.secretary.round.outcome.added': 'Đã nhận',
  'rounds.secretary.round.outcome.replaced': 'Thay bản trước của cùng người',
  'rounds.secretary.round.outcome.unchanged': 'Đã có',
  'rounds.secretary.round.outcome.older':
    'Tệp cũ hơn của một người đã gửi tệp mới hơn: giữ tệp mới hơn',
  'rounds.secretary.round.tooMany':
    'Nhiều tệp hơn số đảng viên dự kiến — kiểm tra có ai gửi hai lần bằng hai máy không.',
  'rounds.secretary.round.step4': 'Bước 4. Lập báo cáo',
  'rounds.secretary.round.makeReport': 'Lập báo cáo',
  'rounds.secretary.round.making': 'Đang lập báo cáo…',
  'rounds.secretary.round.reportMade': 'Đã lập báo cáo từ {n} tệp đóng góp.',
  'rounds.secretary.round.openReport': 'Xem báo cáo',
  'rounds.secretary.restore.title': 'Khôi phục khóa từ tệp sao lưu',
  'rounds.secretary.restore.intro':
    'Chọn tệp sao lưu khóa đã lưu khi tạo đợt, rồi nhập cụm mật khẩu của nó. Máy này sẽ đọc được các tệp đóng góp của đợt.',
  'rounds.secretary.restore.file': 'Chọn tệp sao lưu khóa',
  'rounds.secretary.restore.fileActive': 'Thả tệp vào đây',
  'rounds.secretary.restore.fileHint': 'hoặc kéo thả tệp vào đây',
  'rounds.secretary.restore.reading': 'Đang đọc tệp…',
  'rounds.secretary.restore.contents': 'Trong tệp sao lưu',
  'rounds.secretary.restore.round': 'Đợt',
  'rounds.secretary.restore.form': 'Biểu mẫu',
  'rounds.secretary.restore.formValue': '{form} (bộ {pack} phiên bản {version})',
  'rounds.secretary.restore.fingerprintHint':
    'Mã này phải giống mã bí thư đã đọc tại cuộc họp của đợt; nếu khác, đây là khóa của một đợt khác.',
  'rounds.secretary.restore.passphrase': 'Cụm mật khẩu của tệp sao lưu',
  'rounds.secretary.restore.submit': 'Khôi phục',
  'rounds.secretary.restore.restoring': 'Đang mở khóa…',
  'rounds.secretary.restore.openExisting': 'Mở đợt này',
} as const;
