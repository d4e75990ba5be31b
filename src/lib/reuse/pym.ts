/**
 * pym.js's wire format (nprapps/pym.js src/pym.js, `_makeMessage`): the string
 * `pym` + D + id + D + type + D + payload, with D = "xPYMx". Speaking it lets pages that already run
 * pym.js resize our frame; our own parent script parses it with the stricter `parseHeight` below.
 */
export const PYM_DELIMITER = 'xPYMx';

export function pymMessage(id: string, type: string, payload: string | number): string {
  return ['pym', id, type, String(payload)].join(PYM_DELIMITER);
}

/** Ids pym.js puts in `childId` are element ids; anything else falls back to a fixed id. */
export function safeChildId(raw: string | null): string {
  return raw && /^[A-Za-z][\w-]{0,63}$/.test(raw) ? raw : 'bounty-embed';
}

/** Largest height we accept: a frame taller than this is a broken or hostile message, not a chapter. */
export const MAX_HEIGHT = 100_000;

const HEIGHT = /^pymxPYMx[A-Za-z][\w-]{0,63}xPYMxheightxPYMx(\d{1,6})$/;

/** The height a well-formed pym height message carries, or null for anything else. */
export function parseHeight(data: unknown): number | null {
  if (typeof data !== 'string') return null;
  const match = HEIGHT.exec(data);
  if (!match) return null;
  const height = Number(match[1]);
  return height > 0 && height <= MAX_HEIGHT ? height : null;
}
