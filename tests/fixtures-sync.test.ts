import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './helpers/fixtures.js';

// shared/ stands beside the project's checkout, in development and in CI; a copy of the package
// elsewhere has only fixtures/, and then there is nothing to compare.
const shared = join(fixturesDir, '..', '..', 'shared');

describe.runIf(existsSync(shared))('fixtures/ is a copy of shared/', () => {
  for (const folder of ['seeds', 'gold']) {
    it(`${folder}/ holds the same files with the same bytes`, () => {
      const theirs = readdirSync(join(shared, folder)).sort();
      expect(readdirSync(join(fixturesDir, folder)).sort()).toEqual(theirs);
      for (const file of theirs) {
        expect(readFileSync(join(fixturesDir, folder, file)).equals(readFileSync(join(shared, folder, file))), file).toBe(true);
      }
    });
  }
});
