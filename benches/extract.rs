//! Extraction throughput (quotes + actors) on one core, over a generated corpus of at least
//! 50 MB: the seed articles, varied so that names and wording differ from copy to copy.
//!
//! Run with `cargo bench --bench extract`; the MB/s figure is the throughput line.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::corpus::{Article, ingest};
use parallax::extract::extract_article;

/// Replacement names, so each copy of a seed has its own actors.
const GIVEN: &[&str] = &[
    "Anna", "Pavel", "Maria", "John", "Olena", "Rahul", "Chen", "Fatima", "Lars", "Ines",
];
const FAMILY: &[&str] = &[
    "Kowalski",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Ibrahim",
    "Novak",
    "Silva",
];

/// At least `bytes` of article text: every seed, over and over, with its people renamed.
fn corpus(bytes: usize) -> Vec<Article> {
    let originals: Vec<(String, String)> = parallax::corpus::bundled::SEEDS
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    let mut out = Vec::new();
    let mut total = 0;
    let mut n = 0usize;
    while total < bytes {
        for (name, text) in &originals {
            let actor = |k: usize| {
                format!(
                    "{} {}",
                    GIVEN[(n + k) % GIVEN.len()],
                    FAMILY[(n / 3 + k) % FAMILY.len()]
                )
            };
            let varied = text
                .replace("Yuri Ushakov", &actor(0))
                .replace("Ushakov", FAMILY[n % FAMILY.len()])
                .replace("Steve Witkoff", &actor(1))
                .replace("Witkoff", FAMILY[(n + 1) % FAMILY.len()]);
            let article = ingest::parse(&varied, &format!("{n}-{name}"), "bench");
            total += article.paragraphs.iter().map(|p| p.text.len()).sum::<usize>();
            out.push(article);
        }
        n += 1;
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
