import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The characters that make an argument a pattern; anything else is a plain path, even one that does not exist. */
const patternCharacter = /[*?[]/;

/** True when `argument` is a glob pattern such as "articles/*.txt" or "corpus/**\/*.txt". */
export function isGlob(argument: string): boolean {
  return patternCharacter.test(argument);
}

/**
 * One path segment's pattern as a regular expression: `*` any run of characters but "/", `?` one,
 * `[…]` a class. Built by hand rather than with a dependency because these three are all a shell
 * user expects, and it keeps the CLI free of packages the library does not need.
 */
function segmentPattern(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        source += '\\[';
        continue;
      }
      const inside = segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      source += `[${inside}]`;
      i = close;
    } else source += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  // Like a shell, a pattern matches a hidden name only when it starts with a dot itself.
  return new RegExp(segment.startsWith('.') ? `^${source}$` : `^(?!\\.)${source}$`, 'u');
}

async function entriesOf(directory: string): Promise<{ name: string; isDirectory: boolean }[]> {
  try {
    const entries = await readdir(directory === '' ? '.' : directory, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  } catch {
    // An unreadable or missing folder matches nothing, as in a shell.
    return [];
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function expandSegments(base: string, segments: readonly string[], into: string[]): Promise<void> {
  const [segment, ...rest] = segments;
  if (segment === undefined) {
    into.push(base);
    return;
  }
  if (segment === '**') {
    // "**" is zero or more folders.
    await expandSegments(base, rest, into);
    for (const entry of await entriesOf(base)) {
      if (entry.isDirectory && !entry.name.startsWith('.')) await expandSegments(join(base, entry.name), segments, into);
    }
    return;
  }
  if (!isGlob(segment)) {
    await expandSegments(base === '' ? segment : join(base, segment), rest, into);
    return;
  }
  const pattern = segmentPattern(segment);
  for (const entry of await entriesOf(base)) {
    if (!pattern.test(entry.name)) continue;
    if (rest.length > 0 && !entry.isDirectory) continue;
    await expandSegments(base === '' ? entry.name : join(base, entry.name), rest, into);
  }
}

/**
 * The files a pattern names, sorted, for shells that pass a quoted pattern through unexpanded (and
 * for Windows, whose shells never expand). Only files are returned, so "dir/*" skips sub-folders.
 */
export async function expandGlob(pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((segment) => segment !== '');
  const found: string[] = [];
  await expandSegments(absolute ? '/' : '', segments, found);
  const files: string[] = [];
  for (const path of new Set(found)) {
    if (await isFile(path)) files.push(path);
  }
  return files.sort();
}
