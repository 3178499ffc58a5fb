//! Short names that tell a story's articles apart wherever one is named (the article list, a
//! pane's title, search context, the CLI's tables): the outlet when it is known, otherwise the
//! first words of the title; two articles that would share a name get as many title words as
//! it takes to tell them apart. Labels belong to a story, not to an article: they are worked
//! out again as articles arrive. File names are for the Article tab and `inspect`, not for this.

use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};

use super::Article;

/// Title words in a label when the article has no known outlet.
const TITLE_WORDS: usize = 4;

/// The most title words added to an outlet to tell two of its articles apart.
const MAX_EXTRA_WORDS: usize = 6;

/// Separates an outlet from the title words that tell its articles apart.
const SEPARATOR: &str = ": ";

/// Short words that never end a label ("Ukraine and" says less than "Ukraine and its allies").
const WEAK_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "its", "of", "on", "or", "over",
    "the", "their", "to", "with",
];

/// An article's label on its own: its outlet, or the first words of its title.
pub fn own(article: &Article) -> String {
    match &article.outlet {
        Some(outlet) => outlet.value.clone(),
        None => title_words(&article.title.value, TITLE_WORDS),
    }
}

/// A label for each of `articles` that no other has: articles that share one get title words
/// until they differ, and a number when even their titles are the same. Linear in the
/// articles (a group of namesakes costs its own size a few times over).
pub fn labels<A: Borrow<Article>>(articles: &[A]) -> Vec<String> {
    let mut labels: Vec<String> = articles.iter().map(|a| own(a.borrow())).collect();
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, label) in labels.iter().enumerate() {
        groups.entry(label.as_str()).or_default().push(i);
    }
    let groups: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() > 1).collect();
    for group in groups {
        let first = articles[group[0]].borrow();
        let titled = first.outlet.is_some();
        let base = labels[group[0]].clone();
        let title = |j: usize, n: usize| {
            let words = title_words(&articles[j].borrow().title.value, n);
            if titled {
                format!("{base}{SEPARATOR}{words}")
            } else {
                words
            }
        };
        let start = if titled { 1 } else { TITLE_WORDS + 1 };
        let last = start + MAX_EXTRA_WORDS;
        let n = (start..last)
            .find(|&n| {
                let mut seen = HashSet::new();
                group.iter().all(|&j| seen.insert(title(j, n)))
            })
            .unwrap_or(last);
        let mut copies: HashMap<String, usize> = HashMap::new();
        for &j in &group {
            let name = title(j, n);
            let count = copies.entry(name.clone()).or_default();
            *count += 1;
            labels[j] = match *count {
                1 => name,
                k => format!("{name} ({k})"),
            };
        }
    }
    labels
}

/// The first `n` words of `title`, with any weak words that would end it, and an ellipsis when
/// the title goes on.
fn title_words(title: &str, n: usize) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    let mut end = n.min(words.len());
    while end < words.len() && end > 0 && is_weak(words[end - 1]) {
        end += 1;
    }
    let mut label = words[..end].join(" ");
    if end < words.len() {
        label.push('…');
    }
    label
}

fn is_weak(word: &str) -> bool {
    WEAK_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ingest;

    fn article(text: &str) -> Article {
        ingest::parse(text, "x.txt", "test")
    }

    fn labelled(texts: &[&str]) -> Vec<String> {
        let articles: Vec<Article> = texts.iter().map(|t| article(t)).collect();
        labels(&articles)
    }

    #[test]
    fn an_outlet_is_the_label() {
        let a = "---\noutlet: Daily Ledger\n---\nHarbour reopens\n\nThe harbour reopened on Monday.";
        assert_eq!(labelled(&[a]), ["Daily Ledger"]);
    }

    #[test]
    fn without_an_outlet_the_first_title_words_are_the_label() {
        let a = "Council votes to close the old bridge for repairs\n\nThe council voted on Monday.";
        assert_eq!(labelled(&[a]), ["Council votes to close…"]);
        let short = "Bridge closed\n\nThe bridge closed on Monday.";
        assert_eq!(labelled(&[short]), ["Bridge closed"]);
    }

    #[test]
    fn two_articles_of_one_outlet_get_title_words_until_they_differ() {
        let a = "---\noutlet: Daily Ledger\n---\nHarbour reopens after storm\n\nThe harbour reopened.";
        let b = "---\noutlet: Daily Ledger\n---\nHarbour fees rise in spring\n\nFees rose.";
        let c = "---\noutlet: Other Post\n---\nHarbour reopens after storm\n\nThe harbour reopened.";
        assert_eq!(
            labelled(&[a, b, c]),
            [
                "Daily Ledger: Harbour reopens…",
                "Daily Ledger: Harbour fees…",
                "Other Post"
            ]
        );
    }

    #[test]
    fn a_label_never_ends_on_a_weak_word() {
        let a = "---\noutlet: Daily Ledger\n---\nTalks on the harbour\n\nTalks began.";
        let b = "---\noutlet: Daily Ledger\n---\nStorm over the harbour\n\nA storm came.";
        assert_eq!(
            labelled(&[a, b]),
            ["Daily Ledger: Talks…", "Daily Ledger: Storm…"]
        );
        assert_eq!(
            title_words("Ukraine and its European allies", 2),
            "Ukraine and its European…"
        );
    }

    #[test]
    fn the_same_title_twice_is_numbered() {
        let a = "Bridge closed\n\nThe bridge closed on Monday.";
        assert_eq!(labelled(&[a, a]), ["Bridge closed", "Bridge closed (2)"]);
    }

    #[test]
    fn titles_that_share_their_first_words_get_more_of_them() {
        let a = "Council votes to close the old bridge\n\nText.";
        let b = "Council votes to close the new school\n\nText.";
        assert_eq!(
            labelled(&[a, b]),
            [
                "Council votes to close the old…",
                "Council votes to close the new…"
            ]
        );
    }
}
