//! Fuzzy search over a story: articles, actors, quotes and every sentence, with fzf's
//! extended query syntax. No terminal code: the CLI prints [`engine::Hit`]s and the reader
//! drives a [`worker::Searcher`].

pub mod engine;
pub mod fold;
pub mod index;
pub mod lines;
pub mod query;
pub mod record;
pub mod worker;

pub use engine::{Hit, Matcher};
pub use index::{Candidate, Index, Kind, Target};
pub use query::Query;
pub use record::Record;
pub use worker::{Results, Searcher};
