import { describe, expect, it } from 'vitest';
import { entryPointProblems, warehouseEntryPointProblems } from '../src/dists/entry-points.ts';
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

// Warehouse's validate_entrypoints (warehouse/utils/wheel.py), restated: a
// case-sensitive configparser with `=` as the only delimiter, then the names
// of console_scripts and gui_scripts against `[\w.-]+`.
const WAREHOUSE_VERDICT = [
  'import configparser, json, re, sys',
  'NAME = re.compile(r"[\\w.-]+")',
  'class P(configparser.ConfigParser):',
  '    optionxform = staticmethod(str)',
  'out = []',
  'for text in json.loads(sys.argv[1]):',
  '    p = P(delimiters=("=",))',
  '    try:',
  '        p.read_string(text)',
  '        ok = all(NAME.fullmatch(n) for s in ("console_scripts", "gui_scripts") if s in p for n in p[s])',
  '    except configparser.Error:',
  '        ok = False',
  '    out.append(ok)',
  'print(json.dumps(out))',
].join('\n');

describe('warehouseEntryPointProblems', () => {
  const texts = [
    '[console_scripts]\ndemo = demo_pkg:main\n',
    '# comment\n; also a comment\n[console_scripts]\ndemo-x.y_z = demo_pkg.cli:app [cli]\n\n[g]\nplain=demo_pkg\n',
    'demo = demo_pkg:main\n[console_scripts]\n',
    '[console_scripts]\na = x:y\n[console_scripts]\nb = x:z\n',
    '[console_scripts]\na = x:y\na = x:z\n',
    '[console_scripts]\nA = x:y\na = x:z\n',
    '[console_scripts]\n../evil = x:y\n',
    '[console_scripts]\nsub/dir = x:y\n',
    '[console_scripts]\nwith space = x:y\n',
    '[gui_scripts]\nüber = paket:x\n',
    '[other]\nany/name here = x:y\n',
    '[console_scripts]\ndemo demo_pkg:main\n',
    '[console_scripts]\n = x:y\n',
    '[console_scripts]\ndemo = x:y\n  continued = still the value\n',
    '[DEFAULT]\nbad/name = x\n[console_scripts]\nok = x:y\n',
    '[DEFAULT]\na = x\n[DEFAULT]\nb = y\n',
    '[console_scripts]\r\ndemo = x:y\r\n',
    '[g]\n[x\n',
  ];
  it('agrees with Warehouse on which texts it accepts', async () => {
    const warehouse = JSON.parse(await python(WAREHOUSE_VERDICT, [JSON.stringify(texts)])) as boolean[];
    expect(texts.map((t) => warehouseEntryPointProblems(t).length === 0)).toEqual(warehouse);
    expect(warehouse.filter(Boolean).length).toBeGreaterThan(3);
    expect(warehouse.filter((ok) => !ok).length).toBeGreaterThan(6);
  });

  it('says which line is wrong, and why', () => {
    expect(warehouseEntryPointProblems('x = y\n[console_scripts]\na/b = m:f\na/b = m:g\n[console_scripts]\n')).toEqual([
      "line 1: 'x = y' comes before the first [section]",
      "line 4: 'a/b' appears twice in [console_scripts]",
      'line 5: the section [console_scripts] appears twice',
      "line 3: the script name 'a/b' in [console_scripts] is not letters, digits, '_', '.' and '-'",
    ]);
  });
});
