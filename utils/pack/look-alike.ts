/**
 * Characters that take no visible space: zero-width space/joiners, soft hyphen, direction
 * marks and bidi controls, word joiner and invisible operators, Hangul fillers, the byte
 * order mark, Mongolian vowel separator. Two names that differ only by these look the same.
 */
// Built from a string: as a literal class, linters mistake the combining grapheme joiner and
// the variation selectors for a character joined to its neighbour.
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/gu;

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
