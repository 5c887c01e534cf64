import { describe, expect, it } from 'vitest';
import { HELP } from './help.js';

describe('help', () => {
  it.each(Object.entries(HELP))('%s fits an 80-column terminal', (_topic, text) => {
    const wide = text.split('\n').filter((line) => [...line].length > 79);
    expect(wide).toEqual([]);
  });
});
