import { describe, expect, it } from 'vitest';
import { errorText } from './error-text.js';

const message =
  '"rejectd" is not an outcome: use one of next-round, offer, rejected, ghosted, withdrew; did you mean rejected? (see: debrief outcome --help)';

describe('errorText', () => {
  it('wraps a long message at 78 columns in a terminal, later lines indented', () => {
    const lines = errorText(message, true).trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(78);
    expect(lines[0]).toMatch(/^debrief: "rejectd" is not an outcome/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\S/);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(`debrief: ${message}`);
  });

  it('keeps the message on one line when stderr is piped', () => {
    expect(errorText(message, false)).toBe(`debrief: ${message}\n`);
  });

  it('leaves a short message as it is', () => {
    expect(errorText('no such file: a.txt', true)).toBe('debrief: no such file: a.txt\n');
  });
});
