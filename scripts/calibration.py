#!/usr/bin/env python3
"""Does a quote's `confidence` mean something? Bins quotes by confidence and prints, per bin,
how many there are and how often their speaker is right against a gold annotation.

usage:
  calibration.py GOLD.json --quotes QUOTES.jsonl [--edges 0.6,0.8,0.9] [--json]

QUOTES.jsonl is `parallax quotes --json`. Quotes are matched to the gold one to one with
tests/gold/score.py's matching (token F1 >= 0.75, best pairs first), headlines left out as
`score.py --no-headlines` leaves them out. Judged are the matched quotes to which parallax gives
a named speaker and the gold does too: the speaker is right when it names the gold speaker's
entity by a full name (score.py's strict attribution), and right at least by surname when the
surname agrees (score.py's lenient one: the gold sometimes names a person by surname alone). Quotes parallax gives to no one have no
speaker to be sure of, and gold quotes with no named speaker (unresolved in the gold) nothing to
judge by; both are counted apart. Also prints the area under the ROC curve: the chance that a
right speaker has a higher confidence than a wrong one (0.5: confidence tells nothing).
"""
import argparse
import importlib.util
import json
import os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "tests", "gold", "score.py"))
score = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(score)


def body_quotes(gold_q, pred_q):
    """Gold and predicted quotes without headlines, as `score.py --no-headlines` counts them."""
    heads = [q for q in gold_q if q.get("headline")]
    gq = [q for q in gold_q if not q.get("headline")]
    pq = [p for p in pred_q if not p.get("headline")]
    body_hits = {j for _, j in score.match_quotes(gq, pq)}
    rest = [j for j in range(len(pq)) if j not in body_hits]
    hit_heads = {rest[k] for _, k in score.match_quotes(heads, [pq[j] for j in rest])}
    return gq, [p for j, p in enumerate(pq) if j not in hit_heads]


def judged(gold, preds):
    """(confidence, right, right by surname) for every judged quote, and the counts of those left out:
    {"no speaker": matched quotes parallax gives to no one, "gold has none": matched quotes
    whose gold names no one}."""
    full, surname, canon = score.entity_tables(gold)
    by_art = defaultdict(list)
    for p in preds:
        by_art[p.get("article", "")].append(p)
    out, apart = [], {"no speaker": 0, "gold has none": 0}
    for art, a in sorted(gold["articles"].items()):
        gq, pq = body_quotes(a.get("quotes", []), by_art.get(art, []))
        for i, j in score.match_quotes(gq, pq):
            g, p = gq[i], pq[j]
            said = p.get("speaker")
            if not said:
                apart["no speaker"] += 1
                continue
            if not g.get("speaker"):
                apart["gold has none"] += 1
                continue
            gent = canon.get((art, score.name_key(g["speaker"]))) or full.get(score.name_key(g["speaker"]))
            right = gent is not None and full.get(score.name_key(said)) == gent
            last = score.tokens(said)[-1:]
            lenient = right or bool(last) and gent in surname.get(last[0], set())
            out.append((float(p.get("confidence", 0.0)), right, lenient))
    return out, apart


def auc(pairs):
    """Area under the ROC curve of confidence as a predictor of a right speaker (ties half)."""
    right = sorted(c for c, ok, _ in pairs if ok)
    wrong = sorted(c for c, ok, _ in pairs if not ok)
    if not right or not wrong:
        return None
    won = 0.0
    for c in right:
        won += sum(1 for w in wrong if w < c) + 0.5 * sum(1 for w in wrong if w == c)
    return won / (len(right) * len(wrong))


def bins(pairs, edges):
    """Per bin [lo, hi): (lo, hi, count, right, right by surname)."""
    bounds = [0.0] + edges + [1.0001]
    rows = []
    for lo, hi in zip(bounds, bounds[1:]):
        inside = [(ok, lenient) for c, ok, lenient in pairs if lo <= c < hi]
        rows.append((lo, min(hi, 1.0), len(inside), sum(ok for ok, _ in inside), sum(le for _, le in inside)))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--quotes", required=True)
    ap.add_argument("--edges", default="0.6,0.8,0.9", help="bin edges between 0 and 1")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as fh:
        gold = json.load(fh)
    pairs, apart = judged(gold, score.load_jsonl(args.quotes))
    rows = bins(pairs, [float(e) for e in args.edges.split(",") if e])
    area = auc(pairs)
    if args.json:
        print(json.dumps({"bins": [{"from": lo, "to": hi, "quotes": n, "right": r, "right_by_surname": le}
                                   for lo, hi, n, r, le in rows],
                          "auc": area, "apart": apart}))
        return
    print("confidence   quotes  right  accuracy  by surname")
    for lo, hi, n, r, le in rows + [("all", "", len(pairs), sum(p[1] for p in pairs), sum(p[2] for p in pairs))]:
        acc, lacc = (f"{r / n:.3f}", f"{le / n:.3f}") if n else ("-", "-")
        label = f"{lo:.2f}-{hi:.2f}" if hi != "" else f"{lo:<9}"
        print(f"{label}  {n:>8}  {r:>5}  {acc:>8}  {lacc:>10}")
    print(f"AUC (right vs wrong): {area:.3f}" if area is not None else "AUC: -")
    print(f"not judged: {apart['no speaker']} matched quotes with no speaker, "
          f"{apart['gold has none']} whose gold names no one")


if __name__ == "__main__":
    main()
