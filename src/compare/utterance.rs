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

use std::collections::{BinaryHeap, HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;

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
struct Item<'a> {
    /// Its key ids and weights, sorted by id.
    words: Vec<(u32, f32)>,
    /// Its total weight.
    total: f32,
    /// Every word of it, function words too, as the extractor's tokenizer cuts them, each char
    /// folded (`text::fold_char`), as ids, sorted: which body rendering a headline cut its
    /// words from ("We were misled" is closer to "we were misled about the cost" than to
    /// "misled is a polite word").
    all: Vec<u32>,
    /// True for a headline's quote.
    headline: bool,
    /// How many quotes of the story it stands for (word for word the same).
    copies: usize,
    /// The speakers of those quotes, each with how many it has, sorted (unknown first): an
    /// entity id where the attribution is firm; a headline's speaker is not (headlines name
    /// whoever sells the story). Only a quote long enough to link across speakers stands for
    /// copies of several speakers. Borrowed from the story, as the quotes are.
    speakers: Vec<(Option<&'a str>, usize)>,
}

/// A quote as grouping reads it, borrowed from wherever the extraction is kept: linking works
/// out ids without a copy of the story.
#[derive(Debug, Clone, Copy)]
pub struct Said<'a> {
    /// The quoted words.
    pub text: &'a str,
    /// True for a quote in the headline or sub-title.
    pub headline: bool,
    /// The speaker's entity id, if known.
    pub entity: Option<&'a str>,
}

/// Every quote's `utterance` id ("u1", "u2", … in reading order of each remark's first
/// rendering), in the order `quotes` gives them; renderings of one remark share it, one string
/// for all. `quotes` gives the story's quotes afresh at each call (they are read twice), so
/// that no list of them is kept beside the story.
pub fn utterances<'a, I>(quotes: impl Fn() -> I) -> Vec<Arc<str>>
where
    I: Iterator<Item = Said<'a>>,
{
    let (distinct, of) = distinct(quotes);
    let cluster = clusters(&distinct);
    // The names are made once grouping has freed its buffers: none is left standing behind
    // them, keeping their place in the heap.
    drop(distinct);
    let mut names: Vec<Option<Arc<str>>> = vec![None; cluster.len()];
    let mut named = 0;
    of.into_iter()
        .map(|d| {
            let name = names[cluster[d as usize] as usize].get_or_insert_with(|| {
                named += 1;
                format!("u{named}").into()
            });
            Arc::clone(name)
        })
        .collect()
}

/// The distinct items of the story's quotes, each counting the quotes it stands for, and
/// which one each quote is, in reading order. A remark copied word for word into many
/// articles (wire copy) is read and grouped once: copies link to each other anyway (whatever
/// their speakers, once long enough to link across speakers), and comparing each with every
/// other would grow with the square of them.
fn distinct<'a, I>(quotes: impl Fn() -> I) -> (Vec<Item<'a>>, Vec<u32>)
where
    I: Iterator<Item = Said<'a>>,
{
    // Each text once, with how many quotes carry it.
    let mut texts: HashMap<(&str, bool), u32> = HashMap::new();
    let mut unique: Vec<(&str, bool, usize)> = Vec::new();
    // A story's quotes number far fewer than 2^32.
    let text_of: Vec<u32> = quotes()
        .map(|q| {
            let t = *texts.entry((q.text, q.headline)).or_insert_with(|| {
                unique.push((q.text, q.headline, 0));
                (unique.len() - 1) as u32
            });
            unique[t as usize].2 += 1;
            t
        })
        .collect();
    let terms: Vec<Vec<Term>> = unique.par_iter().map(|(text, ..)| terms(text)).collect();
    let weights = Weights::new(
        terms
            .iter()
            .zip(&unique)
            .flat_map(|(terms, u)| std::iter::repeat_n(terms.as_slice(), u.2)),
    );
    // Each text's words as ids; texts that differ only in case or punctuation become one.
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut spellings: HashMap<String, u32> = HashMap::new();
    type Words = (Vec<(u32, u32)>, bool, Vec<u32>);
    let mut word_sets: HashMap<Words, usize> = HashMap::new();
    let mut items: Vec<Item> = Vec::new();
    let word_set: Vec<usize> = unique
        .iter()
        .zip(&terms)
        .map(|(&(text, headline, _), terms)| {
            let mut words: Vec<(u32, f32)> = terms
                .iter()
                .map(|t| {
                    let next = ids.len() as u32;
                    (*ids.entry(t.key.as_str()).or_insert(next), weights.of(t))
                })
                .collect();
            words.sort_by_key(|w| w.0);
            words.dedup_by_key(|w| w.0);
            let mut all: Vec<u32> = tokens::tokenize(text, &[])
                .iter()
                .filter(|t| t.is_word())
                .map(|t| {
                    let next = spellings.len() as u32;
                    let folded: String = t.text(text).chars().map(fold_char).collect();
                    *spellings.entry(folded).or_insert(next)
                })
                .collect();
            all.sort_unstable();
            all.dedup();
            let key = (
                words.iter().map(|&(id, w)| (id, w.to_bits())).collect(),
                headline,
                all,
            );
            *word_sets.entry(key).or_insert_with_key(|(_, _, all)| {
                items.push(Item {
                    total: words.iter().map(|w| w.1).sum(),
                    words,
                    all: all.clone(),
                    headline,
                    copies: 0,
                    speakers: Vec::new(),
                });
                items.len() - 1
            })
        })
        .collect();
    // Then one item per word set, or per word set and speaker for a quote too short to link
    // across speakers.
    let mut by_speaker: HashMap<(usize, Option<&str>), u32> = HashMap::new();
    let mut distinct: Vec<Item> = Vec::new();
    let mut speakers: HashMap<(u32, Option<&str>), usize> = HashMap::new();
    let of = quotes()
        .zip(text_of)
        .map(|(quote, t)| {
            let set = word_set[t as usize];
            let item = &items[set];
            let speaker = quote.entity.filter(|_| !quote.headline);
            let split = item.words.len() < ANY_SPEAKER_WORDS;
            let d = *by_speaker
                .entry((set, speaker.filter(|_| split)))
                .or_insert_with(|| {
                    distinct.push(Item {
                        words: item.words.clone(),
                        all: item.all.clone(),
                        speakers: Vec::new(),
                        ..*item
                    });
                    (distinct.len() - 1) as u32
                });
            distinct[d as usize].copies += 1;
            *speakers.entry((d, speaker)).or_insert(0) += 1;
            d
        })
        .collect();
    for ((d, speaker), n) in speakers {
        distinct[d as usize].speakers.push((speaker, n));
    }
    for item in &mut distinct {
        item.speakers.sort_unstable();
    }
    (distinct, of)
}

/// How strongly two items link (the weighted Dice of their content words plus the share of
/// the shorter's words, function words too, that the longer holds: the closest renderings
/// group first) and how many pairs of their quotes the rules above let link; `None` when no
/// pair may.
fn link(a: &Item, b: &Item) -> Option<(f32, usize)> {
    let (short, long) = if a.total <= b.total { (a, b) } else { (b, a) };
    if short.total == 0.0 {
        return None;
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
    let speakers = Speakers::of(a, b);
    let pairs = usize::from(share >= SAME_SPEAKER) * speakers.same
        + usize::from(share >= UNKNOWN_SPEAKER) * speakers.unknown
        + usize::from(share >= ANY_SPEAKER && short.words.len() >= ANY_SPEAKER_WORDS) * speakers.different;
    (pairs > 0).then(|| {
        let score = 2.0 * common / (short.total + long.total) + headline_words(a, b);
        (score, pairs)
    })
}

/// The pairs of quotes two items hold, by how their speakers compare.
struct Speakers {
    /// Pairs of one speaker entity.
    same: usize,
    /// Pairs where either speaker is unknown.
    unknown: usize,
    /// Pairs of two different known speakers.
    different: usize,
}

impl Speakers {
    /// Counts `a`'s and `b`'s pairs of quotes by speaker, merging their sorted speaker lists.
    fn of(a: &Item, b: &Item) -> Self {
        let unknown = |item: &Item| match item.speakers.first() {
            Some((None, n)) => *n,
            _ => 0,
        };
        let (ua, ub) = (unknown(a), unknown(b));
        let unknown = ua * b.copies + a.copies * ub - ua * ub;
        let (mut i, mut j, mut same) = (0, 0, 0);
        while i < a.speakers.len() && j < b.speakers.len() {
            let ((x, nx), (y, ny)) = (&a.speakers[i], &b.speakers[j]);
            match x.cmp(y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    if x.is_some() {
                        same += nx * ny;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        let known = (a.copies - ua) * (b.copies - ub);
        Self {
            same,
            unknown,
            different: known - same,
        }
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

/// The items item `a` could link with, ascending, where `a` is the shorter (lighter) quote of
/// the pair: they share a word of `a`'s prefix, its rarest words that outweigh the share no
/// linking pair may miss (prefix filtering: a pair sharing none of them holds less than the
/// lowest share a link needs). Common words alone never make a pair, so a story of many
/// articles compares each quote with a few others, not with every quote that says "Russia".
/// Each pair is made once, from its lighter item, as it is scored: a large story has many
/// millions, never held together.
fn partners(items: &[Item], holders: &Holders, a: usize) -> Vec<u32> {
    let Holders { holders, by_speaker } = holders;
    let item = &items[a];
    // The loosest rule: a pair missing the prefix holds less than SAME_SPEAKER of the
    // shorter's weight. A small margin keeps rounding from dropping a pair at the border.
    let missable = (1.0 - SAME_SPEAKER) * 1.001;
    let lighter = |b: usize| (item.total, a) < (items[b].total, b);
    let speaker = match item.speakers.as_slice() {
        [(Some(speaker), _)] if item.words.len() < ANY_SPEAKER_WORDS => Some(*speaker),
        _ => None,
    };
    let mut rarest = item.words.clone();
    rarest.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    let mut held = 0.0;
    let mut partners: Vec<u32> = Vec::new();
    let none: &[u32] = &[];
    for (word, weight) in rarest {
        if held > missable * item.total {
            break;
        }
        held += weight;
        let lists: [&[u32]; 2] = match speaker {
            Some(speaker) => [
                by_speaker.get(&(word, Some(speaker))).map_or(none, Vec::as_slice),
                by_speaker.get(&(word, None)).map_or(none, Vec::as_slice),
            ],
            None => [holders[&word].as_slice(), none],
        };
        let all = lists.into_iter().flatten().copied();
        partners.extend(all.filter(|&b| lighter(b as usize)));
    }
    partners.sort_unstable();
    partners.dedup();
    partners
}

/// Every item holding a word; and by speaker, for the short quotes of a known speaker, which
/// link only to quotes of that speaker or of an unknown one (see [`partners`]).
struct Holders<'a> {
    holders: HashMap<u32, Vec<u32>>,
    by_speaker: HashMap<(u32, Option<&'a str>), Vec<u32>>,
}

impl<'a> Holders<'a> {
    fn new(items: &[Item<'a>]) -> Self {
        let mut holders: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut by_speaker: HashMap<(u32, Option<&str>), Vec<u32>> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let i = i as u32; // items are quotes of a story: far fewer than 2^32
            for w in &item.words {
                holders.entry(w.0).or_default().push(i);
                for (speaker, _) in &item.speakers {
                    by_speaker.entry((w.0, *speaker)).or_default().push(i);
                }
            }
        }
        Self { holders, by_speaker }
    }
}

/// The cluster of each item (an item's index), by average linkage over the links, best links
/// first; then each headline quote in the cluster of the body quote it links best.
fn clusters(items: &[Item]) -> Vec<u32> {
    let holders = Holders::new(items);
    let linked_to = Adjacency::new(OutLinks::new(items, &holders));
    drop(holders);
    // Items are quotes of a story: far fewer than 2^32.
    let mut cluster: Vec<u32> = (0..items.len() as u32).collect();
    let mut members: Vec<Vec<u32>> = (0..items.len() as u32).map(|i| vec![i]).collect();
    // How many quotes each group holds, copies counted.
    let mut size: Vec<usize> = items.iter().map(|item| item.copies).collect();
    // Two groups refused stay refused until one grows: a group's size names its members.
    let mut refused: HashSet<(u32, u32, u32, u32)> = HashSet::new();
    // A headline's quote and a body quote: the headline joins its best body rendering's
    // remark afterwards, so it never pulls two remarks of the body together.
    let mut best_body: Vec<Option<u32>> = vec![None; items.len()];
    for (a, b) in Best::new(&linked_to.out) {
        let (a, b) = (a as usize, b as usize);
        if items[a].headline != items[b].headline {
            let (head, body) = if items[a].headline { (a, b) } else { (b, a) };
            best_body[head].get_or_insert(body as u32);
            continue;
        }
        let (ca, cb) = (cluster[a] as usize, cluster[b] as usize);
        if ca == cb {
            continue;
        }
        let (la, lb) = (members[ca].len(), members[cb].len());
        let key = (ca as u32, la as u32, cb as u32, lb as u32);
        if refused.contains(&key) {
            continue;
        }
        let (small, other) = if la <= lb { (ca, cb) } else { (cb, ca) };
        let linked: usize = members[small]
            .iter()
            .flat_map(|&x| linked_to.of(x as usize))
            .filter(|&(y, _)| cluster[y as usize] as usize == other)
            .map(|(_, pairs)| pairs as usize)
            .sum();
        if linked * 2 <= size[ca] * size[cb] {
            refused.insert(key);
            continue;
        }
        let moved = std::mem::take(&mut members[cb]);
        for &m in &moved {
            cluster[m as usize] = ca as u32;
        }
        members[ca].extend(moved);
        size[ca] += size[cb];
    }
    for (head, body) in best_body.into_iter().enumerate() {
        if let Some(body) = body {
            cluster[head] = cluster[body as usize];
        }
    }
    cluster
}

/// One of an item's links to a heavier item: the other item, how strongly they link and how
/// many pairs of quotes the link holds.
type Out = (u32, f32, u32);

/// How many items' links to heavier items are scored together and kept in one buffer: most
/// such buffers of a large story are large enough for a mapping of their own, which is given
/// back whole when freed, where thousands of small ones would leave holes in the heap.
const CHUNK: usize = 64;

/// Each item's links to heavier items, best first (see [`Best`]), in one buffer per
/// [`CHUNK`] items.
struct OutLinks {
    /// The links of each run of `CHUNK` items, item after item.
    chunks: Vec<Vec<Out>>,
    /// Where each item's links end in its run's buffer.
    ends: Vec<u32>,
}

impl OutLinks {
    /// Scores the pairs each item could link with (see [`partners`]), on every core.
    fn new(items: &[Item], holders: &Holders) -> Self {
        let runs: Vec<(Vec<Out>, Vec<u32>)> = (0..items.len().div_ceil(CHUNK))
            .into_par_iter()
            .map(|run| {
                let (mut links, mut ends) = (Vec::new(), Vec::new());
                for a in run * CHUNK..items.len().min((run + 1) * CHUNK) {
                    let start = links.len();
                    links.extend(partners(items, holders, a).into_iter().filter_map(|b| {
                        let (score, pairs) = link(&items[a], &items[b as usize])?;
                        // Pairs of quotes counted up to `u32::MAX` (past that fewer, which
                        // only ever refuses a merge).
                        Some((b, score, u32::try_from(pairs).unwrap_or(u32::MAX)))
                    }));
                    links[start..].sort_unstable_by(|x, y| Best::order(a as u32, x, y));
                    // A run holds far fewer than 2^32 links.
                    ends.push(links.len() as u32);
                }
                links.shrink_to_fit();
                (links, ends)
            })
            .collect();
        let ends = runs.iter().flat_map(|run| &run.1).copied().collect();
        let chunks = runs.into_iter().map(|run| run.0).collect();
        Self { chunks, ends }
    }

    /// How many items there are.
    fn len(&self) -> usize {
        self.ends.len()
    }

    /// Item `i`'s links to heavier items, best first.
    fn of(&self, i: usize) -> &[Out] {
        let start = if i.is_multiple_of(CHUNK) {
            0
        } else {
            self.ends[i - 1] as usize
        };
        let end = self.ends[i] as usize;
        self.chunks[i / CHUNK].get(start..end).unwrap_or_default()
    }
}

/// Each item's links, with how many pairs of quotes each holds: those to heavier items as
/// scored (12 bytes a link), those from lighter items in one buffer (8 bytes a link). A large
/// story has hundreds of thousands of links, each held once with its score, once without.
struct Adjacency {
    /// Each item's links to heavier items.
    out: OutLinks,
    /// Where each item's links from lighter items start in `into`; the last entry ends them.
    starts: Vec<usize>,
    /// The other item of each link from a lighter item, and its pairs.
    into: Vec<(u32, u32)>,
}

impl Adjacency {
    /// The adjacency of items whose links to heavier items are `out`.
    fn new(out: OutLinks) -> Self {
        let items = out.len();
        let mut starts = vec![0; items + 1];
        for a in 0..items {
            for &(b, ..) in out.of(a) {
                starts[b as usize + 1] += 1;
            }
        }
        for i in 0..items {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let mut into = vec![(0, 0); starts[items]];
        for a in 0..items {
            for &(b, _, pairs) in out.of(a) {
                into[next[b as usize]] = (a as u32, pairs);
                next[b as usize] += 1;
            }
        }
        Self { out, starts, into }
    }

    /// Item `i`'s links, both ways: the other item and the pairs.
    fn of(&self, i: usize) -> impl Iterator<Item = (u32, u32)> + '_ {
        let out = self.out.of(i).iter().map(|&(b, _, pairs)| (b, pairs));
        out.chain(self.into[self.starts[i]..self.starts[i + 1]].iter().copied())
    }
}

/// Every link `(a, b)`, `a < b`, best first: by score, then by `a`, then by `b` (an order
/// without ties, so the grouping never depends on how the links were made). The items' lists,
/// each in that order, are merged as they are read, never copied into one.
struct Best<'l> {
    /// Each item's links to heavier items, best first.
    out: &'l OutLinks,
    /// The best link not yet read of each item that has one: (score, a, b, item, place).
    heads: BinaryHeap<Head>,
}

/// The best unread link of one item's list, ordered best greatest.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Head {
    /// The link's score.
    score: f32,
    /// Its lower item.
    a: u32,
    /// Its higher item.
    b: u32,
    /// Whose list it is in.
    item: u32,
    /// Where in that list.
    at: u32,
}

impl Eq for Head {}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Head {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let key = |h: &Self| (h.score, h.a, h.b);
        Best::better(key(self), key(other))
    }
}

impl<'l> Best<'l> {
    /// The links of `out` (each item's links to heavier items, best first), best first.
    fn new(out: &'l OutLinks) -> Self {
        let heads = (0..out.len()).filter_map(|i| Self::head(out, i, 0)).collect();
        Self { out, heads }
    }

    /// Item `item`'s link at `at`, if its list goes that far.
    fn head(out: &OutLinks, item: usize, at: usize) -> Option<Head> {
        let &(other, score, _) = out.of(item).get(at)?;
        let (a, b) = (item as u32, other);
        Some(Head {
            score,
            a: a.min(b),
            b: a.max(b),
            item: item as u32,
            at: at as u32,
        })
    }

    /// How two links (score, lower item, higher item) compare, the better greater.
    fn better(x: (f32, u32, u32), y: (f32, u32, u32)) -> std::cmp::Ordering {
        x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)).then(y.2.cmp(&x.2))
    }

    /// How two links of item `a`'s list compare, the better first.
    fn order(a: u32, x: &Out, y: &Out) -> std::cmp::Ordering {
        let key = |&(b, score, _): &Out| (score, a.min(b), a.max(b));
        Self::better(key(y), key(x))
    }
}

impl Iterator for Best<'_> {
    type Item = (u32, u32);

    fn next(&mut self) -> Option<(u32, u32)> {
        let head = self.heads.pop()?;
        let (item, at) = (head.item as usize, head.at as usize);
        if let Some(next) = Self::head(self.out, item, at + 1) {
            self.heads.push(next);
        }
        Some((head.a, head.b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A quote as these tests give it: what grouping reads of it, and the id it is given.
    #[derive(Debug, Clone)]
    struct Quote {
        text: String,
        headline: bool,
        entity: Option<String>,
        utterance: Option<Arc<str>>,
    }

    /// The quotes of `articles` (each a list of quotes) as grouping reads them.
    fn said(articles: &[Vec<Quote>]) -> Vec<Said<'_>> {
        let quotes = articles.iter().flatten();
        quotes
            .map(|q| Said {
                text: &q.text,
                headline: q.headline,
                entity: q.entity.as_deref(),
            })
            .collect()
    }

    /// Gives every quote of `articles` its utterance id.
    fn group(articles: &mut [Vec<Quote>]) {
        let said = said(articles);
        let ids = utterances(|| said.iter().copied());
        for (quote, id) in articles.iter_mut().flatten().zip(ids) {
            quote.utterance = Some(id);
        }
    }

    fn quote(text: &str, entity: Option<&str>) -> Quote {
        Quote {
            text: text.into(),
            headline: false,
            entity: entity.map(Into::into),
            utterance: None,
        }
    }

    /// Articles of `quotes` (text, speaker entity), each list one article.
    fn articles<'q>(quotes: impl IntoIterator<Item = &'q [(&'q str, Option<&'q str>)]>) -> Vec<Vec<Quote>> {
        quotes
            .into_iter()
            .map(|qs| qs.iter().map(|(t, e)| quote(t, *e)).collect())
            .collect()
    }

    /// The utterance ids of `quotes`, each list one article.
    fn ids(quotes: &[&[(&str, Option<&str>)]]) -> Vec<Vec<String>> {
        let mut articles = articles(quotes.iter().copied());
        group(&mut articles);
        articles
            .iter()
            .map(|a| {
                a.iter()
                    .map(|q| q.utterance.as_deref().expect("an id").to_string())
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
        let mut articles = vec![vec![
            Quote {
                headline: true,
                ..quote("We were misled", Some("e-a"))
            },
            quote("Misled is a polite word for it", Some("e-b")),
            quote(
                "We were misled about what the new bridge would cost and who would pay for it",
                Some("e-c"),
            ),
        ]];
        group(&mut articles);
        let q = &articles[0];
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
        let mut articles: Vec<Vec<Quote>> = vec![
            ["harbour reopen ships", "bridge tolls rise", "wheat exports fall"]
                .iter()
                .chain(&["harbour reopen ships soon"])
                .map(|rare| quote(&common(rare), Some("e-a")))
                .collect(),
        ];
        // Many quotes that hold the common words make them common.
        articles[0].extend((0..40).map(|i| quote(&format!("russia talks ukraine item{i} other{i}"), None)));
        let said = said(&articles);
        let (items, _) = distinct(|| said.iter().copied());
        let holders = Holders::new(&items);
        let pairs: Vec<(u32, u32)> = (0..items.len())
            .flat_map(|a| {
                partners(&items, &holders, a)
                    .into_iter()
                    .map(move |b| (a as u32, b))
            })
            .map(|(a, b)| (a.min(b), a.max(b)))
            .collect();
        assert!(pairs.contains(&(0, 3)), "the same rare words: compared");
        assert!(!pairs.contains(&(0, 1)), "only common words shared: not compared");
        assert!(pairs.len() < 40, "not every pair of the 44: {}", pairs.len());
        group(&mut articles);
        let q = &articles[0];
        assert_eq!(q[0].utterance, q[3].utterance);
        assert_ne!(q[0].utterance, q[1].utterance);
    }

    #[test]
    fn copies_word_for_word_are_grouped_once_and_still_weigh_as_many() {
        let e = Some("e-lind");
        let deal = ("no deal has been reached", e);
        let steel = ("tariffs on steel look acceptable to us", e);
        let both = (
            "no deal has been reached yet, but tariffs on steel look acceptable to us",
            e,
        );
        let (copy, last) = ([deal, steel], [both]);
        let story: [&[(&str, Option<&str>)]; 4] = [&copy, &copy, &copy, &last];
        let articles = articles(story.iter().copied());
        let said = said(&articles);
        let (distinct, of) = distinct(|| said.iter().copied());
        assert_eq!(distinct.len(), 3);
        assert_eq!(distinct.iter().map(|d| d.copies).collect::<Vec<_>>(), [3, 3, 1]);
        assert_eq!(of, [0, 1, 0, 1, 0, 1, 2]);
        let ids = ids(&story);
        assert_eq!(ids[0], ids[1], "copies share their remark's id");
        assert_ne!(
            ids[0][0], ids[0][1],
            "the joining quote does not chain two remarks"
        );
    }

    #[test]
    fn a_long_remark_of_many_speakers_is_one_item_a_short_one_one_per_speaker() {
        let long = "the harbour will reopen to ships next week";
        let story: Vec<Vec<(&str, Option<&str>)>> = ["e-a", "e-b", "e-a"]
            .iter()
            .map(|e| vec![(long, Some(*e)), ("helpful", Some(*e))])
            .chain([vec![(long, None)]])
            .collect();
        let articles = articles(story.iter().map(Vec::as_slice));
        let said = said(&articles);
        let (distinct, of) = distinct(|| said.iter().copied());
        assert_eq!(of, [0, 1, 0, 2, 0, 1, 0]);
        let speakers = |d: usize| -> Vec<(Option<&str>, usize)> { distinct[d].speakers.clone() };
        assert_eq!(speakers(0), [(None, 1), (Some("e-a"), 2), (Some("e-b"), 1)]);
        assert_eq!(speakers(1), [(Some("e-a"), 2)]);
        assert_eq!(speakers(2), [(Some("e-b"), 1)]);
        let pairs = Speakers::of(&distinct[0], &distinct[0]);
        assert_eq!((pairs.same, pairs.unknown, pairs.different), (5, 7, 4));
        let ids = ids(&story.iter().map(Vec::as_slice).collect::<Vec<_>>());
        assert!(ids.iter().all(|a| a[0] == ids[0][0]), "one long remark: {ids:?}");
        assert_ne!(ids[0][1], ids[1][1], "one word of two speakers: two remarks");
        assert_eq!(ids[0][1], ids[2][1], "one word of one speaker: one remark");
    }

    #[test]
    fn links_are_read_best_first_and_both_ways_as_from_one_sorted_list() {
        // Items across three runs of CHUNK, scores with ties, each pair made from one side.
        let n = 2 * CHUNK + 9;
        let mut all: Vec<(f32, u32, u32, u32)> = Vec::new(); // (score, a, b, pairs), a < b
        let mut lists: Vec<Vec<Out>> = vec![Vec::new(); n];
        for a in 0..n as u32 {
            for b in (a + 1..n as u32).filter(|b| (a * 7 + b * 3) % 5 == 0) {
                let (score, pairs) = (((a + b) % 4) as f32 / 4.0, a * 1000 + b);
                all.push((score, a, b, pairs));
                let from = if (a + b) % 3 == 0 { a } else { b };
                lists[from as usize].push((a + b - from, score, pairs));
            }
        }
        for (a, list) in lists.iter_mut().enumerate() {
            list.sort_unstable_by(|x, y| Best::order(a as u32, x, y));
        }
        let out = OutLinks {
            ends: (0..n)
                .map(|i| lists[i - i % CHUNK..=i].iter().map(Vec::len).sum::<usize>() as u32)
                .collect(),
            chunks: lists.chunks(CHUNK).map(|run| run.concat()).collect(),
        };
        all.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        let order: Vec<(u32, u32)> = all.iter().map(|&(_, a, b, _)| (a, b)).collect();
        assert_eq!(Best::new(&out).collect::<Vec<_>>(), order);
        let linked_to = Adjacency::new(out);
        for i in 0..n as u32 {
            let mut got: Vec<(u32, u32)> = linked_to.of(i as usize).collect();
            got.sort_unstable();
            let mut want: Vec<(u32, u32)> = all
                .iter()
                .filter(|l| l.1 == i || l.2 == i)
                .map(|&(_, a, b, pairs)| (a + b - i, pairs))
                .collect();
            want.sort_unstable();
            assert_eq!(got, want, "links of {i}");
        }
    }

    #[test]
    fn ids_count_from_the_first_remark() {
        let ids = ids(&[&[("one thing", None), ("another matter entirely", None)]]);
        assert_eq!(ids, [["u1", "u2"]]);
    }
}
