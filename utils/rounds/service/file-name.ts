/**
 * A file name from a round label: ASCII, so it survives every mail client and USB stick.
 * "Tự soi lần 3 — Quý IV/2026" → "tu-soi-lan-3-quy-iv-2026".
 */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'dot';
}
