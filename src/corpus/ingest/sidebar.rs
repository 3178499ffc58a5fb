//! Sidebars printed beside the story ("Key players in the US-led Ukraine talks", "Timeline",
//! "Factbox"), kept as their own section so profile boxes do not read as the story.
//!
//! A sidebar opens at a cross-head that starts with a sidebar name ("Key players", "Who's who",
//! "Timeline", …) or that is followed by a description of an interactive widget ("A carousel of
//! images and text …"). It runs to the end of the article: sidebars are printed after the story,
//! and nothing in plain text marks where one would end. The widget description is dropped (it
//! describes the web page, not the story). Runs of short label lines followed by a paragraph are
//! folded into one paragraph: "Steve Witkoff" / "United States" / "Witkoff is …" reads as
//! "Steve Witkoff (United States): Witkoff is …".

use super::paragraphs::Para;
use super::text::{char_len, ends_sentence, more_words_than};
use crate::corpus::model::ParagraphKind;

/// Openings of cross-heads that name a sidebar, lowercase.
const SIDEBAR_NAMES: &[&str] = &[
    "key players",
    "key figures",
    "who's who",
    "who’s who",
    "timeline",
    "fact box",
    "factbox",
    "fact file",
    "at a glance",
    "key facts",
];

/// Words that mark a line as the description of a web widget rather than text.
const WIDGET_WORDS: &[&str] = &["carousel", "gallery", "slideshow"];

/// The most label lines folded into one paragraph (name and two details).
const MAX_LABELS: usize = 3;

/// A sidebar: its heading and its paragraphs' text.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Sidebar {
    /// The cross-head that opened it.
    pub heading: String,
    /// Its paragraphs, label runs folded.
    pub paragraphs: Vec<String>,
}

/// Splits the sidebar, if any, off the end of `paras`.
pub(super) fn split(paras: &mut Vec<Para>) -> Option<Sidebar> {
    let start = (0..paras.len()).find(|&i| {
        paras[i].kind == ParagraphKind::Heading
            && (names_sidebar(&paras[i].text) || paras.get(i + 1).is_some_and(|p| describes_widget(&p.text)))
    })?;
    let mut rest = paras.split_off(start).into_iter();
    let heading = rest.next()?.text;
    let texts: Vec<String> = rest.map(|p| p.text).collect();
    let skip = usize::from(texts.first().is_some_and(|t| describes_widget(t)));
    Some(Sidebar {
        heading,
        paragraphs: fold(texts.into_iter().skip(skip)),
    })
}

/// True when the heading starts with a sidebar name, as whole words.
fn names_sidebar(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    SIDEBAR_NAMES.iter().any(|name| {
        lower
            .strip_prefix(name)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}

/// True for a short line describing a web widget ("A carousel of images and text showing …").
fn describes_widget(text: &str) -> bool {
    !more_words_than(text, 40)
        && text.split_whitespace().take(8).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            WIDGET_WORDS.contains(&w.as_str())
        })
}

/// True for a label line: a name or a detail, at most six words and 60 characters, not ending a
/// sentence or introducing one.
fn is_label(text: &str) -> bool {
    char_len(text) <= 60 && !more_words_than(text, 6) && !ends_sentence(text) && !text.ends_with(':')
}

/// Folds each run of label lines into the paragraph that follows it.
fn fold(texts: impl Iterator<Item = String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    for text in texts {
        if is_label(&text) {
            labels.push(text);
            continue;
        }
        if labels.is_empty() {
            out.push(text);
            continue;
        }
        let keep = labels.len().saturating_sub(MAX_LABELS);
        out.extend(labels.drain(..keep));
        let name = labels.remove(0);
        out.push(if labels.is_empty() {
            format!("{name}: {text}")
        } else {
            format!("{name} ({}): {text}", labels.join(", "))
        });
        labels.clear();
    }
    out.extend(labels);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ParagraphKind::{Body, Heading};

    fn para(kind: ParagraphKind, text: &str) -> Para {
        Para {
            kind,
            text: text.to_string(),
        }
    }

    #[test]
    fn key_players_sidebar_with_widget_description_and_profiles() {
        let mut paras = vec![
            para(Body, "The story."),
            para(Heading, "Key players in the talks"),
            para(
                Body,
                "A carousel of images and text showing key details about the players.",
            ),
            para(Heading, "Steve Witkoff"),
            para(Heading, "United States"),
            para(Body, "Witkoff is a real estate magnate."),
            para(Heading, "Yuri Ushakov"),
            para(Body, "Ushakov is a diplomat."),
            para(Body, "A paragraph with no labels."),
        ];
        let sidebar = split(&mut paras).unwrap();
        assert_eq!(paras, [para(Body, "The story.")]);
        assert_eq!(sidebar.heading, "Key players in the talks");
        assert_eq!(
            sidebar.paragraphs,
            [
                "Steve Witkoff (United States): Witkoff is a real estate magnate.",
                "Yuri Ushakov: Ushakov is a diplomat.",
                "A paragraph with no labels.",
            ]
        );
    }

    #[test]
    fn a_widget_description_opens_a_sidebar_under_any_heading() {
        let mut paras = vec![
            para(Body, "The story."),
            para(Heading, "The negotiators"),
            para(Body, "A photo gallery of the negotiators."),
            para(Body, "Profile text."),
        ];
        let sidebar = split(&mut paras).unwrap();
        assert_eq!(sidebar.heading, "The negotiators");
        assert_eq!(sidebar.paragraphs, ["Profile text."]);
    }

    #[test]
    fn named_sidebars() {
        assert!(names_sidebar("Timeline"));
        assert!(names_sidebar("Factbox: the peace plan"));
        assert!(names_sidebar("Who’s who in the talks"));
        assert!(!names_sidebar("Timelines slip"));
        assert!(!names_sidebar("Talks go on"));
    }

    #[test]
    fn ordinary_headings_do_not_open_sidebars() {
        let mut paras = vec![para(Heading, "High-stakes negotiations"), para(Body, "Text.")];
        assert_eq!(split(&mut paras), None);
        assert_eq!(paras.len(), 2);
    }

    #[test]
    fn long_label_runs_keep_the_earlier_labels_apart_and_trailing_labels_stay() {
        let texts = ["One", "Two", "Three", "Four", "Bio text.", "Left over"].map(String::from);
        assert_eq!(
            fold(texts.into_iter()),
            ["One", "Two (Three, Four): Bio text.", "Left over"]
        );
    }
}
