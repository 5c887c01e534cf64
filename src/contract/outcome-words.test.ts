import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../core/record.js';
import { OUTCOME_LEADS, signsPointedWords } from './outcome-words.js';

describe('outcome words', () => {
  it('lead with every outcome, without a chance of passing', () => {
    for (const outcome of OUTCOMES) {
      const { title, body } = OUTCOME_LEADS[outcome];
      expect(title.length).toBeGreaterThan(5);
      expect(`${title} ${body}`).not.toMatch(/%|chance/);
    }
  });

  it('speak of the estimate as what the signs pointed to, with the article it is said with', () => {
    expect(signsPointedWords('2%', 'rejected')).toBe(
      'Before you heard, the signs pointed to about a 2% chance of moving forward.',
    );
    expect(signsPointedWords('80%', 'offer')).toContain('about an 80% chance');
    expect(signsPointedWords('8%', 'offer')).toContain('about an 8% chance');
    expect(signsPointedWords('11%', 'offer')).toContain('about an 11% chance');
    expect(signsPointedWords('18%', 'offer')).toContain('about an 18% chance');
    expect(signsPointedWords('1%', 'offer')).toContain('about a 1% chance');
    expect(signsPointedWords('35%', 'offer')).toContain('about a 35% chance');
    expect(signsPointedWords('35%', 'withdrew')).toMatch(/^Before you withdrew, /);
    expect(signsPointedWords('35%', 'ghosted')).toMatch(/^While you waited, /);
  });
});
