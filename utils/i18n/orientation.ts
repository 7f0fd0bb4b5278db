import { orientation as en } from './en/orientation';
import { translator } from './translator';
import { orientation as vi } from './vi/orientation';

/** Keys of the first-run orientation's strings: the help's opening and the three answers. */
export type OrientationKey = keyof typeof vi;

/** translate() over the orientation's strings alone: the home page shows it without the help. */
export const translateOrientation = translator<OrientationKey>({ vi, en });
