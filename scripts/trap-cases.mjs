// The hand-written trap cases of the analyzer's tests, shared by train-signs.mjs and train-embed.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

// Trap cases, collected statically from the test sources (TypeScript AST): `lacks(text, id)` /
// `has(text, id)` calls, `[text, id, boolean]` rows, and in a per-sign test file
// (src/analysis/signs/<sign>.test.ts) string arrays named LACKS*/NO*/…_NO (must not) or
// HAS*/YES*/…_YES (must), and `[text, boolean]` rows.
export function trapCases(SIGNS) {
  const require = createRequire(import.meta.url);
  const ts = require('typescript');
  const files = [
    'src/analysis/detect/hard-cases.test.ts',
    'src/analysis/detect/precision.test.ts',
    ...readdirSync('src/analysis/signs')
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `src/analysis/signs/${f}`),
  ];
  const ids = new Set(SIGNS);
  const out = [];
  const str = (n) =>
    n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
  const bool = (n) =>
    n?.kind === ts.SyntaxKind.TrueKeyword ? true : n?.kind === ts.SyntaxKind.FalseKeyword ? false : undefined;
  for (const file of files) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const base = file.split('/').pop().replace('.test.ts', '');
    const fileSign = ids.has(base) ? base : undefined;
    const seen = new Set();
    const push = (text, id, present) => {
      const k = `${text}\u0000${id}\u0000${present}`;
      if (text && ids.has(id) && !seen.has(k)) {
        seen.add(k);
        out.push({ file, text, id, present });
      }
    };
    const visit = (n) => {
      if (
        ts.isCallExpression(n) &&
        ts.isIdentifier(n.expression) &&
        /^(lacks|has)$/.test(n.expression.text) &&
        n.arguments.length === 2
      )
        push(str(n.arguments[0]), str(n.arguments[1]), n.expression.text === 'has');
      if (ts.isArrayLiteralExpression(n)) {
        const e = n.elements;
        if (e.length === 3 && str(e[0]) && str(e[1]) && bool(e[2]) !== undefined)
          push(str(e[0]), str(e[1]), bool(e[2]));
        if (fileSign && e.length === 2 && str(e[0]) && bool(e[1]) !== undefined)
          push(str(e[0]), fileSign, bool(e[1]));
      }
      if (
        fileSign &&
        ts.isVariableDeclaration(n) &&
        ts.isIdentifier(n.name) &&
        n.initializer &&
        ts.isArrayLiteralExpression(n.initializer)
      ) {
        const name = n.name.text;
        const neg = /^(LACKS|NO|NOT|NEG)(_|$)|_(NO|LACKS|NOT)$/.test(name);
        const pos = /^(HAS|YES|POS)(_|$)|_(YES|HAS)$/.test(name);
        if (neg || pos) for (const e of n.initializer.elements) push(str(e), fileSign, pos);
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return out;
}
