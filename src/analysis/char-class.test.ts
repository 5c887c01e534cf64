import { describe, expect, it } from 'vitest';
import { isSpaceCode, isWordCode } from './char-class.js';

describe('char classes', () => {
  it('match \\s and \\w on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpaceCode(c)).toBe(/\s/.test(ch));
      expect(isWordCode(c)).toBe(/\w/.test(ch));
    }
  });
});
