import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { beginEarlyRead } from '@/utils/prepaint/early-start';

// review.html's first script (classic, async, ~2 KB): opening the database in a cold profile
// takes tens of milliseconds, which now pass while the app's modules load.
export default defineUnlistedScript(() => {
  beginEarlyRead(location.hash);
});
