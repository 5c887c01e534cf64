import { describe, expect, it } from 'vitest';
import { decodeText, encodingWarning } from './text-encoding.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('decodeText', () => {
  it('reads UTF-8 as it is', () => {
    const r = decodeText(new TextEncoder().encode('She said “we’ll be in touch” — café'));
    expect(r.ok && r.value).toEqual({ text: 'She said “we’ll be in touch” — café', encoding: 'utf-8' });
  });

  it("reads Notepad's ANSI (Windows-1252): smart quotes, dashes and accents", () => {
    // “we’ll” – café, as single bytes
    const r = decodeText(bytes('She said ', [0x93], 'we', [0x92], 'll', [0x94], ' ', [0x96], ' caf', [0xe9]));
    expect(r.ok && r.value).toEqual({ text: 'She said “we’ll” – café', encoding: 'windows-1252' });
    expect(r.ok && encodingWarning(r.value.encoding)?.message).toContain('Windows-1252');
  });

  it('reads UTF-16 with a byte-order mark either way round, and little-endian without one', () => {
    const text = 'Priya: Thanks for coming in — tell me about yourself.';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...le]))).toEqual({
      ok: true,
      value: { text, encoding: 'utf-16le' },
    });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...be]))).toEqual({
      ok: true,
      value: { text, encoding: 'utf-16be' },
    });
    expect(decodeText(Uint8Array.from(le))).toEqual({ ok: true, value: { text, encoding: 'utf-16le' } });
  });

  it('still refuses bytes that are no text in any of them', () => {
    // 0x81 is undefined in Windows-1252, and the bytes are no UTF-8
    const r = decodeText(bytes('notes ', [0x81, 0xc3], ' more'));
    expect(!r.ok && r.error.code).toBe('invalid-utf8');
    const bin = decodeText(
      bytes('PK', [0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x06, 0x00], 'word/document.xml'),
    );
    expect(!bin.ok && bin.error.code).toBe('binary');
  });

  it('says nothing of UTF-8', () => {
    expect(encodingWarning('utf-8')).toBeUndefined();
  });
});
