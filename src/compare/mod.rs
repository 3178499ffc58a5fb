//! Comparison: two versions of the story side by side ([`align`]), the whole story across outlets
//! ([`grid`]), and one id for every
//! rendering of one remark across outlets ([`utterance`]). No terminal code: the CLI prints
//! these structs and the reader draws them.

pub mod align;
pub mod grid;
pub mod sentences;
pub mod utterance;
pub mod wordings;
pub mod words;

pub use align::{Comparison, Row, Side, Summary, Version, compare};
pub use grid::Grid;
