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

/**
 * Deepest nesting of paneldynamics (a paneldynamic inside a paneldynamic inside…). survey-core
 * builds every panel by copying its template, nested templates included, and rebuilds the
 * nested panels again as the outer ones appear: ten levels with one panel each take ~9 s,
 * twenty levels minutes. Real forms nest two levels, rarely three.
 */
export const MAX_DYNAMIC_PANEL_DEPTH = 3;

/**
 * Most dynamic panels a form creates when it opens (`panelCount`, `minPanelCount` or a
 * `defaultValue` list, multiplied through nesting): 100 nested panels of 20 questions took
 * ~3.5 s to build. Real forms start with one to a few panels.
 */
export const MAX_START_PANELS = 30;

/**
 * Most questions inside the panels a form creates when it opens, each template question
 * counted once per starting panel (a paneldynamic that starts empty adds none).
 */
export const MAX_START_PANEL_QUESTIONS = 300;

/**
 * Most characters of expressions in a whole pack. survey-core and the linter each parse every
 * expression, at ~6 µs per character on a slow machine: 2,000 expressions of 1,000 characters
 * took 25 s. 100,000 is 2,000 conditions of 50 characters, far more than real packs use.
 */
export const MAX_PACK_EXPRESSION_CHARACTERS = 100_000;
