//! The whole story across outlets as data (issue 5 §3): who each outlet mentions and quotes
//! (actors × outlets), which outlet carries which remark and which carries one alone (remarks
//! × outlets), and what each outlet alone reports. No terminal code: `parallax story` prints
//! it and the reader's story view draws it.
//!
//! One column per article, named by its label in the story (`corpus::label`): the outlet, or
//! the first words of the title where the outlet is unknown, and two articles of one outlet
//! stand apart as "Outlet: title words…". Articles, not outlets, are the unit: an outlet read
//! from the text is a guess (both AP articles of the seeds are inferred), two articles of one
//! outlet tell different things, and a column then leads to one text. Each column carries its
//! `outlet`, so a reader wanting one column an outlet can merge them.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::corpus::{Article, Corpus};
use crate::extract::Story;
use crate::extract::actors::ActorKind;

use super::align::{Prepared, Side, Version, shared, side};

/// The most articles one article is aligned with in a large story: up to one more article
/// than this, every pair is aligned; beyond, each article is aligned with the articles that
/// share most of its rarest words, so the work grows with the articles, not their square.
pub const MAX_PARTNERS: usize = 32;

/// How many of an article's rarest words (held by another article too) choose its partners.
const RARE_TERMS: usize = 24;

/// The story as a grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grid {
    /// The columns, one an article, in story order: column `i` is the story's article `i`.
    pub outlets: Vec<Outlet>,
    /// People and organizations, one a cross-article entity, those in most outlets first.
    pub actors: Vec<Actor>,
    /// Remarks, one an utterance id, those in most outlets first (then in reading order).
    pub remarks: Vec<Remark>,
}

/// One column: an article and what only it reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outlet {
    /// The article's label in the story, as the list and the other commands name it.
    pub label: String,
    /// The outlet, when known or inferred.
    pub outlet: Option<String>,
    /// The article's file name.
    pub article: String,
    /// Passages no other article of the story aligns with, in reading order: runs of
    /// sentences of one paragraph.
    pub only: Vec<Side>,
}

/// One actor across the story.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    /// The entity id every article's name forms share.
    pub entity: String,
    /// The name the first article naming them uses (as search lists them).
    pub name: String,
    /// Person or organization.
    #[serde(rename = "type")]
    pub kind: ActorKind,
    /// How many outlets mention them.
    pub outlets: usize,
    /// Each outlet's mentions and quotes of them, by column.
    pub cells: Vec<Presence>,
}

/// How one outlet has one actor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Presence {
    /// How often it names them (0: not mentioned).
    pub mentions: usize,
    /// How many quotes it gives them (0: not quoted).
    pub quotes: usize,
}

/// One remark across the story.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Remark {
    /// The utterance id its renderings share.
    pub utterance: String,
    /// Its fullest rendering (most characters).
    pub text: String,
    /// Every speaker its renderings are given to, most renderings first: more than one is an
    /// attribution conflict.
    pub speakers: Vec<String>,
    /// How many outlets carry it.
    pub outlets: usize,
    /// The column of the one outlet carrying it, when only one does.
    pub alone: Option<usize>,
    /// Each outlet's renderings of it, by column.
    pub cells: Vec<Vec<Rendering>>,
}

/// One rendering of a remark in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rendering {
    /// Its paragraph, or none for the headline.
    pub paragraph: Option<usize>,
    /// Char offset of its words in the paragraph (or headline), as `quotes --json` gives it.
    pub start: usize,
    /// Char offset of their end.
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// Whom this article gives them to.
    pub speaker: Option<String>,
}

impl Grid {
    /// The grid of the articles `story` has extracted, with entities and utterances linked.
    pub fn new(corpus: &Corpus, story: &Story) -> Self {
        let n = corpus.articles.len().min(story.articles.len());
        let prepared: Vec<Prepared> = (0..n)
            .into_par_iter()
            .map(|i| {
                Prepared::new(Version {
                    article: &corpus.articles[i],
                    quotes: &story.articles[i].quotes,
                })
            })
            .collect();
        let alone = unaligned(&prepared);
        let outlets = (0..n)
            .map(|i| Outlet {
                label: corpus.label(i).to_string(),
                outlet: corpus.articles[i].outlet.as_ref().map(|o| o.value.clone()),
                article: corpus.articles[i].file_name.clone(),
                only: passages(&prepared[i], &alone[i]),
            })
            .collect();
        Self {
            outlets,
            actors: actors(&story.articles[..n]),
            remarks: remarks(&corpus.articles[..n], &story.articles[..n]),
        }
    }
}

/// Every actor entity and how each article has it.
fn actors(articles: &[crate::extract::ArticleExtraction]) -> Vec<Actor> {
    let mut rows: Vec<Actor> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for (i, article) in articles.iter().enumerate() {
        for record in article.actor_records() {
            let row = *at.entry(record.entity.clone()).or_insert_with(|| {
                rows.push(Actor {
                    entity: record.entity.clone(),
                    name: record.name.clone(),
                    kind: record.kind,
                    outlets: 0,
                    cells: vec![Presence::default(); articles.len()],
                });
                rows.len() - 1
            });
            let cell = &mut rows[row].cells[i];
            cell.mentions += record.mentions;
            cell.quotes += record.quotes;
        }
    }
    for row in &mut rows {
        row.outlets = row.cells.iter().filter(|c| c.mentions + c.quotes > 0).count();
    }
    let total = |a: &Actor| {
        let quotes: usize = a.cells.iter().map(|c| c.quotes).sum();
        let mentions: usize = a.cells.iter().map(|c| c.mentions).sum();
        (a.outlets, quotes, mentions)
    };
    rows.sort_by_key(|a| std::cmp::Reverse(total(a)));
    rows
}

/// Every remark (utterance id) and each article's renderings of it: `articles` of the story
/// and what was `found` in each.
fn remarks(articles: &[Arc<Article>], found: &[crate::extract::ArticleExtraction]) -> Vec<Remark> {
    let mut rows: Vec<Remark> = Vec::new();
    let mut at: HashMap<&str, usize> = HashMap::new();
    // Per remark: (entity, name, renderings) of each speaker.
    let mut speakers: Vec<Vec<(&str, &str, usize)>> = Vec::new();
    for (i, (article, found)) in articles.iter().zip(found).enumerate() {
        for quote in &found.quotes {
            let words = quote.words(article);
            let Some(utterance) = quote.utterance.as_deref() else {
                continue;
            };
            let row = *at.entry(utterance).or_insert_with(|| {
                rows.push(Remark {
                    utterance: utterance.to_string(),
                    text: String::new(),
                    speakers: Vec::new(),
                    outlets: 0,
                    alone: None,
                    cells: vec![Vec::new(); articles.len()],
                });
                speakers.push(Vec::new());
                rows.len() - 1
            });
            let remark = &mut rows[row];
            if words.chars().count() > remark.text.chars().count() {
                remark.text = words.to_string();
            }
            remark.cells[i].push(Rendering {
                paragraph: quote.paragraph.map(|p| p as usize),
                start: quote.start as usize,
                end: quote.end as usize,
                text: words.to_string(),
                speaker: quote.speaker.as_deref().map(str::to_string),
            });
            if let (Some(entity), Some(name)) = (quote.entity.as_deref(), quote.speaker.as_deref()) {
                let known = &mut speakers[row];
                match known.iter_mut().find(|s| s.0 == entity) {
                    Some(s) => s.2 += 1,
                    None => known.push((entity, name, 1)),
                }
            }
        }
    }
    for (remark, mut known) in rows.iter_mut().zip(speakers) {
        known.sort_by_key(|s| std::cmp::Reverse(s.2));
        remark.speakers = known.into_iter().map(|s| s.1.to_string()).collect();
        let carrying: Vec<usize> = (0..remark.cells.len())
            .filter(|&c| !remark.cells[c].is_empty())
            .collect();
        remark.outlets = carrying.len();
        remark.alone = match carrying[..] {
            [only] => Some(only),
            _ => None,
        };
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.outlets));
    rows
}

/// For each article, which of its sentences (with content words) no other article aligns with.
fn unaligned(prepared: &[Prepared]) -> Vec<Vec<bool>> {
    let found: Vec<(usize, usize, Vec<bool>, Vec<bool>)> = partners(prepared)
        .into_par_iter()
        .map(|(a, b)| {
            let (l, r) = shared(&prepared[a], &prepared[b]);
            (a, b, l, r)
        })
        .collect();
    // A sentence of no content words (a stray closing quote mark) tells nothing of its own.
    let mut alone: Vec<Vec<bool>> = prepared
        .iter()
        .map(|p| p.sentences.iter().map(|s| !s.terms.is_empty()).collect())
        .collect();
    for (a, b, l, r) in found {
        for (k, aligned) in [(a, l), (b, r)] {
            for (flag, aligned) in alone[k].iter_mut().zip(aligned) {
                *flag &= !aligned;
            }
        }
    }
    alone
}

/// The pairs of articles to align, `(a, b)` with `a < b`: all of them in a story of up to
/// [`MAX_PARTNERS`] + 1 articles; beyond, each article with the (at most) [`MAX_PARTNERS`]
/// that share most of its [`RARE_TERMS`] rarest words, nearest in story order first.
fn partners(prepared: &[Prepared]) -> Vec<(usize, usize)> {
    let n = prepared.len();
    if n <= MAX_PARTNERS + 1 {
        return (0..n).flat_map(|a| (a + 1..n).map(move |b| (a, b))).collect();
    }
    let keys: Vec<Vec<&str>> = prepared
        .iter()
        .map(|p| {
            let mut k: Vec<&str> = p
                .sentences
                .iter()
                .flat_map(|s| &s.terms)
                .map(|t| t.key.as_str())
                .collect();
            k.sort_unstable();
            k.dedup();
            k
        })
        .collect();
    let mut holders: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, keys) in keys.iter().enumerate() {
        for &key in keys {
            holders.entry(key).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, keys) in keys.iter().enumerate() {
        let mut rare: Vec<&Vec<usize>> = keys.iter().map(|k| &holders[k]).filter(|h| h.len() > 1).collect();
        rare.sort_by_key(|h| h.len());
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for held in rare.into_iter().take(RARE_TERMS) {
            // A word many articles hold: its holders nearest in story order.
            let at = held.partition_point(|&j| j < i);
            let window = at.saturating_sub(MAX_PARTNERS / 2)..(at + MAX_PARTNERS / 2 + 1).min(held.len());
            for &j in held[window].iter().filter(|&&j| j != i) {
                *shared.entry(j).or_default() += 1;
            }
        }
        let mut chosen: Vec<(usize, usize)> = shared.into_iter().collect();
        chosen.sort_by_key(|&(j, count)| (std::cmp::Reverse(count), j.abs_diff(i), j));
        pairs.extend(
            chosen
                .into_iter()
                .take(MAX_PARTNERS)
                .map(|(j, _)| (i.min(j), i.max(j))),
        );
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// The runs of flagged sentences of one paragraph, as passages.
fn passages(prepared: &Prepared, flagged: &[bool]) -> Vec<Side> {
    let sentences = &prepared.sentences;
    let mut out = Vec::new();
    let mut run: Option<Range<usize>> = None;
    for (k, &on) in flagged.iter().enumerate() {
        match &mut run {
            Some(r) if on && sentences[r.start].paragraph == sentences[k].paragraph => r.end = k + 1,
            _ => {
                if let Some(r) = run.take() {
                    out.push(side(sentences, r));
                }
                run = on.then_some(k..k + 1);
            }
        }
    }
    out.extend(run.map(|r| side(sentences, r)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ingest::parse;

    fn grid(texts: &[&str]) -> Grid {
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| parse(t, &format!("{i}.txt"), &format!("{i}.txt")))
            .collect();
        let corpus = Corpus::of(articles);
        let story = Story::extract(&corpus);
        Grid::new(&corpus, &story)
    }

    fn only(grid: &Grid, column: usize) -> Vec<&str> {
        grid.outlets[column]
            .only
            .iter()
            .map(|s| s.text.as_str())
            .collect()
    }

    const LEDGER: &str = "---\noutlet: Daily Ledger\n---\nHarbour reopens\n\n\
        The council reopened the northern harbour on Monday after the storm. \
        “The harbour is open for business again,” Mayor Ana Keel said.\n\n\
        The storm had closed it for eleven days. Fishermen lost 300 crates of cod.";
    const POST: &str = "---\noutlet: Other Post\n---\nHarbour open again\n\n\
        The northern harbour reopened on Monday, the council said, after the storm. \
        Mayor Ana Keel said the harbour was “open for business again.”\n\n\
        A new sea wall will cost 4 million. Ana Keel thanked the volunteers.";

    #[test]
    fn what_one_article_alone_reports_is_its_own() {
        let g = grid(&[LEDGER, POST]);
        assert_eq!(g.outlets[0].label, "Daily Ledger");
        assert_eq!(
            only(&g, 0),
            ["The storm had closed it for eleven days. Fishermen lost 300 crates of cod."]
        );
        assert_eq!(
            only(&g, 1),
            ["A new sea wall will cost 4 million. Ana Keel thanked the volunteers."]
        );
        assert_eq!(g.outlets[1].only[0].sentences, 2);
    }

    #[test]
    fn a_sentence_of_no_content_words_is_not_a_passage_of_its_own() {
        let stray = "---\noutlet: Stray Mark\n---\nHarbour reopens\n\n\
            The council reopened the northern harbour on Monday after the storm, calling it \"fully open.\"";
        let g = grid(&[LEDGER, stray]);
        assert_eq!(only(&g, 1), Vec::<&str>::new());
    }

    #[test]
    fn one_person_s_names_are_one_row_mentioned_and_quoted_per_outlet() {
        let g = grid(&[LEDGER, POST]);
        let keel = g.actors.iter().find(|a| a.name.contains("Keel")).expect("Keel");
        assert_eq!(keel.outlets, 2);
        assert!(
            keel.cells.iter().all(|c| c.mentions >= 1 && c.quotes == 1),
            "{keel:?}"
        );
        assert_eq!(g.actors.iter().filter(|a| a.name.contains("Keel")).count(), 1);
    }

    #[test]
    fn a_remark_of_both_outlets_is_one_row_and_one_of_a_single_outlet_is_alone() {
        let third = "---\noutlet: Harbour Times\n---\nWall planned\n\n\
            “We will build the wall before winter,” Ana Keel said.";
        let g = grid(&[LEDGER, POST, third]);
        let open = g
            .remarks
            .iter()
            .find(|r| r.text.contains("open for business"))
            .expect("remark");
        assert_eq!((open.outlets, open.alone), (2, None));
        assert_eq!(open.cells[2], []);
        assert_eq!(open.speakers.len(), 1, "{:?}", open.speakers);
        assert!(open.speakers[0].contains("Keel"));
        let wall = g
            .remarks
            .iter()
            .find(|r| r.text.contains("wall"))
            .expect("remark");
        assert_eq!((wall.outlets, wall.alone), (1, Some(2)));
        assert_eq!(g.remarks[0].utterance, open.utterance, "most outlets first");
    }

    #[test]
    fn a_large_story_still_finds_the_one_other_article_telling_a_fact() {
        // More articles than MAX_PARTNERS + 1: the first and the last share one rare fact.
        let filler = [
            "tram", "ferry", "bus", "bridge", "canal", "tunnel", "road", "depot",
        ];
        let texts: Vec<String> = (0..MAX_PARTNERS + 8)
            .map(|i| {
                let word = filler[i % filler.len()];
                let mut text = format!(
                    "Story {i}\n\nThe {word} number {i} opened in ward {i} on Monday. Zz{i}q xw{i}y."
                );
                if i == 0 || i == MAX_PARTNERS + 7 {
                    text.push_str(" A walrus named Oskar swam into the marina at dawn.");
                }
                text
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let g = grid(&refs);
        for column in [0, MAX_PARTNERS + 7] {
            assert!(
                !only(&g, column).iter().any(|t| t.contains("walrus")),
                "{:?}",
                only(&g, column)
            );
        }
        assert!(
            only(&g, 1).iter().any(|t| t.contains("xw1y")),
            "{:?}",
            only(&g, 1)
        );
    }

    #[test]
    fn an_empty_story_is_an_empty_grid() {
        let g = Grid::new(&Corpus::default(), &Story::default());
        assert!(g.outlets.is_empty() && g.actors.is_empty() && g.remarks.is_empty());
    }
}
