import { describe, expect, it } from 'vitest';
import { statedJobFrom } from './stated-job.js';

const companyIn = (text: string) => statedJobFrom(text).company?.name;
const roleIn = (text: string) => statedJobFrom(text).role?.title;

describe('statedJobFrom reads the employer of this interview', () => {
  it.each([
    ['Had my second interview at Harbour Logistics yesterday for the ops planner job.', 'Harbour Logistics'],
    ['Interview at Acme on Tuesday went ok.', 'Acme'],
    ['Final round at Marks and Spencer head office.', 'Marks and Spencer'],
    ["Phone screen at Bank of Ireland's Dublin office.", 'Bank of Ireland'],
    ['I interviewed at 3M this morning.', '3M'],
    ['Panel interview at the Royal Free today.', 'Royal Free'],
    ['Interviewed for the bar manager job at the Anchor on the 1st.', 'Anchor'],
    ['My interview with Fenwick Housing Association was on Monday.', 'Fenwick Housing Association'],
    ['Video interview with Brookfield Software today.', 'Brookfield Software'],
    // "w/" is the notes' shorthand for "with"
    ['HR asst phone screen w/ Corwen Foods, 20 min.', 'Corwen Foods'],
    ['Interview w/Halden Logistics on Monday.', 'Halden Logistics'],
    // a name of two words the job follows at once is the employer's; one word alone may be the
    // person met (stated-job-people.test.ts)
    ['interview w/ Brightline Digital for the analyst role, went ok', 'Brightline Digital'],
    ['Had an interview with Northwind Digital for the junior developer position.', 'Northwind Digital'],
  ])('%s', (text, name) => {
    expect(companyIn(text)).toBe(name);
  });

  it.each([
    'Interview at 10 tomorrow, nervous.',
    'Interview at the office, three people.',
    'Had my interview at home over Zoom.',
    'Interview on Monday at Noon.',
    'I used to work at Tesco before this interview.',
    'I have another interview at Beta next week.',
    'Lunch at Nandos after, then home.',
    'They said they would decide by Friday.',
    'Interview at 3pm with two managers.',
    'Fit interview at the London office, then a case.',
    'The interview was at the Japanese trading company, second floor.',
    'Phone interview at HR level only.',
    'Interview with Priya Shah went well.',
    'Call with Declan about the role.',
    'Second call w/ Shane (field sales consultant).',
    'Final round video w/ COO + HR director.',
    'Second round with the HM for a backend role.',
    'Interview w/ CTO for the platform role.',
    'Interview with Priya for the first month.',
    'Interview with Priya for the same role as last time.',
    'interview w/ Brightline for the analyst role, went ok',
  ])('no employer: %s', (text) => {
    expect(companyIn(text)).toBeUndefined();
  });

  it('quotes the name at its offsets', () => {
    const text = 'Notes. Interview at Harbour Logistics, went fine.';
    const found = statedJobFrom(text).company!;
    expect(text.slice(found.evidence.start, found.evidence.end)).toBe('Harbour Logistics');
  });
});

describe('statedJobFrom reads the job title', () => {
  it.each([
    ['Had my second interview at Harbour Logistics yesterday for the ops planner job.', 'ops planner'],
    ['Interviewed for the Senior Data Analyst role today.', 'Senior Data Analyst'],
    ['Applied for a staff nurse position on the cardiac ward, interview was Monday.', 'staff nurse'],
    ['The interview was for the position of deputy head at St Mary’s.', 'deputy head'],
  ])('%s', (text, title) => {
    expect(roleIn(text)).toBe(title);
  });

  it.each([
    'Interviewed for the same role again.',
    'Interview for a full-time position.',
    'I applied for a new job.',
    'Should I interview for the manager role?',
    'My friend interviewed for the designer role there.',
    'The role sounded great.',
    'I applied for a hospital post and the interview was fine.',
  ])('no title: %s', (text) => {
    expect(roleIn(text)).toBeUndefined();
  });

  it('quotes the title at its offsets', () => {
    const text = 'Interview today for the ops planner job.';
    const found = statedJobFrom(text).role!;
    expect(text.slice(found.evidence.start, found.evidence.end)).toBe('ops planner');
  });
});
