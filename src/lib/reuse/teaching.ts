/**
 * The chapter's teaching box (what is known, what is disputed, questions to discuss). The content
 * schema owns the field; this reads it defensively so the reuse pages build before and after it lands.
 */
export interface Teaching {
  known: string[];
  disputed: string[];
  questions: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

export function teachingOf(data: object): Teaching | null {
  const t = (data as { teaching?: unknown }).teaching;
  if (typeof t !== 'object' || t === null) return null;
  const r = t as Record<string, unknown>;
  const teaching = { known: strings(r.known), disputed: strings(r.disputed), questions: strings(r.questions) };
  return teaching.known.length + teaching.disputed.length + teaching.questions.length > 0 ? teaching : null;
}

/** Chapters are embeddable unless their frontmatter says `embeddable: false`. */
export function isEmbeddable(data: object): boolean {
  return (data as { embeddable?: unknown }).embeddable !== false;
}
