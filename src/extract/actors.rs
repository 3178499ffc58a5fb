//! Actors: the people and organizations an article names, with every place it names them,
//! their roles as printed, and (across the articles of a story) one entity id per real person
//! or body.
//!
//! Rule-based and generic (no list of anyone's people). Each unit is tokenized and every word
//! classed by generic word lists (titles, places, nationalities, organization words, well-known
//! institutions, news organizations and companies, common words). Runs of capitalised words are
//! cut into titles ("U.S. Secretary of State"), organizations (an organization word ends the
//! name: "German Ministry of Defence", "Fox News"; known names; unknown all-caps acronyms) and
//! people (two to four name words, or one after a title). Places, nationalities, months, laws and
//! events, and sentence-initial common words are never actors. Lone surnames join the full name
//! the article gives; headlines (and Title Case lines) only mention names the body has. Modules:
//! `tokenize` (words, possessives, sentence starts), `names` (classes and candidates per unit),
//! `roles` (role phrases), `resolve` (merging into actors), `entity` (cross-article linking),
//! `gazetteer` and `words` (the lists), `lex` (one lookup map for all lists), `fold` (keys).
//!
//! Choices where a rule could go either way:
//! - "Witkoff-Dmitriev construct": when every part of a hyphenated pair of capitalised words is
//!   the surname of a person already in the article, each part is a mention of that person; the
//!   compound never makes a new actor.
//! - "Trump administration" is one organization; the "Trump" in it is not a mention of Trump.
//! - A lone unknown capitalised word is an actor only with a cue: a title before it makes a
//!   person ("President Putin", "Sir Keir" joins "Keir Starmer"); "the X said", "X said",
//!   "X beat Y", "X chief executive Y" make an organization. Otherwise it is dropped (most are
//!   places the gazetteer does not know).
//! - An acronym defined in parentheses after words that name no actor ("non-binding resolution
//!   (EPR)") is not an actor anywhere in the article.
//! - A surname shared by two people in one article goes to the one named last before it.
//! - A Title Case phrase filling a quotation (“The Copper Lantern”) is a work's title, not an
//!   actor, unless it is an organization or a person with a known given name or a surname the
//!   paragraph writes outside the quotation.
//! - A bare acronym of the initials of one longer organization ("OBFA") is that organization.
//! - Organizations get no role; `role` is the role with the most words (the first among equals).

mod entity;
mod fold;
mod gazetteer;
mod lex;
mod names;
mod resolve;
mod roles;
mod tokenize;
mod words;

pub use entity::link_entities;

use std::sync::Arc;

use super::{Place, Unit};

/// Whether an actor is a person or an organization, as the scorer and the JSON output name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A named organization, institution or government body.
    Organization,
}

/// A person's gender, only where the text (title, role word) or a generic given-name list says
/// it, so the attribution rules can match "he" and "she".
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// A man.
    Male,
    /// A woman.
    Female,
}

/// One place in the text where an actor is named (not pronouns, not descriptions), so the
/// attribution rules can find who is named near a quote. 16 bytes: a story keeps every
/// article's mentions for as long as it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    at: Place,
    actor: u32,
}

impl Mention {
    /// The mention of actor `actor` at bytes `start..end` of unit `unit`; `None` when a number
    /// does not fit 32 bits (a unit past 4 GiB), so such a mention is left out, never cut.
    fn new(unit: usize, start: usize, end: usize, actor: usize) -> Option<Self> {
        Some(Mention {
            at: Place::new(unit, start..end)?,
            actor: u32::try_from(actor).ok()?,
        })
    }

    /// Where the name stands, as a quote's place is kept.
    pub fn place(&self) -> Place {
        self.at
    }

    /// Index of the unit.
    pub fn unit(&self) -> usize {
        self.at.unit()
    }

    /// Byte range of the name only (no title, no possessive "’s") in `units[unit].text`.
    pub fn start(&self) -> usize {
        self.at.range().start
    }

    /// End of the byte range.
    pub fn end(&self) -> usize {
        self.at.range().end
    }

    /// Index into [`ActorTable::actors`].
    pub fn actor(&self) -> usize {
        self.actor as usize
    }
}

/// A person or organization the article names, with what the article says about them.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    /// The canonical name, the article's other name forms and the role, one after another in
    /// one string: a story keeps every actor, and most have one or two short names.
    text: Box<str>,
    /// End of the canonical name in `text`.
    name_end: u32,
    /// End of the name forms in `text` (the role follows).
    forms_end: u32,
    /// Where each other name form after the second starts in `text`; empty (no allocation)
    /// for an actor named at most two ways.
    splits: Box<[u32]>,
    /// Whether `text` ends with a role.
    has_role: bool,
    /// Person or organization.
    pub kind: ActorKind,
    /// Gender, when a title, role word or given name says it.
    pub gender: Option<Gender>,
    /// Number of mentions.
    pub mentions: u32,
    /// Cross-article id, a slug of the canonical name ("volodymyr-zelenskyy"), set across a
    /// story by [`link_entities`], one string shared by every actor of an entity; read
    /// through [`Actor::entity`]. Until then none: an actor costs no string of its own that
    /// linking would throw away (a story has hundreds of thousands).
    pub linked: Option<Arc<str>>,
}

impl Actor {
    /// An actor named by `names` (the canonical name first) with `role`, and no gender,
    /// mention or entity yet. Its places in its text take 32 bits (names are short; one past
    /// that reads as nothing rather than cut).
    fn new<'n>(kind: ActorKind, names: impl IntoIterator<Item = &'n str>, role: Option<&str>) -> Self {
        let mut text = String::new();
        let at = |text: &String| u32::try_from(text.len()).unwrap_or(u32::MAX);
        let mut name_end = 0;
        let mut splits = Vec::new();
        for (i, name) in names.into_iter().enumerate() {
            if i > 1 {
                splits.push(at(&text));
            }
            text.push_str(name);
            if i == 0 {
                name_end = at(&text);
            }
        }
        let forms_end = at(&text);
        text.push_str(role.unwrap_or_default());
        Actor {
            text: text.into_boxed_str(),
            name_end,
            forms_end,
            splits: splits.into_boxed_slice(),
            has_role: role.is_some(),
            kind,
            gender: None,
            mentions: 0,
            linked: None,
        }
    }

    /// The actor's entity id. Before the story is linked its canonical name stands for it, so
    /// what groups actors by entity during a load (the partial index, the reader's actor view)
    /// groups them by name until linking, a second or two at 10,000 articles.
    pub fn entity(&self) -> &str {
        self.linked.as_deref().unwrap_or_else(|| self.name())
    }

    /// Canonical name: the fullest name form the article uses, spelled as printed.
    pub fn name(&self) -> &str {
        self.text.get(..self.name_end as usize).unwrap_or_default()
    }

    /// Every name form the article uses, the canonical name first.
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        let starts = std::iter::once(self.name_end).chain(self.splits.iter().copied());
        let ends = self.splits.iter().copied().chain([self.forms_end]);
        let others = starts
            .zip(ends)
            .filter(|(start, end)| start < end)
            .map(|(start, end)| self.text.get(start as usize..end as usize).unwrap_or_default());
        std::iter::once(self.name()).chain(others)
    }

    /// The most specific role or title the article gives (the one with the most words).
    pub fn role(&self) -> Option<&str> {
        self.has_role
            .then(|| self.text.get(self.forms_end as usize..).unwrap_or_default())
    }
}

/// The actors of one article and every mention of them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActorTable {
    /// Actors in order of first mention.
    pub actors: Vec<Actor>,
    /// Mentions sorted by (unit, start).
    pub mentions: Vec<Mention>,
    /// Every role, title or appositive phrase seen for each actor (by index), as printed
    /// without a leading article: what attribution matches descriptions against, dropped once
    /// the article is extracted (the one shown is [`Actor::role`]).
    pub roles: Vec<Vec<String>>,
}

/// Finds the actors of one article from its units (headline and sub-title first, then the
/// paragraphs).
pub fn find_actors(units: &[Unit]) -> ActorTable {
    let scans: Vec<names::Scan> = units.iter().map(|u| names::scan(u.text, u.headline)).collect();
    resolve::build(&scans)
}

/// The gender a word says of the person it names or stands for: "he", "she", a title or a
/// role word ("Mrs", "spokeswoman"), in lower case. Attribution checks a speaker against it.
pub fn word_gender(word: &str) -> Option<Gender> {
    let male = match word {
        "he" => true,
        "she" => false,
        _ => words::word_gender(word)?,
    };
    Some(if male { Gender::Male } else { Gender::Female })
}

// Attribution resolves speakers through mention positions, not names, so looking an actor up
// by name is needed only by the tests that check what the table holds.
#[cfg(test)]
impl ActorTable {
    /// The actor named by `name` in this table: an exact alias (any case, possessive and
    /// leading titles ignored), else the one person whose surname it is.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        let trimmed = name.trim().trim_end_matches("’s").trim_end_matches("'s");
        let key = resolve::form_key(trimmed);
        let exact = |key: &str| {
            self.actors
                .iter()
                .position(|a| a.names().any(|al| resolve::form_key(al) == key))
        };
        if let Some(a) = exact(&key) {
            return Some(a);
        }
        // Leading titles and nationalities: "President Putin", "Russian President Vladimir Putin".
        let mut parts: Vec<&str> = key.split(' ').collect();
        while parts.len() > 1 && is_title_word(parts[0]) {
            parts.remove(0);
        }
        let stripped = parts.join(" ");
        if stripped != key
            && let Some(a) = exact(&stripped)
        {
            return Some(a);
        }
        let last = *parts.last()?;
        let first = (parts.len() > 1).then(|| parts[0]);
        let mut hits = self.actors.iter().enumerate().filter(|(_, a)| {
            a.kind == ActorKind::Person
                && a.names().any(|al| {
                    let k = resolve::form_key(al);
                    let mut w = k.split(' ');
                    let f = w.next();
                    k.rsplit(' ').next() == Some(last) && first.is_none_or(|first| f == Some(first))
                })
        });
        let hit = hits.next()?.0;
        hits.next().is_none().then_some(hit)
    }
}

/// True for a word that may stand before a name as (part of) a title or nationality.
#[cfg(test)]
fn is_title_word(key: &str) -> bool {
    matches!(key, "of" | "the")
        || lex::has(key, lex::TITLE | lex::TITLE_MOD | lex::DEPT | lex::PLACE)
        || gazetteer::is_demonym(key)
}

/// Counts steps of the loops whose length depends on the input (scans of a run's items, of
/// a name's forms and roles, of the lists of people sharing a word), so tests can check that
/// the work grows linearly with the text. A no-op outside tests.
#[inline(always)]
fn tick(_steps: usize) {
    #[cfg(test)]
    tests::WORK.with(|w| w.set(w.get() + _steps as u64));
}

#[cfg(test)]
mod tests;
