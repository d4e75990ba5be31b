import { createHash } from 'node:crypto';

/** A CSP source expression for exactly this inline script, style element or style attribute. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
