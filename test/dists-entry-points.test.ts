import { describe, expect, it } from 'vitest';
import { entryPointProblems } from '../src/dists/entry-points.ts';
import { python } from './helpers/dists-fixtures.ts';

// Whether importlib.metadata (what installers and the entry points' users run)
// reads every entry point of the text, each value a valid object reference.
const PYTHON_VERDICT = [
  'import json, sys',
  'from importlib.metadata import EntryPoint, EntryPoints',
  'out = []',
  'for text in json.loads(sys.argv[1]):',
  '    try:',
  '        eps = EntryPoints._from_text(text)',
  '        ok = all(ep.group is not None and ep.name and EntryPoint.pattern.match(ep.value) for ep in eps)',
  '    except Exception:',
  '        ok = False',
  '    out.append(ok)',
  'print(json.dumps(out))',
].join('\n');

describe('entryPointProblems', () => {
  const texts = [
    '[console_scripts]\ndemo = demo_pkg:main\n',
    '# comment\n[console_scripts]\ndemo-x = demo_pkg.cli:app.run [cli, extra]\n\n[g]\n# comment\nplain=demo_pkg\n',
    '[g]\n; not a comment here\n',
    '[g]\n  spaced   =   pkg . mod : attr  \n',
    '[g]\nüber = paket.über:x\n',
    '[console_scripts]\ndemo demo_pkg:main\n',
    '[console_scripts]\ndemo = demo-pkg:main\n',
    '[console_scripts]\ndemo = pkg/cli.py\n',
    'demo = demo_pkg:main\n',
    '[g]\n = demo_pkg:main\n',
    '[g]\nx = pkg:attr:other\n',
    '[g]\n[x\n',
  ];
  it('agrees with importlib.metadata on which texts are sound', async () => {
    const python_ = JSON.parse(await python(PYTHON_VERDICT, [JSON.stringify(texts)])) as boolean[];
    expect(texts.map((t) => entryPointProblems(t).length === 0)).toEqual(python_);
    expect(python_.filter(Boolean).length).toBeGreaterThan(1);
    expect(python_.filter((ok) => !ok).length).toBeGreaterThan(1);
  });

  it('says which line is wrong, and why', () => {
    expect(entryPointProblems('ignored\n[console_scripts]\ndemo demo_pkg:main\n[x\nname = a b\n = a\n')).toEqual([
      "line 3: 'demo demo_pkg:main' is not 'name = module:attr'",
      "line 4: '[x' is not 'name = module:attr'",
      "line 5: 'a b' is not an object reference 'module:attr'",
      "line 6: '= a' has no name",
    ]);
  });
});
