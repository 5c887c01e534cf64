// Request bodies for POST /api/assess that between them reach every branch of the answer: each
// stage, format and outcome, holding replies, late entries, every sign as present, absent and
// unsure (with strengths), names and drafts, and the refusals. Used to show that a change to the
// route or what it calls gives the same bytes (scripts/assess-compare.mjs, assess-answers.test.ts).
// Every date is in the past of 2026-11-28, so the bodies stay valid on any later day.

const STAGES = ['screen', 'first', 'later', 'final', 'other'];
const FORMATS = ['phone', 'video', 'onsite', 'panel'];
const OUTCOMES = ['next-round', 'offer', 'rejected', 'ghosted', 'withdrew'];
const VALUES = ['present', 'absent', 'unsure'];
// Spelled out rather than imported, so the same list is posted to an older build.
const SIGNS = [
  'awkward-atmosphere',
  'negative-body-language',
  'interviewer-disinterest',
  'vague-role-details',
  'little-company-info',
  'candidate-nerves',
  'generic-questions',
  'raised-concerns',
  'flat-interviewer',
  'no-next-steps',
  'no-follow-up',
  'engaging-conversation',
  'positive-atmosphere',
  'interviewer-smiling',
  'achievements-praised',
  'detailed-role-info',
  'culture-discussion',
  'future-growth-talk',
  'future-role-talk',
  'timeline-given',
  'start-date-asked',
  'salary-discussed',
  'ran-over-time',
  'met-more-team',
  'references-asked',
  'cut-short',
];

/** A small deterministic generator (mulberry32), so the varied bodies are the same on every run. */
function randomFrom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
/** The date `days` after `from` (YYYY-MM-DD), by the UTC calendar. */
function addDays(from, days) {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The body `npm run bench` posts to POST /api/assess (scripts/bench/server.mjs). */
export const BENCH_BODY = {
  interview: { stage: 'first', date: '2026-11-20', decisionBy: '2026-11-27' },
  observations: {
    'detailed-role-info': 'present',
    'interviewer-smiling': 'present',
    'raised-concerns': 'present',
  },
  asOf: '2026-11-25',
};

/** Hand-picked cases: the bench's body, the server tests' bodies, and the edges of the plan. */
const NAMED = {
  bench: BENCH_BODY,
  'server test': {
    interview: {
      stage: 'final',
      date: '2026-11-18',
      decisionBy: '2026-11-27',
      candidates: 3,
      company: 'Acme',
    },
    observations: {
      'interviewer-smiling': 'present',
      'raised-concerns': { value: 'present', strength: 2 },
      'no-next-steps': 'absent',
    },
    candidateName: 'Sam',
    asOf: '2026-11-25',
  },
  'bare minimum': { interview: { stage: 'screen', date: '2026-11-02' } },
  'no observations, today': { interview: { stage: 'first', date: '2026-10-01' }, observations: {} },
  'leap day': { interview: { stage: 'screen', date: '2024-02-29' }, asOf: '2024-03-04' },
  'year end, weekend interview': {
    interview: { stage: 'later', date: '2025-12-27', time: '18:30', format: 'onsite' },
    asOf: '2026-01-02',
  },
  'late evening interview': {
    interview: { stage: 'first', date: '2026-11-13', time: '17:00', format: 'video' },
    asOf: '2026-11-13',
  },
  'entered a month late': {
    interview: { stage: 'first', date: '2026-09-01', decisionBy: '2026-09-10' },
    asOf: '2026-10-05',
  },
  'long silence': { interview: { stage: 'final', date: '2026-03-02' }, asOf: '2026-11-20' },
  'holding reply': {
    interview: { stage: 'first', date: '2026-11-02', heardBack: { kind: 'update', on: '2026-11-10' } },
    asOf: '2026-11-20',
  },
  'holding reply after the promise': {
    interview: {
      stage: 'later',
      date: '2026-10-05',
      decisionBy: '2026-10-09',
      heardBack: { kind: 'update', on: '2026-10-20' },
    },
    asOf: '2026-11-02',
  },
  'heard nothing': {
    interview: { stage: 'final', date: '2026-11-02', heardBack: { kind: 'none' } },
    asOf: '2026-11-03',
  },
  'no-follow-up with a clock': {
    interview: { stage: 'first', date: '2026-10-12' },
    observations: { 'no-follow-up': 'present', 'no-next-steps': 'present' },
    asOf: '2026-11-20',
  },
  'many interviewers': {
    interview: {
      stage: 'final',
      date: '2026-11-16',
      format: 'panel',
      interviewers: ['Dr. Jane  Smith', 'Ann', 'prof Ben Okafor', 'Mx Lee'],
      role: 'Data Engineer',
      topics: ['pipelines', '  streaming   data ', 'on-call'],
    },
    asOf: '2026-11-18',
  },
  'names, quotes and unicode': {
    interview: {
      stage: 'first',
      date: '2026-11-09',
      company: 'Zoë & "Söhne" <Ltd>',
      role: 'Ingénieur\tlogiciel',
      interviewers: ['Dr Łucja Nowak', 'José'],
      topics: ['naïve Bayes — in practice', 'emoji 🚀 & \\ backslashes'],
    },
    observations: {
      'culture-discussion': { value: 'present', strength: 3, evidence: 'we talked “culture”' },
    },
    candidateName: '  Chloé\nMartin ',
    asOf: '2026-11-12',
  },
  'every sign present': {
    interview: { stage: 'later', date: '2026-11-10', candidates: 8 },
    observations: Object.fromEntries(SIGNS.map((id) => [id, 'present'])),
    asOf: '2026-11-12',
  },
  'every sign unsure': {
    interview: { stage: 'other', date: '2026-11-10' },
    observations: Object.fromEntries(SIGNS.map((id) => [id, { value: 'unsure', source: 'analyzer' }])),
    asOf: '2026-11-24',
  },
  'every sign absent': {
    interview: { stage: 'first', date: '2026-11-10', candidates: 1 },
    observations: Object.fromEntries(SIGNS.map((id) => [id, 'absent'])),
  },
  'asOf before the interview': { interview: { stage: 'first', date: '2026-11-10' }, asOf: '2026-11-01' },
  'decision the same day': {
    interview: { stage: 'screen', date: '2026-11-06', decisionBy: '2026-11-06' },
    asOf: '2026-11-06',
  },
};

/** One body per outcome, each with a name to sign the draft that outcome brings. */
const BY_OUTCOME = Object.fromEntries(
  OUTCOMES.map((outcome, i) => [
    `outcome ${outcome}`,
    {
      interview: {
        stage: STAGES[i % STAGES.length],
        date: '2026-10-19',
        role: 'Analyst',
        interviewers: ['Rosa Diaz'],
        heardBack: { kind: 'outcome', outcome, on: '2026-10-28' },
      },
      observations: { 'raised-concerns': 'present', 'generic-questions': { value: 'present', strength: 1 } },
      candidateName: 'Robin',
      asOf: '2026-10-30',
    },
  ]),
);

/** Bodies the route must refuse (400 naming a field, or 415), as text so malformed JSON fits. */
const REFUSED = {
  'impossible date': '{"interview":{"stage":"first","date":"2026-02-30"}}',
  'unknown sign': '{"interview":{"stage":"first","date":"2026-11-02"},"observations":{"smiling":"present"}}',
  'no stage': '{"interview":{"date":"2026-11-02"}}',
  'candidates as text': '{"interview":{"stage":"first","date":"2026-11-02","candidates":"many"}}',
  'misspelt field': '{"interview":{"stage":"first","date":"2026-11-02","decisonBy":"2026-11-09"}}',
  'future interview': '{"interview":{"stage":"first","date":"2999-01-01"}}',
  'decision before the interview':
    '{"interview":{"stage":"first","date":"2026-11-09","decisionBy":"2026-11-02"}}',
  'reply before the interview':
    '{"interview":{"stage":"first","date":"2026-11-09","heardBack":{"kind":"outcome","outcome":"offer","on":"2026-11-01"}}}',
  'bad strength':
    '{"interview":{"stage":"first","date":"2026-11-02"},"observations":{"cut-short":{"value":"present","strength":4}}}',
  'bad time': '{"interview":{"stage":"first","date":"2026-11-02","time":"25:00"}}',
  'not an object': '[1,2,3]',
  'empty object': '{}',
  'not JSON': '{"interview": {"stage": "first",, }}',
  'name too long': `{"interview":{"stage":"first","date":"2026-11-02"},"candidateName":"${'x'.repeat(230)}"}`,
};

/** Varied bodies drawn from a fixed seed: stages, formats, outcomes, signs and dates mixed. */
function drawn(count, seed) {
  const random = randomFrom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const bodies = {};
  for (let i = 0; i < count; i++) {
    const date = addDays('2026-01-05', Math.floor(random() * 300));
    const interview = { stage: pick(STAGES), date };
    if (random() < 0.6) interview.format = pick(FORMATS);
    if (random() < 0.3) interview.time = `${pad(8 + Math.floor(random() * 12))}:${pick(['00', '15', '30'])}`;
    if (random() < 0.5) interview.company = pick(['Acme', 'Globex', 'Initech Ltd', ' the  Hooli ']);
    if (random() < 0.5) interview.role = pick(['Designer', 'Backend Developer', 'Product Manager']);
    if (random() < 0.4) interview.interviewers = ['Priya Shah', 'Mr Tom Baker', 'Kim'].slice(0, 1 + (i % 3));
    if (random() < 0.3) interview.topics = ['testing', 'hiring plans', 'the roadmap'].slice(0, 1 + (i % 3));
    if (random() < 0.4) interview.decisionBy = addDays(date, Math.floor(random() * 21));
    if (random() < 0.3) interview.candidates = 1 + Math.floor(random() * 6);
    const heard = random();
    const on = addDays(date, 1 + Math.floor(random() * 20));
    if (heard < 0.3) interview.heardBack = { kind: 'outcome', outcome: pick(OUTCOMES), on };
    else if (heard < 0.4) interview.heardBack = { kind: 'update', on };
    else if (heard < 0.45) interview.heardBack = { kind: 'none' };
    const observations = {};
    for (const id of SIGNS) {
      if (random() > 0.25) continue;
      const value = pick(VALUES);
      observations[id] = random() < 0.5 ? value : { value, strength: 1 + Math.floor(random() * 3) };
    }
    const body = { interview, observations };
    if (random() < 0.85) body.asOf = addDays(date, Math.floor(random() * 60) - 3);
    if (random() < 0.3) body.candidateName = pick(['Sam', 'Alex Morgan', '']);
    bodies[`drawn ${i + 1}`] = body;
  }
  return bodies;
}

/** Every body as { name, text }: the named cases, the drawn ones, then the refusals. */
export function assessBodies() {
  const json = Object.entries({ ...NAMED, ...BY_OUTCOME, ...drawn(60, 13) }).map(([name, body]) => ({
    name,
    text: JSON.stringify(body),
  }));
  return [...json, ...Object.entries(REFUSED).map(([name, text]) => ({ name, text }))];
}
