//! One remark, every rendering: quotes that render one utterance (the same words quoted in
//! full, cut short or reworded by different outlets, or twice in one article) share an id.
//!
//! Two quotes render one remark when the shorter one's content words are mostly in the longer
//! (rare words weigh most): half of them for quotes of one speaker entity, three quarters
//! where either speaker is unknown (a headline's speaker counts as unknown: headlines name
//! whoever sells the story), four fifths and at least four words for quotes given to two
//! different speakers (clearly the same words: an attribution conflict to show, not two
//! remarks). Quotes are
//! grouped by average linkage, closest pairs first, so a long quote that joins two remarks of
//! one speaker ("A compromise hasn't been found yet, but some proposals seem acceptable") does
//! not chain them into one: groups merge only where most of their cross pairs link.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use crate::extract::ArticleExtraction;
use crate::extract::tokens;
use crate::text::fold_char;

use super::words::{Term, Weights, terms};

/// The share of the shorter quote's weight the longer must hold, for one speaker's quotes.
const SAME_SPEAKER: f32 = 0.5;

/// The same where either speaker is unknown.
const UNKNOWN_SPEAKER: f32 = 0.75;

/// The same for quotes of two different speakers.
const ANY_SPEAKER: f32 = 0.8;

/// The fewest content words a quote needs to be matched across speakers.
const ANY_SPEAKER_WORDS: usize = 4;

/// A quote as grouping reads it.
struct Item {
    /// Its key ids and weights, sorted by id.
    words: Vec<(u32, f32)>,
    /// Its total weight.
    total: f32,
    /// Every word of it, function words too, as the extractor's tokenizer cuts them, each char
    /// folded (`text::fold_char`), sorted: which body rendering a headline cut its words from
    /// ("We were misled" is closer to "we were misled about the cost" than to "misled is a
    /// polite word").
    all: Vec<String>,
    /// True for a headline's quote.
    headline: bool,
    /// Its speaker's entity id, when the attribution is firm: a headline's speaker is not
    /// (headlines name whoever sells the story).
    entity: Option<String>,
}

/// Gives every quote of the story its `utterance` id ("u1", "u2", … in reading order of each
/// remark's first rendering); renderings of one remark share it.
pub fn group(articles: &mut [ArticleExtraction]) {
    let cluster = clusters(&items(articles));
    let mut names: HashMap<usize, String> = HashMap::new();
    for (quote, c) in articles.iter_mut().flat_map(|a| &mut a.quotes).zip(cluster) {
        let next = names.len() + 1;
        quote.utterance = Some(names.entry(c).or_insert_with(|| format!("u{next}")).clone());
    }
}

/// Every quote of the story as grouping reads it, in reading order.
fn items(articles: &[ArticleExtraction]) -> Vec<Item> {
    let texts: Vec<Vec<Term>> = articles
        .iter()
        .flat_map(|a| &a.quotes)
        .map(|q| terms(&q.text))
        .collect();
    let weights = Weights::new(texts.iter().map(Vec::as_slice));
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let entities = articles
        .iter()
        .flat_map(|a| &a.quotes)
        .map(|q| q.entity.clone().filter(|_| !q.headline));
    let alls = articles.iter().flat_map(|a| &a.quotes).map(|q| {
        let mut all: Vec<String> = tokens::tokenize(&q.text, &[])
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text(&q.text).chars().map(fold_char).collect())
            .collect();
        all.sort_unstable();
        all.dedup();
        (all, q.headline)
    });
    texts
        .iter()
        .zip(entities.zip(alls))
        .map(|(terms, (entity, (all, headline)))| {
            let mut words: Vec<(u32, f32)> = terms
                .iter()
                .map(|t| {
                    let next = ids.len() as u32;
                    (*ids.entry(t.key.as_str()).or_insert(next), weights.of(t))
                })
                .collect();
            words.sort_by_key(|w| w.0);
            words.dedup_by_key(|w| w.0);
            Item {
                total: words.iter().map(|w| w.1).sum(),
                words,
                entity,
                all,
                headline,
            }
        })
        .collect()
}

/// How strongly two quotes link (the weighted Dice of their content words plus the share of
/// the shorter's words, function words too, that the longer holds: the closest renderings
/// group first), or 0 when the rules above do not let them link.
fn link(a: &Item, b: &Item) -> f32 {
    let (short, long) = if a.total <= b.total { (a, b) } else { (b, a) };
    if short.total == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0.0);
    while i < short.words.len() && j < long.words.len() {
        match short.words[i].0.cmp(&long.words[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += short.words[i].1;
                i += 1;
                j += 1;
            }
        }
    }
    let share = common / short.total;
    let enough = match (&a.entity, &b.entity) {
        (Some(x), Some(y)) if x == y => share >= SAME_SPEAKER,
        (Some(_), Some(_)) => share >= ANY_SPEAKER && short.words.len() >= ANY_SPEAKER_WORDS,
        _ => share >= UNKNOWN_SPEAKER,
    };
    if enough {
        2.0 * common / (short.total + long.total) + headline_words(a, b)
    } else {
        0.0
    }
}

/// The share of a headline quote's words (function words too) that a body quote holds; 0
/// unless exactly one of the two is a headline's.
fn headline_words(a: &Item, b: &Item) -> f32 {
    let (head, body) = match (a.headline, b.headline) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return 0.0,
    };
    let shared = head
        .all
        .iter()
        .filter(|w| body.all.binary_search(w).is_ok())
        .count();
    shared as f32 / head.all.len().max(1) as f32
}

/// The pairs `(a, b)`, `a < b`, that could link: the shorter (lighter) quote of each shares a
/// word of its prefix with the other, its rarest words that outweigh the share no linking
/// pair may miss (prefix filtering: a pair sharing none of them holds less than the lowest
/// share a link needs). Common words alone never make a pair, so a story of many articles
/// compares each quote with a few others, not with every quote that says "Russia".
fn candidates(items: &[Item]) -> Vec<(usize, usize)> {
    let mut holders: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        for w in &item.words {
            holders.entry(w.0).or_default().push(i);
        }
    }
    // The loosest rule: a pair missing the prefix holds less than SAME_SPEAKER of the
    // shorter's weight. A small margin keeps rounding from dropping a pair at the border.
    let missable = (1.0 - SAME_SPEAKER) * 1.001;
    let lighter = |a: usize, b: usize| (items[a].total, a) < (items[b].total, b);
    items
        .par_iter()
        .enumerate()
        .flat_map_iter(|(a, item)| {
            let mut rarest = item.words.clone();
            rarest.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            let mut held = 0.0;
            let mut partners: Vec<usize> = Vec::new();
            for (word, weight) in rarest {
                if held > missable * item.total {
                    break;
                }
                held += weight;
                partners.extend(holders[&word].iter().copied().filter(|&b| lighter(a, b)));
            }
            partners.sort_unstable();
            partners.dedup();
            partners.into_iter().map(move |b| (a.min(b), a.max(b)))
        })
        .collect()
}

/// The cluster of each item, by average linkage over the links, best links first; then each
/// headline quote in the cluster of the body quote it links best.
fn clusters(items: &[Item]) -> Vec<usize> {
    let mut links: Vec<(f32, usize, usize)> = candidates(items)
        .into_par_iter()
        .filter_map(|(a, b)| {
            let s = link(&items[a], &items[b]);
            (s > 0.0).then_some((s, a, b))
        })
        .collect();
    links.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut linked_to: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    for &(_, a, b) in &links {
        linked_to[a].push(b);
        linked_to[b].push(a);
    }
    let mut cluster: Vec<usize> = (0..items.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
    // Two groups refused stay refused until one grows: a group's size names its members.
    let mut refused: HashSet<(usize, usize, usize, usize)> = HashSet::new();
    // A headline's quote and a body quote: the headline joins its best body rendering's
    // remark afterwards, so it never pulls two remarks of the body together.
    let (across, links): (Vec<_>, Vec<_>) = links
        .into_iter()
        .partition(|&(_, a, b)| items[a].headline != items[b].headline);
    for (_, a, b) in links {
        let (ca, cb) = (cluster[a], cluster[b]);
        if ca == cb {
            continue;
        }
        let key = (ca, members[ca].len(), cb, members[cb].len());
        if refused.contains(&key) {
            continue;
        }
        let (small, other) = if members[ca].len() <= members[cb].len() {
            (ca, cb)
        } else {
            (cb, ca)
        };
        let linked: usize = members[small]
            .iter()
            .map(|&x| linked_to[x].iter().filter(|&&y| cluster[y] == other).count())
            .sum();
        if linked * 2 <= members[ca].len() * members[cb].len() {
            refused.insert(key);
            continue;
        }
        let moved = std::mem::take(&mut members[cb]);
        for &m in &moved {
            cluster[m] = ca;
        }
        members[ca].extend(moved);
    }
    let mut placed = vec![false; items.len()];
    for (_, a, b) in across {
        let (head, body) = if items[a].headline { (a, b) } else { (b, a) };
        if !placed[head] {
            placed[head] = true;
            cluster[head] = cluster[body];
        }
    }
    cluster
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Quote;

    fn quote(text: &str, entity: Option<&str>) -> Quote {
        Quote {
            article: String::new(),
            outlet: None,
            paragraph: Some(0),
            start: 0,
            end: 0,
            text: text.to_string(),
            speaker: None,
            speaker_description: None,
            entity: entity.map(str::to_string),
            utterance: None,
            headline: false,
            confidence: 1.0,
            body_speaker: None,
            at: Default::default(),
            speaker_actor: None,
        }
    }

    /// The utterance ids of `quotes`, each list one article.
    fn ids(quotes: &[&[(&str, Option<&str>)]]) -> Vec<Vec<String>> {
        let mut articles: Vec<ArticleExtraction> = quotes
            .iter()
            .map(|qs| ArticleExtraction {
                article: String::new(),
                quotes: qs.iter().map(|(t, e)| quote(t, *e)).collect(),
                actors: Default::default(),
                header_units: 0,
            })
            .collect();
        group(&mut articles);
        articles
            .iter()
            .map(|a| {
                a.quotes
                    .iter()
                    .map(|q| q.utterance.clone().expect("an id"))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn one_speaker_s_remark_quoted_differently_is_one_utterance() {
        let e = Some("e-lind");
        let ids = ids(&[
            &[("rather helpful, frank, rather thorough", e)],
            &[("frank, very helpful and thorough", e)],
            &[("helpful and frank", e), ("the budget will pass", e)],
        ]);
        assert_eq!(ids[0][0], ids[1][0]);
        assert_eq!(ids[0][0], ids[2][0]);
        assert_ne!(ids[2][0], ids[2][1]);
    }

    #[test]
    fn the_same_words_of_two_speakers_are_one_remark_but_short_ones_are_not() {
        let ids = ids(&[
            &[
                ("the harbour will reopen to ships next week", Some("e-a")),
                ("helpful", Some("e-a")),
            ],
            &[
                ("the harbour will reopen to all ships next week", Some("e-b")),
                ("helpful", Some("e-b")),
            ],
        ]);
        assert_eq!(ids[0][0], ids[1][0], "the same long remark: one utterance");
        assert_ne!(ids[0][1], ids[1][1], "one word of two speakers: two remarks");
    }

    #[test]
    fn a_long_quote_joining_two_remarks_does_not_chain_them() {
        let e = Some("e-lind");
        let ids = ids(&[
            &[("no deal has been reached", e)],
            &[("tariffs on steel look acceptable to us", e)],
            &[(
                "no deal has been reached yet, but tariffs on steel look acceptable to us",
                e,
            )],
            &[("no deal has been reached", e)],
            &[("tariffs on steel look acceptable", e)],
        ]);
        assert_ne!(ids[0][0], ids[1][0]);
    }

    #[test]
    fn a_headline_joins_the_body_quote_closest_to_its_words() {
        let mut articles = vec![ArticleExtraction {
            article: String::new(),
            quotes: vec![
                Quote {
                    headline: true,
                    ..quote("We were misled", Some("e-a"))
                },
                quote("Misled is a polite word for it", Some("e-b")),
                quote(
                    "We were misled about what the new bridge would cost and who would pay for it",
                    Some("e-c"),
                ),
            ],
            actors: Default::default(),
            header_units: 0,
        }];
        group(&mut articles);
        let q = &articles[0].quotes;
        assert_eq!(q[0].utterance, q[2].utterance);
        assert_ne!(q[0].utterance, q[1].utterance);
    }

    #[test]
    fn a_quote_of_no_known_speaker_needs_most_of_its_words_in_the_other() {
        let ids = ids(&[
            &[("fully inspected", Some("e-a")), ("frank", None)],
            &[("fully supportive", None), ("helpful and frank", Some("e-b"))],
        ]);
        assert_ne!(ids[0][0], ids[1][0]);
        assert_eq!(ids[0][1], ids[1][1]);
    }

    #[test]
    fn quotes_sharing_only_common_words_are_never_compared() {
        let common = |rare: &str| format!("russia talks {rare} ukraine");
        let mut articles = vec![ArticleExtraction {
            article: String::new(),
            quotes: ["harbour reopen ships", "bridge tolls rise", "wheat exports fall"]
                .iter()
                .chain(&["harbour reopen ships"])
                .map(|rare| quote(&common(rare), Some("e-a")))
                .collect(),
            actors: Default::default(),
            header_units: 0,
        }];
        // Many quotes that hold the common words make them common.
        articles[0]
            .quotes
            .extend((0..40).map(|i| quote(&format!("russia talks ukraine item{i} other{i}"), None)));
        let items = items(&articles);
        let pairs = candidates(&items);
        assert!(pairs.contains(&(0, 3)), "the same rare words: compared");
        assert!(!pairs.contains(&(0, 1)), "only common words shared: not compared");
        assert!(pairs.len() < 40, "not every pair of the 44: {}", pairs.len());
        group(&mut articles);
        let q = &articles[0].quotes;
        assert_eq!(q[0].utterance, q[3].utterance);
        assert_ne!(q[0].utterance, q[1].utterance);
    }

    #[test]
    fn ids_count_from_the_first_remark() {
        let ids = ids(&[&[("one thing", None), ("another matter entirely", None)]]);
        assert_eq!(ids, [["u1", "u2"]]);
    }
}
