import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { learnedPass } from '../learned/index.js';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (real-e round) for the hire presumed in real writers' words: the interviewer would start them
// at once if it were their call, start dates talked over, the new hire given a seat among them. The writer's own
// wish, start dates never raised, or a seat for the test are not the sign.
describe("future-role-talk: the hire presumed in real writers' words", () => {
  signTable([
    ["She told me that if it were up to her, I'd start next week.", 'future-role-talk', true],
    ["If it was down to him, he said, I'd have the job already.", 'future-role-talk', true],
    ["If it was up to me I'd start tomorrow, I'm that keen.", 'future-role-talk', false],
    ['We walked round the ward and talked about possible start dates.', 'future-role-talk', true],
    ['We never talked about start dates or anything like that.', 'future-role-talk', false],
    ['The director laughed and said they could put me at the desk by the window.', 'future-role-talk', true],
    ['They will sit me at a desk in the corner for the written test.', 'future-role-talk', false],
  ]);
});

// "when you start interviewing" is advice about the job search, not the new hire's first days.
describe('future-role-talk: starting the job search is not starting the job', () => {
  signTable([
    [
      'The golden rule for when you start interviewing is to read up on the company.',
      'future-role-talk',
      false,
    ],
    ['Once you start applying it gets easier, honestly.', 'future-role-talk', false],
    ["She said when you start you'll shadow Priya on the late shift.", 'future-role-talk', true],
    ['He said once you start the job there is a week of induction with the team.', 'future-role-talk', true],
  ]);
});

// The job offered in the room, as every labeller of our real stories read it (real22 round); an offer that came
// later by phone, someone else's offer, a hope and a supposition are not it.
describe('future-role-talk: the job offered in the room', () => {
  signTable([
    [
      'He offered me the job on the spot and said the next two rounds were a formality.',
      'future-role-talk',
      true,
    ],
    [
      'At the end of the interview I was offered the job, and I asked for a day to think.',
      'future-role-talk',
      true,
    ],
    [
      'The owner talked about the shop for a bit and handed me the contract to take home.',
      'future-role-talk',
      true,
    ],
    ['I was handed my start papers and told to come back on Wednesday night.', 'future-role-talk', true],
    [
      'She took me into her office, skipped most of the questions, saying she wants to offer me the position.',
      'future-role-talk',
      true,
    ],
    ['They hired me there and then.', 'future-role-talk', true],
    ['A week later they called and offered me the job.', 'future-role-talk', false],
    ['My friend was offered the job on the spot, which stung.', 'future-role-talk', false],
    ['I was hoping they would offer me the job on the spot.', 'future-role-talk', false],
    ['If they offered me the job on the spot I would take it.', 'future-role-talk', false],
    ['She handed me a form to fill in while I waited.', 'future-role-talk', false],
    ['He asked when I could start and I said Monday.', 'future-role-talk', true],
    ['They asked my pant size for the uniform.', 'future-role-talk', true],
    ['I asked them when I could start if I got it.', 'future-role-talk', false],
    ['I asked when I would start hearing back.', 'future-role-talk', false],
  ]);
});

// Wording that settles the sign is not the learned layer's to take back (Cue.firm): the models, trained on notes,
// are at chance on real stories, and veto each of these (checked below, so the test fails if they stop doing so
// and this path goes untested).
describe('future-role-talk: an offer in the room survives the learned vetoes', () => {
  const stories = [
    'My first real interview was for a junior developer job on campus. About twenty of us sat in a lecture hall writing answers on paper while the panel walked between the rows. I froze on the second problem and nearly walked out, then it clicked, so I went up and talked one of them through my answer. He offered me the job on the spot and said the next two rounds were a formality.',
    "It wasn't really an interview. The owner wanted to meet me over coffee, talked about the shop for a bit and handed me the contract to take home. I was looking forward to it, honestly.",
  ];
  it.each(stories)('%s', (text) => {
    const rules = analyze(text, { learned: false });
    if (!rules.ok) throw new Error('not analysed');
    expect(learnedPass(text, rules.value.signs).vetoed).toContain('future-role-talk');
    const shipped = analyze(text);
    expect(shipped.ok && shipped.value.signs.map((s) => s.id)).toContain('future-role-talk');
  });
});
