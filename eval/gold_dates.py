#!/usr/bin/env python3
"""Share of gold event dates the temporal tagger finds exactly, per language.

usage: eval/gold_dates.py [--concord PATH] [--misses N]

For each gold event (../shared/eval/gold/karabakh.jsonl) and each of its dates (date_start,
date_end; one when equal), the date counts as found when `concord dates` reports an expression
overlapping the gold quote whose range_start (for date_start) or range_end (for date_end) equals
the gold value string exactly, i.e. at the gold's precision. Two shares are printed: over all
gold dates, and over the dates the quote states itself at the gold's precision: a year-precision
date whose year is written in the quote, a month whose name (any inflection, en/lv/lt stems,
diacritics optional) is in the quote, a day whose number stands next to its month's name. Dates
the annotator inferred from elsewhere (an event dated from the surrounding text) are left out of
the second share.
The document language is passed with --lang, chosen by stop-word counts (until every sentence
carries its language from the segmenter).
"""
import json, os, re, subprocess, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
GOLD = os.path.join(SHARED, "eval", "gold", "karabakh.jsonl")
CORPUS = os.path.join(SHARED, "corpus", "karabakh")
STOP = {"en": {"the", "and", "of", "in", "was", "were"}, "lv": {"un", "ir", "tika", "gadā", "no", "ar"},
        "lt": {"ir", "buvo", "kad", "tarp", "del", "taciau", "yra"}}


# Month name stems in en, lv, lt (with and without diacritics): month number → regex.
MONTHS = {1: r"jan|janv|saus", 2: r"feb|vasar", 3: r"mar(?!ks)|kov", 4: r"apr|bal(an)?d", 5: r"may|mai|gegu[zž]", 6: r"jun|j[uū]n|bir[zž]el",
          7: r"jul|j[uū]l|liep", 8: r"aug|rugpj", 9: r"sep|rugs", 10: r"oct|okt|spal", 11: r"nov|lapkri", 12: r"dec|gruod"}


def stated(value, quote):
    """Whether the quote itself writes the date at the gold's precision."""
    q = quote.lower()
    if len(value) == 4:
        return value in quote or re.search(rf"[–-]{value[2:]}(?!\d)", quote) is not None
    month = int(value[5:7])
    names = [m.start() for m in re.finditer(rf"(?<!\w)(?:{MONTHS[month]})\w*", q)]
    if not names:
        return False
    if len(value) == 7:
        return True
    day = int(value[8:10])
    return any(abs(m.start() - n) <= 12 for m in re.finditer(rf"(?<!\d){day}(?!\d)", q) for n in names)


def guess_language(text):
    words = re.findall(r"\w+", text.lower())
    return max(STOP, key=lambda l: sum(w in STOP[l] for w in words))


def main():
    args = sys.argv[1:]
    concord = os.path.join(ROOT, "src/Concord.Cli/bin/Release/net10.0/concord")
    misses = 0
    if "--concord" in args:
        concord = args[args.index("--concord") + 1]
    if "--misses" in args:
        misses = int(args[args.index("--misses") + 1])
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    docs = sorted({g["doc"] for g in gold})
    texts, langs, times = {}, {}, {}
    for d in docs:
        path = os.path.join(CORPUS, d)
        texts[d] = open(path, encoding="utf-8").read()
        langs[d] = guess_language(texts[d])
        out = subprocess.run([concord, "dates", path, "--lang", langs[d], "--format", "jsonl"],
                             check=True, capture_output=True, text=True).stdout
        times[d] = [json.loads(l) for l in out.splitlines() if l.strip()]
    total, found, stated_total, stated_found = (defaultdict(int) for _ in range(4))
    missed = []
    for g in gold:
        if g["kind"] != "event" or not g.get("date_start"):
            continue
        d, lang, text = g["doc"], langs[g["doc"]], texts[g["doc"]]
        qs = text.find(g["quote"])
        if qs < 0:
            continue
        qe = qs + len(g["quote"])
        inside = [t for t in times[d] if t["start"] < qe and t["end"] > qs]
        wanted = [("range_start", g["date_start"])]
        if g.get("date_end") and g["date_end"] != g["date_start"]:
            wanted.append(("range_end", g["date_end"]))
        for field, value in wanted:
            ok = any(t.get(field) == value for t in inside)
            is_stated = stated(value, g["quote"])
            total[lang] += 1
            found[lang] += ok
            stated_total[lang] += is_stated
            stated_found[lang] += ok and is_stated
            if not ok and is_stated:
                missed.append((lang, g["id"], field, value, g["quote"][:120], [(t["text"], t.get(field)) for t in inside]))
    for lang in sorted(total):
        print(f"{lang}: all gold dates {found[lang]}/{total[lang]} = {found[lang] / total[lang]:.3f}; "
              f"stated in the quote {stated_found[lang]}/{stated_total[lang]} = {stated_found[lang] / max(1, stated_total[lang]):.3f}")
    for m in missed[:misses]:
        print("MISS", *m)


if __name__ == "__main__":
    main()
