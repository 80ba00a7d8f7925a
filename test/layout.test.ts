// The layout rules ARCHITECTURE.md states, checked on the source itself:
// src/ has no import cycle, no module over 500 lines, and never reaches into
// the stand-ins.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/harness.ts';

function modules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? modules(full) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Each module's relative imports, `import type` included: a type-only cycle still ties two modules together. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => path.resolve(path.dirname(file), m[1]!));
}

const SRC = path.join(ROOT, 'src');
const graph = new Map(modules(SRC).map((f) => [f, importsOf(f)]));

describe('the layout of src/', () => {
  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(ROOT, f)).join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('has no module over 500 lines, and neither do the stand-ins', () => {
    const files = [...modules(SRC), ...modules(path.join(ROOT, 'packages'))].filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
    const long = files
      .map((f) => ({ file: path.relative(ROOT, f), lines: fs.readFileSync(f, 'utf8').split('\n').length }))
      .filter((m) => m.lines > 500);
    expect(long).toEqual([]);
  });

  it('imports nothing from the stand-ins in packages/', () => {
    const reaching = [...graph].flatMap(([file, imports]) =>
      imports.filter((i) => !i.startsWith(SRC + path.sep)).map((i) => `${path.relative(ROOT, file)} -> ${path.relative(ROOT, i)}`));
    expect(reaching).toEqual([]);
  });
});
