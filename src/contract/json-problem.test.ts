import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonProblemOf, jsonProblemPhrase } from './json-problem.js';

const problemOf = (text: string) => {
  try {
    JSON.parse(text);
  } catch (e) {
    return jsonProblemOf(text, (e as Error).message);
  }
  throw new Error('the fixture should not parse');
};

describe('where a text stops being JSON', () => {
  it('points at the end of a text cut short', () => {
    expect(problemOf('{\n  "interview": {\n    "stage": "first"\n')).toMatchObject({
      line: 3,
      column: 21,
      what: expect.stringContaining('ends too early'),
    });
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'a comma comes right before the closing bracket'],
    ['[1, 2,\n]', 2, 1, 'a comma comes right before the closing bracket'],
    ['{"a": 1, 2}', 1, 10, 'expected double-quoted property name'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'a comma is probably missing just before this'],
    ['[1 2]', 1, 4, 'a comma is probably missing just before this'],
    ['{"a": 1}\n{"b": 2}', 2, 1, 'cannot continue with "{"b": 2}"'],
    ['{"stage": first}', 1, 11, 'cannot continue with "first}"'],
  ])('finds the place in %j', (text, line, column, what) => {
    const p = problemOf(text);
    expect([p.line, p.column]).toEqual([line, column]);
    expect(p.what).toContain(what);
  });

  it('reads the Node 22 wording too', () => {
    const text = '{a:1}';
    expect(
      jsonProblemOf(text, "Expected property name or '}' in JSON at position 1 (line 1 column 2)"),
    ).toEqual({ line: 1, column: 2, what: "expected property name or '}'" });
  });

  it.each(['{}', '[1, -2.5e3, "a\\u00e9\\n", true, false, null, {"x": []}]', ' "s" '])(
    'finds nothing wrong in %j, as JSON.parse',
    (text) => {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorOffset(text)).toBeUndefined();
    },
  );

  it('puts the place and the slip in one phrase, without the parser jargon', () => {
    const phrase = jsonProblemPhrase('{"interview": ', 'Unexpected end of JSON input');
    expect(phrase).toMatch(/^at line 1, column 14, it ends too early/);
    expect(phrase).not.toContain('Unexpected end of JSON input');
  });
});
