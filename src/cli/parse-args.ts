/**
 * Turns argv into a plan; main.ts carries it out. Pure, so every decision is a one-line test.
 */
import { isoDateFrom } from '../core/dates.js';
import { OUTCOMES, type Outcome } from '../core/record.js';
import { nameOf, split, todayOf, wantsHelp } from './options.js';
import { suggestionFor } from './suggest.js';

export type HelpTopic =
  'main' | 'assess' | 'analyze' | 'signs' | 'list' | 'show' | 'outcome' | 'export' | 'import';

export type Plan =
  | { kind: 'help'; topic: HelpTopic }
  | { kind: 'version' }
  | { kind: 'signs'; json: boolean }
  | { kind: 'assess-json'; source: string; save: boolean; today?: string }
  | { kind: 'assess-interactive'; notes?: string; name?: string; save: boolean; today?: string }
  | { kind: 'list'; json: boolean; today?: string }
  | { kind: 'show'; id: string; name?: string; today?: string }
  | { kind: 'outcome'; id: string; outcome: Outcome; on?: string; today?: string }
  | { kind: 'analyze'; source: string; candidate?: string; json: boolean; today?: string }
  | { kind: 'analyze-batch'; today?: string }
  | { kind: 'export'; file?: string; csv: boolean; today?: string }
  | { kind: 'import'; source: string; replace: boolean; today?: string }
  | { kind: 'usage-error'; message: string; topic: HelpTopic };

function usage(message: string, topic: HelpTopic): Plan {
  return { kind: 'usage-error', message, topic };
}

function planAssess(args: readonly string[]): Plan {
  const p = split(args, {
    json: 'value',
    notes: 'value',
    name: 'value',
    today: 'value',
    save: 'flag',
    'no-save': 'flag',
  });
  if (typeof p === 'string') return usage(p, 'assess');
  if (wantsHelp(p)) return { kind: 'help', topic: 'assess' };
  const today = todayOf(p);
  if (typeof today === 'string') return usage(today, 'assess');
  if (p.positionals.length > 0) return usage(`unexpected argument "${p.positionals[0]}"`, 'assess');
  const json = p.values.get('json');
  const notes = p.values.get('notes');
  if (json !== undefined && notes !== undefined)
    return usage('use either --json or --notes, not both', 'assess');
  if (p.flags.has('save') && p.flags.has('no-save'))
    return usage('use either --save or --no-save, not both', 'assess');
  const name = nameOf(p);
  if (typeof name === 'string') return usage(name, 'assess');
  if (json !== undefined && name.name !== undefined)
    return usage('with --json, give the name in the request ("candidateName")', 'assess');
  // JSON stays pure unless asked to save; the conversation offers to save unless told not to.
  if (json !== undefined) return { kind: 'assess-json', source: json, save: p.flags.has('save'), ...today };
  return {
    kind: 'assess-interactive',
    ...(notes !== undefined ? { notes } : {}),
    ...name,
    save: !p.flags.has('no-save'),
    ...today,
  };
}

function planAnalyze(args: readonly string[]): Plan {
  const p = split(args, { batch: 'flag', json: 'flag', candidate: 'value', today: 'value' });
  if (typeof p === 'string') return usage(p, 'analyze');
  if (wantsHelp(p)) return { kind: 'help', topic: 'analyze' };
  const today = todayOf(p);
  if (typeof today === 'string') return usage(today, 'analyze');
  if (p.flags.has('batch')) {
    if (p.positionals.length > 0)
      return usage('--batch reads JSON lines from stdin; it takes no file', 'analyze');
    if (p.flags.has('json') || p.values.has('candidate')) {
      return usage('--batch always writes JSON; give the candidate per line ("candidate")', 'analyze');
    }
    return { kind: 'analyze-batch', ...today };
  }
  if (p.positionals.length === 0) return usage('analyze needs a file (or - for stdin)', 'analyze');
  if (p.positionals.length > 1) return usage(`unexpected argument "${p.positionals[1]}"`, 'analyze');
  const candidate = p.values.get('candidate');
  return {
    kind: 'analyze',
    source: p.positionals[0] as string,
    json: p.flags.has('json'),
    ...(candidate !== undefined ? { candidate } : {}),
    ...today,
  };
}

function planSigns(args: readonly string[]): Plan {
  const p = split(args, { json: 'flag' });
  if (typeof p === 'string') return usage(p, 'signs');
  if (wantsHelp(p)) return { kind: 'help', topic: 'signs' };
  if (p.positionals.length > 0) return usage(`unexpected argument "${p.positionals[0]}"`, 'signs');
  return { kind: 'signs', json: p.flags.has('json') };
}

function planList(args: readonly string[]): Plan {
  const p = split(args, { json: 'flag', today: 'value' });
  if (typeof p === 'string') return usage(p, 'list');
  if (wantsHelp(p)) return { kind: 'help', topic: 'list' };
  const today = todayOf(p);
  if (typeof today === 'string') return usage(today, 'list');
  if (p.positionals.length > 0) return usage(`unexpected argument "${p.positionals[0]}"`, 'list');
  return { kind: 'list', json: p.flags.has('json'), ...today };
}

function planExport(args: readonly string[]): Plan {
  const p = split(args, { csv: 'flag', today: 'value' });
  if (typeof p === 'string') return usage(p, 'export');
  if (wantsHelp(p)) return { kind: 'help', topic: 'export' };
  const today = todayOf(p);
  if (typeof today === 'string') return usage(today, 'export');
  const [file, extra] = p.positionals;
  if (extra !== undefined) return usage(`unexpected argument "${extra}"`, 'export');
  return {
    kind: 'export',
    ...(file !== undefined && file !== '-' ? { file } : {}),
    csv: p.flags.has('csv'),
    ...today,
  };
}

function planImport(args: readonly string[]): Plan {
  const p = split(args, { replace: 'flag', today: 'value' });
  if (typeof p === 'string') return usage(p, 'import');
  if (wantsHelp(p)) return { kind: 'help', topic: 'import' };
  const today = todayOf(p);
  if (typeof today === 'string') return usage(today, 'import');
  const [source, extra] = p.positionals;
  if (source === undefined) return usage('import needs a file made by export (or - for stdin)', 'import');
  if (extra !== undefined) return usage(`unexpected argument "${extra}"`, 'import');
  return { kind: 'import', source, replace: p.flags.has('replace'), ...today };
}

function planShow(args: readonly string[]): Plan {
  const p = split(args, { today: 'value', name: 'value' });
  if (typeof p === 'string') return usage(p, 'show');
  if (wantsHelp(p)) return { kind: 'help', topic: 'show' };
  const today = todayOf(p);
  if (typeof today === 'string') return usage(today, 'show');
  const [id, extra] = p.positionals;
  if (id === undefined) return usage('show needs an interview id (debrief list shows them)', 'show');
  if (extra !== undefined) return usage(`unexpected argument "${extra}"`, 'show');
  const name = nameOf(p);
  if (typeof name === 'string') return usage(name, 'show');
  return { kind: 'show', id, ...name, ...today };
}

const isOutcome = (word: string): word is Outcome => (OUTCOMES as readonly string[]).includes(word);

function planOutcome(args: readonly string[]): Plan {
  const p = split(args, { date: 'value', today: 'value' });
  if (typeof p === 'string') return usage(p, 'outcome');
  if (wantsHelp(p)) return { kind: 'help', topic: 'outcome' };
  const today = todayOf(p);
  if (typeof today === 'string') return usage(today, 'outcome');
  const [id, word, extra] = p.positionals;
  if (id === undefined || word === undefined)
    return usage(`outcome needs an interview id and one of ${OUTCOMES.join(', ')}`, 'outcome');
  if (extra !== undefined) return usage(`unexpected argument "${extra}"`, 'outcome');
  const outcome = word.toLowerCase();
  if (!isOutcome(outcome))
    return usage(
      `"${word}" is not an outcome: use one of ${OUTCOMES.join(', ')}${suggestionFor(outcome, OUTCOMES)}`,
      'outcome',
    );
  const on = p.values.get('date');
  // words ("yesterday", "last friday") are read against today when the plan runs; a numeric date
  // other than YYYY-MM-DD is refused, since 03/04 is March in one country and April in another
  if (on !== undefined && !isoDateFrom(on) && (/^\d{4}-/.test(on) || /\d[/.-]\d/.test(on)))
    return usage(`--date: expected a date as YYYY-MM-DD or words like "yesterday" (got "${on}")`, 'outcome');
  return { kind: 'outcome', id, outcome, ...(on !== undefined ? { on } : {}), ...today };
}

const TOPICS: readonly HelpTopic[] = [
  'assess',
  'list',
  'show',
  'outcome',
  'export',
  'import',
  'analyze',
  'signs',
];

/**
 * Words people reach for that are another command by name: "add" or "new" an interview is
 * `assess`, which edit distance alone would never find ("add" is far from every command).
 */
const SAME_AS: Readonly<Record<string, string>> = {
  add: 'assess',
  new: 'assess',
  record: 'assess',
  create: 'assess',
  ls: 'list',
  view: 'show',
  open: 'show',
};

export function planFromArgs(argv: readonly string[]): Plan {
  const [verb, ...rest] = argv;
  switch (verb) {
    case undefined:
    case '--help':
    case '-h':
      return { kind: 'help', topic: 'main' };
    case '--version':
    case '-v':
    case 'version':
      return { kind: 'version' };
    case 'help': {
      const topic = rest[0];
      if (topic === undefined) return { kind: 'help', topic: 'main' };
      return (TOPICS as readonly string[]).includes(topic)
        ? { kind: 'help', topic: topic as HelpTopic }
        : usage(`no help for "${topic}"`, 'main');
    }
    case 'assess':
      return planAssess(rest);
    case 'analyze':
      return planAnalyze(rest);
    case 'signs':
      return planSigns(rest);
    case 'list':
      return planList(rest);
    case 'show':
      return planShow(rest);
    case 'outcome':
      return planOutcome(rest);
    case 'export':
      return planExport(rest);
    case 'import':
      return planImport(rest);
    default:
      return usage(
        verb.startsWith('-')
          ? `unknown option ${verb}${suggestionFor(verb.replace(/^--?/, ''), ['help', 'version'], '--')}`
          : `unknown command "${verb}"${SAME_AS[verb.toLowerCase()] ? `; did you mean ${SAME_AS[verb.toLowerCase()]}?` : suggestionFor(verb, [...TOPICS, 'help', 'version'])}`,
        'main',
      );
  }
}
