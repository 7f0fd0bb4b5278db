/**
 * Saves bytes as a file through the browser's download: an object URL on a temporary
 * `<a download>`. The URL is revoked once the download has surely started.
 */
export function downloadBytes(
  fileName: string,
  bytes: Uint8Array,
  type = 'application/json',
): void {
  // A copy, so the Blob owns a plain ArrayBuffer whatever backs the stored bytes.
  const blob = new Blob([bytes.slice()], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser resolves the URL asynchronously when the download starts.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
