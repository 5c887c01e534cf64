// Cue-level statistics: which cue produced each found sign, and how often it was right.
//   npx tsc -p tsconfig.build.json --outDir .tmp/b && node scripts/cue-stats.mjs .tmp/b [--set read] [--signs a,b]
//     [--examples sign#i[,sign#j]] [--max N] [--jsonl F]
// Only for sets whose errors may be read (--examples prints the quotes of a cue's false positives).
// The build is copied to a scratch folder and its detect/run.js given a hook that hands over the
// hits per sign just before the weight check, so the source keeps no debug option.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jsonl, readableSets, specSignIds, transcripts } from './labelled.mjs';

const args = process.argv.slice(2);
const opt = (n) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : undefined;
};
const dist = resolve(args[0] ?? 'dist');
const only = opt('--signs')?.split(',');
const exampleCues = new Set(opt('--examples')?.split(',') ?? []);
const maxExamples = Number(opt('--max') ?? 40);
// --words sign#i: the cue's matches grouped by their last two words, to see which wording misfires
// --veto-with a,b: how the signs would score if dropped whenever the rules also found a or b
const vetoWith = opt('--veto-with')?.split(',') ?? [];
// --dump FILE: one JSON line per item and found-or-hit sign, with each hit's cue, weight and matched words
const dumpFile = opt('--dump');
const dumped = [];
// the cue's words in its hit: notes' counted hits no longer keep their clause (detect/run.ts), so
// the evidence quote stands in for it there (surface words, so a lemma cue may not match: '')
const cueMatch = (l) => {
  const re = l.hit.cue.re;
  re.lastIndex = 0;
  const c = l.hit.clause;
  return re.exec(c ? (l.hit.cue.surface ? c.surface : c.lemmas) : l.quote.quote.toLowerCase());
};
const wordCues = new Set(opt('--words')?.split(',') ?? []);
// sets read least often for these signs: their precision is the more honest guess at unread text
const LATE = new Set(['j-odd', 'n-odd', 'f-odd', 'g-odd', 'h-odd', 'i-odd']);
// --jsonl F: a readable set kept outside the repository (real stories' odd ids), scored as set "file"
const outside = opt('--jsonl');
const which = opt('--set') ?? (outside ? 'file' : 'read');

const SETS = {
  ...readableSets(),
  dev: () => [
    ...jsonl('/work/shared/eval/dev/debriefs.jsonl'),
    ...transcripts('/work/shared/eval/dev/transcripts'),
  ],
  ...(outside ? { file: () => jsonl(outside) } : {}),
};
const names = which === 'read' ? Object.keys(SETS).filter((k) => k !== 'dev') : which.split(',');
for (const n of names) if (!SETS[n]) throw new Error(`cue-stats: no readable set "${n}"`);
const items = names.flatMap((n) => SETS[n]().map((it) => ({ ...it, set: n })));

// a patched copy of the build: the hook sees each analysis's hits per sign before the weight check
const copy = mkdtempSync(join(dist, '..', '.cue-stats-'));
process.on('exit', () => rmSync(copy, { recursive: true, force: true }));
cpSync(dist, copy, { recursive: true });
const runJs = join(copy, 'analysis/detect/run.js');
const src = readFileSync(runJs, 'utf8');
const site = '    const out = [];\n';
if (src.split(site).length !== 2)
  throw new Error('cue-stats: detect/run.js has changed; update the hook site');
writeFileSync(runJs, src.replace(site, `    globalThis.__cueStatsHook?.(byId, MIN_WEIGHT);\n${site}`));

const base = pathToFileURL(copy).href;
const { analyze } = await import(`${base}/analysis/index.js`);
const { CUE_SIGNS } = await import(`${base}/analysis/signs/index.js`);
const { AFTERMATH_SIGNS } = await import(`${base}/analysis/detect/aftermath.js`);
const { TRANSCRIPT_SIGNS } = await import(`${base}/analysis/detect/transcript-cues.js`);

// a cue is known by its regex: qa-links copies `qa: 'only'` cues but keeps their `re`
const cueName = new Map();
for (const [kind, list] of [
  ['', CUE_SIGNS],
  ['aftermath:', AFTERMATH_SIGNS],
  ['transcript:', TRANSCRIPT_SIGNS],
])
  for (const s of list)
    s.cues.forEach((c, i) => {
      if (!cueName.has(c.re)) cueName.set(c.re, `${kind}${s.id}#${i}`);
    });
const yieldsTo = new Map(CUE_SIGNS.map((s) => [s.id, s.yieldsTo ?? []]));
const nameOf = (hit) =>
  cueName.get(hit.cue.re) ??
  `${hit.id}#${hit.cue.re.source === '(?:)' ? 'turns' : `other(${hit.cue.re.source.slice(0, 24)})`}`;

let captured;
globalThis.__cueStatsHook = (byId, minWeight) => {
  captured = { byId: new Map([...byId].map(([k, v]) => [k, [...v]])), minWeight };
};

const SIGNS = specSignIds();
const chosen = only ?? SIGNS;

const cues = new Map(); // name -> {fires, tp, fp, sole, soleTp, soleFp, dropTp, dropFp, w}
const cueOf = (name, w) => {
  let c = cues.get(name);
  if (!c)
    cues.set(
      name,
      (c = {
        fires: 0,
        tp: 0,
        fp: 0,
        sole: 0,
        dropTp: 0,
        dropFp: 0,
        rdropTp: 0,
        rdropFp: 0,
        lateTp: 0,
        lateFp: 0,
        w,
      }),
    );
  return c;
};
const MIN_WEIGHTS = [1, 1.5, 2, 2.5, 3];
const VARIANTS = [
  ...MIN_WEIGHTS.map((w) => `w>=${w}`),
  'two cues',
  'two clauses',
  ...(vetoWith.length ? ['veto-with'] : []),
];
const per = new Map(
  chosen.map((s) => [
    s,
    {
      rules: { tp: 0, fp: 0, fn: 0 },
      final: { tp: 0, fp: 0, fn: 0 },
      withOther: new Map(),
      vetoTp: 0,
      vetoFp: 0,
      addTp: 0,
      addFp: 0,
      variants: Object.fromEntries(VARIANTS.map((v) => [v, { tp: 0, fp: 0, fn: 0 }])),
    },
  ]),
);
const examples = [];
const words = new Map();
const count = (c, gold, pred) => {
  if (gold && pred) c.tp++;
  else if (pred) c.fp++;
  else if (gold) c.fn++;
};

const started = Date.now();
for (const it of items) {
  captured = undefined;
  const r = analyze(it.text, it.candidate ? { candidate: it.candidate } : {});
  const final = new Set(r.ok ? r.value.signs.map((s) => s.id) : []);
  const byId = captured?.byId ?? new Map();
  const minOf = (id) => captured?.minWeight.get(id) ?? 1;
  const weightOf = (ls) => ls.reduce((a, l) => a + (l.hit.cue.weight ?? 1), 0);
  const reached = new Set(
    [...byId].filter(([id, ls]) => ls.length && weightOf(ls) + 1e-9 >= minOf(id)).map(([id]) => id),
  );
  for (const sign of chosen) {
    const gold = it.gold.has(sign);
    const list = byId.get(sign) ?? [];
    // as detect/run.ts counts: enough weight, and no contradicting sign found against one mention (`yieldsTo`)
    const ruled =
      reached.has(sign) && !(weightOf(list) < 2 && (yieldsTo.get(sign) ?? []).some((o) => reached.has(o)));
    const p = per.get(sign);
    count(p.rules, gold, ruled);
    count(p.final, gold, final.has(sign));
    if (ruled && !final.has(sign))
      if (gold) p.vetoTp++;
      else p.vetoFp++;
    if (!ruled && final.has(sign))
      if (gold) p.addTp++;
      else p.addFp++;
    // what the sign would be under a stricter count, keeping the learned layer's verdict on it
    const names = new Set(list.map((l) => nameOf(l.hit)));
    const clauses = new Set(list.map((l) => l.quote.start));
    const strict = (pass) => (ruled ? final.has(sign) && pass : final.has(sign));
    for (const w of MIN_WEIGHTS)
      count(p.variants[`w>=${w}`], gold, strict(weightOf(list) + 1e-9 >= Math.max(w, minOf(sign))));
    count(p.variants['two cues'], gold, strict(names.size >= 2));
    count(p.variants['two clauses'], gold, strict(clauses.size >= 2));
    if (vetoWith.length) {
      const found = (o) => (byId.get(o) ?? []).length > 0 && weightOf(byId.get(o)) + 1e-9 >= minOf(o);
      count(p.variants['veto-with'], gold, strict(!vetoWith.some(found)));
    }
    if (dumpFile && list.length)
      dumped.push(
        JSON.stringify({
          set: it.set,
          id: it.id,
          sign,
          gold,
          ruled,
          final: final.has(sign),
          hits: list.map((l) => {
            const m = cueMatch(l);
            return {
              cue: nameOf(l.hit),
              w: l.hit.cue.weight ?? 1,
              at: l.quote.start,
              match: m?.[0] ?? '',
              clause: l.hit.clause?.lemmas ?? l.quote.quote,
            };
          }),
        }),
      );
    if (!ruled) continue;
    // how the sign fares when the rules also found another sign (a cross-sign veto's case)
    for (const [other, ol] of byId) {
      if (other === sign || ol.length === 0 || weightOf(ol) + 1e-9 < minOf(other)) continue;
      const w = p.withOther.get(other) ?? { tp: 0, fp: 0, ftp: 0, ffp: 0 };
      if (gold) w.tp++;
      else w.fp++;
      if (final.has(sign))
        if (gold) w.ftp++;
        else w.ffp++;
      p.withOther.set(other, w);
    }
    for (const name of names) {
      const c = cueOf(`${sign} ${name}`, list.find((l) => nameOf(l.hit) === name).hit.cue.weight ?? 1);
      c.fires++;
      if (gold) c.tp++;
      else c.fp++;
      if (names.size === 1) c.sole++;
      if (LATE.has(it.set))
        if (gold) c.lateTp++;
        else c.lateFp++;
      // dropping this cue loses the sign where the rest falls short (and the learned layer kept it)
      const rest = list.filter((l) => nameOf(l.hit) !== name);
      if (!(rest.length && weightOf(rest) + 1e-9 >= minOf(sign))) {
        if (gold) c.rdropTp++;
        else c.rdropFp++;
        if (final.has(sign))
          if (gold) c.dropTp++;
          else c.dropFp++;
      }
      if (wordCues.has(name)) {
        const l = list.find((x) => nameOf(x.hit) === name);
        const m = cueMatch(l);
        const key = `${name} ${m ? m[0].trim().split(/\s+/).slice(-2).join(' ') : '?'}`;
        const w = words.get(key) ?? { tp: 0, fp: 0 };
        if (gold) w.tp++;
        else w.fp++;
        words.set(key, w);
      }
      if (exampleCues.has(name) && gold === args.includes('--tp') && examples.length < maxExamples) {
        const q = list.find((l) => nameOf(l.hit) === name).quote.quote.replace(/\s+/g, ' ');
        examples.push(
          `${name} ${gold ? 'TP' : 'FP'} ${it.set}/${it.id}${final.has(sign) ? '' : ' (vetoed)'}  <<${q.slice(0, 220)}>>`,
        );
      }
    }
  }
}

const f1 = ({ tp, fp, fn }) => (tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));
const prf = (c) =>
  `P=${(c.tp / Math.max(1, c.tp + c.fp)).toFixed(2)} R=${(c.tp / Math.max(1, c.tp + c.fn)).toFixed(2)} F1=${f1(c).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
console.log(
  `${items.length} items from ${names.join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
for (const sign of chosen) {
  const p = per.get(sign);
  if (p.rules.tp + p.rules.fp + p.final.tp + p.final.fp === 0) continue;
  console.log(`\n== ${sign}`);
  console.log(`rules  ${prf(p.rules)}`);
  console.log(
    `final  ${prf(p.final)}  learned: vetoed tp ${p.vetoTp} fp ${p.vetoFp}, added tp ${p.addTp} fp ${p.addFp}`,
  );
  for (const v of VARIANTS) console.log(`  ${v.padEnd(12)} ${prf(p.variants[v])}`);
  const co = [...p.withOther].filter(([, w]) => w.fp >= 5).sort((a, b) => b[1].fp - a[1].fp);
  console.log(
    `  with (rules tp/fp, final tp/fp): ${co.map(([o, w]) => `${o} ${w.tp}/${w.fp} ${w.ftp}/${w.ffp}`).join(', ')}`,
  );
  console.log(
    '  cue                                   w  fires    tp    fp  prec  sole  drop-tp drop-fp  rules-drop tp/fp  late tp/fp',
  );
  // a cue counts for its hit's sign: a negated cue can count for another sign (`neg`)
  const rows = [...cues]
    .filter(([n]) => n.startsWith(`${sign} `))
    .map(([n, c]) => [n.slice(sign.length + 1), c]);
  rows.sort((a, b) => b[1].fp - a[1].fp);
  for (const [n, c] of rows)
    console.log(
      `  ${n.padEnd(37)} ${String(c.w).padStart(3)} ${String(c.fires).padStart(6)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)}  ${(c.tp / c.fires).toFixed(2)} ${String(c.sole).padStart(5)} ${String(c.dropTp).padStart(8)} ${String(c.dropFp).padStart(7)}  ${`${c.rdropTp}/${c.rdropFp}`.padStart(16)}  ${`${c.lateTp}/${c.lateFp}`.padStart(10)}`,
    );
}
if (dumpFile) writeFileSync(dumpFile, `${dumped.join('\n')}\n`);
const wordRows = [...words].filter(([, w]) => w.tp + w.fp >= 3).sort((a, b) => b[1].fp - a[1].fp);
if (wordRows.length) console.log(`\n${wordRows.map(([k, w]) => `${k}  tp ${w.tp} fp ${w.fp}`).join('\n')}`);
if (examples.length) console.log(`\n${examples.join('\n')}`);
