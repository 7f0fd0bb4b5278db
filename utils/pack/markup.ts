import { HTML_ENTITY_NAMES } from './html-entities';

/**
 * Markup in pack text: the start of a tag (`<b`, `</`, `<!`, `<?`) or an HTML entity
 * (`&lt;`, `&#39;`, `&#x27;`). Pack text is always rendered as plain text, so markup would
 * show up verbatim — or, worse, tempt a future renderer to interpret it. Only real entity
 * names count, so ordinary text such as `R&D;` is not mistaken for markup.
 */
export const MARKUP = new RegExp(
  `<[A-Za-z/!?]|&(?:${HTML_ENTITY_NAMES.join('|')}|#[0-9]+|#[xX][0-9A-Fa-f]+);`,
);

/** Matches strings without {@link MARKUP}; written without flags so it also works as a JSON Schema `pattern`. */
export const PLAIN_TEXT = new RegExp(`^(?![\\s\\S]*(?:${MARKUP.source}))`);

/** The first piece of markup in `text`, for quoting in an error message. */
export function findMarkup(text: string): string | undefined {
  return MARKUP.exec(text)?.[0];
}
