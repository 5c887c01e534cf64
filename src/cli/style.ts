import pc from 'picocolors';

export type Paint = (text: string) => string;

export interface Style {
  enabled: boolean;
  bold: Paint;
  dim: Paint;
  underline: Paint;
  green: Paint;
  red: Paint;
  yellow: Paint;
  cyan: Paint;
  magenta: Paint;
}

/** With colour off every paint is the identity, so output carries no ANSI codes at all. */
export function styleFor(enabled: boolean): Style {
  const c = pc.createColors(enabled);
  return {
    enabled,
    bold: c.bold,
    dim: c.dim,
    underline: c.underline,
    green: c.green,
    red: c.red,
    yellow: c.yellow,
    cyan: c.cyan,
    magenta: c.magenta,
  };
}

/** NO_COLOR (any non-empty value, per no-color.org) and non-terminal output both switch colour off. */
export function colorEnabled(isTty: boolean, env: Record<string, string | undefined>): boolean {
  return isTty && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
}
