import type { GraphicModule } from './spec.ts';

// Every src/graphics/<name>/layout.ts is a graphic that a Scrolly section can name.
const modules = import.meta.glob<GraphicModule>('./*/layout.ts', { eager: true });

export function graphicNames(): string[] {
  return Object.keys(modules).map((p) => p.split('/')[1] ?? '');
}

export function getGraphic(name: string): GraphicModule {
  const mod = modules[`./${name}/layout.ts`];
  if (!mod || typeof mod.layout !== 'function' || !Number.isInteger(mod.stateCount)) {
    throw new Error(
      `graphic "${name}": no src/graphics/${name}/layout.ts exporting layout() and stateCount (fix: one of ${graphicNames().join(', ')})`,
    );
  }
  return mod;
}
