//! Every wording of one remark: the renderings that share an utterance id across the story,
//! the fullest of them (what the others are compared with), and whether the renderings
//! disagree on who said it: one remark given to different speakers by different outlets, or
//! a headline giving its own article's quote to someone else.

use std::collections::HashMap;

use crate::extract::{Quote, Story};

/// Where a rendering is: (article index, quote index in that article).
pub type Place = (usize, usize);

/// Every remark's renderings: utterance id → where each rendering is, in story order.
pub fn renderings(story: &Story) -> HashMap<String, Vec<Place>> {
    let mut out: HashMap<String, Vec<Place>> = HashMap::new();
    for (a, article) in story.articles.iter().enumerate() {
        for (q, quote) in article.quotes.iter().enumerate() {
            if let Some(u) = &quote.utterance {
                out.entry(u.to_string()).or_default().push((a, q));
            }
        }
    }
    out
}

/// How many articles carry a remark, from its renderings.
pub fn outlets(renderings: &[Place]) -> usize {
    let mut articles: Vec<usize> = renderings.iter().map(|r| r.0).collect();
    articles.dedup(); // in story order: one article's renderings stand together
    articles.len()
}

/// The index of the fullest of the renderings whose words are `texts`: the most words, the
/// first of equals; 0 for none.
pub fn fullest(texts: &[&str]) -> usize {
    let words = |text: &str| text.split_whitespace().count();
    let mut best = 0;
    for (i, text) in texts.iter().enumerate() {
        if words(text) > words(texts[best]) {
            best = i;
        }
    }
    best
}

/// Renderings of one remark that disagree on who said it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// Every speaker the renderings name, in story order, each once.
    pub speakers: Vec<String>,
    /// True when two articles' body quotes give the remark to different speakers.
    pub outlets: bool,
    /// True when a headline gives the remark to someone other than its own article's body.
    pub headline: bool,
}

/// Who the renderings `quotes` of one remark (each with its article's index) give it to, when
/// they disagree: body quotes of different speaker entities, or a headline quote whose speaker
/// is not its body's (in the same remark, or as extraction flagged it in `body_speaker`).
/// Quotes of no known speaker disagree with no one.
pub fn conflict(quotes: &[(usize, &Quote)]) -> Option<Conflict> {
    let body = || quotes.iter().filter(|(_, q)| !q.headline);
    let mut entities: Vec<&str> = body().filter_map(|(_, q)| q.entity.as_deref()).collect();
    entities.sort_unstable();
    entities.dedup();
    let outlets = entities.len() > 1;
    let headline = quotes.iter().filter(|(_, q)| q.headline).any(|(a, h)| {
        h.body_speaker.is_some()
            || body()
                .any(|(b_a, b)| b_a == a && b.entity.is_some() && h.entity.is_some() && b.entity != h.entity)
    });
    if !outlets && !headline {
        return None;
    }
    let mut speakers: Vec<String> = Vec::new();
    let quotes = || quotes.iter().map(|(_, q)| q);
    let named = quotes()
        .filter(|q| q.entity.is_some())
        .filter_map(|q| q.speaker.as_deref())
        .chain(quotes().filter_map(|q| q.body_speaker.as_deref()));
    for name in named {
        if !speakers.iter().any(|s| s == name) {
            speakers.push(name.to_string());
        }
    }
    Some(Conflict {
        speakers,
        outlets,
        headline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A quote of article `article`, with the article's index.
    fn quote(article: usize, speaker: Option<&str>, headline: bool) -> (usize, Quote) {
        let quote = Quote {
            paragraph: (!headline).then_some(0),
            start: 0,
            end: 0,
            speaker: speaker.map(Into::into),
            speaker_description: None,
            entity: speaker.map(|s| s.to_lowercase().replace(' ', "-").into()),
            utterance: Some("u1".into()),
            headline,
            confidence: 1.0,
            body_speaker: None,
            at: Default::default(),
            speaker_actor: None,
        };
        (article, quote)
    }

    /// `qs` as [`conflict`] takes them.
    fn all(qs: &[(usize, Quote)]) -> Vec<(usize, &Quote)> {
        qs.iter().map(|(a, q)| (*a, q)).collect()
    }

    #[test]
    fn one_speaker_in_every_outlet_is_no_conflict_and_unknown_speakers_agree() {
        let qs = [
            quote(0, Some("Anna Lind"), false),
            quote(1, Some("Anna Lind"), false),
            quote(2, None, false),
        ];
        assert_eq!(conflict(&all(&qs)), None);
    }

    #[test]
    fn two_outlets_giving_the_remark_to_different_speakers_conflict() {
        let qs = [
            quote(0, Some("Anna Lind"), false),
            quote(1, Some("Piet Berg"), false),
            quote(2, Some("Anna Lind"), false),
        ];
        let c = conflict(&all(&qs)).expect("a conflict");
        assert_eq!(c.speakers, ["Anna Lind", "Piet Berg"]);
        assert!(c.outlets && !c.headline);
    }

    #[test]
    fn a_headline_giving_its_body_s_remark_to_someone_else_conflicts() {
        let qs = [
            quote(0, Some("Piet Berg"), true),
            quote(0, Some("Anna Lind"), false),
            quote(1, Some("Anna Lind"), false),
        ];
        let c = conflict(&all(&qs)).expect("a conflict");
        assert!(c.headline && !c.outlets);
        assert_eq!(c.speakers, ["Piet Berg", "Anna Lind"]);
        // Another article's headline is not this body's.
        let qs = [
            quote(0, Some("Piet Berg"), true),
            quote(1, Some("Anna Lind"), false),
        ];
        assert_eq!(conflict(&all(&qs)), None);
        // Extraction's own flag counts too.
        let mut flagged = quote(0, Some("Piet Berg"), true);
        flagged.1.body_speaker = Some("Anna Lind".into());
        let c = conflict(&all(&[flagged])).expect("flagged");
        assert_eq!(c.speakers, ["Piet Berg", "Anna Lind"]);
    }

    #[test]
    fn the_fullest_rendering_has_the_most_words() {
        let texts = [
            "useful and constructive",
            "rather useful, constructive, rather substantive",
            "very useful and substantive too",
        ];
        assert_eq!(fullest(&texts), 1);
        assert_eq!(fullest(&[]), 0);
    }

    #[test]
    fn renderings_of_the_bundled_story_group_by_utterance_and_count_articles() {
        let crate::library::Library { corpus, story, .. } = crate::library::Library::bundled();
        let all = renderings(&story);
        let total: usize = all.values().map(Vec::len).sum();
        let quotes = story.articles.iter().map(|a| a.quotes.len()).sum::<usize>();
        assert_eq!(total, quotes, "every quote in one remark");
        // Ushakov's "useful" remark: four outlets.
        let (a, q) = (
            0,
            story.articles[0]
                .quotes
                .iter()
                .position(|q| q.words(&corpus.articles[0]).starts_with("rather useful"))
                .unwrap(),
        );
        let u = story.articles[a].quotes[q].utterance.clone().unwrap();
        assert_eq!(outlets(&all[&*u]), 4);
        assert!(all[&*u].windows(2).all(|w| w[0] < w[1]), "story order");
    }
}
