//! What search looks through: every article, actor, quote and sentence of a story as a
//! candidate, with its char mask computed once, at load. A candidate's text points into its
//! article by range (the index shares the articles with the corpus, copying none). A sentence
//! or a quote's words are folded as they are matched; other texts keep a folded key where
//! folding changes more than ASCII case.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

use std::ops::Range;
use std::sync::Arc;

use super::fold::{fold_into, folded, folded_mask, key, lower_into, needs_key};
use crate::corpus::ingest::outlet_names;
use crate::corpus::{Article, Corpus};
use crate::extract::tokens::{sentences, tokenize};
use crate::extract::{Place, Quote, Source, Story, header_units, sources, text_at};
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

/// The most texts a candidate has: an article's title, outlet and date; an actor's name,
/// aliases and role.
pub const FIELDS: usize = 3;

/// Where a field's text lives: in its article (shared with the corpus, never copied), or in
/// the index for what no article holds as one piece (an actor's aliases, a speaker's name, a
/// line of input).
#[derive(Debug, Clone)]
enum Span {
    /// The article's headline.
    Title,
    /// The article's outlet, by name.
    Outlet,
    /// The article's date as printed.
    Date,
    /// A text of the index's own.
    Own(Box<str>),
    /// A name shared with the story (a quote's speaker, one string for all their quotes).
    Shared(Arc<str>),
}

/// One searchable text of a candidate, and its folded key where folding changes more than
/// ASCII case (see [`key`]).
#[derive(Debug, Clone)]
struct Field {
    span: Span,
    key: Option<Box<str>>,
}

/// What an article, an actor or a line of input keeps beside its target and mask, in the
/// index's list of extras: its fields, the main one first. A sentence keeps nothing: its text
/// is the one at its target, folded as the matcher reads it (sentences are most of a story's
/// text, and a key would copy a third of them); a quote keeps a [`Quoted`].
#[derive(Debug, Clone)]
struct Extra {
    fields: Box<[Field]>,
}

/// What a quote keeps in the index's list of quotes, in 16 bytes (a story has a hundred
/// thousand): where its words are in its article, read and folded as a sentence's are, and who
/// said them.
#[derive(Debug, Clone, Copy)]
struct Quoted {
    at: Place,
    /// Index into [`Index::said`].
    said: u32,
}

/// Whom quotes are given to, once for all the quotes of one speaker: the name as shown (shared
/// with the story) or how the article describes them, and the speaker's names, folded and
/// joined, for `by:` (an index into [`Index::speakers`]).
#[derive(Debug, Clone)]
struct Said {
    shown: Field,
    names: u32,
}

/// A candidate as it is built, apart from the index: what it keeps itself, and its extra or
/// its quote. [`Index::push`] files them and gives the candidate its number.
#[derive(Debug)]
struct Built {
    candidate: Candidate,
    kept: Kept,
}

/// What a candidate keeps in one of the index's lists.
#[derive(Debug)]
enum Kept {
    Nothing,
    Extra(Extra),
    Quote(Quoted),
}

/// A candidate's number in the index's lists when it has no article or no extra.
const NONE: u32 = u32::MAX;

/// A [`Target`] in 32-bit numbers: a story has hundreds of thousands of candidates, and each
/// keeps one. A number past 32 bits (no story holds one) is kept as the largest.
#[derive(Debug, Clone, Copy)]
enum Slot {
    Article,
    Actor(u32),
    Quote(u32),
    Text(Place),
    Line(u32),
}

/// `n` in 32 bits, the largest where it does not fit.
fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl From<Target> for Slot {
    fn from(target: Target) -> Self {
        match target {
            Target::Article => Slot::Article,
            Target::Actor(a) => Slot::Actor(small(a)),
            Target::Quote(q) => Slot::Quote(small(q)),
            Target::Text(place) => Slot::Text(place),
            Target::Line(l) => Slot::Line(small(l)),
        }
    }
}

/// Something search can find and lead to, in 32 bytes: a story has hundreds of thousands. Its
/// texts are read through the [`Index`] that holds it ([`Index::text`]): the main one first
/// (title, name, quote, sentence), then context (outlet and date, aliases and role, speaker);
/// most point into their article's text by range.
#[derive(Debug, Clone, Copy)]
pub struct Candidate {
    /// The article it belongs to ([`NONE`] for `--filter` lines); read through
    /// [`Candidate::article`].
    article: u32,
    /// A quote's [`Quoted`] in [`Index::quotes`], another's [`Extra`] in [`Index::extras`],
    /// or [`NONE`] (a sentence, whose text is at its target).
    extra: u32,
    /// Where choosing it leads; read through [`Candidate::target`], which also says its kind.
    slot: Slot,
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
    /// The articles the candidates' texts point into, shared with the corpus.
    texts: Vec<Arc<Article>>,
    /// What articles, actors and lines keep beside themselves (see [`Candidate::extra`]).
    extras: Vec<Extra>,
    /// What quotes keep (see [`Candidate::extra`]).
    quotes: Vec<Quoted>,
    /// Whom quotes are given to, each once.
    said: Vec<Said>,
    /// Each speaker's names, folded and joined, once: what `by:` reads.
    speakers: Vec<Box<str>>,
}

/// What indexing one article gives on a core of its own: its `in:` keys and its own candidate.
type Own = (ArticleKeys, Built);

/// Articles whose sentences are worked out (on every core) before they are moved into the
/// index: the memory they take meanwhile is used again by the next batch, so the sentences are
/// never held twice.
const SENTENCE_BATCH: usize = 256;

impl Index {
    /// Indexes a loaded story: each article, each actor of the story once (merged across
    /// articles by entity), each quote and each sentence.
    pub fn new(corpus: &Corpus, story: &Story) -> Self {
        let mut entities = HashMap::new();
        let mut people: Vec<Entity> = Vec::new();
        // Every name of each entity in any article, once, so `by:` answers to each spelling;
        // folded and joined once per entity, not once per quote.
        let mut names: HashMap<&str, Vec<&str>> = HashMap::new();
        for actor in story.articles.iter().flat_map(|e| &e.actors.actors) {
            let known = names.entry(actor.entity()).or_default();
            for name in actor.names() {
                if !known.contains(&name) {
                    known.push(name);
                }
            }
        }
        let names: HashMap<&str, String> = names
            .into_iter()
            .map(|(entity, names)| (entity, folded(&names.join("|"))))
            .collect();
        // Actors merge across articles, in order; everything else is an article's own, worked
        // out on every core.
        for (a, extraction) in story.articles.iter().enumerate() {
            for (i, actor) in extraction.actors.actors.iter().enumerate() {
                let slot = *entities.entry(actor.entity()).or_insert_with(|| {
                    people.push(Entity {
                        article: a,
                        actor: i,
                        name: actor.name(),
                        aliases: Vec::new(),
                        role: None,
                    });
                    people.len() - 1
                });
                let entity = &mut people[slot];
                entity.aliases.extend(actor.names());
                entity.role = entity.role.or(actor.role());
            }
        }
        // The articles extracted: the story may hold fewer than the corpus while it loads.
        let extracted = corpus.articles.len().min(story.articles.len());
        let own: Vec<Own> = corpus.articles[..extracted]
            .par_iter()
            .enumerate()
            .map(|(a, article)| {
                let keys = ArticleKeys::new(article, corpus.label(a));
                let date = article.date.as_ref().map_or("", |d| d.original.as_str());
                let fields = [
                    (Span::Title, article.title.value.as_str()),
                    (Span::Outlet, article.outlet_name()),
                    (Span::Date, date),
                ];
                (keys, Built::new(Some(a), Target::Article, fields))
            })
            .collect();
        let actors: Vec<Built> = people
            .into_iter()
            .map(|mut e| {
                e.aliases.sort_unstable();
                e.aliases.dedup();
                e.aliases.retain(|alias| *alias != e.name);
                let aliases = e.aliases.join(", ");
                let fields = [e.name, &aliases, e.role.unwrap_or("")].map(owned);
                Built::new(Some(e.article), Target::Actor(e.actor), fields)
            })
            .collect();
        // One speaker entry for each distinct set of names, and one for each way a speaker is
        // shown with them, shared by every quote they said.
        let mut speakers: Vec<Box<str>> = Vec::new();
        let mut said: Vec<Said> = Vec::new();
        let mut known: HashMap<String, u32> = HashMap::new();
        let mut shown: HashMap<(&str, u32), u32> = HashMap::new();
        // Each quote's speaker entry, in story order (its candidate is made as it is filed).
        let mut said_of: Vec<u32> = Vec::with_capacity(story.articles.iter().map(|e| e.quotes.len()).sum());
        for extraction in &story.articles {
            for quote in &extraction.quotes {
                let entity = quote
                    .actor()
                    .and_then(|s| extraction.actors.actors.get(s))
                    .and_then(|actor| names.get(actor.entity()));
                let all = match entity {
                    Some(names) => names.clone(),
                    None => folded(speaker_of(quote)),
                };
                let names = *known.entry(all).or_insert_with_key(|key| {
                    speakers.push(key.as_str().into());
                    (speakers.len() - 1) as u32
                });
                let id = *shown.entry((speaker_of(quote), names)).or_insert_with(|| {
                    let (span, text) = match &quote.speaker {
                        Some(name) => (Span::Shared(Arc::clone(name)), &**name),
                        None => owned(speaker_of(quote)),
                    };
                    let shown = Field {
                        key: key(text).map(String::into_boxed_str),
                        span,
                    };
                    said.push(Said { shown, names });
                    small(said.len() - 1)
                });
                said_of.push(id);
            }
        }
        drop((known, shown));
        // Filed into one list in listing order: articles, actors, quotes, then sentences. The
        // list is grown by exactly what comes next each time, never doubled: it is the index's
        // largest part.
        let quote_count = said_of.len();
        let mut index = Self {
            candidates: Vec::with_capacity(own.len() + actors.len() + quote_count),
            articles: Vec::with_capacity(own.len()),
            texts: corpus.articles.clone(),
            extras: Vec::with_capacity(own.len() + actors.len()),
            quotes: Vec::with_capacity(quote_count),
            said,
            speakers,
        };
        for (keys, head) in own {
            index.articles.push(keys);
            index.push(head);
        }
        actors.into_iter().for_each(|built| index.push(built));
        // Quotes are made as they are filed: a list per article, freed once filed, would leave
        // its place as a hole the allocator keeps.
        let mut said_of = said_of.into_iter();
        for (a, (article, extraction)) in corpus.articles.iter().zip(&story.articles).enumerate() {
            for (i, quote) in extraction.quotes.iter().enumerate() {
                index.push(quoted(a, i, article, quote, said_of.next().unwrap_or(NONE)));
            }
        }
        let mut first = 0;
        for batch in corpus.articles.chunks(SENTENCE_BATCH) {
            let texts: Vec<Vec<Built>> = batch
                .par_iter()
                .enumerate()
                .map(|(a, article)| sentences_of(first + a, article))
                .collect();
            index.candidates.reserve_exact(texts.iter().map(Vec::len).sum());
            texts.into_iter().flatten().for_each(|built| index.push(built));
            first += batch.len();
        }
        index
    }

    /// Adds `built` at the end of the list, what it keeps at the end of its list.
    fn push(&mut self, built: Built) {
        let mut candidate = built.candidate;
        match built.kept {
            Kept::Nothing => {}
            Kept::Extra(extra) => {
                candidate.extra = small(self.extras.len());
                self.extras.push(extra);
            }
            Kept::Quote(quoted) => {
                candidate.extra = small(self.quotes.len());
                self.quotes.push(quoted);
            }
        }
        self.candidates.push(candidate);
    }

    /// Indexes lines of text, for the reader's tests and benches over plain lines.
    pub fn from_lines(lines: impl IntoIterator<Item = String>) -> Self {
        let mut index = Self::default();
        for (i, line) in lines.into_iter().enumerate() {
            index.push(Built::new(None, Target::Line(i), [owned(&line)]));
        }
        index.candidates.shrink_to_fit();
        index.extras.shrink_to_fit();
        index
    }

    /// Text `i` of `candidate` (0 the main one: a title, a name, a quote's words, a sentence),
    /// as shown; empty past its last.
    pub fn text<'a>(&'a self, candidate: &'a Candidate, i: usize) -> &'a str {
        self.fields(candidate).nth(i).map_or("", |(text, _)| text)
    }

    /// Every text of `candidate`, the main one first.
    pub fn texts<'a>(&'a self, candidate: &'a Candidate) -> impl Iterator<Item = &'a str> {
        self.fields(candidate).map(|(text, _)| text)
    }

    /// The paragraph `candidate` stands in: a quote's or a sentence's, unless in the headline.
    pub fn paragraph(&self, candidate: &Candidate) -> Option<usize> {
        let unit = match candidate.target() {
            Target::Text(place) => place.unit(),
            Target::Quote(_) => self.quoted(candidate)?.at.unit(),
            _ => return None,
        };
        unit.checked_sub(header_units(self.article_of(candidate)?))
    }

    /// A quote's speaker names, folded, for `by:`; `None` for any other candidate.
    pub(super) fn speaker(&self, candidate: &Candidate) -> Option<&str> {
        let said = self.said.get(self.quoted(candidate)?.said as usize)?;
        self.speakers.get(said.names as usize).map(|s| &**s)
    }

    /// What `candidate` keeps in the list of extras: an article's, an actor's, a line's.
    fn extra(&self, candidate: &Candidate) -> Option<&Extra> {
        match candidate.slot {
            Slot::Quote(_) | Slot::Text { .. } => None,
            _ => self.extras.get(candidate.extra as usize),
        }
    }

    /// What a quote keeps in the list of quotes.
    fn quoted(&self, candidate: &Candidate) -> Option<&Quoted> {
        match candidate.slot {
            Slot::Quote(_) => self.quotes.get(candidate.extra as usize),
            _ => None,
        }
    }

    /// `candidate`'s texts folded for matching, as many as it has: a stored key where it has
    /// one, else the text itself, folded into `scratch` when folding changes it (a sentence's
    /// accents, curly quotes and dashes; ASCII capitals alone are only lowered).
    pub(super) fn keys<'a>(&'a self, candidate: &'a Candidate, scratch: &'a mut String) -> Keys<'a> {
        scratch.clear();
        let mut at: [Result<&'a str, Range<usize>>; FIELDS] = [Ok(""), Ok(""), Ok("")];
        let mut len = 0;
        // Only a text read from the article (a sentence, a quote's words) may need folding
        // here: every other text keeps its key when it needs one.
        for ((text, stored), slot) in self.fields(candidate).zip(&mut at) {
            *slot = match stored {
                Stored::Key(key) => Ok(key),
                Stored::Unfolded if needs_key(text) => {
                    let start = scratch.len();
                    fold_into(text, scratch);
                    Err(start..scratch.len())
                }
                _ if text.bytes().any(|b| b.is_ascii_uppercase()) => {
                    let start = scratch.len();
                    lower_into(text, scratch);
                    Err(start..scratch.len())
                }
                _ => Ok(text),
            };
            len += 1;
        }
        let scratch: &'a String = scratch;
        Keys {
            keys: at.map(|k| k.unwrap_or_else(|range| &scratch[range])),
            len,
        }
    }

    /// The article `candidate` belongs to.
    fn article_of(&self, candidate: &Candidate) -> Option<&Article> {
        self.texts.get(candidate.article()?).map(|a| &**a)
    }

    /// Each text of `candidate` with its key, as far as the index keeps one.
    fn fields<'a>(&'a self, candidate: &'a Candidate) -> impl Iterator<Item = (&'a str, Stored<'a>)> {
        let article = self.article_of(candidate);
        let read = |place: Place| {
            let text = article.map_or("", |article| text_at(article, place));
            Some((text, Stored::Unfolded))
        };
        let (first, fields) = match (candidate.target(), self.quoted(candidate)) {
            (Target::Text(place), _) => (read(place), &[][..]),
            (Target::Quote(_), Some(q)) => {
                let said = self
                    .said
                    .get(q.said as usize)
                    .map(|s| std::slice::from_ref(&s.shown));
                let words = read(q.at);
                (words, said.unwrap_or_default())
            }
            _ => (None, self.extra(candidate).map_or(&[][..], |e| &e.fields[..])),
        };
        let fields = fields.iter().map(move |field| {
            let text = match (&field.span, article) {
                (Span::Own(text), _) => &**text,
                (Span::Shared(text), _) => &**text,
                (Span::Title, Some(article)) => &article.title.value,
                (Span::Outlet, Some(article)) => article.outlet_name(),
                (Span::Date, Some(article)) => article.date.as_ref().map_or("", |d| &d.original),
                (_, None) => "",
            };
            let stored = field.key.as_deref().map_or(Stored::Plain, Stored::Key);
            (text, stored)
        });
        first.into_iter().chain(fields)
    }
}

/// What the index keeps of a text's folded key.
#[derive(Debug, Clone, Copy)]
enum Stored<'a> {
    /// Its key, where folding changes more than ASCII case.
    Key(&'a str),
    /// None needed: the text is its key but for ASCII capitals.
    Plain,
    /// None: the text is read from its article and folded as it is matched, when it needs it.
    Unfolded,
}

/// A candidate's texts folded for matching (see [`Index::keys`]).
#[derive(Debug, Clone, Copy)]
pub struct Keys<'a> {
    keys: [&'a str; FIELDS],
    len: usize,
}

impl<'a> Keys<'a> {
    /// The keys, one per text.
    pub fn as_slice(&self) -> &[&'a str] {
        &self.keys[..self.len]
    }
}

/// Who a quote is given to, as shown: its speaker's name, or how the article describes them.
fn speaker_of(quote: &Quote) -> &str {
    quote
        .speaker
        .as_deref()
        .or(quote.speaker_description.as_deref())
        .unwrap_or("")
}

/// Quote `i` of article `a` as a candidate, its words pointing into the article, given to the
/// speaker entry `said`.
fn quoted(a: usize, i: usize, article: &Article, quote: &Quote, said: u32) -> Built {
    Built {
        candidate: Candidate {
            article: small(a),
            extra: NONE,
            slot: Target::Quote(i).into(),
            mask: folded_mask(quote.words(article)) | folded_mask(speaker_of(quote)),
        },
        kept: Kept::Quote(Quoted { at: quote.at, said }),
    }
}

/// Article `a`'s sentences (headline aside: the article itself stands for it) as candidates.
fn sentences_of(a: usize, article: &Article) -> Vec<Built> {
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
            let Some(place) = Place::new(unit, first.range.start..last.range.end) else {
                continue;
            };
            let sentence = &text[place.range()];
            out.push(Built {
                candidate: Candidate {
                    article: small(a),
                    extra: NONE,
                    slot: Target::Text(place).into(),
                    mask: folded_mask(sentence),
                },
                kept: Kept::Nothing,
            });
        }
    }
    out
}

/// `text` as a field of the index's own.
fn owned(text: &str) -> (Span, &str) {
    (Span::Own(text.into()), text)
}

impl Candidate {
    /// The article it belongs to (none for `--filter` lines).
    pub fn article(&self) -> Option<usize> {
        (self.article != NONE).then_some(self.article as usize)
    }

    /// Where choosing it leads.
    pub fn target(&self) -> Target {
        match self.slot {
            Slot::Article => Target::Article,
            Slot::Actor(a) => Target::Actor(a as usize),
            Slot::Quote(q) => Target::Quote(q as usize),
            Slot::Text(place) => Target::Text(place),
            Slot::Line(l) => Target::Line(l as usize),
        }
    }

    /// What it is: a line of input is text.
    pub fn kind(&self) -> Kind {
        match self.slot {
            Slot::Article => Kind::Article,
            Slot::Actor(_) => Kind::Actor,
            Slot::Quote(_) => Kind::Quote,
            Slot::Text { .. } | Slot::Line(_) => Kind::Text,
        }
    }
}

impl Built {
    /// A candidate of `texts`, each where it lives and what it says.
    fn new<const N: usize>(article: Option<usize>, target: Target, texts: [(Span, &str); N]) -> Self {
        let mask = texts.iter().fold(0, |m, (_, text)| m | folded_mask(text));
        let fields = texts.map(|(span, text)| Field {
            key: key(text).map(String::into_boxed_str),
            span,
        });
        Self {
            candidate: Candidate {
                article: article.map_or(NONE, small),
                extra: NONE,
                slot: target.into(),
                mask,
            },
            kept: Kept::Extra(Extra {
                fields: Box::new(fields),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Matcher, Query};

    #[test]
    fn a_candidate_keeps_its_target_in_32_bytes() {
        assert!(
            std::mem::size_of::<Candidate>() <= 32,
            "{} bytes",
            std::mem::size_of::<Candidate>()
        );
        let place = Place::new(3, 10..42).expect("a place");
        let targets = [
            (Target::Article, Kind::Article),
            (Target::Actor(7), Kind::Actor),
            (Target::Quote(9), Kind::Quote),
            (Target::Text(place), Kind::Text),
            (Target::Line(5), Kind::Text),
        ];
        for (target, kind) in targets {
            let candidate = Built::new(Some(2), target, [owned("words")]).candidate;
            assert_eq!(candidate.target(), target);
            assert_eq!(candidate.kind(), kind);
            assert_eq!(candidate.article(), Some(2));
        }
        let far = Built::new(None, Target::Line(usize::MAX), [owned("x")]).candidate;
        assert_eq!(far.article(), None);
        assert_eq!(
            far.target(),
            Target::Line(u32::MAX as usize),
            "kept as the largest, no panic"
        );
    }

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
                .filter_map(|c| index.speaker(c).map(Box::from))
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
    fn the_candidate_list_keeps_no_spare_room() {
        // More articles than one batch of sentences, so the list grows more than once.
        let corpus = Corpus::of(
            (0..SENTENCE_BATCH + 3)
                .map(|i| {
                    let (name, text) = crate::corpus::bundled::SEEDS[i % 5];
                    crate::corpus::ingest::parse(text, &format!("{i}-{name}"), "test")
                })
                .collect(),
        );
        let index = Index::new(&corpus, &Story::extract(&corpus));
        assert!(index.candidates.len() > 10 * corpus.articles.len());
        assert_eq!(index.candidates.capacity(), index.candidates.len());
        assert_eq!(index.extras.capacity(), index.extras.len());
    }

    #[test]
    fn a_sentence_keeps_nothing_beside_itself_a_quote_16_bytes_and_both_are_matched_folded() {
        assert_eq!(std::mem::size_of::<Quoted>(), 16);
        let corpus = Corpus::bundled();
        let index = Index::new(&corpus, &Story::extract(&corpus));
        let (mut sentences, mut quotes, mut folded_ones) = (0, 0, 0);
        let mut scratch = String::new();
        for candidate in &index.candidates {
            let text = index.text(candidate, 0).to_string();
            let (sentence, quote) = match candidate.target() {
                Target::Text(_) => (true, false),
                Target::Quote(_) => (false, true),
                _ => (false, false),
            };
            assert_eq!(index.extra(candidate).is_none(), sentence || quote, "{text:?}");
            assert_eq!(index.quoted(candidate).is_some(), quote, "{text:?}");
            if sentence || quote {
                let keys = index.keys(candidate, &mut scratch);
                assert_eq!(keys.as_slice()[0], folded(&text), "{text:?}");
                sentences += usize::from(sentence);
                quotes += usize::from(quote);
                folded_ones += usize::from(needs_key(&text));
            }
        }
        assert!(
            folded_ones > 0 && folded_ones < sentences,
            "{folded_ones} of {sentences}"
        );
        assert_eq!(index.extras.len(), index.candidates.len() - sentences - quotes);
        assert_eq!(index.quotes.len(), quotes);
    }

    #[test]
    fn a_sentence_s_or_quote_s_text_is_its_article_s_own_by_range() {
        let corpus = Corpus::bundled();
        let story = Story::extract(&corpus);
        let index = Index::new(&corpus, &story);
        let within = |part: &str, whole: &str| {
            let whole = whole.as_bytes().as_ptr_range();
            let part = part.as_bytes().as_ptr_range();
            whole.start <= part.start && part.end <= whole.end
        };
        let (mut sentences, mut quotes) = (0, 0);
        for candidate in &index.candidates {
            let article = &corpus.articles[candidate.article().expect("a story's candidate")];
            let text = index.text(candidate, 0);
            let units = || sources(article).into_iter().map(|s| s.text(article));
            match candidate.target() {
                Target::Text(place) => {
                    let unit = units().nth(place.unit()).expect("a unit");
                    assert!(within(text, unit), "{text:?} is not read from its unit");
                    assert_eq!(text, &unit[place.range()]);
                    let paragraph = place
                        .unit()
                        .checked_sub(story.articles[candidate.article().unwrap()].header_units);
                    assert_eq!(index.paragraph(candidate), paragraph);
                    sentences += 1;
                }
                Target::Quote(q) => {
                    let quote = &story.articles[candidate.article().unwrap()].quotes[q];
                    assert_eq!(text, quote.words(article));
                    assert!(units().any(|unit| within(text, unit)), "{text:?} is a copy");
                    if let Some(speaker) = &quote.speaker {
                        assert_eq!(index.text(candidate, 1), &**speaker);
                    }
                    assert_eq!(index.paragraph(candidate), quote.paragraph.map(|p| p as usize));
                    quotes += 1;
                }
                Target::Article => assert!(within(text, &article.title.value)),
                _ => {}
            }
        }
        assert!(
            sentences > 100 && quotes > 50,
            "{sentences} sentences, {quotes} quotes"
        );
        // A speaker is shown from one string however many quotes and articles give them.
        let shown: std::collections::HashSet<(&str, u32)> = index
            .said
            .iter()
            .map(|s| match &s.shown.span {
                Span::Shared(text) => (&**text, s.names),
                Span::Own(text) => (&**text, s.names),
                other => panic!("a speaker shown from the article: {other:?}"),
            })
            .collect();
        assert_eq!(
            shown.len(),
            index.said.len(),
            "each way of showing a speaker once"
        );
        assert!(index.said.len() < quotes / 3, "{} for {quotes}", index.said.len());
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
