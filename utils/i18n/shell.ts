import { shell as en } from './en/shell';
import { translator } from './translator';
import { shell as vi } from './vi/shell';

/** Keys of the strings every page of the app loads: the home page's, the app frame's, the popup's. */
export type ShellKey = keyof typeof vi;

/** translate() over the shell strings alone, so a page can show them without the rest. */
export const translateShell = translator<ShellKey>({ vi, en });
