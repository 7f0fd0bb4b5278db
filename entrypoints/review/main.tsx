// The page review links open in (the popup's "Tiếp tục"): the pre-paint's code comes with the
// page's first scripts instead of one round of loading later. It is the whole app all the same.
import { startApp } from '@/components/app/start';
import * as prepaint from '@/components/prepaint/boot';

startApp('page', async () => prepaint);
