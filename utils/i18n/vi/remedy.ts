/** Hidden boxes that hold text, grown comment boxes, and the unanswered summary. */
export const remedy = {
  'remedy.hidden.one': 'Đã ẩn ô “{title}” (có nội dung).',
  'remedy.hidden.many': 'Đã ẩn {count} ô có nội dung: {titles}.',
  'remedy.undo': 'Hoàn tác',
  'remedy.complete.drops': '{count} ô đã ẩn còn nội dung sẽ bị bỏ khi hoàn thành.',
  'remedy.complete.confirm': 'Vẫn hoàn thành',
  'remedy.complete.back': 'Quay lại sửa',
  'remedy.unanswered.manifestations': 'Còn {count} biểu hiện chưa trả lời',
  // Read after a comment box's own title, for screen readers.
  'remedy.inGroup': ' — {group}',
} as const;
