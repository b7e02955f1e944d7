import { defineConfig } from 'tsup';

// The library runs in Node and in browsers, so no Node built-ins in it.
// Two entries: khabar (Arabic) and khabar/en (the English plug-in, with compromise). The ES build
// shares their common code in a chunk; compromise stays an external dependency of dist/en.*.
const library = {
  entry: { index: 'src/index.ts', en: 'src/en.ts' },
  dts: true,
  platform: 'neutral',
  target: 'node20',
  treeshake: true,
  sourcemap: true,
} as const;

export default defineConfig([
  { ...library, format: ['esm'] },
  {
    ...library,
    format: ['cjs'],
    // franc-min and its helpers ship only as ES modules; bundling them into the CommonJS build lets
    // `require('khabar')` work on every Node 20, not only on those with require(esm).
    noExternal: ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  },
  {
    // The command-line tool: Node only.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
