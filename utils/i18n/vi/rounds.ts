export const rounds = {
  'rounds.title': 'Đợt tự soi của chi bộ',
} as const;
