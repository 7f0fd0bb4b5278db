/**
 * A title cut to at most `max` characters at a space, with "…" when cut: SVG text does not
 * wrap, and a chart row gets one line (the full title is in the table above the chart).
 */
export function shortLabel(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.–-]+$/, '')}…`;
}
