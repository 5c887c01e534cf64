import { describe, expect, it } from 'vitest';
import { fileProblem, MAX_BYTES, textProblem } from './file-check.js';

const file = (name: string, type = '', size = 1000) => ({ name, type, size });

describe('fileProblem', () => {
  it.each([
    [file('notes.pdf'), /PDF/],
    [file('scan', 'application/pdf'), /PDF/],
    [file('Interview notes.DOCX'), /word-processor/],
    [file('notes.odt'), /word-processor/],
    [file('x', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), /word-processor/],
    [file('whiteboard.jpg'), /image/],
    [file('IMG_0001', 'image/heic'), /image/],
    [file('call.m4a'), /recording/],
    [file('zoom.mp4', 'video/mp4'), /recording.*\.vtt/],
  ])('names what the file is and what to do instead (%#)', (f, words) => {
    const e = fileProblem(f);
    expect(e?.message).toMatch(words);
    expect(e?.message).not.toMatch(/UTF-8|binary/);
  });

  it('lets text files through to the server', () => {
    for (const name of ['notes.txt', 'call.vtt', 'call.srt', 'notes.md', 'transcript'])
      expect(fileProblem(file(name, 'text/plain'))).toBeUndefined();
  });

  it('refuses an empty file and one over 1 MB, in words', () => {
    expect(fileProblem(file('a.txt', 'text/plain', 0))?.code).toBe('empty');
    const big = fileProblem(file('a.txt', 'text/plain', MAX_BYTES + 1));
    expect(big?.message).toMatch(/1\.1 MB; Debrief reads files up to 1 MB/);
  });
});

describe('textProblem', () => {
  it('lets notes up to 1 MB through', () => {
    expect(textProblem('They asked when I could start.')).toBeUndefined();
    expect(textProblem('a'.repeat(MAX_BYTES))).toBeUndefined();
  });
  it('counts UTF-8 bytes, not characters, and says the text is kept', () => {
    const e = textProblem('é'.repeat(MAX_BYTES / 2 + 1));
    expect(e?.code).toBe('too-large');
    expect(e?.message).toMatch(/still in the box/);
  });
  it('says how big a 2 MB paste is', () => {
    expect(textProblem('a'.repeat(2 * MAX_BYTES + 5))?.message).toMatch(/^That text is 2\.1 MB/);
  });
});
