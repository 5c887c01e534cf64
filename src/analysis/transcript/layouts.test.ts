import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectTranscript, parseDetectedTranscript } from './index.js';
import {
  DEFAULT_RENDER,
  firstSpeakers,
  INLINE_OR_NOT,
  LAYOUTS,
  RENAMINGS,
  STYLED_CLOCK,
  TEXT_VARIATIONS,
  type CallTurn,
  type RenderOptions,
} from './layouts.case.js';

/**
 * Layouts with no time beside the name: one speaker alone reads as notes (a chat pasted with its
 * times, "[21:10] Lena: …", is notes too).
 */
const UNTIMED = new Set(['plain', 'meet-doc', 'bracket-time', 'plain-bare-times']);
/** Layouts that put nothing but a colon after a name: "things that went well:" in notes must not be one. */
const UNTIMED_NAMES = new Set(['plain', 'plain-bare-times', 'meet-doc', 'bracket-time']);
/** Layouts whose names must read as names in notes: those above, and a time one space after the name. */
const STRICT_NAMES = new Set([...UNTIMED_NAMES, 'teams-docx-one-space']);
/** Exported files, which come as they were written, not pasted or printed. */
const CUE_LAYOUTS = new Set(['teams-vtt', 'zoom-vtt', 'srt']);
/** What can happen to an exported file: its line endings, a BOM, blank lines. */
const FILE_VARIATIONS = new Set(['crlf', 'cr', 'bom', 'leading-blank-lines', 'trailing-spaces']);

const CORPUS = new URL('../../../test/fixtures/corpus/', import.meta.url);

/** Readable calls only: every call of the tuned folders, the odd ids of the lettered ones. */
function readableCalls(): { id: string; text: string }[] {
  const folders: [string, boolean][] = [
    ['transcripts', false],
    ['holdout-transcripts', false],
    ['holdout-c-transcripts', false],
    ...'fghimrtvxy'.split('').map((l): [string, boolean] => [`${l}-transcripts`, true]),
  ];
  const out: { id: string; text: string }[] = [];
  for (const [folder, oddOnly] of folders) {
    const dir = new URL(`${folder}/`, CORPUS);
    const labels = JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8')) as Record<
      string,
      { file?: string }
    >;
    for (const [id, label] of Object.entries(labels)) {
      if (oddOnly && Number(id.slice(1)) % 2 === 0) continue;
      out.push({
        id: `${folder}/${id}`,
        text: readFileSync(new URL(label.file ?? `${id}.vtt`, dir), 'utf8'),
      });
    }
  }
  return out;
}

interface Call {
  id: string;
  turns: CallTurn[];
  candidate: string | undefined;
}

function callFrom(id: string, text: string): Call {
  const d = detectTranscript(text);
  const r = d && parseDetectedTranscript(d);
  if (!r?.ok) throw new Error(`${id} is not read as a call to begin with`);
  const turns = r.value.turns.map((t, i) => ({ speaker: t.speaker, text: t.text, sec: t.startSec ?? i * 9 }));
  return { id, turns, candidate: r.value.candidate?.name };
}

const CALLS = readableCalls().map(({ id, text }) => callFrom(id, text));

interface Case {
  name: string;
  text: string;
  speakers: string[];
  /** The candidate the original reading guessed, when the variation keeps the names and people. */
  candidate?: string | undefined;
}

/**
 * The variations of one call in one layout. Every call is read in the layout as it comes; each
 * variation on a third of the calls (in turn, so each still meets some fifty calls), to keep the
 * run short.
 */
function casesOf(call: Call, callIndex: number, layout: string): Case[] {
  const speakers = [...new Set(call.turns.map((t) => t.speaker))];
  const cases: Case[] = [];
  let variation = 0;
  const sampled = (): boolean => (callIndex + variation++) % 3 === 0;
  const add = (
    name: string,
    turns: CallTurn[],
    o: RenderOptions,
    layout: string,
    keepsCandidate: boolean,
  ) => {
    if (name !== layout && !sampled()) return;
    const render = LAYOUTS[layout] as (t: CallTurn[], o: RenderOptions) => string;
    const c: Case = { name, text: render(turns, o), speakers: [...new Set(turns.map((t) => t.speaker))] };
    if (keepsCandidate) c.candidate = call.candidate;
    cases.push(c);
  };
  {
    const base = DEFAULT_RENDER;
    add(`${layout}`, call.turns, base, layout, true);
    add(`${layout} no-blank-lines`, call.turns, { ...base, blank: false }, layout, true);
    add(`${layout} wrapped`, call.turns, { ...base, wrap: 80 }, layout, true);
    // Known limit: untimed `Name: text` turns wrapped over many lines with no blank line between
    // them look like notes quoting a few lines; a few calls with very long turns read as notes.
    if (!UNTIMED_NAMES.has(layout))
      add(`${layout} wrapped no-blank-lines`, call.turns, { ...base, wrap: 80, blank: false }, layout, true);
    if (INLINE_OR_NOT.has(layout)) {
      add(`${layout} next-line`, call.turns, { ...base, nextLine: true }, layout, true);
      add(
        `${layout} next-line no-blank-lines`,
        call.turns,
        { ...base, nextLine: true, blank: false },
        layout,
        true,
      );
    }
    if (STYLED_CLOCK.has(layout))
      for (const clock of ['ms', 'hms.ms', 'hms,ms'] as const)
        add(`${layout} clock ${clock}`, call.turns, { ...base, clock }, layout, true);
    add(`${layout} two speakers`, firstSpeakers(call.turns, 2), base, layout, false);
    // a call with one voice only is told from a note by the export's own marks: cues or times
    if (!UNTIMED.has(layout)) add(`${layout} one speaker`, firstSpeakers(call.turns, 1), base, layout, false);
    const text = (LAYOUTS[layout] as (t: CallTurn[], o: RenderOptions) => string)(call.turns, base);
    for (const [v, change] of Object.entries(TEXT_VARIATIONS))
      if (((!CUE_LAYOUTS.has(layout) && layout !== 'zoom-captions') || FILE_VARIATIONS.has(v)) && sampled())
        cases.push({ name: `${layout} ${v}`, text: change(text), speakers, candidate: call.candidate });
    for (const [v, { rename, keepsNames }] of Object.entries(RENAMINGS)) {
      // names in lower case or with an emoji read as names only where the export marks them (cues,
      // times beside them): with a bare colon, "jess 🦄:" is a contact in a pasted chat
      if ((v === 'lowercase' || v === 'emoji') && STRICT_NAMES.has(layout)) continue;
      // a name that has a bracketed part already ("iPad (3)", "Sam (HR)") is left as it is
      const names = new Map(speakers.map((s, i) => [s, /\(/.test(s) ? s : rename(s, i)]));
      const turns = call.turns.map((t) => ({ ...t, speaker: names.get(t.speaker) as string }));
      const before = cases.length;
      add(`${layout} names ${v}`, turns, base, layout, false);
      if (keepsNames && call.candidate && cases.length > before)
        (cases.at(-1) as Case).candidate = names.get(call.candidate);
    }
  }
  return cases;
}

function failureOf(c: Case): string | undefined {
  const d = detectTranscript(c.text);
  if (!d) return 'notes';
  const r = parseDetectedTranscript(d);
  if (!r.ok) return 'error';
  // a name written with non-breaking spaces or tabs is the same name
  const got = r.value.speakers.map((s) => s.replace(/\s+/g, ' ')).sort();
  const want = c.speakers.map((s) => s.replace(/\s+/g, ' ')).sort();
  if (got.join('|') !== want.join('|')) return 'speakers';
  if ('candidate' in c && r.value.candidate?.name.replace(/\s+/g, ' ') !== c.candidate?.replace(/\s+/g, ' '))
    return 'candidate';
  return undefined;
}

describe('call layouts', () => {
  it('has readable calls of every folder', () => {
    expect(CALLS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(Object.keys(LAYOUTS))(
    'reads every readable call as a %s, in every variation, as a call with the same speakers',
    (layout) => {
      const failures = new Map<string, string[]>();
      CALLS.forEach((call, index) => {
        for (const c of casesOf(call, index, layout)) {
          const f = failureOf(c);
          if (!f) continue;
          const key = `${c.name}: ${f}`;
          failures.set(key, [...(failures.get(key) ?? []), call.id]);
        }
      });
      if (process.env.LAYOUTS_REPORT)
        for (const [k, ids] of [...failures].sort())
          console.log(`${k} (${ids.length}) ${ids.slice(0, 4).join(' ')}`);
      expect([...failures.keys()].sort()).toEqual([]);
    },
    120_000,
  );
});
