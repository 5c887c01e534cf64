import { CATALOGUE, type SignInfo } from '../../core/signs/catalogue.js';
import { CHANNELS } from '../../core/signs/ids.js';
import { write, type CliContext } from '../io.js';
import { wrap } from '../render/text.js';
import { CHANNEL_NAMES } from '../../core/signs/channel-names.js';
import type { Style } from '../style.js';

export function runSigns(ctx: CliContext, style: Style, json: boolean): number {
  if (json) {
    write(ctx.stdout, JSON.stringify(CATALOGUE, null, ctx.isStdoutTty ? 2 : 0));
    return 0;
  }
  write(ctx.stdout, renderCatalogue(CATALOGUE, style));
  return 0;
}

export function renderCatalogue(catalogue: readonly SignInfo[], style: Style): string {
  const out: string[] = [];
  for (const channel of CHANNELS) {
    const signs = catalogue.filter((s) => s.channel === channel);
    if (signs.length === 0) continue;
    out.push(style.bold(CHANNEL_NAMES[channel]));
    for (const s of signs) {
      const mark = s.polarity === 'positive' ? style.green('+') : style.red('-');
      const extra = s.isContract ? '' : style.dim(' (Debrief extra)');
      out.push(`  ${mark} ${s.title}${extra}`);
      out.push(`    ${style.dim(s.id)}`);
      out.push(...wrap(s.explanation, 78, '    '));
    }
    out.push('');
  }
  return out.join('\n');
}
