/**
 * After "with", a name is as often the person met as the employer. Read from cues in the words
 * around it, not from a list of names: a person is followed by "who", "he/she", "his/her", a
 * role ("Declan, the hiring manager"), "from X" or "at X", or named by a first name alone; an
 * organisation carries Ltd, Inc, & Co, plc, Bank, Council, NHS, University…, is an acronym that
 * is not a job title, or is named elsewhere as a place ("at Brightline").
 */
import { describe, expect, it } from 'vitest';
import { statedJobFrom } from './stated-job.js';

const companyIn = (text: string) => statedJobFrom(text).company?.name;

describe('a person met is not the employer', () => {
  it.each([
    'Interview with Declan for the analyst role.',
    'Interview with Declan for the analyst role, he was friendly.',
    'Interview with Priya Shah for the analyst role. She asked about SQL.',
    'Interview with Priya Shah, who runs the team, for the analyst role.',
    'Interview with Tom Reid (hiring manager) for the analyst role.',
    'Interview with Tom Reid, the hiring manager, for the analyst role.',
    'Interview with Priya Shah for the analyst role; her team is small.',
    'Interview with Priya Shah for the analyst role. Priya said they would decide soon.',
    // a two-word name with its role set off after the job it was met for
    'Interview with Sarah Jones for the analyst role, the head of ops.',
    'Interview with Sarah Jones for the analyst role (head of operations) today.',
    'Interview with Sarah Jones for the analyst role, the team leader, went well.',
    'Interview with Sarah Jones, the head of ops, for the analyst role.',
  ])('%s', (text) => {
    expect(companyIn(text)).toBeUndefined();
  });
});

describe('the employer beside the person met', () => {
  it.each([
    ['Interview with Declan from Brightline for the analyst role.', 'Brightline'],
    ['Interview with Declan at Brightline for the analyst role.', 'Brightline'],
    ['Interview with Priya Shah from Harbour Logistics today.', 'Harbour Logistics'],
  ])('%s', (text, name) => {
    expect(companyIn(text)).toBe(name);
  });
});

describe('an organisation after "with"', () => {
  it.each([
    ['Interview with Kestrel Ltd for the analyst role.', 'Kestrel Ltd'],
    ['Interview with Hollis & Co for the clerk job.', 'Hollis & Co'],
    ['Phone screen with Barclays Bank today.', 'Barclays Bank'],
    ['Interview with Leeds City Council for the planner role.', 'Leeds City Council'],
    ['Interview with NHS Lothian for the nurse post.', 'NHS Lothian'],
    ['Interview with Aston University for the lecturer role.', 'Aston University'],
    ['Interview with KPMG for the audit role.', 'KPMG'],
    // a role after the job that starts a clause of its own is someone else's, not the name's
    [
      'Interview with Northwind Digital for the analyst role, the hiring manager was late.',
      'Northwind Digital',
    ],
    [
      'Interview with Northwind Digital for the analyst role, the hiring manager and two others.',
      'Northwind Digital',
    ],
    // a one-word name is an employer when the notes place it ("at Brightline")
    ['Interview with Brightline for the analyst role. Their office at Brightline is huge.', 'Brightline'],
    ["Interview with Brightline for the analyst role. Brightline's offices are in Leeds.", 'Brightline'],
  ])('%s', (text, name) => {
    expect(companyIn(text)).toBe(name);
  });
  it.each(['Interview with the CEO for the analyst role.', 'Interview w/ HRBP for the analyst role.'])(
    'a job title in capitals is a person: %s',
    (text) => {
      expect(companyIn(text)).toBeUndefined();
    },
  );
});
