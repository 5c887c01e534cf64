// Screenshots for the README: the built app on a throwaway database with one sample interview.
//   npm run build && node scripts/readme-screenshots.mjs   → docs/screenshots/*.png
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startBuiltServer } from './built-server.mjs';
import { launchChromium } from './chromium.mjs';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const server = await startBuiltServer({ name: 'shots', port: 3700, spread: 200, stdio: 'inherit' });
const base = server.url;
const api = async (method, path, body) => {
  const r = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.json();
};
try {
  const today = new Date().toISOString().slice(0, 10);
  const daysAgo = (n) => new Date(Date.now() - n * 86400000).toISOString().slice(0, 10);
  const a = await api('POST', '/api/interviews', {
    stage: 'first',
    date: daysAgo(3),
    company: 'Northwind Analytics',
    role: 'Data Analyst',
    format: 'video',
    interviewers: ['Priya Shah'],
    topics: ['the dashboard project'],
  });
  const notes =
    'Video call with Priya, about 50 minutes (ran over). She walked me through the team: four analysts, dbt and Looker, a quarterly roadmap. She asked loads of follow-up questions about my churn model and said it was exactly the kind of work they need. Bit stiff at first but then we were laughing about spreadsheets. She said they would let me know by Friday.';
  const doc = await api('POST', `/api/interviews/${a.id}/documents`, { kind: 'notes', text: notes });
  const observations = Object.fromEntries(
    doc.analysis.signs.filter((s) => !s.id.includes('follow')).map((s) => [s.id, 'present']),
  );
  await api('PUT', `/api/interviews/${a.id}/observations`, { observations });
  const b = await api('POST', '/api/interviews', {
    stage: 'final',
    date: daysAgo(20),
    company: 'Harbour Health',
    role: 'Staff Nurse',
    format: 'panel',
    decisionBy: daysAgo(12),
  });
  await api('PUT', `/api/interviews/${b.id}/observations`, {
    observations: { 'raised-concerns': 'present', 'detailed-role-info': 'present' },
  });
  const c = await api('POST', '/api/interviews', {
    stage: 'screen',
    date: daysAgo(30),
    company: 'Brightwell',
    role: 'Product Designer',
    format: 'phone',
  });
  await api('POST', `/api/interviews/${c.id}/outcome`, { outcome: 'next-round', on: daysAgo(25) });

  const browser = await launchChromium();
  const shots = [
    ['dashboard', '#/', 1280, 800],
    ['result', `#/interviews/${a.id}/result`, 1280, 1100],
    ['debrief', `#/interviews/${a.id}/debrief`, 1280, 1100],
    ['result-phone', `#/interviews/${a.id}/result`, 375, 812],
    ['new-from-notes', '#/new', 1280, 1900],
  ];
  for (const [name, hash, width, height] of shots) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${base}/${hash}`);
    await page.waitForLoadState('networkidle');
    if (name === 'debrief') {
      // Show the notes with their evidence highlighted, as a user sees it after "Find the signs".
      await page.fill('textarea', notes);
      await page.getByRole('button', { name: 'Find the signs' }).click();
      await page.getByText('What Debrief found').waitFor();
    }
    if (name === 'new-from-notes') {
      // A new interview started from notes: the form filled in, each field with its quote.
      await page
        .getByRole('textbox', { name: 'Your notes' })
        .fill(
          'Had my final round at Harbour Logistics last Tuesday for the ops planner job. A panel of three: Dana Reyes (ops manager) led it. They said they would decide within a week. Sent a thank-you email that evening. Emailed the recruiter yesterday, nothing yet.',
        );
      await page.getByRole('button', { name: 'Fill in from my notes' }).click();
      await page.getByText('from your notes:').first().waitFor();
    }
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `${name}.png`) });
    await page.close();
  }
  await browser.close();
  console.log(`screenshots written to ${out} (${today})`);
} finally {
  server.stop();
}
