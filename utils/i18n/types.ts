export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
