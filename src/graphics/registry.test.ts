import { describe, expect, it } from 'vitest';
import { registry } from './registry.ts';

describe('graphics registry', () => {
  it('maps each permanent name to its module', () => {
    for (const [name, mod] of Object.entries(registry)) {
      expect(mod.name).toBe(name);
      expect(mod.states.length).toBeGreaterThan(0);
      expect(new Set(mod.states.map((s) => s.name)).size).toBe(mod.states.length);
      expect(mod.description).toMatch(/\.$/);
    }
  });
});
