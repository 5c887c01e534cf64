import { describe, expect, it } from 'vitest';
import { jsonProblemWords } from './json-problem.js';

describe("the CLI's words for a file that is not JSON", () => {
  it('says which file, where, and what to do, without the parser jargon', () => {
    const words = jsonProblemWords('request.json', '{"interview": ', 'Unexpected end of JSON input');
    expect(words).toMatch(/^request\.json is not valid JSON: at line 1, column 14, it ends too early/);
    expect(words).toContain('Please fix it there');
    expect(words).not.toContain('Unexpected end of JSON input');
    expect(jsonProblemWords('-', '{', 'Unexpected end of JSON input')).toMatch(/^the input on stdin/);
  });
});
