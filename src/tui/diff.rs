//! A comparison of two articles laid out for the screen: each row of
//! [`crate::compare::Comparison`] wrapped to its columns, side by side when the screen is wide
//! and stacked (the left passage above the right) when it is not, each side's words marked as
//! both versions have them, as only the left has them or as only the right has them. Worked
//! out when the comparison or the width changes; the comparison's keys and its widget both
//! read the lines from here, so what a key scrolls to is what is drawn.

use super::reader::wrap;
use crate::compare::Row;
use crate::compare::align::Op;

/// Inside widths at least this wide show the two versions side by side (a 100-column
/// terminal does); narrower ones stack them.
pub const SIDE_BY_SIDE: usize = 96;

/// Columns before each side's text: its mark (`◀` / `▶` stacked, `↕` for a moved passage).
pub const GUTTER: usize = 2;

/// How a run of words on one side stands against the other side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Both versions have these words, or the passage stands alone against a blank.
    Same,
    /// Only the left version has them.
    Deleted,
    /// Only the right version has them.
    Inserted,
}

/// A run of words of one mark within a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The words, spaces included.
    pub text: String,
    /// How they stand against the other side.
    pub mark: Mark,
}

/// One screen line of the comparison.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiffLine {
    /// The row it belongs to.
    pub row: usize,
    /// The left version's words on this line: side by side its column, stacked the line if it
    /// is the left's; an empty list is the blank a passage of the other side alone stands
    /// against (stacked), `None` nothing of the left here.
    pub left: Option<Vec<Piece>>,
    /// The same for the right version.
    pub right: Option<Vec<Piece>>,
    /// True on the first line of a right passage that the right version tells elsewhere.
    pub moved: bool,
}

/// The comparison laid out for an inside `width` columns wide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiffText {
    /// The width it was laid out for.
    pub width: usize,
    /// True when each row shows its left passage above its right one.
    pub stacked: bool,
    /// Columns each side's text wraps to.
    pub column: usize,
    /// The lines, a blank one after each row.
    pub lines: Vec<DiffLine>,
    /// The first line of each row.
    pub starts: Vec<usize>,
    /// The rows where a difference starts, in order: a pair whose words differ, or the first
    /// of a run of passages only one version reports (a sidebar is one difference).
    pub differences: Vec<usize>,
}

impl DiffText {
    /// Lays `rows` out for an inside `width` columns wide.
    pub fn new(rows: &[Row], width: usize) -> Self {
        let stacked = width < SIDE_BY_SIDE;
        let column = if stacked {
            width.saturating_sub(GUTTER)
        } else {
            // Two gutters, two columns and the rule between them.
            width.saturating_sub(2 * GUTTER + 1) / 2
        }
        .max(1);
        let mut lines = Vec::new();
        let mut starts = Vec::with_capacity(rows.len());
        for (r, row) in rows.iter().enumerate() {
            starts.push(lines.len());
            let (left, right) = sides(row);
            let wrapped = |side: &Option<Vec<Piece>>| side.as_ref().map(|p| wrap_pieces(p, column));
            let (left, right) = (wrapped(&left), wrapped(&right));
            if stacked {
                for (side, is_left) in [(left, true), (right, false)] {
                    // A side with nothing stands as one blank line.
                    let side = side.unwrap_or_else(|| vec![Vec::new()]);
                    for (i, pieces) in side.into_iter().enumerate() {
                        let (l, rt) = if is_left {
                            (Some(pieces), None)
                        } else {
                            (None, Some(pieces))
                        };
                        lines.push(DiffLine {
                            row: r,
                            left: l,
                            right: rt,
                            moved: !is_left && i == 0 && row.moved,
                        });
                    }
                }
            } else {
                let count = |s: &Option<Vec<Vec<Piece>>>| s.as_ref().map_or(0, Vec::len);
                let height = count(&left).max(count(&right)).max(1);
                let mut left = left.into_iter().flatten();
                let mut right = right.into_iter().flatten();
                for i in 0..height {
                    lines.push(DiffLine {
                        row: r,
                        left: left.next(),
                        right: right.next(),
                        moved: i == 0 && row.moved,
                    });
                }
            }
            lines.push(DiffLine {
                row: r,
                ..DiffLine::default()
            });
        }
        Self {
            width,
            stacked,
            column,
            lines,
            starts,
            differences: differences(rows),
        }
    }

    /// The row shown on line `line`.
    pub fn row_at(&self, line: usize) -> usize {
        self.lines.get(line).map_or(0, |l| l.row)
    }

    /// The first line of row `row`.
    pub fn line_of(&self, row: usize) -> usize {
        self.starts.get(row).copied().unwrap_or(0)
    }

    /// The last top line that still fills `height` lines.
    pub fn max_top(&self, height: usize) -> usize {
        self.lines.len().saturating_sub(height.max(1))
    }
}

/// What kind of difference a row is: `None` for a pair of the same words, else 0 for a pair
/// that differs, 1 for a passage only the left has, 2 for one only the right has.
fn kind(row: &Row) -> Option<u8> {
    match (&row.left, &row.right) {
        (Some(_), Some(_)) if row.diff.iter().all(|c| c.op == Op::Equal) => None,
        (Some(_), Some(_)) => Some(0),
        (Some(_), None) => Some(1),
        (None, Some(_)) => Some(2),
        (None, None) => None,
    }
}

/// The rows where a difference starts (see [`DiffText::differences`]).
fn differences(rows: &[Row]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut before = None;
    for (r, row) in rows.iter().enumerate() {
        let k = kind(row);
        if k == Some(0) || (k.is_some() && k != before) {
            out.push(r);
        }
        before = k;
    }
    out
}

/// Each side's words, marked: a pair's from its word-level differences, a passage alone as
/// it is; `None` for the side that has nothing.
fn sides(row: &Row) -> (Option<Vec<Piece>>, Option<Vec<Piece>>) {
    let piece = |text: &str, mark| Piece {
        text: text.to_string(),
        mark,
    };
    match (&row.left, &row.right) {
        (Some(_), Some(_)) => {
            let (mut left, mut right) = (Vec::new(), Vec::new());
            for change in &row.diff {
                match change.op {
                    Op::Equal => {
                        left.push(piece(&change.text, Mark::Same));
                        right.push(piece(&change.text, Mark::Same));
                    }
                    Op::Delete => left.push(piece(&change.text, Mark::Deleted)),
                    Op::Insert => right.push(piece(&change.text, Mark::Inserted)),
                }
            }
            (Some(left), Some(right))
        }
        (left, right) => (
            left.as_ref().map(|s| vec![piece(&s.text, Mark::Same)]),
            right.as_ref().map(|s| vec![piece(&s.text, Mark::Same)]),
        ),
    }
}

/// `pieces` wrapped to `width` columns: the pieces of each line, cut where lines break.
fn wrap_pieces(pieces: &[Piece], width: usize) -> Vec<Vec<Piece>> {
    let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
    let mut bounds = Vec::with_capacity(pieces.len());
    let mut at = 0;
    for p in pieces {
        bounds.push((at, at + p.text.len(), p.mark));
        at += p.text.len();
    }
    wrap(&text, width)
        .into_iter()
        .map(|(start, end)| {
            bounds
                .iter()
                .filter(|&&(s, e, _)| s < end && e > start)
                .map(|&(s, e, mark)| Piece {
                    text: text[s.max(start)..e.min(end)].to_string(),
                    mark,
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Side;
    use crate::compare::align::{Change, diff};

    fn side(text: &str) -> Option<Side> {
        Some(Side {
            paragraph: 0,
            sentence: 0,
            text: text.to_string(),
            sentences: 1,
        })
    }

    fn pair(left: &str, right: &str) -> Row {
        Row {
            left: side(left),
            right: side(right),
            similarity: 0.5,
            diff: diff(left, right),
            moved: false,
            repeat: false,
            quote: false,
        }
    }

    fn alone(left: Option<&str>, right: Option<&str>) -> Row {
        Row {
            left: left.and_then(side),
            right: right.and_then(side),
            similarity: 0.0,
            diff: Vec::<Change>::new(),
            moved: false,
            repeat: false,
            quote: false,
        }
    }

    fn text(pieces: &Option<Vec<Piece>>) -> String {
        pieces.iter().flatten().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn side_by_side_rows_stand_on_the_same_lines_and_a_lone_passage_faces_a_blank() {
        let rows = [
            pair("talks were rather useful", "talks were useful"),
            alone(None, Some("Key players: Steve Witkoff")),
        ];
        let t = DiffText::new(&rows, 120);
        assert!(!t.stacked);
        assert_eq!(t.starts, [0, 2]);
        assert_eq!(text(&t.lines[0].left), "talks were rather useful");
        assert_eq!(text(&t.lines[0].right), "talks were useful");
        let deleted: Vec<&str> = t.lines[0]
            .left
            .iter()
            .flatten()
            .filter(|p| p.mark == Mark::Deleted)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(deleted, ["rather "]);
        assert_eq!(t.lines[2].left, None, "a blank against the right's own passage");
        assert_eq!(text(&t.lines[2].right), "Key players: Steve Witkoff");
        assert_eq!(
            t.lines[1],
            DiffLine {
                row: 0,
                ..DiffLine::default()
            }
        );
    }

    #[test]
    fn stacked_rows_show_left_above_right_and_a_blank_for_the_missing_side() {
        let rows = [alone(Some("Only here."), None)];
        let t = DiffText::new(&rows, 78);
        assert!(t.stacked);
        assert_eq!(t.column, 76);
        assert_eq!(text(&t.lines[0].left), "Only here.");
        assert_eq!(
            (t.lines[0].right.as_ref(), t.lines[1].left.as_ref()),
            (None, None)
        );
        assert_eq!(t.lines[1].right, Some(Vec::new()), "the blank it stands against");
    }

    #[test]
    fn a_long_passage_wraps_and_keeps_its_marks_across_lines() {
        let left = "one two three four five six seven eight";
        let right = "one two three four FIVE six seven eight";
        let t = DiffText::new(&[pair(left, right)], 2 * 12 + 2 * GUTTER + 1 + SIDE_BY_SIDE);
        assert!(t.lines.len() >= 2);
        let t = DiffText::new(&[pair(left, right)], 12);
        let rights: Vec<String> = t
            .lines
            .iter()
            .filter(|l| l.right.is_some())
            .map(|l| text(&l.right))
            .collect();
        assert!(rights.len() > 1, "{rights:?}");
        assert!(rights.iter().all(|l| l.chars().count() <= 10), "{rights:?}");
        let inserted: Vec<&Piece> = t
            .lines
            .iter()
            .flat_map(|l| l.right.iter().flatten())
            .filter(|p| p.mark == Mark::Inserted)
            .collect();
        assert_eq!(inserted.len(), 1);
        assert_eq!(inserted[0].text, "FIVE");
    }

    #[test]
    fn a_run_of_lone_passages_is_one_difference_and_equal_pairs_none() {
        let rows = [
            pair("same words", "same words"),
            alone(None, Some("a")),
            alone(None, Some("b")),
            alone(Some("c"), None),
            pair("x y", "x z"),
            pair("x y", "x w"),
        ];
        assert_eq!(DiffText::new(&rows, 80).differences, [1, 3, 4, 5]);
    }
}
