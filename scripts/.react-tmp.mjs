import { pathToFileURL } from 'node:url';
import { transcripts } from './labelled.mjs';
const [dist, dir, ...ids] = process.argv.slice(2);
const T = await import(pathToFileURL(process.cwd() + '/' + dist + '/analysis/transcript/index.js').href);
for (const it of transcripts(dir)) {
  if (!ids.includes(it.id)) continue;
  if (Number(it.id.slice(1)) % 2 === 0 && /[fghi]-transcripts/.test(dir)) throw new Error('even');
  const r = T.parseTranscript(it.text, { candidate: it.candidate });
  const turns = r.value.turns, cand = r.value.candidate?.name;
  console.log('##', it.id, [...it.gold].join(','));
  for (let t = 1; t < turns.length; t++) if (turns[t].speaker !== cand && turns[t - 1].speaker === cand) {
    const g = turns[t].startSec != null && turns[t-1].endSec != null ? (turns[t].startSec - turns[t-1].endSec).toFixed(1) : '-';
    console.log(`  [${g}] ${turns[t].speaker.slice(0,8)}: ${turns[t].text.split(/\s+/).slice(0, 9).join(' ')}`);
  }
}
