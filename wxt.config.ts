import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Gecko id is permanent once published: it keys the member's data in Firefox.
const GECKO_ID = 'tu-soi@tu-soi.local';

/**
 * Once a pre-painted review is on screen, its chunk loads the app and the live form
 * (components/prepaint/live-form.ts). Vite would preload their ~40 chunks with a <link> each,
 * inserted from script in one task: about 1 ms of main thread per link in Chromium (40–80 ms
 * measured), and the member's first click waits behind it. The browser fetches a module's own
 * imports without that cost, so that chunk's imports keep links for their CSS only.
 */
const PREPAINT_CHUNK = /^chunks\/boot-[\w-]+\.js$/;

export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: {
      modulePreload: {
        // Every browser we support (Chromium, Firefox ≥ 140) has <link rel="modulepreload">:
        // the polyfill would be dead weight on every page, the popup's too.
        polyfill: false,
        resolveDependencies: (_target: string, deps: string[], host: { hostId: string }) =>
          PREPAINT_CHUNK.test(host.hostId) ? deps.filter((dep) => dep.endsWith('.css')) : deps,
      },
    },
  }),
  // `npm start`: web-ext opens a fresh browser profile, so the first-install page appears.
  webExt: {
    chromiumArgs: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      // Chromium refuses to start as root without it (containers, CI boxes).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
  // The Firefox sources zip (for AMO review) must not carry local test screenshots.
  zip: { excludeSources: ['tests/screenshots/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    action: { default_title: '__MSG_extName__' },
    // The monthly reminder: asked for only when the member turns it on (Chromium builds).
    ...(browser === 'firefox' ? {} : { optional_permissions: ['alarms', 'notifications'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: the extension makes no network requests.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
