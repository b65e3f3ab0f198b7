#!/usr/bin/env python3
"""The show gate's weights (lib/engine/show-gate.ts): logistic regressions of "this row is
what the writer types next" on the rows tests/bench/dump-rows.ts wrote (the training
family only, never seeds/held-out/). Needs numpy. Prints the weights; they are rounded
into WEIGHTS by hand.

First the bank rows' weights, on the bank rows. Then the document's rows (the text above
the caret, document-engine.ts): their two terms are fitted with the score of the weights
show-gate.ts ships as a fixed offset, so adding them changes nothing for a bank row."""
import json, math, os, re, tempfile
import numpy as np

rows = [json.loads(l) for l in open(os.path.join(tempfile.gettempdir(), 'juku-gate-rows.jsonl'))]
names = ['bias', 'agreed', 'oneCharacter', 'clauseStart', 'opening', 'docs', 'insert', 'sectionFit', 'firstRow', 'secondRow', 'shared',
         'score', 'lead', 'rows', 'wholeRest', 'endsAtMark', 'phraseLeft']
clamp = lambda v, lo, hi: min(hi, max(lo, v))
agreement = lambda r: math.log2(1 + min(r['agreed'], 12))
def x(r):
    return [1.0, agreement(r), float(r['agreed'] <= 1), float(r['clauseStart']), float(r['opening']), r['docs'],
            math.log2(1 + r['insert']), float(r['sectionFit']), float(r['rank'] == 0), float(r['rank'] == 1), math.log2(1 + r['shared']),
            clamp(r['score'] / 10, -5, 15), clamp(r['lead'] / 10, 0, 4), r['rows'], float(r['wholeRest']), float(r['endsAtMark']),
            math.log2(1 + r['phraseLeft'])]

def fit(X, y, offset):
    w = np.zeros(X.shape[1])
    for _ in range(30):  # Newton's method
        p = 1 / (1 + np.exp(-(offset + X @ w)))
        w += np.linalg.solve(X.T @ (X * (p * (1 - p))[:, None]) + 1e-6 * np.eye(len(w)), X.T @ (y - p))
    return w

bank = [r for r in rows if not r.get('fromDocument')]
document = [r for r in rows if r.get('fromDocument')]
X = np.array([x(r) for r in bank]); y = np.array([r['fit'] for r in bank], dtype=float)
w = fit(X, y, np.zeros(len(bank)))
for n, v in zip(names, w):
    print(f'{n:18s} {v:+.3f}')
print(f'{len(bank)} bank rows, {int(y.sum())} fit')
if document:
    source = open(os.path.join(os.path.dirname(__file__), '../../lib/engine/show-gate.ts')).read()
    block = source[source.index('const WEIGHTS = {'):source.index('} as const;')]
    shipped = np.array([float(re.search(rf'\n  {n}: (-?[\d.]+),', block).group(1)) for n in names])
    Xd = np.array([x(r) for r in document]); yd = np.array([r['fit'] for r in document], dtype=float)
    terms = np.array([[1.0, agreement(r)] for r in document])
    wd = fit(terms, yd, Xd @ shipped)
    print(f'{"fromDocument":18s} {wd[0]:+.3f}\n{"fromDocumentAgreed":18s} {wd[1]:+.3f}')
    print(f'{len(document)} document rows, {int(yd.sum())} fit')
