const PREFIX = 'tu-soi/round-key@1\0';
const DIGITS = 16;

/**
 * "1234 5678 9012 3456": SHA-256(UTF-8 "tu-soi/round-key@1\0" + roundId + "\0" ‖ raw public
 * key); its first 64 bits as an unsigned big-endian number, reduced modulo 10^16 (16 digits
 * can't hold 64 bits; the bias is below 10^-3 and 53 bits remain for a forger to match).
 */
export async function roundFingerprint(publicKey: Uint8Array, roundId: string): Promise<string> {
  const label = new TextEncoder().encode(`${PREFIX}${roundId}\0`);
  const input = new Uint8Array(label.length + publicKey.length);
  input.set(label);
  input.set(publicKey, label.length);
  const digest = new DataView(await crypto.subtle.digest('SHA-256', input));
  const number = digest.getBigUint64(0) % 10n ** BigInt(DIGITS);
  return number
    .toString()
    .padStart(DIGITS, '0')
    .replace(/(\d{4})(?!$)/g, '$1 ');
}
