import { popup as en } from './en/popup';
import { translator } from './translator';
import { popup as vi } from './vi/popup';

/** Keys of the popup's strings, which every page loads (vi/popup.ts). */
export type PopupKey = keyof typeof vi;

/** translate() over the popup's strings alone: the popup loads no other. */
export const translatePopup = translator<PopupKey>({ vi, en });
