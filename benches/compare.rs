//! Comparison speed (issue 5 §6): aligning two ~2,000-word articles, and grouping the remarks
//! (utterance ids) of a 50-article story generated from the seeds; the issue asks for under
//! 50 ms together. Also the whole story grid of those 50 articles, for `parallax story`.
//!
//! Run with `cargo bench --bench compare`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::compare::{Grid, Version, compare, utterance};
use parallax::corpus::{Article, Corpus, bundled::SEEDS, ingest};
use parallax::extract::{Story, extract_article};

mod common;

/// The seed whose file name starts with `prefix`.
fn seed(prefix: &str) -> &'static str {
    SEEDS
        .iter()
        .find(|(name, _)| name.starts_with(prefix))
        .map(|(_, text)| *text)
        .expect("a seed")
}

/// One article of two seeds run together: about 2,000 words for 000 + 001 (1,956) and for
/// 003 + 002 (2,065), the second's headline read as a paragraph.
fn joined(first: &str, second: &str) -> Article {
    let text = format!("{}\n\n{}", seed(first), seed(second));
    ingest::parse(&text, &format!("{first}+{second}.txt"), "bench")
}

/// `n` articles: the seeds over and over, each copy's people renamed.
fn story(n: usize) -> Corpus {
    let articles = (0..n)
        .map(|i| {
            let (name, text) = common::varied_seed(i);
            ingest::parse(&text, &name, "bench")
        })
        .collect();
    Corpus::of(articles)
}

fn comparison(c: &mut Criterion) {
    let (left, right) = (joined("000", "001"), joined("003", "002"));
    let words = |a: &Article| {
        a.paragraphs
            .iter()
            .map(|p| p.text.split_whitespace().count())
            .sum::<usize>()
    };
    eprintln!("articles of {} and {} words", words(&left), words(&right));
    let linked = Story::link(
        &[&left, &right],
        vec![extract_article(&left), extract_article(&right)],
    );
    let version = |article, i: usize| Version {
        article,
        quotes: &linked.articles[i].quotes,
    };
    c.bench_function("compare_two_2000_word_articles", |b| {
        b.iter(|| {
            black_box(compare(
                version(black_box(&left), 0),
                version(black_box(&right), 1),
            ))
        })
    });

    let corpus = story(50);
    let extracted: Vec<_> = corpus.articles.iter().map(|a| extract_article(a)).collect();
    let linked = Story::link(&corpus.articles, extracted);
    let quotes: usize = linked.articles.iter().map(|a| a.quotes.len()).sum();
    eprintln!("50 articles, {quotes} quotes");
    c.bench_function("group_remarks_50_articles", |b| {
        let said: Vec<utterance::Said> = corpus
            .articles
            .iter()
            .zip(&linked.articles)
            .flat_map(|(article, found)| found.quotes.iter().map(move |q| (article, q)))
            .map(|(article, q)| utterance::Said {
                text: q.words(article),
                headline: q.headline,
                entity: q.entity.as_deref(),
            })
            .collect();
        b.iter(|| utterance::utterances(|| black_box(&said).iter().copied()))
    });

    let mut group = c.benchmark_group("story");
    group.sample_size(10);
    group.bench_function("grid_50_articles", |b| {
        b.iter(|| black_box(Grid::new(black_box(&corpus), &linked)))
    });
    group.finish();
}

criterion_group!(benches, comparison);
criterion_main!(benches);
