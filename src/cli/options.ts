/**
 * argv words into flags, values and positionals for one command's options, and the options
 * several commands read alike (--help, --today, --name). parse-args.ts makes the plans.
 */
import { isoDateFrom } from '../core/dates.js';
import { FIRST_NAME_MAX } from '../contract/limits.js';
import { suggestionFor } from './suggest.js';

export type OptionSpec = Record<string, 'flag' | 'value'>;

export interface Parsed {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
}

const COMMON: OptionSpec = { help: 'flag', h: 'flag' };

export function split(args: readonly string[], spec: OptionSpec): Parsed | string {
  const all = { ...COMMON, ...spec };
  const parsed: Parsed = { flags: new Set(), values: new Map(), positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-' || !arg.startsWith('-')) {
      parsed.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    const kind = all[name];
    if (kind === undefined)
      return `unknown option ${eq >= 0 ? arg.slice(0, arg.indexOf('=')) : arg}${suggestionFor(name, Object.keys(all), '--')}`;
    if (kind === 'flag') {
      if (eq >= 0) return `--${name} takes no value`;
      parsed.flags.add(name);
      continue;
    }
    const value = eq >= 0 ? body.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return `--${name} needs a value`;
    parsed.values.set(name, value);
  }
  return parsed;
}

export const wantsHelp = (p: Parsed): boolean => p.flags.has('help') || p.flags.has('h');

/** `--today` exists so tests and replays can pin the date; it must be a real calendar date. */
export function todayOf(p: Parsed): { today?: string } | string {
  const today = p.values.get('today');
  if (today === undefined) return {};
  return isoDateFrom(today) ? { today } : `--today: expected a date as YYYY-MM-DD (got "${today}")`;
}

/** `--name` signs the drafts and is kept for next time, so it must be one that can sign. */
export function nameOf(p: Parsed): { name?: string } | string {
  const raw = p.values.get('name');
  if (raw === undefined) return {};
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '') return '--name needs a value';
  if (name.length > FIRST_NAME_MAX)
    return `--name: at most ${FIRST_NAME_MAX} characters (got ${name.length})`;
  return { name };
}
