/**
 * In plain Node (not the test runner's module system), `import` and `require` of one JSON file
 * give the same object, so a model prepared by changing that JSON would break the package's own
 * `core()` later in the same process (the bench's readDoc baseline did). Runs the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const SCRIPT = `
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { analyze } from './dist/analysis/index.js';
const before = analyze('The interviewer smiled and walked me through the role.');
if (!before.ok) throw new Error('analyze failed');
const nlp = winkNLP(packageModel, ['sbd', 'pos']);
const words = nlp.readDoc('She smiled. We talked about the team.').tokens().length();
const after = analyze('The interviewer smiled and walked me through the role.');
process.stdout.write(JSON.stringify({ words, same: JSON.stringify(before) === JSON.stringify(after) }));
`;

describe("the analyzer's model beside the package's own, in one Node process", () => {
  it("leaves the package's model loadable and reads the same after it", () => {
    expect(existsSync(join(root, 'dist/analysis/index.js'))).toBe(true);
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ words: 9, same: true });
  }, 60_000);
});
