import type { UnreadableRecord } from '../storage/types';

/**
 * The unreadable records as a JSON file a member can hand to someone who can repair them.
 * Byte arrays become `{ "$bytes": "<base64>" }`, since JSON has no binary type.
 */
export function unreadableRecordsJson(records: readonly UnreadableRecord[]): string {
  return `${JSON.stringify({ unreadable: records }, bytesAsBase64, 2)}\n`;
}

function bytesAsBase64(_key: string, value: unknown): unknown {
  if (Object.prototype.toString.call(value) !== '[object Uint8Array]') return value;
  let binary = '';
  for (const byte of value as Uint8Array) binary += String.fromCharCode(byte);
  return { $bytes: btoa(binary) };
}
