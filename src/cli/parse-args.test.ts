import { describe, it, expect } from 'vitest';
import { planFromArgs, type Plan } from './parse-args.js';

const _ = (line: string, plan: Plan) => () =>
  expect(planFromArgs(line === '' ? [] : line.split(' '))).toEqual(plan);
const usageError = (line: string, fragment: string) => () => {
  const plan = planFromArgs(line.split(' '));
  expect(plan.kind).toBe('usage-error');
  expect(plan.kind === 'usage-error' && plan.message).toContain(fragment);
};

describe('planFromArgs', () => {
  it('no args', _('', { kind: 'help', topic: 'main' }));
  it('--help', _('--help', { kind: 'help', topic: 'main' }));
  it('-h', _('-h', { kind: 'help', topic: 'main' }));
  it('help assess', _('help assess', { kind: 'help', topic: 'assess' }));
  it('help nonsense', usageError('help nonsense', 'no help for "nonsense"'));
  it('--version', _('--version', { kind: 'version' }));
  it('-v', _('-v', { kind: 'version' }));
  it('signs', _('signs', { kind: 'signs', json: false }));
  it('signs --json', _('signs --json', { kind: 'signs', json: true }));
  it('signs --help', _('signs --help', { kind: 'help', topic: 'signs' }));
  it('signs extra', usageError('signs extra', 'unexpected argument "extra"'));
  it('assess', _('assess', { kind: 'assess-interactive', save: true }));
  it(
    'assess --notes n.txt',
    _('assess --notes n.txt', { kind: 'assess-interactive', notes: 'n.txt', save: true }),
  );
  it('assess --json file', _('assess --json r.json', { kind: 'assess-json', source: 'r.json', save: false }));
  it('assess --json -', _('assess --json -', { kind: 'assess-json', source: '-', save: false }));
  it(
    'assess --json=r.json',
    _('assess --json=r.json', { kind: 'assess-json', source: 'r.json', save: false }),
  );
  it(
    'assess --today',
    _('assess --json - --today 2026-03-02', {
      kind: 'assess-json',
      source: '-',
      save: false,
      today: '2026-03-02',
    }),
  );
  it(
    'assess --today impossible',
    usageError('assess --json - --today 2026-02-30', '--today: expected a date'),
  );
  it('assess --json with no value', usageError('assess --json', '--json needs a value'));
  it('assess --json and --notes', usageError('assess --json a --notes b', 'either --json or --notes'));
  it('assess --help wins', _('assess --json r.json --help', { kind: 'help', topic: 'assess' }));
  it('assess unknown option', usageError('assess --jsno r.json', 'unknown option --jsno'));
  it('assess unknown option=value', usageError('assess --colour=no', 'unknown option --colour'));
  it('assess --no-save', _('assess --no-save', { kind: 'assess-interactive', save: false }));
  it('assess --json --save', _('assess --json - --save', { kind: 'assess-json', source: '-', save: true }));
  it('assess --save --no-save', usageError('assess --save --no-save', 'either --save or --no-save'));
  it('list', _('list', { kind: 'list', json: false }));
  it('list --json', _('list --json', { kind: 'list', json: true }));
  it('list extra', usageError('list x', 'unexpected argument "x"'));
  it('help list', _('help list', { kind: 'help', topic: 'list' }));
  it('show id', _('show 1a2b3c4d', { kind: 'show', id: '1a2b3c4d' }));
  it('show no id', usageError('show', 'needs an interview id'));
  it('show --name', _('show 1a2b --name Sam', { kind: 'show', id: '1a2b', name: 'Sam' }));
  it('assess --name', _('assess --name Sam', { kind: 'assess-interactive', name: 'Sam', save: true }));
  it('show --name tidied', () =>
    expect(planFromArgs(['show', '1a2b', '--name', ' Sam  Lee '])).toEqual({
      kind: 'show',
      id: '1a2b',
      name: 'Sam Lee',
    }));
  it('show --name blank', () =>
    expect(planFromArgs(['show', '1a2b', '--name', '  '])).toMatchObject({
      kind: 'usage-error',
      message: '--name needs a value',
    }));
  it('show --name too long', usageError(`show 1a2b --name ${'x'.repeat(101)}`, 'at most 100 characters'));
  it('assess --json --name', usageError('assess --json - --name Sam', '"candidateName"'));
  it('show --help', _('show --help', { kind: 'help', topic: 'show' }));
  it('outcome', _('outcome 1a2b offer', { kind: 'outcome', id: '1a2b', outcome: 'offer' }));
  it(
    'outcome --date',
    _('outcome 1a2b Rejected --date 2026-03-20', {
      kind: 'outcome',
      id: '1a2b',
      outcome: 'rejected',
      on: '2026-03-20',
    }),
  );
  it('outcome bad word', usageError('outcome 1a2b hired', '"hired" is not an outcome: use one of'));
  it('outcome near word', usageError('outcome 1a2b ofer', 'did you mean offer?'));
  it('outcome bad date', usageError('outcome 1a2b offer --date 2026-13-01', '--date: expected a date'));
  it('export', _('export b.json', { kind: 'export', file: 'b.json', csv: false }));
  it('export to stdout', _('export - --csv', { kind: 'export', csv: true }));
  it('import', _('import b.json --replace', { kind: 'import', source: 'b.json', replace: true }));
  it('import needs a file', usageError('import', 'import needs a file'));
  it('outcome numeric date', usageError('outcome 1a2b offer --date 03/04/2026', 'YYYY-MM-DD'));
  it(
    'outcome date in words',
    _('outcome 1a2b offer --date yesterday', {
      kind: 'outcome',
      id: '1a2b',
      outcome: 'offer',
      on: 'yesterday',
    }),
  );
  it('outcome no word', usageError('outcome 1a2b', 'needs an interview id and one of'));
  it('analyze file', _('analyze notes.txt', { kind: 'analyze', source: 'notes.txt', json: false }));
  it('analyze - --json', _('analyze - --json', { kind: 'analyze', source: '-', json: true }));
  it(
    'analyze --candidate',
    _('analyze t.vtt --candidate Sam', { kind: 'analyze', source: 't.vtt', json: false, candidate: 'Sam' }),
  );
  it('analyze no file', usageError('analyze', 'needs a file'));
  it('analyze two files', usageError('analyze a b', 'unexpected argument "b"'));
  it('analyze --json=x', usageError('analyze a --json=x', '--json takes no value'));
  it('analyze --batch', _('analyze --batch', { kind: 'analyze-batch' }));
  it(
    'analyze --batch --today',
    _('analyze --batch --today 2026-01-05', { kind: 'analyze-batch', today: '2026-01-05' }),
  );
  it('analyze --batch with a file', usageError('analyze --batch f.jsonl', 'reads JSON lines from stdin'));
  it(
    'analyze after --',
    _('analyze -- --weird-name', { kind: 'analyze', source: '--weird-name', json: false }),
  );
  it('unknown command', usageError('asess', 'unknown command "asess"; did you mean assess?'));
  it(
    'a word for adding an interview points to assess',
    usageError('add', 'unknown command "add"; did you mean assess?'),
  );
  it('ls points to list', usageError('ls', 'unknown command "ls"; did you mean list?'));
  it('a swapped pair', usageError('anaylze', '; did you mean analyze?'));
  it('nothing close', () => {
    const plan = planFromArgs(['frobnicate']);
    expect(plan.kind === 'usage-error' && plan.message).toBe('unknown command "frobnicate"');
  });
  it('a close option', usageError('assess --notse n.txt', 'unknown option --notse; did you mean --notes?'));
  it('a close top option', usageError('--verison', '; did you mean --version?'));
  it('unknown top option', usageError('--nope', 'unknown option --nope'));
});
