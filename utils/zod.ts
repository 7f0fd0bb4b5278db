import * as z from 'zod/mini';

// zod/mini, not the classic build, for every schema: the popup and the home check what they read
// (stored records, settings), and classic zod anywhere in the build would put its share of zod's
// core (about 5 KB gzip) into the chunk every page loads, besides its own 11 KB.
// Settings, made before any schema is defined (every module imports `z` from here):
// - jitless: zod can compile parsers with `new Function`, which MV3's CSP reports as an eval
//   violation (classic object schemas probe it when created; mini compiles none today);
// - English messages: mini loads no locale, and the reason kept for an unreadable record
//   (storage/types.ts) is read in the exported report.
z.config({ jitless: true, ...z.locales.en() });

export { z };
