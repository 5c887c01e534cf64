import { describe, expect, it } from 'vitest';
import { isNameLike } from './speakers.js';

describe('isNameLike (strict: a `Name: text` line with nothing else to mark it)', () => {
  it.each([
    // devices, as people join from them
    ['Caldermoor FO iPad'],
    ['iPad (3)'],
    ["Priya's iPhone"],
    // a bracketed part of several words is one part
    ['Lauren (Talent Team)'],
    ['Recruitment Team (Northgate DC)'],
    ['Committee Room B (Civic Centre)'],
    // a room in parts, five words besides the dash
    ['Committee Rm 2 - Town Hall'],
    // titles and particles are no extra words of a name
    ['Dr. Pieter van der Merwe'],
    ['Insp. R. Dunmore'],
    // surname first, or letters after a name: one comma
    ['Patel, Sam'],
    ['Sam Patel, MBA'],
    // scripts with no capitals, and letters with accents
    ['王秀英'],
    ['محمد علي'],
    ['Łukasz Żółć'],
    // accounts, bare or with a tool's bracket, with letters beyond ASCII
    ['anika.sørensen@acme-corp.com'],
    ['j.pereira@castellanfoods.co.uk (Guest)'],
    // a caller shown by number
    ['+44 7700 900123'],
    // a room numbered with a dot, floor and room
    ['Room 3.07 Huddle Screen'],
    ['Suite 1.2'],
  ])('%s is a name', (name) => {
    expect(isNameLike(name, true)).toBe(true);
  });

  it.each([
    ['Things that went well'],
    ['Overall, good'],
    ['So, anyway'],
    ['One, two, three'],
    ['Duration'],
    ['Recorded by'],
    ['Participants'],
    ['Meeting ID'],
    ['Jess 🦄'], // a contact in a pasted chat
    ['🎧 Sam'],
    ['ipad'], // lower case throughout: not a device's name
    ['12 34'],
    ['What I Would Do Differently Next Time'],
    ['(Guest)'],
  ])('%s is not a name', (name) => {
    expect(isNameLike(name, true)).toBe(false);
  });

  it('lets an export (non-strict) name a speaker with an emoji or in lower case', () => {
    for (const name of ['Jess 🦄', 'priya shah', 'Committee Rm 2 - Town Hall (Guest)'])
      expect(isNameLike(name, false)).toBe(true);
  });
});
