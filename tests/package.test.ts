import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as a user gets it: built by tsup from the current source, loaded by a separate Node
// process through `import` and through `require`. The build goes inside the project so that its
// dependencies (zod, franc-min) resolve from node_modules as they would in a user's project.
const root = join(import.meta.dirname, '..');
let outDir = '';

beforeAll(() => {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  outDir = mkdtempSync(join(cache, 'khabar-package-test-'));
  execFileSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), '--out-dir', outDir], { cwd: root, stdio: 'pipe' });
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const script = (load: string) => `
  ${load}
  const r = extract('وتم افتتاح المركز بحضور ممثلي 16 دولة بقطر.', { referenceDate: '2022-11-20' });
  console.log(JSON.stringify({ language: r.language, sentences: r.sentences.length, stems: r.tokens.map((t) => t.stem) }));
`;

describe('the built package', () => {
  it('loads with require() and extracts', () => {
    const output = execFileSync(process.execPath, ['-e', script(`const { extract } = require(${JSON.stringify(join(outDir, 'index.cjs'))});`)], { encoding: 'utf8' });
    expect(JSON.parse(output)).toMatchObject({ language: { code: 'arb', script: 'arabic' }, sentences: 1 });
    expect(JSON.parse(output).stems).toContain('قطر');
  });

  it('loads with import and extracts', () => {
    const output = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script(`const { extract } = await import(${JSON.stringify(`file://${join(outDir, 'index.js')}`)});`)],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(output)).toMatchObject({ language: { code: 'arb', script: 'arabic' }, sentences: 1 });
  });

  it('bundles franc into the CommonJS build, which could not require an ES module on every Node 20', () => {
    const cjs = readFileSync(join(outDir, 'index.cjs'), 'utf8');
    expect(cjs).not.toMatch(/require\(["']franc-min["']\)/);
    expect(cjs).toMatch(/require\(["']zod["']\)/);
  });

  it('ships separate type declarations for import and require', () => {
    for (const file of ['index.d.ts', 'index.d.cts']) expect(readFileSync(join(outDir, file), 'utf8')).toContain('declare function extract');
  });
});
