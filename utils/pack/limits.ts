/** Largest pack file, in UTF-8 bytes (2 MiB): packs are text, anything bigger is a mistake. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

/** Most question elements per pack, counting nested ones: keeps rendering and storage cheap. */
export const MAX_PACK_QUESTIONS = 2000;

/**
 * Deepest nesting of objects and arrays. Real packs stay far below it; the cap keeps
 * survey-core and the linter, which recurse, away from stack overflows on hostile input.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Longest expression (`visibleIf`, `expression`, `defaultValueExpression`…), in characters.
 * survey-core's parser and linter slow down sharply on long expressions (seconds for a few
 * thousand terms) and overflow the stack on longer ones. Real conditions are a few dozen
 * characters; even "any of 27 questions answered 'co'" written out stays near 500.
 */
export const MAX_EXPRESSION_LENGTH = 1000;
