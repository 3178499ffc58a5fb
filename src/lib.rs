//! parallax: a terminal reader for one news story told by many outlets.
//!
//! The core (`corpus`, `extract`, `compare`, `search`, `library`, `export`) knows nothing of terminals; the `cli` and `tui` modules render its
//! structs. `main.rs` only calls [`cli::main`].

pub mod allocator;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod display;
pub mod export;
pub mod extract;
pub mod library;
pub mod paths;
pub mod search;
pub mod text;
pub mod tui;
