/**
 * The member's secret for the permanent (memoised) layer of randomised response. Non-extractable:
 * it never leaves the profile, so nobody can recompute which reports were forced.
 */
export function createMemoKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, false, [
    'sign',
  ]) as Promise<CryptoKey>;
}
