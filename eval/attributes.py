#!/usr/bin/env python3
"""Matched events whose attributes differ from the gold, gold vs prediction side by side.

usage: eval/attributes.py PRED.jsonl [DOC_PREFIX] [--field date|location|fatalities|actors] [--long]
Uses shared/eval/score.py's own matching and field rules, so each line is one the scorer counts
as wrong. With --long the whole quotes and the prediction's place/date evidence are printed.
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402

shared = os.path.join(os.path.dirname(__file__), "..", "..", "shared")
corpus = os.path.join(shared, "corpus", "karabakh")
args = [a for a in sys.argv[1:] if not a.startswith("--")]
flags = sys.argv[1:]
field = flags[flags.index("--field") + 1] if "--field" in flags else None
if field in args:
    args.remove(field)
long = "--long" in flags
pred = [p for p in score.load(args[0]) if not p.get("repeat_of")]
doc = args[1] if len(args) > 1 else ""
texts = {n: open(os.path.join(corpus, n), encoding="utf-8").read() for n in sorted(os.listdir(corpus))}
gold = [g for g in score.load(os.path.join(shared, "eval", "gold", "karabakh.jsonl")) if g["doc"] in texts]
pairs = [(g, p) for g, p in score.match(gold, pred, texts) if g["kind"] == "event" and g["doc"].startswith(doc)]


def loc(x):
    l = x.get("location")
    return l.get("name") if isinstance(l, dict) else l


def fat(x):
    f = x.get("fatalities")
    return None if f is None else f"{f.get('low')}-{f.get('high')}"


def wrong(g, p):
    bad = []
    if not g.get("needs_dct") and (g.get("date_start"), g.get("date_end")) != (p.get("date_start"), p.get("date_end")):
        bad.append("date")
    if g.get("location") and not score.same_location(g, p):
        bad.append("location")
    if g.get("fatalities") is not None and not score.same_fatalities(g, p):
        bad.append("fatalities")
    a = score.actors_found(g, p)
    if a is not None and a < 1:
        bad.append("actors")
    return bad


counts = {}
for g, p in sorted(pairs, key=lambda x: x[0]["id"]):
    bad = wrong(g, p)
    for b in bad:
        counts[b] = counts.get(b, 0) + 1
    if field:
        bad = [b for b in bad if b == field]
    if not bad:
        continue
    q = 400 if long else 120
    print(f"{g['id']} {p['id']} [{','.join(bad)}]")
    print(f"   G {g.get('date_start')}..{g.get('date_end')} | {loc(g)} | {fat(g)} | {g.get('actors')} | {g['quote'][:q]}")
    print(f"   P {p.get('date_start')}..{p.get('date_end')} | {loc(p)} | {fat(p)} | {p.get('actors')} | {p['quote'][:q]}")
    if long:
        for e in p.get("explanation") or []:
            if e.get("role") in ("date", "place", "fatalities", "number"):
                print(f"     ~ {e.get('role')} {e.get('rule')} {e.get('text', '')[:60]!r}")
print("wrong:", counts, "of", len(pairs), "matched")
