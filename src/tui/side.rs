//! The side panel's content for an article: its metadata as labelled, wrapped lines.

use ratatui::text::{Line, Span};

use super::reader::wrap;
use super::theme::Theme;
use crate::corpus::Article;

/// The side panel's lines for `article`, wrapped to `width` columns.
pub fn lines(article: &Article, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (label, value) in article.facts() {
        out.push(Line::from(Span::styled(label, theme.dim)));
        let indent = 2;
        for (start, end) in wrap(&value, width.saturating_sub(indent).max(1)) {
            out.push(Line::from(format!(
                "{}{}",
                " ".repeat(indent),
                &value[start..end]
            )));
        }
    }
    out
}
