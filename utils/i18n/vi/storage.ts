export const storage = {
  'storage.saving': 'Đang lưu…',
  'storage.saved': 'Đã lưu trên máy này',
  'storage.saveFailed': 'Chưa lưu được',
  'storage.conflict': 'Bài này vừa được sửa ở một thẻ hoặc cửa sổ khác.',
  // LibraryError codes (utils/library/errors.ts); placeholders are the fields of its details (hashes shortened by the UI).
  'storage.library.error.not-installable':
    'Không cài được tệp này: tệp có lỗi, hoặc phiên bản này đã được cài.',
  'storage.library.error.conflict':
    'Đã cài một tệp khác có cùng mã và phiên bản ({key}), nên không cài tệp này. Mã băm tệp đã cài: {installedSha256}…; tệp này: {sha256}…',
  'storage.library.error.not-found': 'Không tìm thấy bộ biểu mẫu {key} trong thư viện.',
  'storage.library.error.builtin':
    'Bộ biểu mẫu {key} có sẵn trong tiện ích nên không gỡ được: nó sẽ được cài lại ở lần mở sau.',
  'storage.library.error.not-a-draft':
    'Chỉ bài tự soi đang làm mới chuyển sang phiên bản khác được; bài đã hoàn thành giữ phiên bản đã dùng.',
  'storage.library.error.no-target':
    'Phiên bản {targetVersion} không mới hơn hoặc không có biểu mẫu của bài tự soi này, nên không chuyển được.',
  'storage.library.error.draft-changed':
    'Bài tự soi này vừa được lưu ở một thẻ hoặc cửa sổ khác. Hãy xem lại các thay đổi rồi chuyển lại.',
} as const;
