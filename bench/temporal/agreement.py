#!/usr/bin/env python3
"""Exact-date agreement with the gold on English sentences, for any tool's expression list.

usage: agreement.py EXPRESSIONS.jsonl  (lines: doc, start, end, range_start, range_end)
Same rule as eval/gold_dates.py: a gold event date counts as found when an expression overlapping
the gold quote has range_start (date_start) or range_end (date_end) equal to it, at the gold's
precision. Prints JSON: found/total over all English gold dates and over those the quote states.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "eval"))
from gold_dates import GOLD, CORPUS, guess_language, stated  # noqa: E402


def main():
    exprs = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        e = json.loads(line)
        if "doc" in e:
            exprs.setdefault(e["doc"], []).append(e)
    res = {"all": [0, 0], "stated": [0, 0]}
    texts = {}
    for line in open(GOLD, encoding="utf-8"):
        g = json.loads(line)
        if g["kind"] != "event" or not g.get("date_start"):
            continue
        if g["doc"] not in texts:
            texts[g["doc"]] = open(os.path.join(CORPUS, g["doc"]), encoding="utf-8").read()
        text = texts[g["doc"]]
        if guess_language(text) != "en":
            continue
        qs = text.find(g["quote"])
        if qs < 0:
            continue
        qe = qs + len(g["quote"])
        inside = [t for t in exprs.get(g["doc"], []) if t["start"] < qe and t["end"] > qs]
        wanted = [("range_start", g["date_start"])]
        if g.get("date_end") and g["date_end"] != g["date_start"]:
            wanted.append(("range_end", g["date_end"]))
        for field, value in wanted:
            ok = any(t.get(field) == value for t in inside)
            res["all"][0] += ok
            res["all"][1] += 1
            if stated(value, g["quote"]):
                res["stated"][0] += ok
                res["stated"][1] += 1
    print(json.dumps(res))


if __name__ == "__main__":
    main()
