//! Quotes and actors: who is quoted saying what, and who acts in the story. Rule-based, no
//! network, no model; no terminal code.

pub mod actors;
pub mod attribution;
pub mod lexicon;
pub mod quotes;
pub mod tokens;

use std::borrow::Borrow;
use std::sync::Arc;

use serde::Serialize;

use crate::corpus::{Article, Corpus};

/// A piece of an article that extraction reads: the headline, the sub-title or a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit<'a> {
    /// The text, on one line.
    pub text: &'a str,
    /// True for the headline and sub-title, whose Title Case hides which words are names.
    pub headline: bool,
}

/// A quote as parallax keeps it: where its words are and who said them. The words themselves
/// are read from its article ([`Quote::words`]): a story keeps a hundred thousand quotes
/// beside the text they are in, as are its article's name and outlet. The names it repeats
/// (speaker, entity, utterance) are shared with the other quotes and actors that carry them,
/// not copied for each.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Index of the paragraph holding the quote; `None` for a headline quote.
    pub paragraph: Option<u32>,
    /// Char offset of the quoted words in the paragraph (or headline).
    pub start: u32,
    /// Char offset of their end.
    pub end: u32,
    /// The speaker's canonical name.
    pub speaker: Option<Arc<str>>,
    /// How the article describes a speaker it does not name.
    pub speaker_description: Option<Box<str>>,
    /// The speaker's entity id, shared across articles.
    pub entity: Option<Arc<str>>,
    /// The id shared by every rendering of one remark (see [`crate::compare::utterance`]).
    pub utterance: Option<Arc<str>>,
    /// True for a quote in the headline or sub-title.
    pub headline: bool,
    /// How sure the speaker is, 0 to 1.
    pub confidence: f32,
    /// For a headline quote: the speaker the body gives the same words to, when that is
    /// someone else (a finding to show, not to hide).
    pub body_speaker: Option<Arc<str>>,
    /// Where the quoted words are, without marks.
    pub at: Place,
    /// The speaker as an index into the article's actors; read through [`Quote::actor`].
    pub(crate) speaker_actor: Option<u32>,
}

/// A quote as parallax reports it, its words read from its article: what
/// `parallax quotes --json` prints, one a line.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct QuoteRecord<'a> {
    /// The article's file name.
    pub article: &'a str,
    /// The article's outlet, if known.
    pub outlet: Option<&'a str>,
    /// Index of the paragraph holding the quote; `None` for a headline quote.
    pub paragraph: Option<u32>,
    /// Char offset of the quoted words in the paragraph (or headline).
    pub start: u32,
    /// Char offset of their end.
    pub end: u32,
    /// The quoted words, without marks.
    pub text: &'a str,
    /// The speaker's canonical name.
    pub speaker: Option<&'a str>,
    /// How the article describes a speaker it does not name.
    pub speaker_description: Option<&'a str>,
    /// The speaker's entity id, shared across articles.
    pub entity: Option<&'a str>,
    /// The id shared by every rendering of one remark.
    pub utterance: Option<&'a str>,
    /// True for a quote in the headline or sub-title.
    pub headline: bool,
    /// How sure the speaker is, 0 to 1.
    pub confidence: f32,
    /// For a headline quote: the speaker the body gives the same words to, when that is
    /// someone else.
    pub body_speaker: Option<&'a str>,
}

impl Quote {
    /// The quoted words, without marks, read from `article`, the article the quote was found
    /// in (nothing when it is not there).
    pub fn words<'a>(&self, article: &'a Article) -> &'a str {
        text_at(article, self.at)
    }

    /// The quote as reported, its words read from `article`.
    pub fn record<'a>(&'a self, article: &'a Article) -> QuoteRecord<'a> {
        QuoteRecord {
            article: &article.file_name,
            outlet: article.outlet.as_ref().map(|o| o.value.as_str()),
            paragraph: self.paragraph,
            start: self.start,
            end: self.end,
            text: self.words(article),
            speaker: self.speaker.as_deref(),
            speaker_description: self.speaker_description.as_deref(),
            entity: self.entity.as_deref(),
            utterance: self.utterance.as_deref(),
            headline: self.headline,
            confidence: self.confidence,
            body_speaker: self.body_speaker.as_deref(),
        }
    }

    /// The speaker as an index into the article's actors.
    pub fn actor(&self) -> Option<usize> {
        self.speaker_actor.map(|a| a as usize)
    }
}

/// Where a quote or a name stands in its article: the unit and the byte range of its words, in
/// 32-bit numbers, as a quote, a mention and a search candidate keep it (a story holds hundreds
/// of thousands; no file is read past 32 bits).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Place {
    unit: u32,
    start: u32,
    end: u32,
}

impl Place {
    /// Bytes `range` of unit `unit` (see [`sources`]); `None` past 32 bits, so a place is
    /// left out rather than cut.
    pub fn new(unit: usize, range: std::ops::Range<usize>) -> Option<Self> {
        Some(Self {
            unit: u32::try_from(unit).ok()?,
            start: u32::try_from(range.start).ok()?,
            end: u32::try_from(range.end).ok()?,
        })
    }

    /// Index of the unit (see [`sources`]).
    pub fn unit(self) -> usize {
        self.unit as usize
    }

    /// The byte range in the unit.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// An actor of one article as parallax reports it: what `parallax actors --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRecord {
    /// The article's file name.
    pub article: String,
    /// The canonical name.
    pub name: String,
    /// The id shared across articles.
    pub entity: String,
    /// Person or organization.
    #[serde(rename = "type")]
    pub kind: actors::ActorKind,
    /// Every name form the article uses.
    pub aliases: Vec<String>,
    /// The most specific role the article gives.
    pub role: Option<String>,
    /// How often the article names them.
    pub mentions: usize,
    /// How many quotes the article gives them.
    pub quotes: usize,
}

/// What extraction found in one article.
#[derive(Debug, Clone)]
pub struct ArticleExtraction {
    /// The article's file name.
    pub article: Arc<str>,
    /// The quotes, in reading order.
    pub quotes: Vec<Quote>,
    /// The actors and their mentions.
    pub actors: actors::ActorTable,
    /// Units before the first paragraph: the headline and any sub-title, byline, dateline.
    pub header_units: usize,
}

/// What extraction found in every article of a story, with actors linked across articles.
#[derive(Debug, Clone, Default)]
pub struct Story {
    /// One extraction per article, in the corpus's order.
    pub articles: Vec<ArticleExtraction>,
}

impl Story {
    /// Extracts quotes and actors from every article, on every core, and links actors across
    /// them.
    pub fn extract(corpus: &Corpus) -> Self {
        use rayon::prelude::*;
        let found = corpus.articles.par_iter().map(|a| extract_article(a)).collect();
        Self::link(&corpus.articles, found)
    }

    /// The story of `articles` extracted one by one ([`extract_article`]) into `found`:
    /// actors linked across them, each quote given its speaker's entity and its remark's
    /// utterance id.
    pub fn link(articles: &[impl Borrow<Article>], mut found: Vec<ArticleExtraction>) -> Self {
        Links::of(articles, &found).apply(&mut found);
        Self { articles: found }
    }

    /// Every quote of the story, article by article, its words read from `articles` (the
    /// story's, in its order).
    pub fn quote_records<'a>(&'a self, articles: &'a [impl Borrow<Article>]) -> Vec<QuoteRecord<'a>> {
        articles
            .iter()
            .zip(&self.articles)
            .flat_map(|(article, found)| found.quotes.iter().map(|q| q.record(article.borrow())))
            .collect()
    }

    /// Every actor of every article, as reported.
    pub fn actor_records(&self) -> Vec<ActorRecord> {
        self.articles
            .iter()
            .flat_map(ArticleExtraction::actor_records)
            .collect()
    }
}

/// What linking the articles of a story works out, apart from the articles: each actor's
/// entity id and each quote's utterance id. Worked out from extractions lent by whoever keeps
/// them and applied there, so that linking never copies a story.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// Every actor's entity id, article after article in table order, one string for every
    /// actor of an entity.
    pub entities: Vec<Arc<str>>,
    /// Each quote's utterance id, article by article in reading order.
    pub utterances: Vec<Arc<str>>,
}

impl Links {
    /// Links actors across `articles`, extracted into `found`, and groups their quotes into
    /// remarks.
    pub fn of(articles: &[impl Borrow<Article>], found: &[ArticleExtraction]) -> Self {
        debug_assert_eq!(articles.len(), found.len(), "one extraction per article");
        let tables: Vec<&actors::ActorTable> = found.iter().map(|a| &a.actors).collect();
        let entities = actors::link_entities(&tables);
        let said = || {
            found
                .iter()
                .zip(articles)
                .zip(by_article(&entities, tables.iter().map(|t| t.actors.len())))
                .flat_map(|((found, article), entities)| {
                    found.quotes.iter().map(|q| crate::compare::utterance::Said {
                        text: q.words(article.borrow()),
                        headline: q.headline,
                        entity: q.actor().and_then(|a| entities.get(a)).map(|e| &**e),
                    })
                })
        };
        let utterances = crate::compare::utterance::utterances(said);
        Self { entities, utterances }
    }

    /// Gives `articles` (the ones these links were worked out from) their entity and utterance
    /// ids.
    pub fn apply(self, articles: &mut [ArticleExtraction]) {
        let mut utterances = self.utterances.into_iter();
        let lens: Vec<usize> = articles.iter().map(|a| a.actors.actors.len()).collect();
        for (article, entities) in articles.iter_mut().zip(by_article(&self.entities, lens)) {
            for (actor, entity) in article.actors.actors.iter_mut().zip(entities) {
                actor.linked = Some(Arc::clone(entity));
            }
            for quote in &mut article.quotes {
                quote.entity = quote.actor().and_then(|a| entities.get(a)).cloned();
                quote.utterance = utterances.next();
            }
        }
    }
}

/// `all` (one entry per actor, article after article) cut into each article's entries, for
/// articles of `lens` actors.
fn by_article<T>(all: &[T], lens: impl IntoIterator<Item = usize>) -> impl Iterator<Item = &[T]> {
    let mut first = 0;
    lens.into_iter().map(move |len| {
        let end = first + len;
        let slice = all.get(first..end).unwrap_or_default();
        first = end;
        slice
    })
}

impl ArticleExtraction {
    /// The article's actors, as reported.
    pub fn actor_records(&self) -> Vec<ActorRecord> {
        self.actors
            .actors
            .iter()
            .enumerate()
            .map(|(i, actor)| ActorRecord {
                article: self.article.to_string(),
                name: actor.name().to_string(),
                entity: actor.entity().to_string(),
                kind: actor.kind,
                aliases: actor.names().map(str::to_string).collect(),
                role: actor.role().map(str::to_string),
                mentions: actor.mentions as usize,
                quotes: self.quotes.iter().filter(|q| q.actor() == Some(i)).count(),
            })
            .collect()
    }
}

/// Where a unit of text comes from in an article, so a quote's place can be found on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The headline.
    Title,
    /// The sub-title.
    Subtitle,
    /// The byline.
    Byline,
    /// The dateline.
    Dateline,
    /// A paragraph, by index.
    Paragraph(usize),
}

impl Source {
    /// The text this source holds in `article`. An inferred title repeats the first sentence,
    /// so it is read as empty: its quotes are found once, in their paragraph.
    pub fn text(self, article: &Article) -> &str {
        match self {
            Source::Title if article.title.inferred => "",
            Source::Title => &article.title.value,
            Source::Subtitle => article.subtitle.as_deref().unwrap_or(""),
            Source::Byline => article.byline.as_deref().unwrap_or(""),
            Source::Dateline => article.dateline.as_deref().unwrap_or(""),
            Source::Paragraph(i) => article.paragraphs.get(i).map_or("", |p| &*p.text),
        }
    }
}

/// The sources extraction reads in an article, in order: the headline, the sub-title, the
/// byline, the dateline, then the paragraphs. A quote's `Place::unit` indexes this list.
pub fn sources(article: &Article) -> Vec<Source> {
    let mut sources: Vec<Source> = header(article).collect();
    sources.extend((0..article.paragraphs.len()).map(Source::Paragraph));
    sources
}

/// The source at `unit` of [`sources`], found without listing them: search reads a sentence's
/// text through it on every match.
pub fn source_at(article: &Article, unit: usize) -> Option<Source> {
    match unit.checked_sub(header_units(article)) {
        None => header(article).nth(unit),
        Some(p) => (p < article.paragraphs.len()).then_some(Source::Paragraph(p)),
    }
}

/// The text at `place` in `article`, or nothing when it is not there.
pub fn text_at(article: &Article, place: Place) -> &str {
    source_at(article, place.unit())
        .and_then(|source| source.text(article).get(place.range()))
        .unwrap_or("")
}

/// How many of an article's sources come before its first paragraph.
pub fn header_units(article: &Article) -> usize {
    header(article).count()
}

/// The sources before the paragraphs: the headline, then the sub-title, byline and dateline
/// the article has.
fn header(article: &Article) -> impl Iterator<Item = Source> {
    [
        (Source::Title, true),
        (Source::Subtitle, article.subtitle.is_some()),
        (Source::Byline, article.byline.is_some()),
        (Source::Dateline, article.dateline.is_some()),
    ]
    .into_iter()
    .filter_map(|(source, has)| has.then_some(source))
}

/// The units extraction reads in an article, one per [`sources`] entry.
pub fn units(article: &Article) -> Vec<Unit<'_>> {
    sources(article)
        .into_iter()
        .map(|source| Unit {
            text: source.text(article),
            headline: matches!(source, Source::Title | Source::Subtitle),
        })
        .collect()
}

/// Extracts the quotes and actors of one article.
pub fn extract_article(article: &Article) -> ArticleExtraction {
    let units = units(article);
    let header_units = header_units(article);
    let mut table = actors::find_actors(&units);
    let spans = quotes::find_quotes(&units);
    let attributions = attribution::attribute(&units, &spans, &table);
    let file_name: Arc<str> = article.file_name.as_str().into();
    // Each speaker's name once, shared by their quotes.
    let mut names: Vec<Option<Arc<str>>> = vec![None; table.actors.len()];
    let mut name = |a: usize| Arc::clone(names[a].get_or_insert_with(|| table.actors[a].name().into()));
    let mut chars = CharCounter::default();
    let mut quotes: Vec<Quote> = spans
        .iter()
        .zip(attributions)
        .filter_map(|(span, attribution)| {
            let attribution = attribution?;
            let text = units[span.unit].text;
            let start = chars.at(span.unit, text, span.start);
            let end = chars.at(span.unit, text, span.end);
            let small = |n: usize| u32::try_from(n).ok();
            Some(Quote {
                paragraph: match span.unit.checked_sub(header_units) {
                    Some(p) => Some(small(p)?),
                    None => None,
                },
                start: small(start)?,
                end: small(end)?,
                speaker: attribution.speaker.map(&mut name),
                speaker_description: attribution.description.map(String::into_boxed_str),
                entity: None,
                utterance: None,
                headline: units[span.unit].headline,
                confidence: attribution.confidence,
                body_speaker: None,
                at: Place::new(span.unit, span.start..span.end)?,
                speaker_actor: match attribution.speaker {
                    Some(a) => Some(small(a)?),
                    None => None,
                },
            })
        })
        .collect();
    flag_headline_conflicts(&mut quotes, article);
    quotes.shrink_to_fit();
    shrink(&mut table);
    ArticleExtraction {
        article: file_name,
        quotes,
        actors: table,
        header_units,
    }
}

/// Gives back what the actor table's lists reserved and did not use, and the actors' roles
/// (attribution has read them; the one shown is `role`): a story keeps every article's table
/// for as long as it is open.
fn shrink(table: &mut actors::ActorTable) {
    table.actors.shrink_to_fit();
    table.mentions.shrink_to_fit();
    table.roles = Vec::new();
}

/// Converts byte offsets to char offsets in one pass over each unit, for offsets that come in
/// order (as quote spans do), so a paragraph of many quotes is not counted again for each.
#[derive(Default)]
struct CharCounter {
    unit: usize,
    byte: usize,
    chars: usize,
}

impl CharCounter {
    /// The char offset of byte `byte` of `text`, unit `unit`.
    fn at(&mut self, unit: usize, text: &str, byte: usize) -> usize {
        if unit != self.unit || byte < self.byte {
            *self = Self {
                unit,
                byte: 0,
                chars: 0,
            };
        }
        self.chars += text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// Marks headline quotes whose words the body gives to someone else.
fn flag_headline_conflicts(quotes: &mut [Quote], article: &Article) {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    for h in 0..quotes.len() {
        if !quotes[h].headline || quotes[h].actor().is_none() {
            continue;
        }
        let head = words(quotes[h].words(article));
        let body = quotes.iter().find(|q| {
            !q.headline && q.actor().is_some() && {
                let body = words(q.words(article));
                !head.is_empty() && head.iter().all(|w| body.contains(w))
            }
        });
        if let Some(body) = body
            && body.actor() != quotes[h].actor()
        {
            quotes[h].body_speaker = body.speaker.clone();
        }
    }
}

/// Test support: a small article of body paragraphs read as far as attribution, the shape in
/// which the quote, actor and attribution rules' tests give their articles.
#[cfg(test)]
pub(crate) mod testing {
    use super::Unit;
    use super::actors::{ActorTable, find_actors};
    use super::attribution::{Attribution, attribute};
    use super::quotes::{QuoteSpan, find_quotes};

    /// `paragraphs` as body units (no headline).
    pub fn body<'a>(paragraphs: &[&'a str]) -> Vec<Unit<'a>> {
        paragraphs
            .iter()
            .map(|&text| Unit {
                text,
                headline: false,
            })
            .collect()
    }

    /// An article of body paragraphs with its actors, its quotes and who spoke each.
    pub struct Read<'a> {
        pub units: Vec<Unit<'a>>,
        pub table: ActorTable,
        pub spans: Vec<QuoteSpan>,
        pub found: Vec<Option<Attribution>>,
    }

    /// Reads `paragraphs` as an article's body, as far as attribution.
    pub fn read<'a>(paragraphs: &[&'a str]) -> Read<'a> {
        let units = body(paragraphs);
        let table = find_actors(&units);
        let spans = find_quotes(&units);
        let found = attribute(&units, &spans, &table);
        Read {
            units,
            table,
            spans,
            found,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ingest::parse;

    #[test]
    fn an_actor_has_no_entity_string_until_the_story_is_linked() {
        let text =
            |n: usize| format!("Talks {n}\n\nMaria Lund, the mayor, spoke.\n\n“We stay,” Maria Lund said.\n");
        let articles: Vec<Article> = (0..2)
            .map(|n| parse(&text(n), &format!("{n}.txt"), "t"))
            .collect();
        let extracted: Vec<ArticleExtraction> = articles.iter().map(extract_article).collect();
        let lund = |e: &ArticleExtraction| e.actors.actors.iter().position(|a| a.name() == "Maria Lund");
        for e in &extracted {
            let actor = &e.actors.actors[lund(e).expect("Maria Lund")];
            assert_eq!(actor.linked, None, "no string made that linking would throw away");
            assert_eq!(
                actor.entity(),
                "Maria Lund",
                "the name stands for the entity meanwhile"
            );
        }
        let story = Story::link(&articles, extracted);
        let ids: Vec<&Arc<str>> = story
            .articles
            .iter()
            .map(|e| e.actors.actors[lund(e).unwrap()].linked.as_ref().expect("linked"))
            .collect();
        assert_eq!(&**ids[0], "maria-lund");
        assert!(Arc::ptr_eq(ids[0], ids[1]), "one string for the entity");
        assert_eq!(story.articles[1].quotes[0].entity.as_deref(), Some("maria-lund"));
    }

    #[test]
    fn a_place_keeps_32_bit_numbers_and_refuses_what_does_not_fit() {
        assert_eq!(std::mem::size_of::<Place>(), 12);
        let place = Place::new(3, 10..42).expect("fits");
        assert_eq!((place.unit(), place.range()), (3, 10..42));
        let past = u32::MAX as usize + 1;
        assert_eq!(Place::new(past, 0..1), None);
        assert_eq!(Place::new(0, 0..past), None);
        // A story keeps a hundred thousand quotes: their places and offsets take 32 bits.
        assert!(
            std::mem::size_of::<Quote>() <= 128,
            "{}",
            std::mem::size_of::<Quote>()
        );
    }

    #[test]
    fn a_quote_s_words_are_read_from_its_article_not_copied() {
        let article = parse("Title\n\n“We stay,” Maria Lund said.\n", "t.txt", "t.txt");
        let quote = &extract_article(&article).quotes[0];
        let words = quote.words(&article);
        assert_eq!(words, "We stay");
        let paragraph = article.paragraphs[0].text.as_bytes().as_ptr_range();
        assert!(paragraph.contains(&words.as_ptr()), "a slice of the paragraph");
        assert_eq!(quote.record(&article).text, "We stay");
        // Read against an article it is not in, it is no words rather than a panic.
        let other = parse("Title\n\nShort.\n", "u.txt", "u.txt");
        assert_eq!(quote.words(&other), "");
    }

    #[test]
    fn the_source_at_a_unit_is_the_one_sources_lists_there() {
        let plain = parse("Talks end\n\nThe talks ended.\n\nNobody spoke.", "p.txt", "p.txt");
        let mut full = plain.clone();
        full.subtitle = Some("A sub-title".into());
        full.dateline = Some("KYIV (AP) —".into());
        for article in [&plain, &full] {
            let listed = sources(article);
            assert_eq!(header_units(article), listed.len() - article.paragraphs.len());
            for unit in 0..listed.len() + 2 {
                assert_eq!(source_at(article, unit), listed.get(unit).copied(), "{unit}");
            }
        }
    }

    #[test]
    fn a_headline_giving_the_body_speaker_s_words_to_someone_else_is_flagged() {
        let article = parse(
            "Lindqvist Hails 'Great Deal' in Trade Talks\n\nAnna Berg, an aide to Trade Minister Olaf Lindqvist, \
             told reporters the agreement was “a great deal for everyone.” Lindqvist did not comment.",
            "t.txt",
            "t.txt",
        );
        let e = extract_article(&article);
        let head = e.quotes.iter().find(|q| q.headline).expect("a headline quote");
        assert_eq!(head.words(&article), "Great Deal");
        assert_eq!(head.speaker.as_deref(), Some("Olaf Lindqvist"));
        assert_eq!(head.body_speaker.as_deref(), Some("Anna Berg"));
        assert!(
            e.quotes
                .iter()
                .filter(|q| !q.headline)
                .all(|q| q.body_speaker.is_none())
        );
    }

    #[test]
    fn the_names_quotes_repeat_are_one_string_each_not_copies() {
        let library = crate::library::Library::bundled();
        let articles = library.story.articles.iter().enumerate();
        let quotes: Vec<(usize, &Quote)> = articles
            .flat_map(|(a, e)| e.quotes.iter().map(move |q| (a, q)))
            .collect();
        assert!(quotes.len() > 20);
        // What a quote holds that others may share: a key saying which others, and the string.
        type Shared<'q> = Option<(String, &'q Arc<str>)>;
        let shared = |name: &str, of: &dyn Fn(usize, &Quote) -> Shared<'_>| {
            let mut first: std::collections::HashMap<String, &Arc<str>> = Default::default();
            let mut repeats = 0;
            for (key, value) in quotes.iter().filter_map(|&(a, q)| of(a, q)) {
                let seen = *first.entry(key).or_insert(value);
                assert!(Arc::ptr_eq(seen, value), "{name} {value} copied");
                repeats += usize::from(!std::ptr::eq(seen, value));
            }
            assert!(repeats > 0, "no {name} repeats: the test shows nothing");
        };
        shared("entity", &|_, q| {
            Some((q.entity.as_deref()?.to_string(), q.entity.as_ref()?))
        });
        shared("utterance", &|_, q| {
            Some((q.utterance.as_deref()?.to_string(), q.utterance.as_ref()?))
        });
        shared("speaker", &|a, q| {
            Some((format!("{a} {:?}", q.speaker_actor?), q.speaker.as_ref()?))
        });
        for extraction in &library.story.articles {
            assert_eq!(extraction.quotes.capacity(), extraction.quotes.len());
            assert_eq!(
                extraction.actors.mentions.capacity(),
                extraction.actors.mentions.len()
            );
            assert_eq!(extraction.actors.roles.capacity(), 0);
        }
        let roles = library.story.articles.iter().flat_map(|e| &e.actors.actors);
        assert!(
            roles.filter(|a| a.role().is_some()).count() > 5,
            "the role shown stays"
        );
    }

    #[test]
    fn offsets_are_chars_of_the_paragraph() {
        let article = parse(
            "Title\n\nZelenskyy’s aide, Micheál Ó Briain, said: “Ça va très bien.”",
            "t.txt",
            "t.txt",
        );
        let e = extract_article(&article);
        let q = &e.quotes[0];
        let text: String = article.paragraphs[q.paragraph.unwrap() as usize]
            .text
            .chars()
            .skip(q.start as usize)
            .take((q.end - q.start) as usize)
            .collect();
        assert_eq!(text, "Ça va très bien.");
        assert_eq!(q.words(&article), text);
    }
}
