import { pathToFileURL } from 'node:url';
import { transcripts } from './labelled.mjs';
const [dist, ...dirs] = process.argv.slice(2);
const T = await import(pathToFileURL(process.cwd() + '/' + dist + '/analysis/transcript/index.js').href);
const ACK_LEAD = /^(?:okay|ok|right|sure|mm|mm-hm|mhm|hm|fine|yep|noted|alright)\b/i;
const ACK_ONLY = /^(?:(?:okay|ok|right|sure|mm|mm-hm|mhm|hm|fine|yep|yeah|noted|alright)[.,]?\s*)+$/i;
const LAUGH = /(?:^|[\s,.!?(])(?:ha|hah|haha+|lol|hehe)(?=[\s,.!?)]|$)|[[(](?:laughs?|laughter|laughing|chuckles?)[\])]/i;
for (const dir of dirs) for (const it of transcripts(dir)) {
  const odd = Number(it.id.slice(1)) % 2 === 1;
  if (!odd && /[fghi]-transcripts/.test(dir)) continue;
  const r = T.parseTranscript(it.text, { candidate: it.candidate });
  if (!r.ok) { console.log(it.id, 'parse fail'); continue; }
  const turns = r.value.turns, cand = r.value.candidate?.name;
  let react = 0, lead = 0, bare = 0, lively = 0, gaps = 0, gaps2 = 0, words = 0; const ints = new Set(); const lens = [];
  for (let t = 0; t < turns.length; t++) {
    const tu = turns[t], txt = tu.text.trim();
    words += txt.split(/\s+/).length;
    if (tu.speaker === cand) continue;
    ints.add(tu.speaker); lens.push(txt.split(/\s+/).length);
    if (LAUGH.test(txt) || txt.includes('!')) lively++;
    if (t === 0 || turns[t - 1].speaker !== cand) continue;
    react++; if (ACK_LEAD.test(txt)) lead++; if (ACK_ONLY.test(txt)) bare++;
    const p = turns[t - 1];
    if (p.endSec != null && tu.startSec != null) { const g = tu.startSec - p.endSec; if (g >= 4) gaps++; if (g >= 2.5) gaps2++; }
  }
  lens.sort((a, b) => a - b);
  const g = [...it.gold];
  console.log(`${dir.split('/').pop().slice(0,6)} ${it.id.padEnd(5)} turns=${turns.length} w=${words} ints=${ints.size} react=${react} lead=${lead} bare=${bare} med=${lens[lens.length >> 1]} lively=${lively} gap4=${gaps} gap2.5=${gaps2} timed=${turns[0].startSec!=null} ${g.includes('flat-interviewer') ? 'FLAT' : ''} ${g.includes('awkward-atmosphere') ? 'AWK' : ''} ${g.includes('positive-atmosphere') ? 'POS' : ''}`);
}
