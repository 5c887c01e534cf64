import { pathToFileURL } from 'node:url';
import { transcripts } from './labelled.mjs';
const [dist, id, sign] = process.argv.slice(2);
if (Number(id.slice(1)) % 2 === 0) throw new Error('even id');
const { analyze } = await import(pathToFileURL(process.cwd() + '/' + dist + '/analysis/index.js').href);
const it = transcripts('test/fixtures/corpus/i-transcripts').find((x) => x.id === id);
const r = analyze(it.text, { candidate: it.candidate });
for (const s of r.value.signs) if (!sign || s.id === sign) console.log(s.id, s.confidence?.toFixed?.(2), JSON.stringify(s.evidence?.map((e) => e.quote)));
console.log('gold', [...it.gold].join(','));
