import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The web client may not import the server or store; its browser tests (run in Node) may.
describe('the web import fence', () => {
  const eslint = new ESLint();
  const fenceOf = async (file: string) =>
    (await eslint.calculateConfigForFile(file)).rules?.['no-restricted-imports'];

  it('applies to the web client', async () => {
    expect(JSON.stringify(await fenceOf('src/web/pages/result.tsx'))).toContain('**/server/**');
  });

  it('does not apply to the browser tests', async () => {
    expect(JSON.stringify((await fenceOf('src/web/e2e/harness.ts')) ?? [])).not.toContain('**/server/**');
  });
});
