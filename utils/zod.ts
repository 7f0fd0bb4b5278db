import * as z from 'zod/mini';

// zod/mini, not the classic build: the popup and the home check what they read (stored records,
// settings) with it, and classic zod would add about 25 KB gzip to every page (its share of
// zod's core sits in the chunk all pages load, even when only a lazy chunk uses classic).
// Settings, made before any schema is defined (every module imports `z` from here):
// - jitless: zod can compile parsers with `new Function`, which MV3's CSP reports as an eval
//   violation (classic object schemas probe it when created; mini compiles none today);
// - English messages: mini loads no locale, and the reason kept for an unreadable record
//   (storage/types.ts) is read in the exported report.
z.config({ jitless: true, ...z.locales.en() });

export { z };
