/**
 * Characters that take no visible space: zero-width space/joiners, soft hyphen, direction
 * marks and bidi controls, word joiner and invisible operators, Hangul fillers, the byte
 * order mark, Mongolian vowel separator. Two names that differ only by these look the same.
 */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte order mark
  [0xffa0, 0xffa0], // halfwidth Hangul filler
];

const escaped = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;

// Built from code points: written as a literal class, linters take the combining grapheme
// joiner and the variation selectors for a character joined to its neighbour.
const INVISIBLE = new RegExp(
  `[${INVISIBLE_RANGES.map(([from, to]) => (from === to ? escaped(from) : `${escaped(from)}-${escaped(to)}`)).join('')}]`,
  'gu',
);

/** Bidirectional embedding, override and isolate controls: they can reorder what is shown. */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The key two names or values are compared by: NFC-normalised, invisible characters removed,
 * case ignored (SurveyJS matches names case-insensitively). "ế" typed as one code point or as
 * e + ̂ + ́, and "bh01" with a zero-width space, get the same key.
 */
export function lookAlikeKey(text: string): string {
  return visibleForm(text).toLowerCase();
}

/** What a reader sees of a string: NFC-normalised, invisible characters removed, case kept. */
export function visibleForm(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** `U+1EBF`: a code point as Unicode writes it. */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function codePoints(text: string): string {
  return [...text].map(codePoint).join(' ');
}

/**
 * A string quoted for a message, with what cannot be seen made visible: each invisible
 * character as ⟨U+200B⟩, and for text not in NFC (e.g. "ế" as e + two combining marks) its
 * code points next to the NFC ones, so that two strings that look identical can be told apart.
 */
export function shown(text: string): string {
  const visible = text.replace(INVISIBLE, (character) => `⟨${codePoint(character)}⟩`);
  const nfc = text.normalize('NFC');
  const note = nfc === text ? '' : ` (${codePoints(text)} ≠ NFC ${codePoints(nfc)})`;
  return `"${visible}"${note}`;
}
