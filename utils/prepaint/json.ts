/** A JSON object (not an array, not null): what the raw records and the pack JSON are read as. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
