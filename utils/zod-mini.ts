import * as z from 'zod/mini';

// What the popup and the home read (stored records, settings) is checked with zod/mini: the
// classic build is about 25 KB gzip those pages would load for nothing. Both builds share zod's
// one global config, so these settings hold whichever build a page loads first:
// - jitless: classic object schemas probe `new Function` when created, which MV3's CSP reports
//   as an eval violation (mini compiles no parsers today; the setting keeps it so if it starts);
// - English messages: the classic build installs them on import and mini does not, and the
//   reason kept for an unreadable record must read the same on every page.
z.config({ jitless: true, ...z.locales.en() });

export { z };
