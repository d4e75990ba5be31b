// Dates are shared with the content model: they live in src/lib/dates.ts (imports point down).
export * from '../../lib/dates.ts';
