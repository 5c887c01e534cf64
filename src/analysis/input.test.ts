import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTextInput, decodeUtf8, MAX_INPUT_BYTES, utf8ByteLength } from './input.js';

const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('utf8ByteLength', () => {
  it('matches TextEncoder on any well-formed string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => utf8ByteLength(s) === bytesOf(s).length));
  });
  it('counts a lone surrogate as the 3 bytes of U+FFFD', () => {
    expect(utf8ByteLength('a\ud800b')).toBe(5);
  });
});

describe('checkTextInput', () => {
  it('returns the text untouched, BOM and CRLF included', () => {
    const text = '\uFEFFMe: hi\r\nThem: hello\r';
    expect(checkTextInput(text)).toEqual({ ok: true, value: text });
  });

  it.each([
    ['', 'empty'],
    ['   \n\t \r\n', 'empty'],
    ['\uFEFF', 'empty'],
    ['PK\u0003\u0004\u0000\u0000rest', 'binary'],
    ['abc\u0000def', 'binary'],
    ['\u0001\u0002\u0003\u0004\u0005 some text', 'binary'],
    ['caf\uFFFD r\uFFFDsum\uFFFD na\uFFFDve', 'invalid-utf8'],
  ])('%j → %s', (text, code) => {
    const r = checkTextInput(text);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });

  it('accepts one stray replacement character and a few control characters in a long text', () => {
    expect(checkTextInput(`It went fine \uFFFD I think. ${'More words here. '.repeat(50)}\u0007`).ok).toBe(
      true,
    );
  });

  it('counts UTF-8 bytes, not UTF-16 units, against the 1 MB limit', () => {
    // 400,000 "é" is 400,000 units but 800,000 bytes; 600,000 is 1,200,000 bytes.
    expect(checkTextInput('é'.repeat(400_000)).ok).toBe(true);
    const r = checkTextInput('é'.repeat(600_000));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('too-large');
      expect(r.error.message).toContain('1,200,000 bytes');
      expect(r.error.message).toContain('1,048,576 bytes');
    }
    expect(checkTextInput('a'.repeat(MAX_INPUT_BYTES)).ok).toBe(true);
    expect(checkTextInput('a'.repeat(MAX_INPUT_BYTES + 1)).ok).toBe(false);
  });
});

describe('decodeUtf8', () => {
  it('round-trips any well-formed string', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', maxLength: 300 })
          .filter((s) => !s.includes('\u0000') && !s.startsWith('\uFEFF')),
        (s) => {
          const r = decodeUtf8(bytesOf(s));
          return r.ok && r.value === s;
        },
      ),
    );
  });

  it('decodes long input across chunk boundaries', () => {
    const s = 'añ€😀'.repeat(5000);
    expect(decodeUtf8(bytesOf(s))).toEqual({ ok: true, value: s });
  });

  it('drops a leading BOM', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toEqual({ ok: true, value: 'hi' });
  });

  it.each([
    ['lone continuation', [0x61, 0x80], 1],
    ['truncated 2-byte', [0x61, 0x62, 0xc3], 2],
    ['overlong slash', [0xc0, 0xaf], 0],
    ['overlong 3-byte', [0xe0, 0x80, 0xaf], 0],
    ['surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['bad lead byte', [0x61, 0x62, 0x63, 0xff], 3],
    ['latin-1 é', [0x63, 0x61, 0x66, 0xe9, 0x20], 3],
  ])('%s → invalid-utf8 with its offset', (_name, bytes, offset) => {
    const r = decodeUtf8(new Uint8Array(bytes));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-utf8');
      expect(r.error.message).toContain(`offset ${offset}`);
    }
  });

  it('agrees with a fatal TextDecoder on random bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const r = decodeUtf8(bytes);
        let expected: string | undefined;
        try {
          expected = fatal.decode(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(TypeError);
        }
        // NUL is refused as binary; whichever problem comes first is reported.
        if (bytes.includes(0)) return !r.ok && (r.error.code === 'binary' || expected === undefined);
        return expected === undefined
          ? !r.ok && r.error.code === 'invalid-utf8'
          : r.ok && r.value === expected;
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects NUL as binary and oversize input before decoding', () => {
    const nul = decodeUtf8(new Uint8Array([0x61, 0x00]));
    expect(!nul.ok && nul.error.code).toBe('binary');
    const big = decodeUtf8(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0xff));
    expect(!big.ok && big.error.code).toBe('too-large');
  });
});
