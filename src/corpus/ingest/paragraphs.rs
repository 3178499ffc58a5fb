//! Paragraphs from lines, whatever the layout: separated by blank lines, one a line, or
//! hard-wrapped at a fixed width with no blank line between paragraphs; then what each paragraph
//! is (body text, cross-head, photo caption).
//!
//! Rules, applied to each run of lines between blank lines (a block):
//! - A block is hard-wrapped when it has at least three lines, its longest line is 40–100
//!   characters (the wrap width), at least half its lines but the last reach three quarters of
//!   that width, and most of them do not end a sentence. A block of two or more lines that fits a
//!   width found elsewhere in the article, with a long line not ending a sentence or too full for
//!   the next line's first word, is wrapped too.
//! - In a wrapped block, a line ends its paragraph when it ends a sentence (not with an
//!   abbreviation's dot, as in "Dec.") and the next line's first word would have fitted after it:
//!   the break was not forced by the width. So a sentence that ends where the width forced a
//!   break reads on into the next sentence; plain text keeps no other trace of that paragraph
//!   end. A line that stands alone after a paragraph end, is heading-shaped, shorter than three
//!   quarters of the width and not forced to break is a cross-head. Other lines join the next with
//!   one space (see `join_line`).
//! - In any other block each line is a paragraph, except that a line not ending a sentence joins
//!   a next line that starts lowercase.
//! - A bullet line ("• …") always starts a paragraph; its bullet mark is kept.

use super::boilerplate::Line;
use super::caption::{is_caption, is_credit_only};
use super::text::{
    char_len, ends_sentence, ends_sentence_surely, first_word_len, is_bullet, is_heading, join_line,
    more_words_than, starts_lowercase,
};
use crate::corpus::model::ParagraphKind;

/// Narrowest line width read as hard wrapping.
const MIN_WRAP_WIDTH: usize = 40;

/// Widest line width read as hard wrapping; longer lines are whole paragraphs.
const MAX_WRAP_WIDTH: usize = 100;

/// A paragraph of the article before it is placed in a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Para {
    /// What the paragraph is.
    pub kind: ParagraphKind,
    /// Its text on one line.
    pub text: String,
}

/// A paragraph as read from its lines, before classification.
struct Raw {
    /// The lines joined.
    text: String,
    /// How many lines it was printed on.
    lines: usize,
    /// True when it opens with a bullet mark.
    bullet: bool,
}

/// The width `block` is hard-wrapped at, or None when its lines are whole paragraphs.
pub(super) fn wrap_width(block: &[&str]) -> Option<usize> {
    if block.len() < 3 {
        return None;
    }
    let lens: Vec<usize> = block.iter().map(|l| char_len(l)).collect();
    let width = *lens.iter().max()?;
    if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width) {
        return None;
    }
    let inner = &block[..block.len() - 1];
    let long = lens[..inner.len()]
        .iter()
        .filter(|&&n| n * 4 >= width * 3)
        .count();
    let open = inner.iter().filter(|l| !ends_sentence_surely(l)).count();
    (long * 2 >= inner.len() && open * 2 > inner.len()).then_some(width)
}

/// True when a short block fits the wrap width found in the rest of the article, and one of
/// its lines was broken by that width: long, and not ending a sentence or too full for the next
/// line's first word.
fn fits_width(block: &[&str], width: usize) -> bool {
    block.iter().all(|l| char_len(l) <= width)
        && block.windows(2).any(|pair| {
            let len = char_len(pair[0]);
            let forced = len + 1 + first_word_len(pair[1]) > width;
            len * 4 >= width * 3 && (forced || !ends_sentence_surely(pair[0]))
        })
}

/// Reads the paragraphs of the lines, in order, with their kinds.
pub(super) fn build(lines: &[Line]) -> Vec<Para> {
    let blocks: Vec<Vec<&str>> = lines
        .split(|l| *l == Line::Blank)
        .filter(|b| !b.is_empty())
        .map(|b| {
            b.iter()
                .filter_map(|l| match l {
                    Line::Text(t) => Some(*t),
                    Line::Blank => None,
                })
                .collect()
        })
        .collect();
    let widths: Vec<Option<usize>> = blocks.iter().map(|b| wrap_width(b)).collect();
    let article_width = widths.iter().flatten().max().copied();
    let mut raws = Vec::new();
    for (block, own) in blocks.iter().zip(widths) {
        let width = own.or_else(|| article_width.filter(|&w| block.len() >= 2 && fits_width(block, w)));
        split_block(block, width, &mut raws);
    }
    classify(raws)
}

/// Splits one block into paragraphs, undoing hard wrapping when `width` is known.
fn split_block(block: &[&str], width: Option<usize>, out: &mut Vec<Raw>) {
    let mut current: Option<Raw> = None;
    for (i, &line) in block.iter().enumerate() {
        let bullet = is_bullet(line);
        if bullet {
            out.extend(current.take());
        }
        let para = match current.as_mut() {
            Some(p) => {
                join_line(&mut p.text, line);
                p.lines += 1;
                p
            }
            None => current.insert(Raw {
                text: line.to_string(),
                lines: 1,
                bullet,
            }),
        };
        let ends = match block.get(i + 1) {
            None => true,
            Some(next) if is_bullet(next) => true,
            Some(next) => match width {
                Some(w) => ends_wrapped_paragraph(para, line, next, w),
                None => ends_sentence_surely(line) || !starts_lowercase(next),
            },
        };
        if ends {
            out.extend(current.take());
        }
    }
}

/// In a block wrapped at `width`, true when `line` (the last line of `para` so far) ends the
/// paragraph before `next`.
fn ends_wrapped_paragraph(para: &Raw, line: &str, next: &str, width: usize) -> bool {
    let next_word_fitted = char_len(line) + 1 + first_word_len(next) <= width;
    let short = char_len(line) * 4 < width * 3;
    let heading = para.lines == 1 && !para.bullet && short && is_heading(line) && !starts_lowercase(next);
    next_word_fitted && (ends_sentence_surely(line) || heading)
}

/// Gives each paragraph its kind: a caption by its photo credit (or when it is only a credit); a
/// cross-head when it is one
/// heading-shaped line that is not the article's last paragraph; otherwise body text. A credit
/// printed alone above a short unpunctuated line ("Getty Images" / "Putin met the envoys in the
/// Kremlin") is folded into it as one caption: "Putin met the envoys in the Kremlin (Getty Images)".
fn classify(raws: Vec<Raw>) -> Vec<Para> {
    let count = raws.len();
    let mut paras = Vec::with_capacity(count);
    let mut raws = raws.into_iter().enumerate().peekable();
    while let Some((i, raw)) = raws.next() {
        let credited = if is_credit_only(&raw.text) {
            raws.next_if(|(_, next)| {
                next.lines == 1
                    && !next.bullet
                    && !more_words_than(&next.text, 40)
                    && !ends_sentence(&next.text)
            })
        } else {
            None
        };
        let (kind, text) = if let Some((_, caption)) = credited {
            (ParagraphKind::Caption, format!("{} ({})", caption.text, raw.text))
        } else if is_caption(&raw.text) || is_credit_only(&raw.text) {
            (ParagraphKind::Caption, raw.text)
        } else if raw.lines == 1 && !raw.bullet && i + 1 < count && is_heading(&raw.text) {
            (ParagraphKind::Heading, raw.text)
        } else {
            (ParagraphKind::Body, raw.text)
        };
        paras.push(Para { kind, text });
    }
    paras
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ingest::boilerplate::clean;

    fn paras(text: &str) -> Vec<(ParagraphKind, String)> {
        build(&clean(text).lines)
            .into_iter()
            .map(|p| (p.kind, p.text))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        paras(text).into_iter().map(|(_, t)| t).collect()
    }

    use ParagraphKind::{Body, Caption, Heading};

    #[test]
    fn blank_line_separated_paragraphs() {
        assert_eq!(
            paras("First paragraph here.\n\nA Heading Line\n\nSecond paragraph.\n"),
            [
                (Body, "First paragraph here.".to_string()),
                (Heading, "A Heading Line".to_string()),
                (Body, "Second paragraph.".to_string())
            ]
        );
    }

    #[test]
    fn one_paragraph_a_line() {
        let text = "The first paragraph is a long line that ends with a full stop and goes on for a while longer than a wrap width would allow.\nUnclear where talks go now\nThe second paragraph follows the heading.\n“A quote,” he said.";
        assert_eq!(
            paras(text).into_iter().map(|(k, _)| k).collect::<Vec<_>>(),
            [Body, Heading, Body, Body]
        );
    }

    #[test]
    fn short_one_a_line_paragraphs_are_not_taken_for_wrapping() {
        let text = "The meeting lasted five hours and ended late on Tuesday night.\nBoth sides agreed not to disclose the details at all.\nContacts will continue, officials said on Wednesday.";
        assert_eq!(texts(text).len(), 3);
    }

    #[test]
    fn lowercase_continuations_join_in_unwrapped_text() {
        assert_eq!(
            texts("A long first line that was broken\nin the middle by someone.\nNext one."),
            [
                "A long first line that was broken in the middle by someone.",
                "Next one."
            ]
        );
    }

    const WRAPPED: &str = "\
Talks between Russia and the U.S. on ending the nearly four-year war in
Ukraine were constructive, but much work remains, Yuri Ushakov, a senior
adviser to President Vladimir Putin, told reporters on Wednesday.
Putin met U.S. President Donald Trump’s envoy Steve Witkoff and
son-in-law Jared Kushner in the Kremlin in talks that began late Tuesday
as part of a renewed push by the Trump administration to broker a peace
deal. Both sides agreed not to disclose the substance of talks.
Asked whether peace was closer, Ushakov said: “Not further, that’s for
sure.”
High-stakes negotiations
Zelenskyy said Tuesday he was expecting swift reports from the U.S.
envoys in Moscow on whether talks could move forward, after the long
initial plan was whittled down to fewer items in Sunday’s talks.";

    #[test]
    fn hard_wrapped_paragraphs_are_rejoined_with_headings() {
        assert_eq!(
            paras(WRAPPED),
            [
                (Body, "Talks between Russia and the U.S. on ending the nearly four-year war in Ukraine were constructive, but much work remains, Yuri Ushakov, a senior adviser to President Vladimir Putin, told reporters on Wednesday.".to_string()),
                (Body, "Putin met U.S. President Donald Trump’s envoy Steve Witkoff and son-in-law Jared Kushner in the Kremlin in talks that began late Tuesday as part of a renewed push by the Trump administration to broker a peace deal. Both sides agreed not to disclose the substance of talks.".to_string()),
                (Body, "Asked whether peace was closer, Ushakov said: “Not further, that’s for sure.”".to_string()),
                (Heading, "High-stakes negotiations".to_string()),
                (Body, "Zelenskyy said Tuesday he was expecting swift reports from the U.S. envoys in Moscow on whether talks could move forward, after the long initial plan was whittled down to fewer items in Sunday’s talks.".to_string()),
            ]
        );
    }

    #[test]
    fn a_sentence_ending_where_the_width_forced_a_break_stays_in_its_paragraph() {
        let text = "\
The proposal granted some of the Kremlin’s core demands, such as Ukraine
renouncing its bid to join NATO and giving up the whole of the Donbas.
Negotiators have indicated the framework has changed, but it is not at
all clear how.";
        assert_eq!(texts(text).len(), 1);
    }

    #[test]
    fn wrapped_blocks_separated_by_blank_lines_and_short_blocks() {
        let text = "\
They worry that if Russia gets what it wants in Ukraine, it will have
free rein to threaten other European countries, which already have
faced incursions from drones.

Trump’s peace plan relies on Europe to provide the bulk of the money
and security guarantees.

European leaders want a say
Zelenskyy met with political leaders and lawmakers in Dublin on his
first official visit.";
        assert_eq!(
            texts(text),
            [
                "They worry that if Russia gets what it wants in Ukraine, it will have free rein to threaten other European countries, which already have faced incursions from drones.",
                "Trump’s peace plan relies on Europe to provide the bulk of the money and security guarantees.",
                "European leaders want a say",
                "Zelenskyy met with political leaders and lawmakers in Dublin on his first official visit.",
            ]
        );
    }

    #[test]
    fn wrapped_captions_are_rejoined_and_marked() {
        let text = "\
Russian President Vladimir Putin, right, and Russian Presidential
foreign policy adviser Yuri Ushakov, left, attend talks with U.S.
special envoy Steve Witkoff, back to a camera, at the Senate Palace
of the Kremlin in Moscow, Russia, Tuesday, Dec. 2, 2025. (Alexander
Kazakov, Sputnik, Kremlin Pool Photo via AP)";
        let got = paras(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, Caption);
        assert!(
            got[0]
                .1
                .ends_with("Dec. 2, 2025. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP)")
        );
    }

    #[test]
    fn a_credit_above_a_caption_is_folded_into_it() {
        assert_eq!(
            paras(
                "Getty Images\nVladimir Putin met the envoys in the Kremlin\n\nThe talks lasted five hours."
            ),
            [
                (
                    Caption,
                    "Vladimir Putin met the envoys in the Kremlin (Getty Images)".to_string()
                ),
                (Body, "The talks lasted five hours.".to_string())
            ]
        );
        assert_eq!(
            paras("Reuters\n\nThe talks lasted five hours."),
            [
                (Caption, "Reuters".to_string()),
                (Body, "The talks lasted five hours.".to_string())
            ],
            "a credit before a sentence is left alone"
        );
    }

    #[test]
    fn bullets_are_paragraphs_each() {
        let text = "The draft proposed:\n\n  • Allowing Russia to keep occupied territories including Crimea, Donetsk, and Luhansk.\n  • Freezing the conflict front lines, enabling Russia to hold strategic areas like Mariupol.\n  • Barring Ukraine from ever joining NATO.\n- Lifting sanctions\n\nIn exchange, Ukraine gets guarantees.";
        assert_eq!(
            texts(text),
            [
                "The draft proposed:",
                "• Allowing Russia to keep occupied territories including Crimea, Donetsk, and Luhansk.",
                "• Freezing the conflict front lines, enabling Russia to hold strategic areas like Mariupol.",
                "• Barring Ukraine from ever joining NATO.",
                "- Lifting sanctions",
                "In exchange, Ukraine gets guarantees.",
            ]
        );
        assert!(paras(text).iter().all(|(k, _)| *k == Body));
    }

    #[test]
    fn headings_need_a_paragraph_after_them() {
        assert_eq!(
            paras("Body text here.\n\nClosing words of the story with no stop"),
            [
                (Body, "Body text here.".to_string()),
                (Body, "Closing words of the story with no stop".to_string())
            ]
        );
    }

    #[test]
    fn wrap_width_detection() {
        let wrapped = ["a".repeat(70), "b".repeat(68), "c".repeat(72), "d.".to_string()];
        let wrapped: Vec<&str> = wrapped.iter().map(String::as_str).collect();
        assert_eq!(wrap_width(&wrapped), Some(72));
        let sentences = [
            "A sentence of some length that ends here.",
            "Another sentence that ends here too.",
            "And a third.",
        ];
        assert_eq!(wrap_width(&sentences), None);
        let long = ["x".repeat(300), "y".repeat(290), "z".to_string()];
        let long: Vec<&str> = long.iter().map(String::as_str).collect();
        assert_eq!(wrap_width(&long), None);
        assert_eq!(wrap_width(&["a", "b"]), None);
    }

    #[test]
    fn a_two_line_paragraph_broken_by_the_width_after_a_sentence_is_one_paragraph() {
        let text = "The harbour reopened on Tuesday after a storm that had closed it for a\n\
            week, and crews worked through the night to clear the channels before\n\
            the first ships came in.\n\n\
            “Port talks will open again this week,” Yuri Ushakov told reporters.\n\
            “Resume the talks.”\n\n\
            The talks ended on Tuesday.\n\
            Officials left.\n";
        assert_eq!(
            texts(text)[1],
            "“Port talks will open again this week,” Yuri Ushakov told reporters. “Resume the talks.”",
            "“Resume” did not fit after the first line: the width broke it, not the writer"
        );
        assert_eq!(
            texts(text)[2..],
            ["The talks ended on Tuesday.", "Officials left."]
        );
    }

    #[test]
    fn one_huge_line_is_one_paragraph() {
        let huge = "word ".repeat(200_000);
        let got = paras(&huge);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, Body);
    }
}
