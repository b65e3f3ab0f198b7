#!/usr/bin/env python3
"""Rebuild the public-document seeds from their sources (see seeds/SOURCES.md).

Not part of `npm run bank`: it turns each source (an SQL dump of gov.cn pages, a CSV of
aligned sentences) into one plain-text document, one paragraph per line, and leaves the
rest (web junk, punctuation, figures → fields) to lib/corpus, as for any document a writer
imports. Run from the repository root with the two mirrors fetched:
    python3 seeds/tools/extract_sources.py <platform-1 git dir> <gov-work-report git dir>
"""
import csv, hashlib, html, io, json, re, subprocess, sys
from pathlib import Path

POLICY_REPO, REPORT_REPO = sys.argv[1], sys.argv[2]
POLICY_COMMIT = '2197df5'  # ZhouYNF/platform-1
REPORT_COMMIT = '09a81ce'  # YaaaFei/gov-work-report-corpus-demo
OUT, HELD = Path('seeds'), Path('seeds/held-out')

def git_show(repo, commit, path):
    return subprocess.run(['git', '-C', repo, 'show', f'{commit}:{path}'], capture_output=True, check=True).stdout.decode('utf-8')

def sql_rows(sql):
    tok = re.compile(r"\s*(null|'(?:[^'\\]|\\.|'')*'|-?\d+(?:\.\d+)?)\s*(,|\))", re.S)
    esc = {'n': '\n', 'r': '\r', 't': '\t', '0': ''}
    pos = 0
    while (i := sql.find('values (', pos)) >= 0:
        j, vals = i + len('values ('), []
        while m := tok.match(sql, j):
            v = m.group(1)
            if v.startswith("'"):
                v = re.sub(r"\\(.)", lambda k: esc.get(k.group(1), k.group(1)), v[1:-1]).replace("''", "'")
            vals.append(v)
            j = m.end()
            if m.group(2) == ')':
                break
        yield vals
        pos = j

def html_text(fragment):
    """Block elements → line breaks, tables dropped (indicator tables are not wording)."""
    s = re.sub(r'(?is)<table.*?</table>', '\n', fragment)
    s = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', s)
    s = re.sub(r'(?i)<br\s*/?>', '', s)  # gov.cn breaks long titles with <br>
    s = re.sub(r'(?i)</?(p|div|tr|li|h\d)\b[^>]*>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s).replace('\xa0', ' ')
    lines = [re.sub(r'[ \t\u3000]+', ' ', l).strip() for l in s.split('\n')]
    return '\n'.join(l for l in lines if l) + '\n'

def kind_of(title):
    for word, kind in [('条例', '条例'), ('通报', '通报'), ('批复', '批复'), ('复函', '函'), ('的函', '函'), ('答复', '答复（函）'),
                       ('决定', '决定'), ('意见', '意见'), ('通知', '通知')]:
        if title.endswith(word) or title.endswith(word + '》'):
            return kind
    return '通知' if '通知' in title else '其他'

docs = []
sql = git_show(POLICY_REPO, POLICY_COMMIT, 'db/ge_policy_raw20190217.sql')
for r in sql_rows(sql):
    url, title, number, content = r[1], r[4], r[6], r[11] or ''
    text = html_text(content)
    year = re.search(r'〔(\d{4})〕', number or '') or (re.findall(r'(\d{4})年\d{1,2}月\d{1,2}日', text) or [None])[0]
    year = int(year.group(1) if isinstance(year, re.Match) else year) if year else None
    docs.append(dict(text=text, kind=kind_of(title), year=year, title=title,
                     source=f'ZhouYNF/platform-1 db/ge_policy_raw20190217.sql @ {POLICY_COMMIT} (row id {r[0]}; page {url})'))

for year, path in [(2024, 'data/04_2024_auto_usable_parallel.csv'), (2025, 'data/04_2025_auto_usable_parallel.csv'), (2026, 'data/04_2026_auto_usable_parallel.csv')]:
    rows = list(csv.DictReader(io.StringIO(git_show(REPORT_REPO, REPORT_COMMIT, path))))
    paragraphs, last = [], None
    for row in rows:  # one CSV row per aligned sentence group; the source's line number is the paragraph
        if row['年度文件内行号'] != last:
            paragraphs.append('')
            last = row['年度文件内行号']
        paragraphs[-1] += row['原始中文'].strip()
    text = f'{year}年国务院政府工作报告\n' + '\n'.join(paragraphs) + '\n'
    docs.append(dict(text=text, kind='政府工作报告', year=year, title=f'{year}年政府工作报告',
                     source=f'YaaaFei/gov-work-report-corpus-demo {path} @ {REPORT_COMMIT} (Chinese column 原始中文, rows grouped by 年度文件内行号)'))

def body_chars(d):
    return len(re.sub(r'\s', '', d['text']))

kept = [d for d in docs if 800 <= body_chars(d) <= 40000]
# Held out for measurement, by a rule and not by looking at results: within each kind in
# source order, every fourth document (the 4th, 8th, …), and the newest 政府工作报告.
by_kind = {}
for d in kept:
    by_kind.setdefault(d['kind'], []).append(d)
for kind, group in by_kind.items():
    for i, d in enumerate(group):
        d['held'] = (i % 4 == 3) if kind != '政府工作报告' else d['year'] == 2026

HELD.mkdir(parents=True, exist_ok=True)
existing = sorted(p.name for p in OUT.glob('[0-9][0-9][0-9]_*.txt'))
n = 5  # 000–004 are the five 述职报告
manifest = []
for d in kept:
    digest = hashlib.sha256(d['text'].encode('utf-8')).hexdigest()
    name = f'{n:03d}_{digest[:16]}.txt'
    (HELD if d['held'] else OUT).joinpath(name).write_text(d['text'], encoding='utf-8')
    manifest.append(dict(file=('held-out/' if d['held'] else '') + name, sha256=digest, kind=d['kind'], year=d['year'],
                         title=d['title'], chars=body_chars(d), source=d['source']))
    n += 1
json.dump(manifest, open('seeds/tools/manifest.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(docs), 'sources,', len(kept), 'kept,', sum(d['held'] for d in kept), 'held out')
