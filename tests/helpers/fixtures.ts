import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixturesDir = join(import.meta.dirname, '..', '..', 'fixtures');

export interface SeedArticle {
  name: string;
  text: string;
  referenceDate: string;
}

/** The seed articles with the reference date their gold file gives. */
export function seedArticles(): SeedArticle[] {
  return readdirSync(join(fixturesDir, 'seeds'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const gold = JSON.parse(readFileSync(join(fixturesDir, 'gold', `${name}.json`), 'utf8')) as { referenceDate: string };
      return { name, text: readFileSync(join(fixturesDir, 'seeds', file), 'utf8'), referenceDate: gold.referenceDate };
    });
}

export function readFixture<T>(path: string): T {
  return JSON.parse(readFileSync(join(fixturesDir, path), 'utf8')) as T;
}
