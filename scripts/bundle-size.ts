// What khabar costs a browser: bundles src/index.ts for `platform: 'browser'` with esbuild (ESM,
// minified, every dependency inlined), fails if anything in it imports a Node built-in, and prints
// the minified and gzipped sizes with the share of each part (gazetteer, lexicon, zod, …). Then the
// same for a page that also imports khabar/en (src/en.ts, the English plug-in with compromise).
//
//   npx tsx scripts/bundle-size.ts            # prints the report, exit 1 on a Node built-in
//   npx tsx scripts/bundle-size.ts --json     # the same as JSON
//
// The bundle goes to a temporary folder, never into the repository. tests/bundle.test.ts runs
// `measureBundle()` and holds the gzipped size to a budget.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Every name Node resolves to a built-in: `fs`, `fs/promises`, `node:fs`, `node:test`, … */
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
export const isNodeBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || nodeBuiltins.has(specifier);

/** An import of a Node built-in found while bundling, with the file that made it. */
export interface BuiltinImport {
  importer: string;
  specifier: string;
}

/** One group of inputs and the bytes they take in the minified bundle. */
export interface BundlePart {
  name: string;
  bytes: number;
  /** Share of the minified bundle, 0 … 1. */
  share: number;
}

export interface BundleReport {
  /** What was bundled. */
  label: string;
  /** The bundle file, in a temporary folder. */
  outfile: string;
  minifiedBytes: number;
  /** zlib gzip, level 9. */
  gzippedBytes: number;
  /** Empty when the bundle is fit for a browser. */
  builtinImports: BuiltinImport[];
  /** From the metafile's `bytesInOutput`, biggest first; the rest of the bundle is esbuild's glue. */
  parts: BundlePart[];
}

/** Which part of the bundle an input belongs to (paths are relative to the repository). */
function partOf(input: string): string {
  const path = input.replaceAll('\\', '/');
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (pkg) {
    const name = pkg[1]!;
    // franc-min's trigram data and the helpers it pulls in count as one thing: language detection.
    if (['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'].includes(name)) return 'franc-min (+ trigram-utils, n-gram, collapse-white-space)';
    return name;
  }
  if (path === 'src/generated/gazetteer.ts') return 'gazetteer data (src/generated/gazetteer.ts)';
  if (path === 'src/generated/lexicon.ts') return 'lexicon data (src/generated/lexicon.ts)';
  if (path === 'src/generated/claims-data.ts') return 'claim vocabulary data (src/generated/claims-data.ts)';
  if (path === 'src/generated/entity-words.ts') return 'entity word lists (src/generated/entity-words.ts)';
  if (path.startsWith('src/generated/')) return 'other generated data (dates, months, numbers, abbreviations)';
  if (path.startsWith('src/')) return 'khabar code (src/, not generated)';
  return path;
}

/** Flags every Node built-in as it is resolved, keeps it out of the bundle, and lets the build finish. */
function builtinGuard(found: BuiltinImport[]): Plugin {
  return {
    name: 'node-builtin-guard',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point' || !isNodeBuiltin(args.path)) return undefined;
        found.push({ importer: relative(root, args.importer).replaceAll('\\', '/'), specifier: args.path });
        return { path: args.path, external: true };
      });
    },
  };
}

/** Builtins that reached the output some other way (an `external` the plugin did not see). */
function builtinsInMetafile(metafile: Metafile): BuiltinImport[] {
  const found: BuiltinImport[] = [];
  for (const [importer, input] of Object.entries(metafile.inputs)) {
    for (const imported of input.imports) if (isNodeBuiltin(imported.path)) found.push({ importer, specifier: imported.path });
  }
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) if (isNodeBuiltin(imported.path)) found.push({ importer: '(bundle)', specifier: imported.path });
  }
  return found;
}

/**
 * Bundles src/index.ts (or `entry`, a path from the repository root or absolute) for the browser into
 * a fresh temporary folder and measures it.
 */
export async function measureBundle({ entry = 'src/index.ts', label = 'src/index.ts' }: { entry?: string; label?: string } = {}): Promise<BundleReport> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'khabar-bundle-')), 'khabar.js');
  const fromPlugin: BuiltinImport[] = [];
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    // Arabic stays as UTF-8 instead of \uXXXX escapes (esbuild's default, which triples every
    // Arabic letter: 1.93 MB instead of 1.15 MB minified). An ES module is always read as UTF-8.
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
    plugins: [builtinGuard(fromPlugin)],
  });

  // The plugin names the importing file; the metafile is a second look for anything it missed.
  const seen = new Set(fromPlugin.map((found) => found.specifier));
  const builtinImports = [...fromPlugin];
  for (const found of builtinsInMetafile(result.metafile)) {
    if (!seen.has(found.specifier)) builtinImports.push(found), seen.add(found.specifier);
  }

  const code = readFileSync(outfile);
  const minifiedBytes = code.length;
  const gzippedBytes = gzipSync(code, { level: 9 }).length;

  const totals = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part = partOf(input);
      totals.set(part, (totals.get(part) ?? 0) + bytesInOutput);
    }
  }
  const parts = [...totals]
    .map(([name, bytes]) => ({ name, bytes, share: bytes / minifiedBytes }))
    .sort((a, b) => b.bytes - a.bytes);

  return { label, outfile, minifiedBytes, gzippedBytes, builtinImports, parts };
}

/**
 * The bundle of a page that uses khabar with its English plug-in: `import { extract } from 'khabar'`
 * and `import { english } from 'khabar/en'` (src/index.ts and src/en.ts, one bundle, shared code once).
 */
export async function measureEnglishBundle(): Promise<BundleReport> {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-en-entry-'));
  const entry = join(dir, 'entry.js');
  const source = (path: string): string => JSON.stringify(join(root, path).replaceAll('\\', '/'));
  writeFileSync(entry, `export { extract } from ${source('src/index.ts')};\nexport { english } from ${source('src/en.ts')};\n`);
  try {
    return await measureBundle({ entry, label: 'src/index.ts + src/en.ts (khabar and khabar/en)' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

export function formatReport(report: BundleReport): string {
  const lines = [
    `khabar browser bundle (esbuild: ${report.label}, platform browser, esm, minified, charset utf8, all dependencies bundled)`,
    `  file      ${report.outfile}`,
    `  minified  ${report.minifiedBytes} bytes (${kib(report.minifiedBytes)})`,
    `  gzipped   ${report.gzippedBytes} bytes (${kib(report.gzippedBytes)}, zlib level 9)`,
    `  share of the minified bundle:`,
    ...report.parts.map((part) => `    ${(part.share * 100).toFixed(1).padStart(5)} %  ${kib(part.bytes).padStart(10)}  ${part.name}`),
  ];
  if (report.builtinImports.length === 0) lines.push('  Node built-ins: none');
  else lines.push('  Node built-ins imported (the bundle would not run in a browser):', ...report.builtinImports.map((found) => `    ${found.importer} → ${found.specifier}`));
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const reports = [await measureBundle(), await measureEnglishBundle()];
  console.log(process.argv.includes('--json') ? JSON.stringify(reports, null, 2) : reports.map(formatReport).join('\n\n'));
  if (reports.some((report) => report.builtinImports.length > 0)) process.exitCode = 1;
}
