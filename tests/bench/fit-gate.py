#!/usr/bin/env python3
"""The show gate's weights (lib/engine/show-gate.ts): a logistic regression of "this row is
what the writer types next" on the rows tests/bench/dump-rows.ts wrote (the training
family only, never seeds/held-out/). Needs numpy. Prints the weights; they are rounded
into WEIGHTS by hand."""
import json, math, os, tempfile
import numpy as np

rows = [json.loads(l) for l in open(os.path.join(tempfile.gettempdir(), 'juku-gate-rows.jsonl'))]
names = ['bias', 'agreed', 'oneCharacter', 'clauseStart', 'opening', 'docs', 'insert', 'sectionFit', 'firstRow', 'secondRow', 'shared',
         'score', 'lead', 'rows', 'wholeRest', 'endsAtMark', 'phraseLeft', 'fromDocument']
clamp = lambda v, lo, hi: min(hi, max(lo, v))
def x(r):
    return [1.0, math.log2(1 + min(r['agreed'], 12)), float(r['agreed'] <= 1), float(r['clauseStart']), float(r['opening']), r['docs'],
            math.log2(1 + r['insert']), float(r['sectionFit']), float(r['rank'] == 0), float(r['rank'] == 1), math.log2(1 + r['shared']),
            clamp(r['score'] / 10, -5, 15), clamp(r['lead'] / 10, 0, 4), r['rows'], float(r['wholeRest']), float(r['endsAtMark']),
            math.log2(1 + r['phraseLeft']), float(r.get('fromDocument', False))]
X = np.array([x(r) for r in rows]); y = np.array([r['fit'] for r in rows], dtype=float)
w = np.zeros(X.shape[1])
for _ in range(25):  # Newton's method
    p = 1 / (1 + np.exp(-X @ w))
    w += np.linalg.solve(X.T @ (X * (p * (1 - p))[:, None]) + 1e-6 * np.eye(len(w)), X.T @ (y - p))
for n, v in zip(names, w):
    print(f'{n:12s} {v:+.3f}')
print(f'{len(rows)} rows, {int(y.sum())} fit')
