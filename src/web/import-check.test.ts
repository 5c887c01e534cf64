import { describe, expect, it } from 'vitest';
import { exportFromText, importFileProblem, MAX_IMPORT_BYTES } from './import-check.js';

const file = (name: string, type = '', size = 1000) => ({ name, type, size });

describe('importFileProblem', () => {
  it.each([
    [file('debrief-interviews.csv', 'text/csv'), /CSV table.*cannot be imported/],
    [file('export.csv'), /CSV table/],
    [file('debrief.json', 'application/json', 0), /empty/],
    [file('debrief.json', 'application/json', MAX_IMPORT_BYTES + 1), /too big/],
  ])('refuses %o in words that say what to choose', (f, words) => {
    const e = importFileProblem(f);
    expect(e?.message).toMatch(words);
    expect(e?.message).toContain('Export everything (JSON)');
  });

  it('leaves any other file to be judged by its content, even one that lost its .json', () => {
    for (const f of [
      file('debrief-export.json'),
      file('export', 'application/json'),
      file('download'),
      file('notes.txt'),
    ])
      expect(importFileProblem(f)).toBeUndefined();
  });
});

describe('exportFromText', () => {
  it('reads an export and counts its interviews', () => {
    const r = exportFromText(
      JSON.stringify({ format: 'debrief-export', version: 1, interviews: [{}, {}] }),
      'download',
    );
    expect(r).toMatchObject({ ok: true, interviews: 2 });
  });

  it.each([
    ['{"format": "debrief-export", ', 'cut.json', /^"cut.json" is not a Debrief export\. Choose/],
    ['{"name": "package", "version": "1.0.0"}', 'package.json', /it is JSON, but not what Debrief saves/],
    ['[1, 2, 3]', 'list.json', /it is JSON, but not what Debrief saves/],
    ['null', 'null.json', /it is JSON, but not what Debrief saves/],
    ['Priya asked when I could start.', 'notes.txt', /not a Debrief export.*Debrief page/],
  ])('refuses %s', (text, name, words) => {
    const r = exportFromText(text, name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(words);
  });

  it('points notes and transcripts to the Debrief page, and nothing else', () => {
    const message = (name: string) => {
      const r = exportFromText('x', name);
      return r.ok ? '' : r.error.message;
    };
    expect(message('call.vtt')).toContain('Debrief page');
    expect(message('photo.png')).not.toContain('Debrief page');
  });
});
