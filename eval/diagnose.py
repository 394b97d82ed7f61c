#!/usr/bin/env python3
"""List missed gold mentions and unmatched predictions (false positives) side by side, per doc.

usage: eval/diagnose.py PRED.jsonl [event|figure] [DOC_PREFIX] [--fp-only|--miss-only|--matched]
Uses shared/eval/score.py's own matching, so what it lists is exactly what the scorer counts.
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402

shared = os.path.join(os.path.dirname(__file__), "..", "..", "shared")
corpus = os.path.join(shared, "corpus", "karabakh")
args = [a for a in sys.argv[1:] if not a.startswith("--")]
flags = [a for a in sys.argv[1:] if a.startswith("--")]
pred = [p for p in score.load(args[0]) if not p.get("repeat_of")]
kind = args[1] if len(args) > 1 else "event"
doc = args[2] if len(args) > 2 else ""
texts = {n: open(os.path.join(corpus, n), encoding="utf-8").read() for n in sorted(os.listdir(corpus))}
gold = [g for g in score.load(os.path.join(shared, "eval", "gold", "karabakh.jsonl")) if g["doc"] in texts]
pairs = score.match(gold, pred, texts)
mg = {id(a) for a, _ in pairs}
mp = {id(b) for _, b in pairs}


def show(x):
    if x["kind"] == "event":
        f = x.get("fatalities")
        f = "" if f is None else f"{f.get('low')}-{f.get('high')}"
        return f"{x.get('sub_event_type', '')[:14]:14s} {x.get('date_start')}..{x.get('date_end')} {f}"
    return f"{x.get('measure')} {x.get('value_low')}-{x.get('value_high')}"


if "--matched" in flags:
    for g, p in pairs:
        if g["kind"] == kind and g["doc"].startswith(doc):
            bad = []
            if kind == "event":
                if not g.get("needs_dct") and (g.get("date_start"), g.get("date_end")) != (p.get("date_start"), p.get("date_end")):
                    bad.append("date")
                if g.get("event_type") != p.get("event_type"):
                    bad.append("type")
                if g.get("fatalities") is not None and not score.same_fatalities(g, p):
                    bad.append("fatal")
            else:
                if (g.get("value_low"), g.get("value_high")) != (p.get("value_low"), p.get("value_high")):
                    bad.append("value")
            if bad:
                print(f"{g['id']} {','.join(bad)}\n   G {show(g)} | {g['quote'][:110]}\n   P {show(p)} | {p['quote'][:110]}")
    sys.exit()
if "--fp-only" not in flags:
    print("== MISSED")
    for g in gold:
        if g["kind"] == kind and g["doc"].startswith(doc) and id(g) not in mg:
            print(f"{g['id']} {show(g)} | {g['quote'][:150]}")
if "--miss-only" not in flags:
    print("== FALSE POSITIVES")
    for p in pred:
        if p.get("kind") == kind and p["doc"].startswith(doc) and id(p) not in mp:
            print(f"{p['id']} {show(p)} | {p['quote'][:150]}")
