//! Extraction throughput (quotes + actors) on one core, over a generated corpus of at least
//! 50 MB: the seed articles, varied so that names and wording differ from copy to copy.
//!
//! Run with `cargo bench --bench extract`; the MB/s figure is the throughput line.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::corpus::{Article, ingest};
use parallax::extract::extract_article;

mod common;

/// At least `bytes` of article text: every seed, over and over, with its people renamed.
fn corpus(bytes: usize) -> Vec<Article> {
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        let (name, text) = common::varied_seed(out.len());
        let article = ingest::parse(&text, &name, "bench");
        total += article.paragraphs.iter().map(|p| p.text.len()).sum::<usize>();
        out.push(article);
    }
    out
}

fn extraction(c: &mut Criterion) {
    let articles = corpus(50 * 1024 * 1024);
    let bytes: usize = articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(|p| p.text.len())
        .sum();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("quotes_and_actors_50MB_one_core", |b| {
        b.iter(|| {
            for article in &articles {
                black_box(extract_article(black_box(article)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
