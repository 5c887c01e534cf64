import { describe, expect, it } from 'vitest';
import { exportFromText, importFileProblem, MAX_IMPORT_BYTES } from './import-check.js';

const file = (name: string, type = '', size = 1000) => ({ name, type, size });

describe('importFileProblem', () => {
  it.each([
    [file('debrief-interviews.csv', 'text/csv'), /CSV table.*cannot be imported/],
    [file('notes.txt', 'text/plain'), /"notes.txt" is not a Debrief export.*Debrief page/],
    [file('call.vtt', 'text/vtt'), /not a Debrief export/],
    [file('photo.jpg', 'image/jpeg'), /not a Debrief export/],
    [file('debrief.json', 'application/json', 0), /empty/],
    [file('debrief.json', 'application/json', MAX_IMPORT_BYTES + 1), /too big/],
  ])('refuses %o in words that say what to choose', (f, words) => {
    const e = importFileProblem(f);
    expect(e?.message).toMatch(words);
    expect(e?.message).toContain('Export everything (JSON)');
  });

  it('lets a JSON file through, by name or by type', () => {
    expect(importFileProblem(file('debrief-export.json'))).toBeUndefined();
    expect(importFileProblem(file('export', 'application/json'))).toBeUndefined();
  });
});

describe('exportFromText', () => {
  it('reads an export and counts its interviews', () => {
    const r = exportFromText(JSON.stringify({ format: 'debrief-export', version: 1, interviews: [{}, {}] }));
    expect(r).toMatchObject({ ok: true, interviews: 2 });
  });

  it.each([
    ['{"format": "debrief-export", ', /not valid JSON/],
    ['{"name": "package", "version": "1.0.0"}', /JSON file, but not a Debrief export/],
    ['[1, 2, 3]', /JSON file, but not a Debrief export/],
    ['null', /JSON file, but not a Debrief export/],
  ])('refuses %s', (text, words) => {
    const r = exportFromText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(words);
  });
});
