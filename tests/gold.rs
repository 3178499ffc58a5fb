//! Extraction accuracy on the gold annotation of the seed story (tests/gold/seeds.json, rules in
//! tests/gold/GUIDELINES.md), scored as tests/gold/score.py scores it, with the floors of the
//! quotes-and-actors issue asserted.

use std::collections::{HashMap, HashSet};

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

const GOLD: &str = include_str!("gold/seeds.json");
const OWN_GOLD: &str = include_str!("gold/own.json");
const HARD_GOLD: &str = include_str!("fixtures/hardcases/gold.json");

/// score.py's `norm`: NFKD, no combining marks, plain quote marks, lower case, one space.
fn norm(s: &str) -> String {
    let folded: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
            c => c,
        })
        .collect::<String>()
        .to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// score.py's `tokens`: `[a-z0-9]+(?:'[a-z]+)?`.
fn tokens(s: &str) -> Vec<String> {
    let n = norm(s);
    let chars: Vec<char> = n.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let alnum = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
    while i < chars.len() {
        if !alnum(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && alnum(chars[i]) {
            i += 1;
        }
        if i + 1 < chars.len() && chars[i] == '\'' && chars[i + 1].is_ascii_lowercase() {
            i += 1;
            while i < chars.len() && chars[i].is_ascii_lowercase() {
                i += 1;
            }
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

fn token_f1(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut common: HashMap<&str, i32> = HashMap::new();
    for t in &ta {
        *common.entry(t).or_default() += 1;
    }
    let mut hit = 0;
    for t in &tb {
        if let Some(n) = common.get_mut(t.as_str())
            && *n > 0
        {
            *n -= 1;
            hit += 1;
        }
    }
    if hit == 0 {
        return 0.0;
    }
    let (p, r) = (hit as f64 / tb.len() as f64, hit as f64 / ta.len() as f64);
    2.0 * p * r / (p + r)
}

fn name_key(s: &str) -> String {
    tokens(s).join(" ")
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// Greedy one-to-one matching by token F1 ≥ 0.75, best pairs first.
fn match_quotes(gold: &[&Value], pred: &[&Value]) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let f = token_f1(s(g, "text"), s(p, "text"));
            if f >= 0.75 {
                cands.push((f, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.partial_cmp(a).unwrap());
    let (mut used_g, mut used_p, mut pairs) = (HashSet::new(), HashSet::new(), Vec::new());
    for (_, i, j) in cands {
        if used_g.contains(&i) || used_p.contains(&j) {
            continue;
        }
        used_g.insert(i);
        used_p.insert(j);
        pairs.push((i, j));
    }
    pairs
}

/// The scores the issue sets floors for.
#[derive(Debug)]
struct Scores {
    quote_f1: f64,
    strict: f64,
    person_f1: f64,
    org_f1: f64,
    /// Pairwise F1 of utterance ids over matched quotes, as score.py's "utterances".
    utterance_f1: f64,
    report: Vec<String>,
}

fn score(gold: &Value, quotes: &[Value], actors: &[Value]) -> Scores {
    let articles = gold["articles"].as_object().unwrap();
    // Entity tables, as score.py builds them.
    let (mut full, mut canon) = (HashMap::new(), HashMap::new());
    for (art, a) in articles {
        for actor in a["actors"].as_array().unwrap() {
            let ent = actor
                .get("entity")
                .and_then(Value::as_str)
                .map_or_else(|| name_key(s(actor, "name")), String::from);
            canon.insert((art.clone(), name_key(s(actor, "name"))), ent.clone());
            full.entry(name_key(s(actor, "name")))
                .or_insert_with(|| ent.clone());
            let mut aliases: Vec<&str> = actor["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .collect();
            aliases.push(s(actor, "name"));
            for alias in aliases {
                let toks = tokens(alias);
                if toks.len() >= 2 {
                    full.insert(name_key(alias), ent.clone());
                }
            }
        }
    }
    let mut report = Vec::new();
    let mut utterances: Vec<(Option<&str>, Option<&str>)> = Vec::new();
    let (mut tp, mut fp, mut fn_, mut named, mut strict) = (0, 0, 0, 0, 0);
    for (art, a) in articles {
        // --no-headlines: headline quotes leave the count on both sides.
        let gq_all: Vec<&Value> = a["quotes"].as_array().unwrap().iter().collect();
        let heads: Vec<&Value> = gq_all.iter().copied().filter(|q| q["headline"] == true).collect();
        let pq: Vec<&Value> = quotes
            .iter()
            .filter(|p| s(p, "article") == art && p["headline"] != true)
            .collect();
        let gq: Vec<&Value> = gq_all.into_iter().filter(|q| q["headline"] != true).collect();
        // A prediction matching a gold headline quote but no body quote leaves the count; a
        // body quote that repeats a headline's words still counts.
        let body_hits: HashSet<usize> = match_quotes(&gq, &pq).into_iter().map(|(_, j)| j).collect();
        let rest: Vec<usize> = (0..pq.len()).filter(|j| !body_hits.contains(j)).collect();
        let rest_quotes: Vec<&Value> = rest.iter().map(|&j| pq[j]).collect();
        let hit_heads: HashSet<usize> = match_quotes(&heads, &rest_quotes)
            .into_iter()
            .map(|(_, k)| rest[k])
            .collect();
        let pq: Vec<&Value> = pq
            .into_iter()
            .enumerate()
            .filter(|(j, _)| !hit_heads.contains(j))
            .map(|(_, p)| p)
            .collect();
        let pairs = match_quotes(&gq, &pq);
        tp += pairs.len();
        fp += pq.len() - pairs.len();
        fn_ += gq.len() - pairs.len();
        named += gq.iter().filter(|q| !s(q, "speaker").is_empty()).count();
        let (mi, mj): (HashSet<usize>, HashSet<usize>) = (
            pairs.iter().map(|p| p.0).collect(),
            pairs.iter().map(|p| p.1).collect(),
        );
        for (i, q) in gq.iter().enumerate().filter(|(i, _)| !mi.contains(i)) {
            report.push(format!("{art}: missed quote {:?} ({i})", s(q, "text")));
        }
        for p in pq
            .iter()
            .enumerate()
            .filter(|(j, _)| !mj.contains(j))
            .map(|(_, p)| p)
        {
            report.push(format!("{art}: spurious quote {:?}", s(p, "text")));
        }
        for (i, j) in pairs {
            let (g, p) = (gq[i], pq[j]);
            utterances.push((g["utterance"].as_str(), p["utterance"].as_str()));
            if s(g, "speaker").is_empty() {
                continue;
            }
            let gent = canon
                .get(&(art.clone(), name_key(s(g, "speaker"))))
                .or_else(|| full.get(&name_key(s(g, "speaker"))));
            let pk = name_key(s(p, "speaker"));
            if !pk.is_empty() && gent.is_some() && full.get(&pk) == gent {
                strict += 1;
            } else {
                report.push(format!(
                    "{art}: speaker of {:?}: gold {:?}, got {:?}",
                    s(g, "text"),
                    s(g, "speaker"),
                    s(p, "speaker")
                ));
            }
        }
    }
    let (_, _, quote_f1) = prf(tp, fp, fn_);
    let (mut utp, mut ufp, mut ufn) = (0, 0, 0);
    for (x, (g1, p1)) in utterances.iter().enumerate() {
        for (g2, p2) in &utterances[x + 1..] {
            let same_g = g1.is_some() && g1 == g2;
            let same_p = p1.is_some() && p1 == p2;
            utp += usize::from(same_g && same_p);
            ufp += usize::from(same_p && !same_g);
            ufn += usize::from(same_g && !same_p);
        }
    }
    let mut f1 = HashMap::new();
    for kind in ["person", "organization"] {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for (art, a) in articles {
            let golds: Vec<&Value> = a["actors"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|x| s(x, "type") == kind)
                .collect();
            let mut alias_to = HashMap::new();
            for (gi, g) in golds.iter().enumerate() {
                for al in g["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(Value::as_str)
                    .chain([s(g, "name")])
                {
                    alias_to.insert(name_key(al), gi);
                }
            }
            let mut hit = HashSet::new();
            for pa in actors
                .iter()
                .filter(|x| s(x, "article") == art && s(x, "type") == kind)
            {
                let names: HashSet<String> = pa["aliases"]
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).map(name_key).collect())
                    .unwrap_or_default();
                let gi = names
                    .iter()
                    .chain([&name_key(s(pa, "name"))])
                    .filter_map(|n| alias_to.get(n))
                    .min()
                    .copied();
                match gi {
                    Some(gi) if hit.insert(gi) => tp += 1,
                    _ => {
                        fp += 1;
                        report.push(format!("{art}: spurious {kind} {:?}", s(pa, "name")));
                    }
                }
            }
            fn_ += golds.len() - hit.len();
            for (_, g) in golds.iter().enumerate().filter(|(i, _)| !hit.contains(i)) {
                report.push(format!("{art}: missed {kind} {:?}", s(g, "name")));
            }
        }
        f1.insert(kind, prf(tp, fp, fn_).2);
    }
    Scores {
        quote_f1,
        strict: strict as f64 / named.max(1) as f64,
        person_f1: f1["person"],
        org_f1: f1["organization"],
        utterance_f1: prf(utp, ufp, ufn).2,
        report,
    }
}

/// Scores what parallax extracts from `corpus` against `gold`, as the CLI's JSON would print it.
fn score_corpus(gold: &str, corpus: &parallax::corpus::Corpus) -> Scores {
    let gold: Value = serde_json::from_str(gold).unwrap();
    let story = parallax::extract::Story::extract(corpus);
    let quotes = to_json(story.quote_records(&corpus.articles));
    let actors = to_json(story.actor_records());
    let scores = score(&gold, &quotes, &actors);
    eprintln!(
        "quote F1 {:.3}, strict attribution {:.3}, person F1 {:.3}, organization F1 {:.3}\n{}",
        scores.quote_f1,
        scores.strict,
        scores.person_f1,
        scores.org_f1,
        scores.report.join("\n")
    );
    scores
}

/// Records as the CLI prints them, one JSON value each.
fn to_json<T: serde::Serialize>(records: impl IntoIterator<Item = T>) -> Vec<Value> {
    records
        .into_iter()
        .map(|r| serde_json::to_value(r).unwrap())
        .collect()
}

#[test]
fn extraction_meets_the_accuracy_floors_on_the_seed_gold() {
    let scores = score_corpus(GOLD, &parallax::corpus::Corpus::bundled());
    assert!(scores.quote_f1 >= 0.97, "{scores:?}");
    assert!(scores.strict >= 0.93, "{scores:?}");
    assert!(scores.person_f1 >= 0.95, "{scores:?}");
    assert!(scores.org_f1 >= 0.85, "{scores:?}");
}

#[test]
fn utterance_grouping_meets_its_floor_on_the_seed_gold() {
    // Issue 5 §5: pairwise F1 ≥ 0.90 over the matched quotes (headlines out, as scripts/score.sh).
    let scores = score_corpus(GOLD, &parallax::corpus::Corpus::bundled());
    assert!(scores.utterance_f1 >= 0.90, "{scores:?}");
}

#[test]
fn extraction_carries_over_to_our_own_articles_in_other_styles() {
    // Five short articles in other styles (UK politics, US business, sport, US politics,
    // EU tech regulation),
    // held to the same floors as the seeds, so a change that loses generality fails here even
    // when the seed scores hold.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract");
    let corpus = parallax::corpus::Corpus::load(&[dir]);
    assert_eq!(corpus.articles.len(), 5);
    let scores = score_corpus(OWN_GOLD, &corpus);
    assert!(scores.quote_f1 >= 0.97, "{scores:?}");
    assert!(scores.strict >= 0.93, "{scores:?}");
    assert!(scores.person_f1 >= 0.95, "{scores:?}");
    assert!(scores.org_f1 >= 0.85, "{scores:?}");
}

#[test]
fn the_hard_cases_hold_their_floors() {
    // tests/fixtures/hardcases: 22 invented articles, one hard pattern each (see its README),
    // with gold. Floors at what the extractor reaches today; the attribution issue raises them
    // to the seeds' floors as each pattern is handled.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hardcases/articles");
    let corpus = parallax::corpus::Corpus::load(&[dir]);
    assert_eq!(corpus.articles.len(), 22);
    let scores = score_corpus(HARD_GOLD, &corpus);
    assert!(scores.quote_f1 >= 0.99, "{scores:?}");
    // Raised from 0.93 as the appositive, reply, quote-over-paragraphs and merged-paragraph
    // patterns were handled (0.993 measured).
    assert!(scores.strict >= 0.98, "{scores:?}");
    // Raised from 0.96 / 0.84 as work titles in quotes, club and shop names, place offices
    // and acronyms of initials were handled (0.994 / 0.926 measured).
    assert!(scores.person_f1 >= 0.99, "{scores:?}");
    assert!(scores.org_f1 >= 0.92, "{scores:?}");
}

#[test]
fn the_scorer_port_agrees_with_score_py_on_a_perfect_and_an_empty_prediction() {
    let gold: Value = serde_json::from_str(GOLD).unwrap();
    let mut quotes = Vec::new();
    let mut actors = Vec::new();
    for (art, a) in gold["articles"].as_object().unwrap() {
        for q in a["quotes"].as_array().unwrap() {
            let mut q = q.clone();
            q["article"] = Value::from(art.as_str());
            quotes.push(q);
        }
        for x in a["actors"].as_array().unwrap() {
            let mut x = x.clone();
            x["article"] = Value::from(art.as_str());
            actors.push(x);
        }
    }
    // score.py --no-headlines on the gold itself: 1.0 throughout (a body quote with the same
    // words as a headline quote, "very useful" in 001, still counts).
    let perfect = score(&gold, &quotes, &actors);
    let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
    assert_eq!(
        (
            round(perfect.quote_f1),
            round(perfect.strict),
            perfect.person_f1,
            perfect.org_f1
        ),
        (1.0, 1.0, 1.0, 1.0),
        "{:?}",
        perfect.report
    );
    let empty = score(&gold, &[], &[]);
    assert_eq!(
        (empty.quote_f1, empty.strict, empty.person_f1, empty.org_f1),
        (0.0, 0.0, 0.0, 0.0)
    );
    assert_eq!(norm("Micheál “Q”"), "micheal \"q\"");
    assert_eq!(tokens("Trump’s U.S. plan"), ["trump's", "u", "s", "plan"]);
}
