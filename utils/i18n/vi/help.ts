import { orientation } from './orientation';

export const help = {
  ...orientation,
  'help.title': 'Hướng dẫn dùng Tự soi',
  'help.purpose.title': 'Tự soi dùng để làm gì',
  'help.pin.title': 'Tìm lại Tự soi trên thanh công cụ',
  'help.answers.intro': 'Với mỗi biểu hiện, chọn câu trả lời đúng nhất với bản thân bạn:',
  'help.how.title': 'Cách làm một bài',
  'help.how.start':
    'Trên trang chính, ở mục “Thư viện biểu mẫu”, bấm “Bắt đầu tự soi”. Các biểu hiện chia thành 3 nhóm, mỗi nhóm một trang.',
  'help.how.finish':
    'Trả lời xong cả 27 biểu hiện thì bấm “Hoàn thành”. Bài đã hoàn thành vẫn sửa lại được.',
  'help.who.title': 'Ai thấy được gì',
  'help.who.device':
    'Tự soi không gửi gì qua mạng và không có quyền đọc các trang web bạn mở. Ai dùng chung máy và hồ sơ trình duyệt này có thể mở Tự soi và xem các bài của bạn.',
  'help.who.round':
    'Trong một đợt tự soi của chi bộ, chỉ tệp đóng góp mà chính bạn lưu mới rời máy. Tệp không có tên, chữ bạn tự viết hay ngày giờ, và được mã hóa để chỉ bí thư mở được. Trước khi lưu, màn hình cho thấy đúng từng giá trị sẽ gửi đi.',
  'help.who.secretary':
    'Ứng dụng của bí thư chỉ cho thấy số tổng hợp của cả chi bộ, không hiện riêng bài của ai. Nhưng ở chế độ đếm chính xác, một bí thư cố tình vẫn có thể đọc riêng tệp của bạn; ở chế độ ngẫu nhiên hóa câu trả lời thì không ai biết chắc bạn đã trả lời gì. Các đảng viên khác chỉ thấy báo cáo tổng hợp.',
  'help.keep.title': 'In và giữ kết quả',
  'help.keep.print':
    'Mở bài đã hoàn thành và bấm “In kết quả”. Trong hộp thoại in, chọn máy in, hoặc chọn “Lưu dưới dạng PDF” để giữ một tệp.',
  'help.keep.loss':
    'Gỡ tiện ích, hoặc đặt lại hay xóa dữ liệu của trình duyệt, sẽ xóa mọi câu trả lời trên máy này. Tự soi chưa có cách sao lưu, nên bản in (hoặc tệp PDF) là cách giữ kết quả.',
  'help.sidePanel.title': 'Mở Tự soi trong khung bên cạnh',
  'help.sidePanel.body':
    'Bấm biểu tượng Tự soi trên thanh công cụ, rồi bấm “Mở trong khung bên cạnh (side panel)”: bài tự soi mở thành một khung hẹp bên phải, cạnh trang web bạn đang xem. Trong khung đó, “Mở trang đầy đủ” mở lại Tự soi trong một thẻ.',
} as const;
