import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Session 21 (para21-prec21): praise that is someone else's, of someone else, or not of the work.
describe('achievements-praised: praise of someone or something else', () => {
  signTable([
    ['She spent ages praising the previous manager, apparently a legend.', 'achievements-praised', false],
    ['He raved about the new graduates they took on in spring.', 'achievements-praised', false],
    ['The director was praising his own firm, all the awards it won.', 'achievements-praised', false],
    ['She praised my audit work and the report I wrote.', 'achievements-praised', true],
    ['He raved about my portfolio.', 'achievements-praised', true],
  ]);
});

describe('achievements-praised: praise passed on by the writer’s people, or before the interview', () => {
  signTable([
    ['My mentor said my portfolio was brilliant, so I led with it.', 'achievements-praised', false],
    ['My careers adviser said my CV was really strong before I went.', 'achievements-praised', false],
    [
      "The agency rep said my case study was the best he'd seen when he put me forward.",
      'achievements-praised',
      false,
    ],
    ['The manager said my case study was brilliant.', 'achievements-praised', true],
  ]);
});

describe('achievements-praised: questions that are not about the work', () => {
  signTable([
    ['She asked for my NMC pin and my references.', 'achievements-praised', false],
    ['Short, but he listened well and asked thoughtful questions.', 'achievements-praised', false],
    ['He asked thoughtful questions about the clinic I set up.', 'achievements-praised', true],
    ['She followed up on what I said and moved on.', 'achievements-praised', false],
    ["She followed up with how I'd cut the waiting list.", 'achievements-praised', true],
    ['The lead went deep on the roadmap and the stack.', 'achievements-praised', false],
    ['He asked for a copy of my dissertation.', 'achievements-praised', true],
  ]);
});

describe('achievements-praised: a ward sister or a partner who interviews still praises', () => {
  signTable([
    [
      "Sister said my dementia care experience was 'exactly what we need on this ward'.",
      'achievements-praised',
      true,
    ],
    ['The partner said my structuring was excellent.', 'achievements-praised', true],
    ['My sister said my cover letter was excellent.', 'achievements-praised', false],
  ]);
});

describe("achievements-praised: a partner's verdict said aloud", () => {
  signTable([
    ["The partner said that's a really sharp reading of the case.", 'achievements-praised', true],
    ["My partner said that's a really sharp reading of the case.", 'achievements-praised', false],
  ]);
});
