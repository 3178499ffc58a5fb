//! Short names that tell a story's articles apart wherever one is named (the article list, a
//! pane's title, search context, the CLI's tables): the outlet when it is known, otherwise the
//! first words of the title; two articles that would share a name get as many title words as
//! it takes to tell them apart. File names are for the Article tab and `inspect`, not for this.

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

/// Gives every article a label no other article of `articles` has: articles that share one
/// get title words until they differ, and a number when even their titles are the same.
pub fn disambiguate(articles: &mut [Article]) {
    for article in articles.iter_mut() {
        article.label = own(article);
    }
    let mut done = vec![false; articles.len()];
    for i in 0..articles.len() {
        if done[i] {
            continue;
        }
        let group: Vec<usize> = (i..articles.len())
            .filter(|&j| articles[j].label == articles[i].label)
            .collect();
        for &j in &group {
            done[j] = true;
        }
        if group.len() < 2 {
            continue;
        }
        let base = articles[i].label.clone();
        let titled = articles[i].outlet.is_some();
        let start = if titled { 1 } else { TITLE_WORDS + 1 };
        let names = (start..=start + MAX_EXTRA_WORDS)
            .map(|n| extended(&base, titled, &group, articles, n))
            .find(|names| all_distinct(names))
            .unwrap_or_else(|| extended(&base, titled, &group, articles, start + MAX_EXTRA_WORDS));
        let mut seen: Vec<String> = Vec::new();
        for (&j, name) in group.iter().zip(names) {
            let copies = seen.iter().filter(|s| **s == name).count();
            articles[j].label = if copies == 0 {
                name.clone()
            } else {
                format!("{name} ({})", copies + 1)
            };
            seen.push(name);
        }
    }
}

/// The labels of `group` with `n` title words: after the outlet, or as the whole label.
fn extended(base: &str, titled: bool, group: &[usize], articles: &[Article], n: usize) -> Vec<String> {
    group
        .iter()
        .map(|&j| {
            let words = title_words(&articles[j].title.value, n);
            if titled {
                format!("{base}{SEPARATOR}{words}")
            } else {
                words
            }
        })
        .collect()
}

fn all_distinct(names: &[String]) -> bool {
    names
        .iter()
        .enumerate()
        .all(|(i, a)| names[..i].iter().all(|b| a != b))
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

    fn labels(texts: &[&str]) -> Vec<String> {
        let mut articles: Vec<Article> = texts.iter().map(|t| article(t)).collect();
        disambiguate(&mut articles);
        articles.into_iter().map(|a| a.label).collect()
    }

    #[test]
    fn an_outlet_is_the_label() {
        let a = "---\noutlet: Daily Ledger\n---\nHarbour reopens\n\nThe harbour reopened on Monday.";
        assert_eq!(labels(&[a]), ["Daily Ledger"]);
    }

    #[test]
    fn without_an_outlet_the_first_title_words_are_the_label() {
        let a = "Council votes to close the old bridge for repairs\n\nThe council voted on Monday.";
        assert_eq!(labels(&[a]), ["Council votes to close…"]);
        let short = "Bridge closed\n\nThe bridge closed on Monday.";
        assert_eq!(labels(&[short]), ["Bridge closed"]);
    }

    #[test]
    fn two_articles_of_one_outlet_get_title_words_until_they_differ() {
        let a = "---\noutlet: Daily Ledger\n---\nHarbour reopens after storm\n\nThe harbour reopened.";
        let b = "---\noutlet: Daily Ledger\n---\nHarbour fees rise in spring\n\nFees rose.";
        let c = "---\noutlet: Other Post\n---\nHarbour reopens after storm\n\nThe harbour reopened.";
        assert_eq!(
            labels(&[a, b, c]),
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
        assert_eq!(labels(&[a, b]), ["Daily Ledger: Talks…", "Daily Ledger: Storm…"]);
        assert_eq!(
            title_words("Ukraine and its European allies", 2),
            "Ukraine and its European…"
        );
    }

    #[test]
    fn the_same_title_twice_is_numbered() {
        let a = "Bridge closed\n\nThe bridge closed on Monday.";
        assert_eq!(labels(&[a, a]), ["Bridge closed", "Bridge closed (2)"]);
    }

    #[test]
    fn titles_that_share_their_first_words_get_more_of_them() {
        let a = "Council votes to close the old bridge\n\nText.";
        let b = "Council votes to close the new school\n\nText.";
        assert_eq!(
            labels(&[a, b]),
            [
                "Council votes to close the old…",
                "Council votes to close the new…"
            ]
        );
    }
}
