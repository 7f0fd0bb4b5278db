import { z } from 'zod';

// zod 4 probes `new Function` on first schema creation, which MV3's CSP reports as an eval
// violation. This must run before any schema is defined, so every module imports `z` from here.
z.config({ jitless: true });

export { z };
