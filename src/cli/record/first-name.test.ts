import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFirstName, settingsPathFor, signerName, writeFirstName } from './first-name.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'debrief-name-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the first name kept for the drafts', () => {
  it('lives beside the record it signs', () =>
    expect(settingsPathFor('/home/sam/.debrief/debrief.db')).toBe(
      '/home/sam/.debrief/debrief.settings.json',
    ));
  it('is kept, read back, and forgotten with an empty name', () => {
    const file = path.join(dir, 'sub', 'r.settings.json');
    expect(readFirstName(file)).toBe('');
    writeFirstName(file, ' Sam ');
    expect(readFirstName(file)).toBe('Sam');
    writeFirstName(file, '');
    expect(readFirstName(file)).toBe('');
  });
  it('a damaged settings file signs nothing instead of failing', () => {
    const file = path.join(dir, 'r.settings.json');
    writeFileSync(file, '{"firstName": "Sa');
    expect(readFirstName(file)).toBe('');
    writeFileSync(file, 'null');
    expect(readFirstName(file)).toBe('');
  });
  it('signs with a name given now and keeps it, unless told to keep nothing', () => {
    const file = path.join(dir, 'r.settings.json');
    expect(signerName(file, 'Ana', false)).toBe('Ana');
    expect(readFirstName(file)).toBe('');
    expect(signerName(file, 'Ana')).toBe('Ana');
    expect(signerName(file, undefined)).toBe('Ana');
  });
});
