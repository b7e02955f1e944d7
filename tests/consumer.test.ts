import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as a user installs it: built with `npm run build`, packed with `npm pack`, installed
// from the tarball with `npm install` into a new project outside the repository, then used from an
// ES module, from CommonJS and from TypeScript (node16 and bundler resolution).
//
// The build and the pack run in a copy of the working tree (everything but node_modules, .git and
// dist; node_modules linked), not in the repository itself: `npm run build` starts by deleting
// dist/, which would pull it from under anything else using it at the same moment (the CLI, the
// examples, another test run). The copy has the same package.json, sources and configuration, so
// the tarball is the one `npm run build && npm pack` in the repository makes.
const root = join(import.meta.dirname, '..');
const SEED = join(root, 'fixtures/seeds/003_c069d1d866d54653.txt');
const REFERENCE_DATE = '2022-06-15'; // fixtures/gold/003_c069d1d866d54653.json
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** What khabar brings into a user's project, and nothing more (compromise and its three helpers for khabar/en). */
const RUNTIME_PACKAGES = ['collapse-white-space', 'compromise', 'date-fns', 'efrt', 'franc-min', 'grad-school', 'khabar', 'n-gram', 'suffix-thumb', 'trigram-utils', 'zod'];

let work = '';
let project = '';
const timings: string[] = [];

/**
 * The child npm gets the environment without the npm_* variables a parent `npm test` sets (its
 * package, its lifecycle event, its local prefix): the consumer project is a project of its own.
 */
function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_(?:package_|lifecycle_|config_local_prefix$|command$)/i.test(name)));
}

function run(command: string, args: string[], cwd: string, label = `${basename(command)} ${args.join(' ')}`): string {
  const started = performance.now();
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: childEnv(), timeout: 120_000, shell: process.platform === 'win32' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${label} failed in ${cwd}\n${String(error)}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);
  } finally {
    timings.push(`${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${label}`);
  }
}

// The same program, loaded the two ways Node loads a package.
const body = `
const text = readFileSync(${JSON.stringify('article.txt')}, 'utf8');
const result = extract(text, { referenceDate: ${JSON.stringify(REFERENCE_DATE)} });
console.log(JSON.stringify({
  resolved: RESOLVED,
  valid: ExtractionSchema.safeParse(result).success,
  language: result.language.code,
  spansExact: [...result.claims, ...result.dates, ...result.entities].every((span) => text.slice(span.start, span.end) === span.text),
  claims: result.claims.map(({ value, kind, qualifier, text }) => ({ value, kind, qualifier, text })),
  dates: result.dates.map(({ from, to, text }) => ({ from, to, text })),
  entities: result.entities.map(({ id, type, text }) => ({ id, type, text })),
}));
`;
const esmProgram = `import { readFileSync } from 'node:fs';\nimport { extract, ExtractionSchema } from 'khabar';\nconst RESOLVED = import.meta.resolve('khabar');\n${body}`;
const cjsProgram = `const { readFileSync } = require('node:fs');\nconst { extract, ExtractionSchema } = require('khabar');\nconst RESOLVED = require.resolve('khabar');\n${body}`;

// khabar with its English plug-in: an Arabic sentence, then an English quote.
const englishText = 'وقال المتحدث إن التعاون مستمر.\nQatar deployed about 6,000 police officers, Abdellatif Hammouchi said.';
const englishBody = `
const text = ${JSON.stringify(englishText)};
const result = extract(text, { languages: [english] });
console.log(JSON.stringify({
  resolved: RESOLVED,
  valid: ExtractionSchema.safeParse(result).success,
  sentences: result.sentences.map((sentence) => sentence.language),
  spansExact: [...result.claims, ...result.entities, ...result.numbers].every((span) => text.slice(span.start, span.end) === span.text),
  claims: result.claims.map(({ value, qualifier, text }) => ({ value, qualifier, text })),
  entities: result.entities.map(({ id, type, text }) => ({ id, type, text })),
}));
`;
const esmEnglishProgram = `import { extract, ExtractionSchema } from 'khabar';\nimport { english } from 'khabar/en';\nconst RESOLVED = import.meta.resolve('khabar/en');\n${englishBody}`;
const cjsEnglishProgram = `const { extract, ExtractionSchema } = require('khabar');\nconst { english } = require('khabar/en');\nconst RESOLVED = require.resolve('khabar/en');\n${englishBody}`;

// A TypeScript user of the exported types. The @ts-expect-error fails the check if the types were
// `any`; the project has no "type", so consumer.ts is CommonJS and consumer.mts an ES module.
const tsProgram = `import { extract, ExtractionSchema, KhabarError, type Claim, type Extraction } from 'khabar';

const result: Extraction = extract('ستستقبل قطر حوالي 1.5 مليون من المشجعين.', { referenceDate: '2022-06-15' });
const claims: Claim[] = result.claims;
export const values: number[] = claims.map((claim) => claim.value);
export const subjects: (string | undefined)[] = claims.map((claim) => claim.subject?.en);
export const kind: Claim['kind'] | undefined = claims[0]?.kind;
export const kinds: ('count' | 'percent' | 'money' | 'measure')[] = claims.map((claim) => claim.kind);
export const firstDay: string | null | undefined = result.dates[0]?.from;
export const parsed: Extraction = ExtractionSchema.parse(result);
export const isKhabarError = (error: unknown): boolean => error instanceof KhabarError;
// @ts-expect-error: a claim's value is a number, not a string
export const wrong: string = result.claims[0]!.value;
`;

// A TypeScript user of khabar/en: the plug-in fits the languages option and its records are typed.
const tsEnglishProgram = `import { extract, type Entity, type LanguagePlugin } from 'khabar';
import { english } from 'khabar/en';

const plugin: LanguagePlugin = english;
const entities: Entity[] = extract('Qatar deployed 6,000 police officers.', { languages: [plugin] }).entities;
export const ids: string[] = entities.map((entity) => entity.id);
export const english_names: (string | undefined)[] = entities.map((entity) => entity.name.en);
// @ts-expect-error: languages takes plug-ins, not language names
export const wrong = extract('Qatar', { languages: ['eng'] });
`;

interface EnglishOutput {
  resolved: string;
  valid: boolean;
  sentences: string[];
  spansExact: boolean;
  claims: { value: number; qualifier: string; text: string }[];
  entities: { id: string; type: string; text: string }[];
}

function expectEnglishRecords(output: EnglishOutput) {
  expect(output.valid).toBe(true);
  expect(output.spansExact).toBe(true);
  expect(output.sentences).toEqual(['arb', 'eng']);
  expect(output.entities).toContainEqual({ id: 'country:QA', type: 'LOC', text: 'Qatar' });
  expect(output.entities).toContainEqual({ id: 'person:abdellatif-hammouchi', type: 'PERSON', text: 'Abdellatif Hammouchi' });
  expect(output.claims).toContainEqual(expect.objectContaining({ value: 6000, qualifier: 'approximate' }));
}

interface Output {
  resolved: string;
  valid: boolean;
  language: string;
  spansExact: boolean;
  claims: { value: number; kind: string; qualifier: string; text: string }[];
  dates: { from: string | null; to: string | null; text: string }[];
  entities: { id: string; type: string; text: string }[];
}

function expectRealRecords(output: Output) {
  expect(output.valid).toBe(true);
  expect(output.language).toBe('arb');
  expect(output.spansExact).toBe(true);
  expect(output.claims).toContainEqual({ value: 1500000, kind: 'count', qualifier: 'approximate', text: 'حوالي 1.5 مليون من المشجعين' });
  expect(output.dates).toContainEqual(expect.objectContaining({ from: '2022-11-21', to: '2022-12-18' }));
  expect(output.entities).toContainEqual(expect.objectContaining({ id: 'country:QA', type: 'LOC' }));
}

beforeAll(() => {
  const started = performance.now();
  work = mkdtempSync(join(tmpdir(), 'khabar-consumer-'));

  const stage = join(work, 'khabar');
  const skip = new Set(['node_modules', '.git', 'dist', 'coverage'].map((name) => join(root, name)));
  cpSync(root, stage, { recursive: true, filter: (source) => !skip.has(source) && !/\.tgz$/.test(source) });
  symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'), 'junction');
  run(npm, ['run', 'build'], stage);

  const packs = join(work, 'packs');
  mkdirSync(packs);
  const [packed] = JSON.parse(run(npm, ['pack', '--pack-destination', packs, '--json'], stage)) as { filename: string }[];
  const tarball = join(packs, packed!.filename);

  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'khabar-consumer', version: '1.0.0', private: true }, null, 2)}\n`);
  run(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], project);

  cpSync(SEED, join(project, 'article.txt'));
  writeFileSync(join(project, 'consumer.mjs'), esmProgram);
  writeFileSync(join(project, 'consumer.cjs'), cjsProgram);
  writeFileSync(join(project, 'consumer.ts'), tsProgram);
  writeFileSync(join(project, 'consumer.mts'), tsProgram);
  writeFileSync(join(project, 'consumer-en.mjs'), esmEnglishProgram);
  writeFileSync(join(project, 'consumer-en.cjs'), cjsEnglishProgram);
  writeFileSync(join(project, 'consumer-en.ts'), tsEnglishProgram);
  writeFileSync(join(project, 'consumer-en.mts'), tsEnglishProgram);
  timings.push(`${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  set-up in total (copy, build, pack, install)`);
}, 150_000);

afterAll(() => {
  console.log(`consumer test in ${work}:\n${timings.join('\n')}`);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('khabar installed from its tarball into a new project', () => {
  it('runs no install scripts, its own or its dependencies’', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/khabar/package.json'), 'utf8')) as { scripts?: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(installed.scripts?.[hook], hook).toBeUndefined();
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    expect(Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript).map(([path]) => path)).toEqual([]);
  });

  it('ships the built files and not the sources', () => {
    const pkg = join(project, 'node_modules/khabar');
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/en.js', 'dist/en.cjs', 'dist/en.d.ts', 'dist/en.d.cts', 'dist/cli.js', 'README.md', 'LICENSE']) expect(existsSync(join(pkg, file)), file).toBe(true);
    for (const file of ['src', 'tests', 'fixtures', 'data', 'scripts', 'tsconfig.json']) expect(existsSync(join(pkg, file)), file).toBe(false);
  });

  it('brings only zod, franc-min and compromise (each with its three helpers) and date-fns into the project', () => {
    console.log(run(npm, ['ls', '--omit=dev', '--all'], project));
    type Tree = { dependencies?: Record<string, Tree> };
    const names = new Set<string>();
    const walk = (tree: Tree) => {
      for (const [name, child] of Object.entries(tree.dependencies ?? {})) names.add(name), walk(child);
    };
    walk(JSON.parse(run(npm, ['ls', '--omit=dev', '--all', '--json'], project)) as Tree);
    expect([...names].sort()).toEqual(RUNTIME_PACKAGES);
  }, 30_000);

  it('works from an ES module: import { extract } from "khabar"', () => {
    const output = JSON.parse(run(process.execPath, ['consumer.mjs'], project)) as Output;
    expect(output.resolved).toMatch(/node_modules\/khabar\/dist\/index\.js$/);
    expectRealRecords(output);
  }, 30_000);

  it('works from CommonJS: require("khabar")', () => {
    const output = JSON.parse(run(process.execPath, ['consumer.cjs'], project)) as Output;
    expect(output.resolved.replaceAll('\\', '/')).toMatch(/node_modules\/khabar\/dist\/index\.cjs$/);
    expectRealRecords(output);
  }, 30_000);

  it('works from an ES module with the English plug-in: import { english } from "khabar/en"', () => {
    const output = JSON.parse(run(process.execPath, ['consumer-en.mjs'], project)) as EnglishOutput;
    expect(output.resolved).toMatch(/node_modules\/khabar\/dist\/en\.js$/);
    expectEnglishRecords(output);
  }, 30_000);

  it('works from CommonJS with the English plug-in: require("khabar/en")', () => {
    const output = JSON.parse(run(process.execPath, ['consumer-en.cjs'], project)) as EnglishOutput;
    expect(output.resolved.replaceAll('\\', '/')).toMatch(/node_modules\/khabar\/dist\/en\.cjs$/);
    expectEnglishRecords(output);
  }, 30_000);

  const typeCheck = (resolution: string[], files: string[]) =>
    run(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', 'false', '--target', 'es2022', '--listFiles', ...resolution, ...files], project, `tsc ${resolution.join(' ')}`)
      .split('\n')
      .map((line) => line.replaceAll('\\', '/'));

  it('type-checks with --module node16 --moduleResolution node16 (require types for .ts, import types for .mts)', () => {
    const files = typeCheck(['--module', 'node16', '--moduleResolution', 'node16'], ['consumer.ts', 'consumer.mts', 'consumer-en.ts', 'consumer-en.mts']);
    expect(files.some((file) => file.endsWith('node_modules/khabar/dist/index.d.cts'))).toBe(true);
    expect(files.some((file) => file.endsWith('node_modules/khabar/dist/index.d.ts'))).toBe(true);
    expect(files.some((file) => file.endsWith('node_modules/khabar/dist/en.d.cts'))).toBe(true);
    expect(files.some((file) => file.endsWith('node_modules/khabar/dist/en.d.ts'))).toBe(true);
  }, 60_000);

  it('type-checks with --module esnext --moduleResolution bundler', () => {
    const files = typeCheck(['--module', 'esnext', '--moduleResolution', 'bundler'], ['consumer.ts', 'consumer-en.ts']);
    expect(files.some((file) => file.endsWith('node_modules/khabar/dist/index.d.ts'))).toBe(true);
    expect(files.some((file) => file.endsWith('node_modules/khabar/dist/en.d.ts'))).toBe(true);
  }, 60_000);
});
