import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isContractSignId } from '../core/signs/ids.js';

// Real published stories are third-party texts: the repository keeps only where they are and our labels.
const dir = join(import.meta.dirname, '../../test/fixtures/real-stories');
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));

describe.each(files)('real stories %s', (file) => {
  const items = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('keeps labels and addresses, never the text', () => {
    expect(items.length).toBeGreaterThan(40);
    for (const it of items) {
      expect(it).not.toHaveProperty('text');
      expect(String(it.url)).toMatch(/^https?:\/\//);
      expect(['offer', 'next-round', 'rejected', 'ghosted', 'withdrew']).toContain(it.outcome);
      expect((it.gold_signs as string[]).every(isContractSignId)).toBe(true);
    }
  });

  it('has unique ids and addresses', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.url)).size).toBe(items.length);
  });
});
