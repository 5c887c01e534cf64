import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
const [dist, file, cand] = process.argv.slice(2);
const { analyze } = await import(pathToFileURL(process.cwd() + '/' + dist + '/analysis/index.js').href);
const r = analyze(readFileSync(file, 'utf8'), { ...(cand ? { candidate: cand } : {}), ...(process.env.NOL ? { learned: false } : {}) });
if (!r.ok) console.log(r);
for (const s of r.value.signs) console.log(s.id, s.confidence?.toFixed?.(2), JSON.stringify(s.evidence?.map((e) => e.quote)));
