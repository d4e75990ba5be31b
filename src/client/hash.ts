/**
 * The id a location hash points at, decoded; '' when there is none. A malformed escape ("#%E0%A4%A")
 * comes back as typed: it names no element, and decoding it must never throw in a reader's page.
 */
export function idFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
