export const commitments = {
  'commitments.title': 'Cam kết và tự kiểm tra hằng tháng',
  'commitments.intro':
    'Các việc làm bạn đã đăng ký trong “Bản đăng ký và cam kết năm”. Mỗi tháng, trước buổi sinh hoạt chi bộ, đánh dấu từng việc: đã làm, đang làm hay chưa làm. Tất cả chỉ lưu trên máy này.',
  'commitments.none':
    'Bạn chưa đăng ký việc làm nào. Ở trang chủ, mở biểu mẫu “Bản đăng ký và cam kết năm”, ghi các việc làm cụ thể, rồi quay lại đây.',
  'commitments.toHome': 'Về trang chủ',
  'commitments.year': 'Năm {year}',
  'commitments.draft': 'Bản đăng ký chưa hoàn thành: các việc làm có thể còn thay đổi.',
  'commitments.editRegistration': 'Xem, sửa bản đăng ký',
  'commitments.tasks': 'Các việc làm đã đăng ký',
  'commitments.target': 'Chỉ tiêu: {target}',
  'commitments.deadline': 'Thời hạn: {date}',
  'commitments.checkMonth': 'Tự kiểm tra {month}',
  'commitments.month': 'tháng {month}/{year}',
  'commitments.monthShort': 'T{month}',
  'commitments.grid.caption': 'Năm {year}: từng việc làm qua các tháng',
  'commitments.grid.task': 'Việc làm',
  'commitments.status.da-lam': 'Đã làm',
  'commitments.status.dang-lam': 'Đang làm',
  'commitments.status.chua-lam': 'Chưa làm',
  'commitments.status.none': 'Chưa kiểm tra',
  'commitments.back': 'Cam kết hằng tháng',
  'commitments.check.title': 'Tự kiểm tra {month}',
  'commitments.check.intro':
    'Đánh dấu từng việc làm, ghi chú ngắn nếu cần (ví dụ: đã làm đến đâu, vì sao chưa làm). Ghi chú chỉ lưu trên máy này.',
  'commitments.check.previous': '← Tháng trước',
  'commitments.check.next': 'Tháng sau →',
  'commitments.check.note': 'Ghi chú ngắn về việc {index}',
  'commitments.check.save': 'Lưu kết quả tháng này',
  'commitments.check.saved': 'Đã lưu lúc {date}.',
  'commitments.check.unmarked': 'Còn {count} việc chưa đánh dấu. Hãy chọn một mức cho mỗi việc.',
  'commitments.check.leaveTitle': 'Rời trang khi chưa lưu?',
  'commitments.check.leaveBody':
    'Các đánh dấu của tháng này chưa được lưu và sẽ mất nếu rời trang.',
  'commitments.check.leaveConfirm': 'Vẫn rời đi',
  'commitments.error.registration-not-found':
    'Không tìm thấy bản đăng ký này. Có thể nó đã bị xóa.',
  'commitments.error.unknown-task':
    'Danh sách việc làm vừa thay đổi. Hãy tải lại trang để thấy danh sách mới.',
  'commitments.error.unmarked-task': 'Còn việc chưa đánh dấu.',
  'commitments.latest.title': 'Kết quả tự soi gần nhất',
  'commitments.latest.none':
    'Bạn chưa hoàn thành bài tự soi 27 biểu hiện nào. Kết quả sẽ hiện ở đây, cạnh các việc làm của tháng, để chuẩn bị cho phần tự phê bình trong buổi sinh hoạt.',
  'commitments.latest.meta': '{form}, hoàn thành lúc {date}',
  'commitments.latest.nothing': 'Trong bài đó bạn không đánh dấu biểu hiện nào.',
  'commitments.latest.open': 'Xem kết quả đầy đủ',
  'reminder.title': 'Nhắc tự kiểm tra hằng tháng',
  'reminder.enable': 'Nhắc tôi trước buổi sinh hoạt chi bộ hằng tháng',
  'reminder.explain':
    'Trình duyệt sẽ hiện một thông báo vào ngày và giờ bạn chọn; bấm vào thông báo để mở trang tự kiểm tra của tháng. Khi bật, trình duyệt hỏi bạn cho phép “báo thức” và “thông báo”.',
  'reminder.day': 'Ngày trong tháng',
  'reminder.time': 'Giờ',
  'reminder.on':
    'Đã bật: nhắc lúc {time} ngày {day} hằng tháng (tháng ngắn hơn thì ngày cuối tháng).',
  'reminder.off': 'Đang tắt.',
  'reminder.denied':
    'Trình duyệt chưa cho phép thông báo, nên chưa bật được nhắc. Bạn có thể thử lại.',
  'reminder.failed': 'Chưa lưu được cài đặt nhắc. Hãy thử lại.',
  'reminder.notificationTitle': 'Tự soi: tự kiểm tra tháng này',
  'reminder.notificationBody':
    'Sắp đến buổi sinh hoạt chi bộ. Bấm để đánh dấu các việc làm đã đăng ký trong tháng.',
} as const;
