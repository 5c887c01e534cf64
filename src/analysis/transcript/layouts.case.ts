/**
 * Renders a call (its speaker turns) through the layouts calls are exported or pasted in, and
 * through the variations an export or a paste brings (line endings, a title block, page footers,
 * tabs, wrapped turns, renamed speakers), for `layouts.test.ts`: whatever the layout, a call must
 * still be read as a call, with the same speakers.
 */

export interface CallTurn {
  speaker: string;
  text: string;
  sec: number;
}

/** How a clock is written: with or without hours, with milliseconds after a dot or a comma. */
export type ClockStyle = 'hms' | 'ms' | 'hms.ms' | 'hms,ms';

export interface RenderOptions {
  clock: ClockStyle;
  /** A blank line between turns. */
  blank: boolean;
  /** The words on the line after the speaker rather than on the speaker's line. */
  nextLine: boolean;
  /** Wrap words at this width (0: one line per turn). */
  wrap: number;
}

export const DEFAULT_RENDER: RenderOptions = { clock: 'hms', blank: true, nextLine: false, wrap: 0 };

const pad = (n: number): string => String(n).padStart(2, '0');

export function clockOf(sec: number, style: ClockStyle): string {
  const s = Math.floor(sec);
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const ms = String(Math.round((sec - s) * 1000)).padStart(3, '0');
  if (style === 'ms') return `${h * 60 + m}:${pad(r)}`;
  const hms = `${pad(h)}:${pad(m)}:${pad(r)}`;
  if (style === 'hms.ms') return `${hms}.${ms}`;
  if (style === 'hms,ms') return `${hms},${ms}`;
  return hms;
}

function wrapped(text: string, width: number): string[] {
  if (width <= 0) return [text];
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** A turn's header line and, when the layout puts words after it, the words. */
type Head = (t: CallTurn, o: RenderOptions) => string;

/** Layouts whose turns are a header (speaker, maybe a time) then the words, on one line or two. */
function headed(head: Head, sep = ' '): (turns: CallTurn[], o: RenderOptions) => string {
  return (turns, o) => {
    const blocks = turns.map((t) => {
      const words = wrapped(t.text, o.wrap);
      const h = head(t, o);
      return o.nextLine ? [h, ...words].join('\n') : [`${h}${sep}${words[0]}`, ...words.slice(1)].join('\n');
    });
    return blocks.join(o.blank ? '\n\n' : '\n') + '\n';
  };
}

/** Cue layouts: WebVTT and SubRip, one cue per turn. */
function cues(kind: 'vtt-voice' | 'vtt-prefix' | 'srt'): (turns: CallTurn[], o: RenderOptions) => string {
  return (turns, o) => {
    const style: ClockStyle = kind === 'srt' ? 'hms,ms' : 'hms.ms';
    const blocks = turns.map((t, i) => {
      const end = turns[i + 1]?.sec ?? t.sec + 5;
      const id = kind === 'vtt-voice' ? `5f2c9a1e-8d3b-4c6a-9e7f-1b2d3c4e5f60/${i + 10}-0` : String(i + 1);
      const words = wrapped(t.text, o.wrap);
      const body =
        kind === 'vtt-voice'
          ? [`<v ${t.speaker}>${words[0]}`, ...words.slice(1)].join('\n') + '</v>'
          : [`${t.speaker}: ${words[0]}`, ...words.slice(1)].join('\n');
      return `${id}\n${clockOf(t.sec, style)} --> ${clockOf(end, style)}\n${body}`;
    });
    return (kind === 'srt' ? '' : 'WEBVTT\n\n') + blocks.join('\n\n') + '\n';
  };
}

function meetDoc(turns: CallTurn[], o: RenderOptions): string {
  const names = [...new Set(turns.map((t) => t.speaker))];
  const out = [
    'abc-defg-hij (2026-11-17 10:00 GMT) - Transcript',
    '',
    'Attendees',
    names.join(', '),
    '',
    'Transcript',
    'This editable transcript was computer generated and might contain errors. People can also change the text after it was created.',
    '',
    '00:00:00',
    '',
  ];
  let marker = 300;
  for (const t of turns) {
    while (t.sec >= marker) {
      out.push(clockOf(marker, 'hms'), '');
      marker += 300;
    }
    out.push(...wrapped(`${t.speaker}: ${t.text}`, o.wrap));
    if (o.blank) out.push('');
  }
  out.push('Meeting ended after 00:41:07 👋', '');
  return out.join('\n');
}

/** Each layout, keyed by a short name: the shapes of the exports in facts.md and in public parsers. */
export const LAYOUTS: Record<string, (turns: CallTurn[], o: RenderOptions) => string> = {
  'teams-vtt': cues('vtt-voice'),
  'zoom-vtt': cues('vtt-prefix'),
  srt: cues('srt'),
  'zoom-captions': headed((t) => `[${t.speaker}] ${clockOf(t.sec + 36_000, 'hms')}`, '\n'),
  'meet-doc': meetDoc,
  // Teams' .docx as text: "Name   0:13" above the words
  'teams-docx': headed((t, o) => `${t.speaker}   ${clockOf(t.sec, o.clock)}`, '\n'),
  // as some converters space it, one space before the time
  'teams-docx-one-space': headed((t, o) => `${t.speaker} ${clockOf(t.sec, o.clock)}`, '\n'),
  // the same flattened to one paragraph a turn, as some converters leave it
  'teams-docx-inline': headed((t, o) => `${t.speaker}   ${clockOf(t.sec, o.clock)}`),
  otter: headed((t, o) => `${t.speaker}  ${clockOf(t.sec, o.clock)}`, '\n'),
  rev: headed((t, o) => `${t.speaker} (${clockOf(t.sec, o.clock)}):`),
  'bracket-time': headed((t, o) => `[${clockOf(t.sec, o.clock)}] ${t.speaker}:`),
  plain: headed((t) => `${t.speaker}:`),
  'plain-bare-times': headed((t, o) => `${clockOf(t.sec, o.clock)}\n${t.speaker}:`),
};

/** Layouts whose header line may carry the words (`nextLine` false) or not. */
export const INLINE_OR_NOT = new Set(['rev', 'bracket-time', 'plain', 'plain-bare-times']);
/** Layouts that write a clock the caller may style. */
export const STYLED_CLOCK = new Set([
  'teams-docx',
  'teams-docx-one-space',
  'teams-docx-inline',
  'otter',
  'rev',
  'bracket-time',
  'plain-bare-times',
]);

/** Text-level changes an export or a paste brings, applied to a rendered call. */
export const TEXT_VARIATIONS: Record<string, (text: string) => string> = {
  crlf: (s) => s.replace(/\n/g, '\r\n'),
  cr: (s) => s.replace(/\n/g, '\r'),
  bom: (s) => `\uFEFF${s}`,
  'leading-blank-lines': (s) => `\n\n\n${s}`,
  'title-block': (s) =>
    [
      'Interview — Data Analyst (second stage)',
      'Tuesday 17 November 2026, 10:00–10:45',
      'Duration: 44 minutes',
      'Attendees: panel and candidate',
      'Recorded by Acme Talent',
      'Transcript',
      '',
      s,
    ].join('\n'),
  'trailing-note': (s) =>
    `${s}\nThis transcript was generated automatically and may contain errors.\nDownloaded from the meeting recording on 18/11/2026.\n`,
  'tabs-for-spaces': (s) => s.replace(/ {2,}/g, '\t'),
  'nbsp-separators': (s) => s.replace(/ {2,}/g, (m) => '\u00a0'.repeat(m.length)),
  'page-footers': (s) => {
    const lines = s.split('\n');
    const out: string[] = [];
    const pages = Math.ceil(lines.length / 40);
    lines.forEach((l, i) => {
      if (i > 0 && i % 40 === 0)
        out.push('', `Page ${i / 40} of ${pages}`, 'Interview transcript — confidential', '');
      out.push(l);
    });
    return out.join('\n');
  },
  'numbered-lines': (s) =>
    s
      .split('\n')
      .map((l, i) => (l.trim() ? `${String(i + 1).padStart(3)}  ${l}` : l))
      .join('\n'),
  'trailing-spaces': (s) => s.replace(/\n/g, '  \n'),
};

/** Renamings of the speakers: each maps a call's speaker names, in order of first turn, to new ones. */
export const RENAMINGS: Record<
  string,
  { rename: (name: string, index: number) => string; keepsNames: boolean }
> = {
  // a guest is often the candidate: these may move the guess
  guest: { rename: (n, i) => (i === 0 ? n : `${n} (Guest)`), keepsNames: false },
  external: { rename: (n, i) => (i === 0 ? `${n} (She/Her)` : `${n} (External)`), keepsNames: false },
  titles: {
    // a person's name only: not a room, a device or an address
    rename: (n, i) =>
      /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(n) ? (i % 2 === 0 ? `Dr. ${n}` : `${n}, MBA`) : n,
    keepsNames: false,
  },
  nbsp: { rename: (n) => n.replace(/ /g, '\u00a0'), keepsNames: true },
  email: {
    rename: (n) =>
      `${n
        .toLowerCase()
        .replace(/[^\p{L}]+/gu, '.')
        .replace(/^\.|\.$/g, '')}@acme-corp.com`,
    keepsNames: true,
  },
  initials: { rename: (n) => n.replace(/\s(\p{Lu})\p{L}+$/u, ' $1.'), keepsNames: false },
  digits: { rename: (_n, i) => `Speaker ${i + 1}`, keepsNames: false },
  devices: {
    rename: (n, i) => (i === 0 ? 'Boardroom 3 (Room)' : i === 1 ? n : `iPhone ${i + 10}`),
    keepsNames: false,
  },
  phone: { rename: (n, i) => (i === 0 ? '+44 7700 900123' : n), keepsNames: false },
  'non-latin': {
    rename: (n, i) =>
      ['Zoë Ångström', 'Дмитрий Иванов', '王秀英', 'Νίκος Παππάς', 'محمد علي', 'Łukasz Żółć'][i % 6] ?? n,
    keepsNames: false,
  },
  emoji: { rename: (n, i) => (i % 2 === 0 ? `${n} 🌸` : `🎧 ${n}`), keepsNames: true },
  lowercase: { rename: (n) => n.toLowerCase(), keepsNames: true },
};

/** Turns of the call's first `n` speakers only, with a speaker's turns in a row merged. */
export function firstSpeakers(turns: CallTurn[], n: number): CallTurn[] {
  // one voice alone keeps its turns apart, as an export keeps its cues
  if (n === 1) return turns.filter((t) => t.speaker === turns[0]?.speaker);
  const keep = [...new Set(turns.map((t) => t.speaker))].slice(0, n);
  const out: CallTurn[] = [];
  for (const t of turns) {
    if (!keep.includes(t.speaker)) continue;
    const last = out[out.length - 1];
    if (last && last.speaker === t.speaker) last.text = `${last.text} ${t.text}`;
    else out.push({ ...t });
  }
  return out;
}
