import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerEntries } from '../src/generated/gazetteer.js';

const root = join(import.meta.dirname, '..');

describe('the generated data', () => {
  it('is what data/ gives, byte for byte: the build is deterministic', () => {
    // --check rebuilds every generated module in memory and compares it with the committed file.
    const run = () => execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-data.ts'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(run).not.toThrow();
  }, 60_000);

  it('gives every country its ISO id and every entry a unique id', () => {
    const ids = gazetteerEntries.map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    const countries = gazetteerEntries.filter(([, , subtype]) => subtype === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(249);
    for (const [id] of countries) expect(id).toMatch(/^country:[A-Z]{2}$/);
  });

  it('lists at least 500 cities and the other kinds the issue asks for', () => {
    const count = (type: string, subtype?: string) => gazetteerEntries.filter(([, t, s]) => t === type && (subtype === undefined || s === subtype)).length;
    expect(count('LOC', 'city')).toBeGreaterThanOrEqual(500);
    expect(count('LOC', 'region')).toBeGreaterThan(0);
    expect(count('ORG')).toBeGreaterThan(300);
    expect(count('EVENT')).toBeGreaterThan(80);
    expect(count('PERSON')).toBeGreaterThan(250);
  });
});
