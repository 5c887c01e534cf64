import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/index.js';
import { styleFor } from '../style.js';
import { renderAnalysis } from './analysis.js';

const plain = styleFor(false);
const render = (text: string): string => {
  const r = analyze(text);
  if (!r.ok) throw new Error(r.error.message);
  return renderAnalysis(text, r.value, plain, []);
};

describe('renderAnalysis', () => {
  it('says so first when the notes already tell the answer, with their words', () => {
    const out = render(
      'Second interview went fine, a bit stiff. Two days later they rang and offered me the job!',
    );
    expect(out).toContain('What you wrote already answers it');
    expect(out).toContain('offered you the job');
    expect(out).toContain('("offered me the job")');
    expect(out.indexOf('already answers it')).toBeLessThan(out.indexOf('Signs found'));
  });

  it('says nothing of an answer when the notes hope for one', () => {
    const out = render('Fingers crossed they offer me the job, the manager smiled a lot.');
    expect(out).not.toContain('already answers it');
    expect(out).toContain('Signs found');
  });
});
