export const history = {
  'history.title': 'Tiến bộ của tôi qua các lần tự soi',
  'history.intro':
    'Các bài tự soi bạn đã hoàn thành, theo từng chuỗi đợt của chi bộ (hoặc theo biểu mẫu, với bài không thuộc đợt nào). Chỉ bạn thấy trang này: nó đọc từ máy này, không gửi đi đâu.',
  'history.none':
    'Chưa có bài tự soi nào hoàn thành. Khi bạn hoàn thành từ hai bài trở lên của cùng một biểu mẫu, trang này cho thấy bạn tiến bộ ra sao.',
  'history.chartTitle': '{series}: số biểu hiện bạn tự nhận (một phần hoặc có) ở mỗi lần',
  'history.chartRound': 'Lần {index}',
  'history.entry': 'Lần {index} — {label}: {count}/{items} biểu hiện tự nhận.',
  'history.open': 'Xem kết quả',
  'history.compare': 'So sánh hai lần',
  'history.before': 'Lần trước',
  'history.after': 'Lần sau',
  'history.option': 'Lần {index} — {label}',
  'history.noChange': 'Giữa hai lần này không có biểu hiện nào thay đổi.',
  'history.changes': '{count} biểu hiện thay đổi',
  'history.item': 'Biểu hiện',
  'history.change': 'Thay đổi',
  'history.better': 'Tiến bộ',
  'history.worse': 'Cần lưu ý',
} as const;
