export const simple = {
  'simple.setting': 'Chế độ đơn giản',
  'simple.settingHint':
    'Mỗi màn hình chỉ một câu, chữ to, nút lớn, màu tương phản cao. Dùng được cho mọi biểu mẫu; tắt lúc nào cũng được.',
  'simple.next': 'Tiếp theo',
  'simple.previous': 'Quay lại',
} as const;
