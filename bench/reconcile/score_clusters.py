#!/usr/bin/env python3
"""Pairwise precision/recall of `concord events --format json` clusters against gold clusters.

usage: score_clusters.py EVENTS.json GOLD.jsonl CLUSTERS.jsonl CORPUS_DIR

Each predicted mention is aligned to the gold event mention of the same document whose span
overlaps it most (one-to-one, best overlaps first); clusters are then compared as sets of gold ids.
Precision counts predicted pairs whose both ends aligned; recall counts all gold pairs.
"""
import json
import os
import sys
from itertools import combinations

events_path, gold_path, clusters_path, corpus = sys.argv[1:5]
texts = {f: open(os.path.join(corpus, f), encoding="utf-8").read() for f in os.listdir(corpus)}
gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
gold = [g for g in gold if g["kind"] == "event"]
spans = {}
for g in gold:
    i = texts[g["doc"]].find(g["quote"])
    spans[g["id"]] = (g["doc"], i, i + len(g["quote"]))

events = json.load(open(events_path, encoding="utf-8"))
cands = []
for ei, e in enumerate(events):
    for m in e["mentions"]:
        for gid, (doc, s, t) in spans.items():
            if doc != m["doc"]:
                continue
            ov = min(t, m["end"]) - max(s, m["start"])
            if ov > 0:
                cands.append((ov / (max(t, m["end"]) - min(s, m["start"])), gid, (ei, m["id"])))
cands.sort(reverse=True)
used_g, used_p, cluster_of = set(), set(), {}
for _, gid, key in cands:
    if gid in used_g or key in used_p:
        continue
    used_g.add(gid)
    used_p.add(key)
    cluster_of[gid] = key[0]

pred_pairs = {tuple(sorted(p)) for p in combinations(cluster_of, 2) if cluster_of[p[0]] == cluster_of[p[1]]}
gold_pairs = set()
for line in open(clusters_path, encoding="utf-8"):
    members = json.loads(line)["members"]
    gold_pairs |= {tuple(sorted(p)) for p in combinations(members, 2)}
correct = len(pred_pairs & gold_pairs)
p = correct / len(pred_pairs) if pred_pairs else 1.0
r = correct / len(gold_pairs) if gold_pairs else 1.0
print(f"aligned {len(cluster_of)}/{len(gold)} gold event mentions; pairwise P={p:.3f} R={r:.3f} "
      f"F1={2 * p * r / (p + r) if p + r else 0:.3f} (pred {len(pred_pairs)}, gold {len(gold_pairs)}, correct {correct})")
