//! Two versions of one story, sentence against sentence: which sentences report the same
//! thing, wherever each version tells it, and what only one version reports.
//!
//! Outlets reorder, so pairing does not keep both orders: every sentence is paired with its
//! most similar partner (best pairs first, one partner each), then the longest run of pairs in
//! both orders stands as the spine and the other pairs are marked moved. Similarity is a
//! weighted Dice over content words (each weighs its inverse document frequency squared:
//! rare words, numbers and amounts most, the names the story repeats everywhere least); two
//! sentences quoting one remark (the same utterance id) are near-certain anchors, and a pair
//! whose neighbours pair too (the next or the previous sentences of both) gains: outlets move
//! passages, seldom single sentences out of them. A sentence stands against two adjacent ones of the other side when together they
//! match it clearly better than either alone, and a sentence left over stands again against a
//! partner already paired when their words alone match clearly: one version telling a fact
//! twice (a lead and its retelling) while the other tells it once.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::corpus::Article;
use crate::extract::Quote;

use super::sentences::{Sentence, sentences};
use super::words::Weights;

/// The similarity a pair needs to stand on one row when one of its sentences has a better match
/// elsewhere (the thresholds trade aligned pairs against sentences shown alone; the README's
/// Compare section gives both figures).
pub const PAIR_THRESHOLD: f32 = 0.25;

/// The similarity enough for a pair where each sentence is the other's best match.
pub const MUTUAL_THRESHOLD: f32 = 0.15;

/// The similarity a sentence needs to stand a second time against a partner already paired:
/// one version telling a fact twice (a lead and its retelling further down, as wire copy
/// does) while the other tells it once. Higher than [`PAIR_THRESHOLD`]: a second telling is
/// shown only when it clearly is one.
pub const REPEAT_THRESHOLD: f32 = 0.35;

/// How much better than its best single partner two adjacent sentences must match a sentence
/// to stand against it together (zero: no worse, the second sentence telling part of it).
const GROUP_GAIN: f32 = 0.0;

/// How much of a neighbouring pair's similarity a pair gains (the sentences before both, or
/// after both, alike): a paraphrase whose words differ still sits among sentences that match.
const VICINITY: f32 = 0.2;

/// The least a neighbouring pair must match to lend its context.
const VICINITY_FLOOR: f32 = 0.2;

/// The least a second sentence must match on its own to join a group.
const GROUP_FLOOR: f32 = 0.1;

/// One version of the story to compare: the article and its quotes (with utterance ids).
#[derive(Debug, Clone, Copy)]
pub struct Version<'a> {
    /// The article.
    pub article: &'a Article,
    /// Its quotes, as extraction and utterance grouping left them.
    pub quotes: &'a [Quote],
}

/// One side of a row: where the passage is and what it says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The paragraph of its first sentence.
    pub paragraph: usize,
    /// The index of its first sentence in that paragraph.
    pub sentence: usize,
    /// The passage's text (two sentences joined by a space when a row holds two).
    pub text: String,
    /// How many sentences the passage holds: 1, or 2 against one sentence of the other side.
    pub sentences: usize,
}

/// What a word-level difference does, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Both sides have these words.
    Equal,
    /// Only the right side has them.
    Insert,
    /// Only the left side has them.
    Delete,
}

/// A run of words of one kind of difference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What the run is.
    pub op: Op,
    /// Its text, spaces included.
    pub text: String,
}

/// One row of the side-by-side view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The left version's passage, or none when only the right reports this.
    pub left: Option<Side>,
    /// The right version's passage, or none when only the left reports this.
    pub right: Option<Side>,
    /// How alike the two passages are, 0 to 1 (0 for a passage alone).
    pub similarity: f32,
    /// The words of left against right.
    pub diff: Vec<Change>,
    /// True when the row stands out of a version's order: the right passage is told earlier or
    /// later in the right version, or, on a repeat, a passage is shown again where the other
    /// version's order puts its second telling.
    pub moved: bool,
    /// True when one side's passage also stands on another row: the other version tells the
    /// same thing twice and both tellings stand against it.
    pub repeat: bool,
    /// True when both passages quote one remark.
    pub quote: bool,
}

/// The counts a side-by-side header shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Rows with both sides.
    pub shared: usize,
    /// Rows only the left version has.
    pub left_only: usize,
    /// Rows only the right version has.
    pub right_only: usize,
    /// Shared rows out of a version's order (repeats among them).
    pub moved: usize,
    /// Remarks both versions quote (one count however many renderings).
    pub shared_quotes: usize,
    /// Remarks only the left version quotes.
    pub left_only_quotes: usize,
    /// Remarks only the right version quotes.
    pub right_only_quotes: usize,
}

/// Two versions aligned.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The rows, in the left version's order, with the right version's own passages where its
    /// order puts them.
    pub rows: Vec<Row>,
    /// The counts.
    pub summary: Summary,
}

/// A pairing of sentences: index ranges into each side's sentences.
#[derive(Debug, Clone, PartialEq)]
struct Group {
    left: Range<usize>,
    right: Range<usize>,
    similarity: f32,
    quote: bool,
    /// Which side's passage stands on another group too (a second telling on the other side).
    repeat: Option<Repeated>,
}

/// The side of a repeat whose passage is shown a second time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeated {
    /// The left passage: the right version tells it twice.
    Left,
    /// The right passage: the left version tells it twice.
    Right,
}

/// A sentence as weighted content words: (key id, weight), sorted by key id.
type Vector = Vec<(u64, f32)>;

/// Aligns two versions.
pub fn compare(left: Version<'_>, right: Version<'_>) -> Comparison {
    compare_prepared(&Prepared::new(left), &Prepared::new(right))
}

/// A version cut into sentences once, for comparing it with many others (the story grid).
#[derive(Debug, Clone)]
pub struct Prepared<'a> {
    /// Its sentences.
    pub sentences: Vec<Sentence>,
    /// The utterance ids each sentence quotes.
    utterances: Vec<Vec<&'a str>>,
    /// Its quotes.
    quotes: &'a [Quote],
}

impl<'a> Prepared<'a> {
    /// Cuts `version` into sentences and finds the remarks each quotes.
    pub fn new(version: Version<'a>) -> Self {
        let sentences = sentences(version.article);
        Self {
            utterances: utterances(&sentences, version.quotes),
            sentences,
            quotes: version.quotes,
        }
    }
}

/// Aligns two prepared versions.
pub fn compare_prepared(left: &Prepared<'_>, right: &Prepared<'_>) -> Comparison {
    let summary_quotes = quote_counts(left.quotes, right.quotes);
    layout(
        &left.sentences,
        &right.sentences,
        groups(left, right),
        summary_quotes,
    )
}

/// Which sentences of each version stand on a row with the other's (the shared rows of
/// [`compare_prepared`], moved ones too), without laying out rows or diffing their words: what
/// the story grid needs of each pair.
pub fn shared(left: &Prepared<'_>, right: &Prepared<'_>) -> (Vec<bool>, Vec<bool>) {
    let mut l = vec![false; left.sentences.len()];
    let mut r = vec![false; right.sentences.len()];
    for group in groups(left, right) {
        l[group.left].fill(true);
        r[group.right].fill(true);
    }
    (l, r)
}

/// The sentences of two prepared versions paired, in left order.
fn groups(left: &Prepared<'_>, right: &Prepared<'_>) -> Vec<Group> {
    let (ls, rs) = (&left.sentences, &right.sentences);
    let weights = Weights::new(ls.iter().chain(rs).map(|s| s.terms.as_slice()));
    let lv: Vec<Vector> = ls.iter().map(|s| vector(s, &weights)).collect();
    let rv: Vec<Vector> = rs.iter().map(|s| vector(s, &weights)).collect();
    pair(&lv, &rv, &left.utterances, &right.utterances)
}

/// A sentence's weighted content words.
fn vector(sentence: &Sentence, weights: &Weights) -> Vector {
    let mut v: Vector = sentence.terms.iter().map(|t| (t.id, weights.rare(t))).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    v.dedup_by_key(|e| e.0);
    v
}

/// The utterance ids each sentence quotes.
fn utterances<'q>(sentences: &[Sentence], quotes: &'q [Quote]) -> Vec<Vec<&'q str>> {
    sentences
        .iter()
        .map(|s| {
            quotes
                .iter()
                .filter(|q| !q.headline && q.paragraph.map(|p| p as usize) == Some(s.paragraph))
                .filter(|q| q.at.range().start < s.range.end && q.at.range().end > s.range.start)
                .filter_map(|q| q.utterance.as_deref())
                .collect()
        })
        .collect()
}

/// Weighted Dice of two vectors.
fn dice(a: &Vector, b: &Vector) -> f32 {
    let total: f32 = a.iter().chain(b).map(|e| e.1).sum();
    if total == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += a[i].1.min(b[j].1) * 2.0;
                i += 1;
                j += 1;
            }
        }
    }
    common / total
}

/// The union of two vectors.
fn union(a: &Vector, b: &Vector) -> Vector {
    let mut v: Vector = a.iter().chain(b).copied().collect();
    v.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
    v.dedup_by_key(|e| e.0);
    v
}

/// The similarity of two sentences, raised for a shared quoted remark.
fn similarity(a: &Vector, b: &Vector, ua: &[&str], ub: &[&str]) -> (f32, bool) {
    let s = dice(a, b);
    let quote = ua.iter().any(|u| ub.contains(u));
    if quote {
        (s + (1.0 - s) * 0.5, true)
    } else {
        (s, false)
    }
}

/// Pairs sentences: best pairs first, one partner each, then a sentence against two adjacent
/// ones where the two together match clearly better.
fn pair(lv: &[Vector], rv: &[Vector], lu: &[Vec<&str>], ru: &[Vec<&str>]) -> Vec<Group> {
    let mut candidates = candidates(lv, rv, lu, ru);
    vicinity(&mut candidates);
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut best_l = vec![0.0f32; lv.len()];
    let mut best_r = vec![0.0f32; rv.len()];
    for &(s, i, j, _) in &candidates {
        best_l[i] = best_l[i].max(s);
        best_r[j] = best_r[j].max(s);
    }
    let mut left_of = vec![None; rv.len()];
    let mut right_of = vec![None; lv.len()];
    let mut groups: Vec<Group> = Vec::new();
    for &(s, i, j, quote) in &candidates {
        let mutual = s >= best_l[i] && s >= best_r[j];
        let floor = if mutual { MUTUAL_THRESHOLD } else { PAIR_THRESHOLD };
        if s < floor || right_of[i].is_some() || left_of[j].is_some() {
            continue;
        }
        right_of[i] = Some(groups.len());
        left_of[j] = Some(groups.len());
        groups.push(Group {
            left: i..i + 1,
            right: j..j + 1,
            similarity: s,
            quote,
            repeat: None,
        });
    }
    // One sentence against two: widen a pair by an unpaired neighbour of either side.
    for (g, group) in groups.iter_mut().enumerate() {
        let (i, j) = (group.left.start, group.right.start);
        let base = dice(&lv[i], &rv[j]);
        let mut best: Option<(f32, Range<usize>, Range<usize>)> = None;
        let mut consider = |s: f32, l: Range<usize>, r: Range<usize>| {
            if s >= base + GROUP_GAIN && best.as_ref().is_none_or(|b| s > b.0) {
                best = Some((s, l, r));
            }
        };
        for k in [j.wrapping_sub(1), j + 1] {
            if k < rv.len() && left_of[k].is_none() && dice(&lv[i], &rv[k]) >= GROUP_FLOOR {
                let s = dice(&lv[i], &union(&rv[j], &rv[k]));
                consider(s, i..i + 1, j.min(k)..j.max(k) + 1);
            }
        }
        for k in [i.wrapping_sub(1), i + 1] {
            if k < lv.len() && right_of[k].is_none() && dice(&lv[k], &rv[j]) >= GROUP_FLOOR {
                let s = dice(&union(&lv[i], &lv[k]), &rv[j]);
                consider(s, i.min(k)..i.max(k) + 1, j..j + 1);
            }
        }
        if let Some((s, l, r)) = best {
            for k in l.clone() {
                right_of[k] = Some(g);
            }
            for k in r.clone() {
                left_of[k] = Some(g);
            }
            let quote = group.quote;
            *group = Group {
                left: l,
                right: r,
                similarity: if quote { s + (1.0 - s) * 0.5 } else { s },
                quote,
                repeat: None,
            };
        }
    }
    // A second telling: a sentence left unpaired whose best partner is taken, when their words
    // alone match clearly (a shared remark raises every sentence of a long quote alike, and its
    // neighbours lend context to the first telling, not the second).
    for &(s, i, j, quote) in &candidates {
        if s < REPEAT_THRESHOLD {
            break; // Raised similarities are sorted, and none is below the words' own.
        }
        let repeat = match (right_of[i], left_of[j]) {
            (None, Some(_)) => Repeated::Right,
            (Some(_), None) => Repeated::Left,
            _ => continue,
        };
        let s = dice(&lv[i], &rv[j]);
        if s < REPEAT_THRESHOLD {
            continue;
        }
        right_of[i].get_or_insert(groups.len());
        left_of[j].get_or_insert(groups.len());
        groups.push(Group {
            left: i..i + 1,
            right: j..j + 1,
            similarity: s,
            quote,
            repeat: Some(repeat),
        });
    }
    groups.sort_by_key(|g| g.left.start);
    groups
}

/// Raises each candidate pair by [`VICINITY`] of the better of its neighbouring pairs (both
/// sentences before, or both after) that match at least [`VICINITY_FLOOR`], from the
/// similarities alone, so the order candidates come in does not matter.
fn vicinity(candidates: &mut [(f32, usize, usize, bool)]) {
    let at: HashMap<(usize, usize), f32> = candidates.iter().map(|c| ((c.1, c.2), c.0)).collect();
    let get = |i: Option<usize>, j: Option<usize>| match (i, j) {
        (Some(i), Some(j)) => at.get(&(i, j)).copied().unwrap_or(0.0),
        _ => 0.0,
    };
    for c in candidates.iter_mut() {
        let (i, j) = (c.1, c.2);
        let before = get(i.checked_sub(1), j.checked_sub(1));
        let after = get(i.checked_add(1), j.checked_add(1));
        let near = before.max(after);
        if near >= VICINITY_FLOOR {
            c.0 = (c.0 + VICINITY * near).min(1.0);
        }
    }
}

/// Every pair of sentences similar enough to group, `(similarity, left, right, quote)`. Only
/// pairs that share a word or a remark can be: each left sentence adds up its words' common
/// weight with every right sentence holding them (postings of the right side's words), and
/// only pairs whose sum comes near [`GROUP_FLOOR`] are scored in full, so two long articles
/// do not cost a full score for every pair of their sentences.
fn candidates(
    lv: &[Vector],
    rv: &[Vector],
    lu: &[Vec<&str>],
    ru: &[Vec<&str>],
) -> Vec<(f32, usize, usize, bool)> {
    let mut postings: HashMap<u64, Vec<(usize, f32)>> = HashMap::new();
    for (j, b) in rv.iter().enumerate() {
        for &(id, w) in b {
            postings.entry(id).or_default().push((j, w));
        }
    }
    let weight = |v: &Vector| -> f32 { v.iter().map(|e| e.1).sum() };
    let right_weight: Vec<f32> = rv.iter().map(weight).collect();
    let quoted: Vec<usize> = (0..rv.len()).filter(|&j| !ru[j].is_empty()).collect();
    let mut common = vec![0.0f32; rv.len()];
    let mut seen = vec![usize::MAX; rv.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for (i, a) in lv.iter().enumerate() {
        for &(id, wa) in a {
            for &(j, wb) in postings.get(&id).map_or(&[][..], Vec::as_slice) {
                if seen[j] != i {
                    seen[j] = i;
                    common[j] = 0.0;
                    touched.push(j);
                }
                common[j] += wa.min(wb) * 2.0;
            }
        }
        let left_weight = weight(a);
        let shares = |j: usize| lu[i].iter().any(|u| ru[j].contains(u));
        let mut score = |j: usize| {
            let (s, quote) = similarity(a, &rv[j], &lu[i], &ru[j]);
            if s >= GROUP_FLOOR {
                out.push((s, i, j, quote));
            }
        };
        // A margin below the floor: the sum here and the full score add in different orders.
        for j in touched.drain(..) {
            if common[j] >= GROUP_FLOOR * 0.99 * (left_weight + right_weight[j]) || shares(j) {
                score(j);
            }
        }
        if !lu[i].is_empty() {
            for &j in quoted.iter().filter(|&&j| seen[j] != i && shares(j)) {
                score(j);
            }
        }
    }
    out
}

/// Indices of the groups on the longest run that keeps the right side's order too (groups are
/// in left order).
fn spine(groups: &[Group]) -> HashSet<usize> {
    // Longest increasing subsequence of right starts, O(n log n), with back links.
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = vec![None; groups.len()];
    for (g, group) in groups.iter().enumerate() {
        if group.repeat.is_some() {
            continue;
        }
        let key = group.right.start;
        let at = tails.partition_point(|&t| groups[t].right.start < key);
        back[g] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(g);
        } else {
            tails[at] = g;
        }
    }
    let mut on = HashSet::new();
    let mut at = tails.last().copied();
    while let Some(g) = at {
        on.insert(g);
        at = back[g];
    }
    on
}

/// Lays the groups out as rows in the left order, each right sentence alone placed where the
/// right order puts it (before the next spine pair that follows it), and a second telling on
/// the right there too, against the left passage it repeats.
fn layout(ls: &[Sentence], rs: &[Sentence], groups: Vec<Group>, quotes: Summary) -> Comparison {
    let spine = spine(&groups);
    let mut right_taken = vec![false; rs.len()];
    let mut group_at: Vec<Option<usize>> = vec![None; ls.len()];
    let mut repeat_at: Vec<Option<usize>> = vec![None; rs.len()];
    let mut in_group = vec![false; ls.len()];
    for (g, group) in groups.iter().enumerate() {
        if group.repeat == Some(Repeated::Left) {
            repeat_at[group.right.start] = Some(g);
            continue;
        }
        group_at[group.left.start] = Some(g);
        right_taken[group.right.clone()].fill(true);
        in_group[group.left.clone()].fill(true);
    }
    let row = |group: &Group, moved: bool| {
        let left = side(ls, group.left.clone());
        let right = side(rs, group.right.clone());
        Row {
            diff: diff(&left.text, &right.text),
            left: Some(left),
            right: Some(right),
            similarity: round(group.similarity),
            moved,
            repeat: group.repeat.is_some(),
            quote: group.quote,
        }
    };
    let mut rows = Vec::new();
    let mut next_right = 0;
    let flush_right = |until: usize, next_right: &mut usize, rows: &mut Vec<Row>| {
        while *next_right < until {
            let k = *next_right;
            if let Some(g) = repeat_at[k] {
                rows.push(row(&groups[g], true));
            } else if !right_taken[k] {
                rows.push(alone(None, Some(side(rs, k..k + 1))));
            }
            *next_right += 1;
        }
    };
    for i in 0..ls.len() {
        if let Some(g) = group_at[i] {
            let group = &groups[g];
            let on_spine = spine.contains(&g);
            if on_spine {
                flush_right(group.right.start, &mut next_right, &mut rows);
                next_right = next_right.max(group.right.end);
            }
            rows.push(row(group, !on_spine));
        } else if !in_group[i] {
            rows.push(alone(Some(side(ls, i..i + 1)), None));
        }
    }
    flush_right(rs.len(), &mut next_right, &mut rows);
    let mut summary = quotes;
    for row in &rows {
        match (&row.left, &row.right) {
            (Some(_), Some(_)) => {
                summary.shared += 1;
                summary.moved += usize::from(row.moved);
            }
            (Some(_), None) => summary.left_only += 1,
            _ => summary.right_only += 1,
        }
    }
    Comparison { rows, summary }
}

/// A similarity rounded to three places, as printed.
fn round(s: f32) -> f32 {
    (s.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
}

/// A row with one side only.
fn alone(left: Option<Side>, right: Option<Side>) -> Row {
    let diff = match (&left, &right) {
        (Some(l), _) => vec![Change {
            op: Op::Delete,
            text: l.text.clone(),
        }],
        (_, Some(r)) => vec![Change {
            op: Op::Insert,
            text: r.text.clone(),
        }],
        _ => Vec::new(),
    };
    Row {
        left,
        right,
        similarity: 0.0,
        diff,
        moved: false,
        repeat: false,
        quote: false,
    }
}

/// The side of a row holding sentences `range`.
pub(super) fn side(sentences: &[Sentence], range: Range<usize>) -> Side {
    let first = &sentences[range.start];
    let text = sentences[range.clone()]
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    Side {
        paragraph: first.paragraph,
        sentence: first.sentence,
        text,
        sentences: range.len(),
    }
}

/// The most words two passages may hold between them for a word-level diff; past it they
/// differ as wholes. A bound on the input, not a clock: the same passages always give the
/// same diff (Myers' time grows with the words times the differences).
const DIFF_WORDS: usize = 20_000;

/// The word-level differences of two passages, runs of one kind merged.
pub fn diff(left: &str, right: &str) -> Vec<Change> {
    let words = |text: &str| text.split_whitespace().count();
    if words(left) + words(right) > DIFF_WORDS {
        let whole = |op, text: &str| Change {
            op,
            text: text.to_string(),
        };
        return [whole(Op::Delete, left), whole(Op::Insert, right)]
            .into_iter()
            .filter(|change| !change.text.is_empty())
            .collect();
    }
    let diff = TextDiff::configure().diff_unicode_words(left, right);
    let mut out: Vec<Change> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Insert => Op::Insert,
            ChangeTag::Delete => Op::Delete,
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => out.push(Change {
                op,
                text: change.value().to_string(),
            }),
        }
    }
    out
}

/// How many remarks (utterance ids of body quotes) both versions quote, and each alone.
fn quote_counts(left: &[Quote], right: &[Quote]) -> Summary {
    let ids = |quotes: &[Quote]| -> HashSet<String> {
        quotes
            .iter()
            .filter(|q| !q.headline)
            .filter_map(|q| q.utterance.as_deref().map(str::to_string))
            .collect()
    };
    let (lids, rids) = (ids(left), ids(right));
    let shared = lids.intersection(&rids).count();
    Summary {
        shared_quotes: shared,
        left_only_quotes: lids.len() - shared,
        right_only_quotes: rids.len() - shared,
        ..Summary::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_past_the_word_bound_differ_as_wholes_every_time() {
        let left = "alpha beta ".repeat(DIFF_WORDS / 3);
        let right = "beta gamma ".repeat(DIFF_WORDS / 3);
        let first = diff(&left, &right);
        assert_eq!(first.len(), 2);
        assert_eq!((first[0].op, first[1].op), (Op::Delete, Op::Insert));
        assert_eq!(first[0].text, left);
        assert_eq!(diff(&left, &right), first, "no clock: the same diff again");
        assert_eq!(diff("", &right).len(), 1, "nothing deleted from an empty side");
    }
    use crate::corpus::ingest::parse;

    fn article(body: &str) -> Article {
        parse(&format!("Title\n\n{body}"), "t.txt", "t.txt")
    }

    fn run(left: &str, right: &str) -> Comparison {
        let (l, r) = (article(left), article(right));
        compare(
            Version {
                article: &l,
                quotes: &[],
            },
            Version {
                article: &r,
                quotes: &[],
            },
        )
    }

    fn text(side: &Option<Side>) -> &str {
        side.as_ref().map_or("", |s| s.text.as_str())
    }

    fn texts(row: &Row) -> (&str, &str) {
        (text(&row.left), text(&row.right))
    }

    #[test]
    fn a_reordered_fact_pairs_where_it_stands_and_is_marked_moved() {
        let c = run(
            "The council approved a budget of 40 million. Floods closed the northern bridge. \
             Teachers will receive a raise next spring.",
            "Teachers get a raise next spring. The council approved a 40 million budget. \
             Floods shut the northern bridge.",
        );
        assert_eq!(c.summary.shared, 3);
        assert_eq!(c.summary.left_only + c.summary.right_only, 0);
        let moved: Vec<&str> = c.rows.iter().filter(|r| r.moved).map(|r| texts(r).0).collect();
        assert_eq!(moved, ["Teachers will receive a raise next spring."]);
    }

    #[test]
    fn what_one_side_alone_reports_stands_against_a_blank() {
        let c = run(
            "The council approved a budget of 40 million. The mayor was born in 1961.",
            "The council approved a 40 million budget. Protesters gathered outside the hall.",
        );
        let alone: Vec<(&str, &str)> = c
            .rows
            .iter()
            .filter(|r| r.left.is_none() || r.right.is_none())
            .map(texts)
            .collect();
        assert_eq!(
            alone,
            [
                ("The mayor was born in 1961.", ""),
                ("", "Protesters gathered outside the hall.")
            ]
        );
        assert_eq!(
            (c.summary.shared, c.summary.left_only, c.summary.right_only),
            (1, 1, 1)
        );
    }

    #[test]
    fn a_shared_name_does_not_pair_unrelated_sentences() {
        let c = run(
            "Mayor Ana Keel opened the new library on Monday. Ana Keel praised the volunteers. \
             Ana Keel said taxes would fall.",
            "Ana Keel opened a new library. Ana Keel has three children and two dogs.",
        );
        let row = c
            .rows
            .iter()
            .find(|r| texts(r).1.contains("children"))
            .expect("a row");
        assert!(row.left.is_none(), "{row:?}");
    }

    #[test]
    fn a_fact_one_side_tells_twice_stands_against_the_other_sides_one_telling_both_times() {
        let lead = "Engineers reopened the Harlow viaduct on Friday after a six-week repair.";
        let retold = "The Harlow viaduct reopened on Friday once six weeks of repair ended.";
        let once = "The Harlow viaduct was reopened by engineers on Friday after six weeks of repair.";
        let body = "Tolls will stay at two dollars. The mayor thanked the crews. \
                    Traffic was light in the morning.";
        let c = run(
            &format!("{lead} {body} {retold}"),
            &format!("{once} Buses return in May."),
        );
        let with_once: Vec<(&str, bool, bool)> = c
            .rows
            .iter()
            .filter(|r| texts(r).1 == once)
            .map(|r| (texts(r).0, r.repeat, r.moved))
            .collect();
        assert_eq!(
            with_once,
            [(lead, false, false), (retold, true, true)],
            "the second telling is the repeat"
        );
        assert_eq!(c.summary.shared, 2);
        assert_eq!(c.summary.left_only, 3, "the body is the left's own");
        assert_eq!(c.summary.right_only, 1);

        // The other way round: the right tells it twice, the left once.
        let c = run(
            &format!("{once} Buses return in May."),
            &format!("{lead} {body} {retold}"),
        );
        let with_once: Vec<(&str, bool)> = c
            .rows
            .iter()
            .filter(|r| texts(r).0 == once)
            .map(|r| (texts(r).1, r.repeat))
            .collect();
        assert_eq!(with_once, [(lead, false), (retold, true)]);
        let last = c.rows.last().expect("rows");
        assert_eq!(
            texts(last),
            (once, retold),
            "shown where the right tells it again"
        );
    }

    #[test]
    fn a_sentence_that_only_resembles_a_paired_one_is_not_a_repeat() {
        let c = run(
            "The council approved a budget of 40 million. The council met on Monday.",
            "The council approved a 40 million budget.",
        );
        assert!(c.rows.iter().all(|r| !r.repeat), "{:?}", c.rows);
        assert_eq!(c.summary.left_only, 1);
    }

    #[test]
    fn a_pair_among_matching_neighbours_gains_and_a_lone_one_does_not() {
        let mut c = vec![
            (0.5, 0, 0, false),
            (0.15, 1, 1, false),
            (0.15, 3, 5, false),
            (0.1, 4, 6, false),
        ];
        vicinity(&mut c);
        assert_eq!(c[1].0, 0.15 + VICINITY * 0.5, "its neighbour before matches");
        assert_eq!(c[0].0, 0.5, "its neighbour after is below the floor");
        assert_eq!(
            (c[2].0, c[3].0),
            (0.15, 0.1),
            "neither neighbour reaches the floor"
        );
    }

    #[test]
    fn one_sentence_stands_against_two_that_tell_it_together() {
        let c = run(
            "The storm killed 300 sheep and forced the village of Brent to close its school for four days.",
            "Some 300 sheep died in the hills. Downstream, Brent shut its school for four days.",
        );
        assert_eq!(c.rows.len(), 1, "{:?}", c.rows);
        assert_eq!(c.rows[0].right.as_ref().map(|s| s.sentences), Some(2));
    }

    #[test]
    fn one_prepared_version_compares_with_many_as_fresh_ones_do() {
        let (a, b, c) = (
            article("The council approved a budget of 40 million. The mayor was born in 1961."),
            article("The council approved a 40 million budget. Protesters gathered outside."),
            article("Protesters gathered outside the hall. The mayor, born in 1961, spoke."),
        );
        let version = |article| Version { article, quotes: &[] };
        let prepared = Prepared::new(version(&a));
        for other in [&b, &c] {
            let once = compare_prepared(&prepared, &Prepared::new(version(other)));
            assert_eq!(once, compare(version(&a), version(other)));
            assert!(once.summary.shared >= 1, "{once:?}");
        }
    }

    #[test]
    fn postings_find_every_pair_a_full_scan_finds() {
        let corpus = crate::corpus::Corpus::bundled();
        let story = crate::extract::Story::extract(&corpus);
        let prepared: Vec<Prepared> = (0..corpus.articles.len())
            .map(|i| {
                Prepared::new(Version {
                    article: &corpus.articles[i],
                    quotes: &story.articles[i].quotes,
                })
            })
            .collect();
        for (l, r) in [(0, 4), (0, 2), (1, 3)] {
            let (left, right) = (&prepared[l], &prepared[r]);
            let sentences = left.sentences.iter().chain(&right.sentences);
            let weights = Weights::new(sentences.map(|s| s.terms.as_slice()));
            let lv: Vec<Vector> = left.sentences.iter().map(|s| vector(s, &weights)).collect();
            let rv: Vec<Vector> = right.sentences.iter().map(|s| vector(s, &weights)).collect();
            let mut full = Vec::new();
            for (i, a) in lv.iter().enumerate() {
                for (j, b) in rv.iter().enumerate() {
                    let (s, quote) = similarity(a, b, &left.utterances[i], &right.utterances[j]);
                    if s >= GROUP_FLOOR {
                        full.push((s, i, j, quote));
                    }
                }
            }
            let mut found = candidates(&lv, &rv, &left.utterances, &right.utterances);
            found.sort_by_key(|c| (c.1, c.2));
            assert!(full.len() > 10, "{l} {r}: {}", full.len());
            assert_eq!(found, full, "{l} × {r}");
        }
    }

    #[test]
    fn a_dropped_qualifier_shows_in_the_diff() {
        let d = diff(
            "talks were rather useful and constructive",
            "talks were useful and constructive",
        );
        let deleted: Vec<&str> = d
            .iter()
            .filter(|c| c.op == Op::Delete)
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(deleted, ["rather "]);
        assert!(d.iter().all(|c| c.op != Op::Insert));
    }

    #[test]
    fn a_remark_both_sides_quote_anchors_its_sentences() {
        let (l, r) = (
            article("Officials met for hours. “We are far apart,” Lind said of the vote."),
            article("Lind, asked about the ballot, said: “We are far apart.” Officials met."),
        );
        let quote = |article: &Article, utterance: &str| {
            let text = &article.paragraphs[0].text;
            let start = text.find("We are").expect("quote");
            let mut q = crate::extract::extract_article(article).quotes.remove(0);
            q.at = crate::extract::Place::new(q.at.unit(), start..start + 10).expect("a place");
            q.paragraph = Some(0);
            q.utterance = Some(utterance.into());
            q
        };
        let (lq, rq) = ([quote(&l, "u1")], [quote(&r, "u1")]);
        let c = compare(
            Version {
                article: &l,
                quotes: &lq,
            },
            Version {
                article: &r,
                quotes: &rq,
            },
        );
        let row = c.rows.iter().find(|r| r.quote).expect("a quote row");
        assert!(texts(row).0.contains("far apart") && texts(row).1.contains("far apart"));
        assert_eq!(c.summary.shared_quotes, 1);
    }
}
