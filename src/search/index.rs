//! What search looks through: every article, actor, quote and sentence of a story as a
//! candidate, with its search keys folded and its char mask computed once, at load.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

use super::fold::{fold, folded, mask};
use crate::corpus::ingest::outlet_names;
use crate::corpus::{Article, Corpus};
use crate::extract::tokens::{sentences, tokenize};
use crate::extract::{ArticleExtraction, Place, Source, Story, sources};
use crate::text::fold_char;

/// What a candidate is. The order is the order hits of equal score are listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An article: its title, outlet and date.
    Article,
    /// A person or organization of the story: name, aliases, role.
    Actor,
    /// A quote: its words and its speaker.
    Quote,
    /// A sentence of an article's text (or a line of `--filter` input).
    Text,
}

impl Kind {
    /// Every kind, in listing order.
    pub const ALL: [Kind; 4] = [Kind::Article, Kind::Actor, Kind::Quote, Kind::Text];

    /// The kind's name, as `is:` and the results list write it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Actor => "actor",
            Kind::Quote => "quote",
            Kind::Text => "text",
        }
    }
}

/// Where a candidate leads when chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Open the article.
    Article,
    /// The article's actor at this index (the entity's first article).
    Actor(usize),
    /// The article's quote at this index.
    Quote(usize),
    /// A sentence: its unit and byte range, as extraction places quotes.
    Text(Place),
    /// A line of `--filter` input, by index.
    Line(usize),
}

/// One searchable text of a candidate, and its folded key when that differs.
#[derive(Debug, Clone)]
pub struct Field {
    text: Box<str>,
    key: Option<Box<str>>,
}

impl Field {
    fn new(text: impl Into<Box<str>>) -> Self {
        let text = text.into();
        Self {
            key: fold(&text).map(String::into_boxed_str),
            text,
        }
    }

    /// The text as shown.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text folded for matching: same chars, one for one.
    pub fn key(&self) -> &str {
        self.key.as_deref().unwrap_or(&self.text)
    }
}

/// Something search can find and lead to.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// What it is.
    pub kind: Kind,
    /// The article it belongs to (none for `--filter` lines).
    pub article: Option<usize>,
    /// The paragraph it stands in, if any.
    pub paragraph: Option<usize>,
    /// Where choosing it leads.
    pub target: Target,
    /// The texts matched: the main one first (title, name, quote, sentence), then context
    /// (outlet and date, aliases and role, speaker).
    pub fields: Vec<Field>,
    /// For a quote: its speaker's names, folded, for `by:`.
    pub speaker: Option<Box<str>>,
    /// Which chars occur in the keys (see [`mask`]).
    pub mask: u64,
}

/// What `in:` matches an article by, folded: every name its outlet is printed under, their
/// initials, the article's label and its file name.
#[derive(Debug, Clone, Default)]
pub struct ArticleKeys {
    names: Vec<String>,
    initials: Vec<String>,
    file: String,
}

impl ArticleKeys {
    fn new(article: &Article, label: &str) -> Self {
        let mut names: Vec<&str> = match &article.outlet {
            Some(outlet) => outlet_names(&outlet.value),
            None => Vec::new(),
        };
        names.push(label);
        let initials = names
            .iter()
            .map(|n| {
                n.split_whitespace()
                    .filter_map(|w| w.chars().next())
                    .map(fold_char)
                    .collect()
            })
            .collect();
        Self {
            names: names.into_iter().map(folded).collect(),
            initials,
            file: folded(&article.file_name),
        }
    }

    /// True when `value` (folded) names this article's outlet or file: a part of one of the
    /// outlet's names or of the label, the start of their initials (`ap` for Associated
    /// Press), or a part of the file name.
    pub fn answers_to(&self, value: &str) -> bool {
        self.names.iter().any(|n| n.contains(value))
            || self.initials.iter().any(|i| i.starts_with(value))
            || self.file.contains(value)
    }
}

/// One actor of the story, gathered over the articles that name it.
struct Entity<'a> {
    article: usize,
    actor: usize,
    name: &'a str,
    aliases: Vec<&'a str>,
    role: Option<&'a str>,
}

/// Every candidate of a story, in listing order: articles, actors, quotes, then sentences.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// The candidates.
    pub candidates: Vec<Candidate>,
    /// Per article, what `in:` matches.
    pub articles: Vec<ArticleKeys>,
}

impl Index {
    /// Indexes a loaded story: each article, each actor of the story once (merged across
    /// articles by entity), each quote and each sentence.
    pub fn new(corpus: &Corpus, story: &Story) -> Self {
        let mut articles = Vec::new();
        let mut kinds: [Vec<Candidate>; 4] = Default::default();
        let mut entities = HashMap::new();
        let mut people: Vec<Entity> = Vec::new();
        // Every name of each entity in any article, once, so `by:` answers to each spelling;
        // folded and joined once per entity, not once per quote.
        let mut names: HashMap<&str, Vec<&str>> = HashMap::new();
        for actor in story.articles.iter().flat_map(|e| &e.actors.actors) {
            let known = names.entry(actor.entity.as_str()).or_default();
            for name in std::iter::once(&actor.name).chain(&actor.aliases) {
                if !known.contains(&name.as_str()) {
                    known.push(name);
                }
            }
        }
        let names: HashMap<&str, Box<str>> = names
            .into_iter()
            .map(|(entity, names)| (entity, folded(&names.join("|")).into_boxed_str()))
            .collect();
        // Actors merge across articles, in order; everything else is an article's own, worked
        // out on every core.
        for (a, extraction) in story.articles.iter().enumerate() {
            for (i, actor) in extraction.actors.actors.iter().enumerate() {
                let slot = *entities.entry(actor.entity.as_str()).or_insert_with(|| {
                    people.push(Entity {
                        article: a,
                        actor: i,
                        name: &actor.name,
                        aliases: Vec::new(),
                        role: None,
                    });
                    people.len() - 1
                });
                let entity = &mut people[slot];
                entity.aliases.extend(actor.aliases.iter().map(String::as_str));
                entity.role = entity.role.or(actor.role.as_deref());
            }
        }
        let own: Vec<(ArticleKeys, Candidate, Vec<Candidate>, Vec<Candidate>)> = corpus
            .articles
            .par_iter()
            .zip(story.articles.par_iter())
            .enumerate()
            .map(|(a, (article, extraction))| {
                let keys = ArticleKeys::new(article, corpus.label(a));
                let date = article.date.as_ref().map_or("", |d| d.original.as_str());
                let head = Candidate::new(
                    Kind::Article,
                    Some(a),
                    None,
                    Target::Article,
                    [article.title.value.as_str(), article.outlet_name(), date],
                );
                (
                    keys,
                    head,
                    quotes(a, extraction, &names),
                    sentences_of(a, article, extraction),
                )
            })
            .collect();
        for (keys, head, quotes, texts) in own {
            articles.push(keys);
            kinds[0].push(head);
            kinds[2].extend(quotes);
            kinds[3].extend(texts);
        }
        kinds[1] = people
            .into_iter()
            .map(|mut e| {
                e.aliases.sort_unstable();
                e.aliases.dedup();
                e.aliases.retain(|alias| *alias != e.name);
                let aliases = e.aliases.join(", ");
                let fields = [e.name, &aliases, e.role.unwrap_or("")];
                Candidate::new(Kind::Actor, Some(e.article), None, Target::Actor(e.actor), fields)
            })
            .collect();
        Self {
            candidates: kinds.into_iter().flatten().collect(),
            articles,
        }
    }

    /// Indexes lines of text, for `parallax search --filter`.
    pub fn from_lines(lines: impl IntoIterator<Item = String>) -> Self {
        let candidates = lines
            .into_iter()
            .enumerate()
            .map(|(i, line)| Candidate::new(Kind::Text, None, None, Target::Line(i), [line]))
            .collect();
        Self {
            candidates,
            articles: Vec::new(),
        }
    }
}

/// Article `a`'s quotes as candidates; `names` holds each entity's names for `by:`.
fn quotes(a: usize, extraction: &ArticleExtraction, names: &HashMap<&str, Box<str>>) -> Vec<Candidate> {
    extraction
        .quotes
        .iter()
        .enumerate()
        .map(|(i, quote)| {
            let speaker = quote
                .speaker
                .as_deref()
                .or(quote.speaker_description.as_deref())
                .unwrap_or("");
            let mut candidate = Candidate::new(
                Kind::Quote,
                Some(a),
                quote.paragraph,
                Target::Quote(i),
                [quote.text.as_str(), speaker],
            );
            let entity = quote
                .speaker_actor
                .and_then(|s| extraction.actors.actors.get(s))
                .map(|actor| actor.entity.as_str());
            candidate.speaker = Some(
                entity
                    .and_then(|e| names.get(e))
                    .cloned()
                    .unwrap_or_else(|| folded(speaker).into_boxed_str()),
            );
            candidate
        })
        .collect()
}

/// Article `a`'s sentences (headline aside: the article itself stands for it) as candidates.
fn sentences_of(a: usize, article: &Article, extraction: &ArticleExtraction) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (unit, source) in sources(article).into_iter().enumerate() {
        if source == Source::Title {
            continue;
        }
        let text = source.text(article);
        let tokens = tokenize(text, &[]);
        for range in sentences(text, &tokens) {
            let (Some(first), Some(last)) = (tokens.get(range.start), tokens.get(range.end - 1)) else {
                continue;
            };
            let place = Place {
                unit,
                start: first.range.start,
                end: last.range.end,
            };
            out.push(Candidate::new(
                Kind::Text,
                Some(a),
                unit.checked_sub(extraction.header_units),
                Target::Text(place),
                [&text[place.start..place.end]],
            ));
        }
    }
    out
}

impl Candidate {
    /// An item of a list the reader filters: only its texts matter.
    pub fn list_item<'t>(texts: impl IntoIterator<Item = &'t str>) -> Self {
        Self::new(Kind::Text, None, None, Target::Line(0), texts)
    }

    fn new(
        kind: Kind,
        article: Option<usize>,
        paragraph: Option<usize>,
        target: Target,
        texts: impl IntoIterator<Item = impl Into<Box<str>>>,
    ) -> Self {
        let fields: Vec<Field> = texts.into_iter().map(Field::new).collect();
        let mask = fields.iter().fold(0, |m, f| m | mask(f.key()));
        Self {
            kind,
            article,
            paragraph,
            target,
            fields,
            speaker: None,
            mask,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Matcher, Query};

    /// The quotes `query` finds in the bundled story, by candidate.
    fn quotes(index: &Index, query: &str) -> Vec<u32> {
        let mut found: Vec<u32> = Matcher
            .ranked(index, &Query::parse(query), None)
            .iter()
            .map(|h| h.candidate)
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn an_entity_s_names_are_kept_once_however_many_articles_name_it() {
        let text = "Harbour reopens\n\n\"We are open,\" said Anna Kowalski, the harbour master.\n\n\"Ships are back,\" Kowalski said.";
        let index = |copies: usize| {
            let corpus = Corpus::of(
                (0..copies)
                    .map(|i| crate::corpus::ingest::parse(text, &format!("{i}.txt"), "test"))
                    .collect(),
            );
            Index::new(&corpus, &Story::extract(&corpus))
        };
        let speakers = |index: &Index| -> Vec<Box<str>> {
            let mut keys: Vec<Box<str>> = index
                .candidates
                .iter()
                .filter_map(|c| c.speaker.clone())
                .collect();
            keys.dedup();
            keys
        };
        let one = speakers(&index(1));
        assert_eq!(one.len(), 1, "{one:?}");
        assert!(one[0].contains("kowalski"), "{one:?}");
        assert_eq!(speakers(&index(50)), one);
    }

    #[test]
    fn by_answers_to_every_spelling_of_the_speaker_in_any_article() {
        let corpus = Corpus::bundled();
        let index = Index::new(&corpus, &Story::extract(&corpus));
        let zelensky = quotes(&index, "by:zelensky");
        assert!(zelensky.len() >= 10, "{}", zelensky.len());
        assert_eq!(quotes(&index, "by:zelenskyy"), zelensky);
        assert_eq!(quotes(&index, "by:zelenskiy"), zelensky);
        assert_eq!(quotes(&index, "by:volodymyr"), zelensky);
    }
    #[test]
    fn in_answers_to_every_name_of_the_outlet_and_to_the_label() {
        let corpus = Corpus::bundled();
        let ap = &corpus.articles[0];
        assert_eq!(ap.outlet_name(), "Associated Press");
        let keys = ArticleKeys::new(ap, "AP: talks");
        for name in ["associated", "ap", "the associated press", "talks", "000_"] {
            assert!(keys.answers_to(name), "{name}");
        }
        assert!(!keys.answers_to("reuters"));
    }
}
