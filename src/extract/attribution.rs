//! Speakers: who the article says spoke each quote.
//!
//! Each quote is read in its sentence, in this order: an attribution right after it
//! (`“…,” X said`, `“…,” said X`), a reporting verb before it (`X said: “…”`, `X called it
//! “…”`), a reporting verb later in the sentence (`“…” in talks, X said`), `according to X`,
//! the sentence's subject, and last the speaker of the quote before it (a paragraph of pure
//! quote continues the last speaker). The phrase found is resolved to an actor: a name, a
//! pronoun (the nearest compatible subject), or a description matched against the roles the
//! article gives ("the Kremlin spokesman", "Putin's aide"). An indefinite source ("a Russian
//! official") gives no speaker and keeps the description. Scare quotes (`Russia's "shadow
//! fleet"`) are not quotes of anyone and are dropped.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use super::Unit;
use super::actors::{ActorKind, ActorTable, Gender, Mention, word_gender};
use super::lexicon::{is_reporting_verb, is_title_minor_word};
use super::quotes::QuoteSpan;
use super::tokens::{self, Kind, Token};
pub use confidence::DOUBTFUL;
use confidence::{Cue, Tag};

mod confidence;

/// Words that may stand between a speaker and the verb without being part of the speaker.
const ADVERBS: &[&str] = &[
    "again",
    "also",
    "earlier",
    "further",
    "had",
    "has",
    "have",
    "later",
    "once",
    "previously",
    "recently",
    "repeatedly",
    "separately",
    "simply",
    "subsequently",
    "then",
    "will",
    "would",
];

/// Words after a name that end the name's phrase without making it a modifier ("Ushakov on
/// Tuesday said").
const AFTER_NAME: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "also",
    "later",
    "then",
    "yesterday",
    "today",
    "however",
    "himself",
    "herself",
    "has",
    "had",
    "have",
    "would",
    "will",
    "last",
    "this",
    "earlier",
];

/// Nouns that name a person by what they do: "the striker said" is the person the text is about.
const PERSON_NOUNS: &[&str] = &[
    "actor",
    "activist",
    "analyst",
    "attorney",
    "author",
    "banker",
    "billionaire",
    "businessman",
    "businesswoman",
    "candidate",
    "captain",
    "coach",
    "defender",
    "diplomat",
    "doctor",
    "economist",
    "entrepreneur",
    "executive",
    "forward",
    "founder",
    "goalkeeper",
    "governor",
    "investor",
    "journalist",
    "judge",
    "lawmaker",
    "lawyer",
    "man",
    "mayor",
    "midfielder",
    "official",
    "player",
    "politician",
    "professor",
    "prosecutor",
    "reporter",
    "researcher",
    "scientist",
    "senator",
    "singer",
    "soldier",
    "source",
    "star",
    "striker",
    "veteran",
    "woman",
    "writer",
];

/// Nouns that name an organization: "the company said" is the organization named last.
const ORG_NOUNS: &[&str] = &[
    "agency",
    "bank",
    "club",
    "committee",
    "company",
    "council",
    "court",
    "department",
    "firm",
    "government",
    "group",
    "ministry",
    "party",
    "regulator",
    "team",
    "union",
];

/// How many tokens either side of a quote its attribution is looked for in.
const WINDOW: usize = 60;

/// The fewest words a quote opening a sentence with more after it needs to continue the
/// paragraph's speaker: fewer make a phrase ("“Paper trail” is the term…").
const CONTINUED_WORDS: usize = 4;

/// The most words a role introducing a person at the end of a paragraph may have ("head of
/// the county's Teachers Alliance").
const INTRODUCED_ROLE_WORDS: usize = 12;

/// Words that open a clause after a name rather than a role describing the person
/// ("…, overseen by Kofi Mensah, to make recommendations.").
const CLAUSE_AFTER_NAME: &[&str] = &[
    "to",
    "and",
    "or",
    "but",
    "who",
    "which",
    "that",
    "for",
    "in",
    "on",
    "at",
    "as",
    "with",
    "by",
    "from",
    "after",
    "before",
    "because",
    "while",
    "when",
    "where",
    "if",
    "saying",
    "said",
    "says",
    "according",
];

/// How far back (in tokens or mentions) a pronoun or "the company" looks for its antecedent.
const LOOKBACK: usize = 400;

/// Role abbreviations, spelled out for matching against printed roles.
const ROLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("ceo", "chief executive"),
    ("cfo", "chief financial officer"),
    ("coo", "chief operating officer"),
    ("cto", "chief technology officer"),
];

/// Plural or vague sources that name nobody: "officials said", "reports say".
const VAGUE_SOURCES: &[&str] = &[
    "analysts",
    "critics",
    "diplomats",
    "experts",
    "insiders",
    "observers",
    "officials",
    "others",
    "people",
    "reports",
    "residents",
    "sources",
    "witnesses",
    "media",
    "aides",
    "advisers",
    "lawmakers",
    "activists",
];

/// Role nouns that name the same job, for matching a description to a role.
const ROLE_CLASSES: &[&[&str]] = &[
    &[
        "adviser",
        "advisor",
        "aide",
        "assistant",
        "counselor",
        "counsellor",
    ],
    &[
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokesman’s",
        "press secretary",
    ],
    &[
        "president",
        "leader",
        "premier",
        "chancellor",
        "prime minister",
        "head of state",
        "king",
        "queen",
    ],
    &["minister", "secretary"],
    &["envoy", "negotiator", "emissary", "representative"],
    &["general", "commander", "officer", "admiral", "colonel"],
    &[
        "chief",
        "head",
        "director",
        "chair",
        "chairman",
        "chairwoman",
        "boss",
        "ceo",
        "executive",
    ],
    &["coach", "manager", "trainer"],
];

/// Who spoke a quote, as far as the article says.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// The speaking actor (index into the article's actor table).
    pub speaker: Option<usize>,
    /// For an unnamed or unresolved source: how the article describes it.
    pub description: Option<String>,
    /// How likely the speaker (or the description) is right, 0 to 1, from the evidence the
    /// text gives (see [`confidence`]); 0 for a quote given to no one.
    pub confidence: f32,
}

/// The attribution of each quote span, or `None` for a span that is no one's words (a scare
/// quote or the name of a thing).
pub fn attribute(units: &[Unit], spans: &[QuoteSpan], table: &ActorTable) -> Vec<Option<Attribution>> {
    let roles = (0..table.actors.len())
        .map(|a| {
            table
                .roles
                .get(a)
                .into_iter()
                .flatten()
                .map(|role| Role::new(role))
                .collect()
        })
        .collect();
    let mut named_at = vec![Vec::new(); table.actors.len()];
    for m in &table.mentions {
        named_at[m.actor()].push((m.unit(), m.start()));
    }
    let mut reader = Reader {
        units,
        table,
        roles,
        spoke_at: vec![None; table.actors.len()],
        surnames: confidence::surnames(table),
        named_at,
        salient: None,
        last_speaker: None,
        new_subject: None,
        last_quote: None,
        described: None,
        displaced: None,
    };
    let mut out: Vec<Option<Attribution>> = vec![None; spans.len()];
    // Per-unit buffers, allocated once per article.
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    let mut sentences: Vec<Range<usize>> = Vec::new();
    let mut buffers = CtxBuffers::default();
    for (u, unit) in units.iter().enumerate() {
        // Spans and mentions are in unit order: each unit's are one slice.
        let in_unit = spans.partition_point(|s| s.unit < u)..spans.partition_point(|s| s.unit <= u);
        ranges.clear();
        ranges.extend(spans[in_unit.clone()].iter().map(|s| s.extent(unit.text)));
        tokens::tokenize_into(unit.text, &ranges, &mut tokens);
        let mentions = &table.mentions[table.mentions.partition_point(|m| m.unit() < u)
            ..table.mentions.partition_point(|m| m.unit() <= u)];
        let ctx = UnitCtx::new(u, unit.text, &tokens, mentions, std::mem::take(&mut buffers));
        tokens::sentences_into(unit.text, &tokens, &mut sentences);
        if in_unit.is_empty() {
            // With no quote to attribute, only who the unit leaves salient matters: the
            // subject of its last sentence that names one (a pronoun names no one new).
            let named = sentences.iter().rev().find_map(|sentence| {
                let first = sentence.clone().find(|&t| ctx.tokens[t].is_word())?;
                if matches!(
                    pronoun_word(ctx.lower(first)),
                    "he" | "she" | "they" | "it" | "we" | "i"
                ) {
                    return None;
                }
                match reader.subject(&ctx, sentence.clone()) {
                    Some(Found::Actor(a)) if table.actors[a].kind == ActorKind::Person => Some(a),
                    _ => None,
                }
            });
            // A person the paragraph ends by introducing with their role is the next source.
            let introduced = reader.introduced(&ctx);
            reader.described = introduced.and_then(|(a, g)| Some((a, g?)));
            reader.displaced = introduced.and(named);
            let named = introduced.map(|(a, _)| a).or(named);
            if named.is_some() {
                reader.salient = named;
            }
            // "He said:", "X made the following comment:": the paragraph ends by introducing
            // the words that open the next one, as a speaker of its own.
            if unit.text.trim_end().ends_with(':')
                && let Some(last) = sentences.last()
                && let Some(Found::Actor(a)) = reader.subject(&ctx, last.clone())
            {
                reader.last_speaker = Some((a, u));
            }
            buffers = ctx.into_buffers();
            continue;
        }
        reader.new_subject = None;
        for sentence in &sentences {
            let sentence = sentence.clone();
            let subject = reader.subject(&ctx, sentence.clone());
            let mut quoted = false;
            for t in sentence.clone() {
                let Kind::Quote(q) = tokens[t].kind else { continue };
                let span = &spans[in_unit.start + q];
                if is_scare(&ctx, sentence.start, t, span, unit.headline) {
                    continue;
                }
                let found = reader.find(&ctx, sentence.clone(), t, subject, span);
                if let Some(speaker) = found.speaker {
                    reader.last_speaker = Some((speaker, u));
                    reader.spoke_at[speaker] = Some((u, span.open));
                    if table.actors[speaker].kind == ActorKind::Person {
                        reader.salient = Some(speaker);
                    }
                }
                reader.last_quote = Some((u, found.clone()));
                out[in_unit.start + q] = Some(found);
                quoted = true;
            }
            if let Some(Found::Actor(a)) = subject
                && table.actors[a].kind == ActorKind::Person
            {
                reader.salient = Some(a);
                reader.new_subject = (!quoted).then_some(a);
            } else if quoted {
                reader.new_subject = None;
            }
        }
        buffers = ctx.into_buffers();
    }
    from_quote_end(spans, &mut out);
    out
}

/// A quote that runs over paragraphs is one speaker's, named by the tag of its last paragraph
/// ("“…levels.¶“If the limit stays…,” Corrigan said."): a paragraph of it that found no one
/// takes the speaker of the paragraph that goes on with it.
fn from_quote_end(spans: &[QuoteSpan], out: &mut [Option<Attribution>]) {
    for i in (0..spans.len().saturating_sub(1)).rev() {
        let goes_on = spans[i].continued && spans[i + 1].continues;
        let unfound = out[i]
            .as_ref()
            .is_some_and(|a| a.speaker.is_none() && a.description.is_none());
        if goes_on
            && unfound
            && let Some(next) = out[i + 1].clone()
            && next.speaker.is_some()
        {
            out[i] = Some(next);
        }
    }
}

/// What a phrase resolved to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Found {
    /// A named actor.
    Actor(usize),
    /// An unnamed source, described by the token range.
    Unnamed(usize, usize),
}

/// The buffers of a [`UnitCtx`], handed from one unit to the next so that an article
/// allocates them once.
#[derive(Default)]
struct CtxBuffers<'m> {
    lower: String,
    verb: Vec<bool>,
    mention: Vec<Option<&'m Mention>>,
}

/// One unit's tokens and mentions.
struct UnitCtx<'a, 'm> {
    unit: usize,
    text: &'a str,
    tokens: &'a [Token],
    /// The unit's text with ASCII letters in lower case (same byte offsets).
    lower: String,
    /// Whether each token is a reporting verb.
    verb: Vec<bool>,
    /// The mention covering each token.
    mention: Vec<Option<&'m Mention>>,
}

impl<'a, 'm> UnitCtx<'a, 'm> {
    /// Reads a unit's tokens once: lower case, verbs, and the mention each token is part of.
    fn new(
        unit: usize,
        text: &'a str,
        tokens: &'a [Token],
        mentions: &'m [Mention],
        buffers: CtxBuffers<'m>,
    ) -> Self {
        let CtxBuffers {
            mut lower,
            mut verb,
            mut mention,
        } = buffers;
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        verb.clear();
        verb.extend(
            tokens
                .iter()
                .map(|t| t.is_word() && is_reporting_verb(t.text(&lower))),
        );
        let mut next = 0;
        mention.clear();
        mention.extend(tokens.iter().map(|t| {
            while mentions.get(next).is_some_and(|m| m.end() <= t.range.start) {
                next += 1;
            }
            mentions
                .get(next)
                .filter(|m| m.start() < t.range.end && t.range.start < m.end())
        }));
        Self {
            unit,
            text,
            tokens,
            lower,
            verb,
            mention,
        }
    }

    /// Gives the buffers back for the next unit.
    fn into_buffers(self) -> CtxBuffers<'m> {
        CtxBuffers {
            lower: self.lower,
            verb: self.verb,
            mention: self.mention,
        }
    }

    fn word(&self, t: usize) -> Option<&str> {
        self.tokens
            .get(t)
            .filter(|tok| tok.is_word())
            .map(|tok| tok.text(self.text))
    }

    /// Token `t` with ASCII letters in lower case; empty for punctuation and quotes.
    fn lower(&self, t: usize) -> &str {
        self.tokens
            .get(t)
            .filter(|tok| tok.is_word())
            .map_or("", |tok| tok.text(&self.lower))
    }

    fn is_verb(&self, t: usize) -> bool {
        self.verb.get(t).copied().unwrap_or(false)
    }

    /// The mention covering token `t`, if any.
    fn mention(&self, t: usize) -> Option<&'m Mention> {
        self.mention.get(t).copied().flatten()
    }

    /// True when token `t` is a possessive ("Putin’s").
    fn possessive(&self, t: usize) -> bool {
        self.word(t)
            .is_some_and(|w| w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’"))
    }

    fn is_punct(&self, t: usize, set: &[char]) -> bool {
        matches!(self.tokens.get(t).map(|tok| tok.kind), Some(Kind::Punct(c)) if set.contains(&c))
    }
}

/// A role as the description matcher reads it.
struct Role {
    /// The role in lower case.
    text: String,
    /// Its words, as byte ranges of `text`, each with the end of its stem (a stem of a
    /// lowercase word is a prefix of it).
    words: Vec<(usize, usize, usize)>,
}

impl Role {
    /// Lowercases a printed role and finds its words and their stems.
    fn new(role: &str) -> Self {
        let text = role.to_lowercase();
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_alphanumeric() && i < text.len(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push((s, i, s + stem(&text[s..i]).len()));
                    start = None;
                }
                _ => {}
            }
        }
        Self { text, words }
    }

    /// True when one of the role's words is `word`.
    fn has_word(&self, word: &str) -> bool {
        self.words.iter().any(|&(s, e, _)| &self.text[s..e] == word)
    }

    /// True when one of the role's words has the stem `stem`.
    fn has_stem(&self, stem: &str) -> bool {
        self.words.iter().any(|&(s, _, e)| &self.text[s..e] == stem)
    }
}

/// Documents a source writes: "according to a statement from X" names X.
const DOCUMENTS: &[&str] = &[
    "statement",
    "release",
    "report",
    "filing",
    "letter",
    "email",
    "memo",
    "post",
    "note",
    "document",
    "announcement",
    "notice",
    "submission",
    "complaint",
    "lawsuit",
    "blog",
    "tweet",
    "message",
    "reply",
    "response",
    "answer",
    "remarks",
    "speech",
    "interview",
    "testimony",
    "address",
    "book",
    "column",
    "op-ed",
];

/// The running state of the reading: who the text is about and who spoke last.
struct Reader<'a> {
    units: &'a [Unit<'a>],
    table: &'a ActorTable,
    /// Each actor's roles, read once for matching descriptions.
    roles: Vec<Vec<Role>>,
    /// Where each actor is named: (unit, byte offset), in order.
    named_at: Vec<Vec<(usize, usize)>>,
    /// Where each actor was last given a quote: (unit, byte offset of the quote's mark).
    spoke_at: Vec<Option<(usize, usize)>>,
    /// How many people of the article have each surname.
    surnames: HashMap<&'a str, usize>,
    /// The person the text is about: the latest person subject or speaker.
    salient: Option<usize>,
    /// The speaker of the latest attributed quote, and its unit.
    last_speaker: Option<(usize, usize)>,
    /// The attribution of the last quote, and its unit.
    last_quote: Option<(usize, Attribution)>,
    /// The person a paragraph with no quote ended by introducing as a man or a woman ("…, a
    /// 40-year-old man."), with that gender, for the pronouns after it.
    described: Option<(usize, Gender)>,
    /// The subject of that paragraph, whom the person it introduced displaced as the one the
    /// text is about: who a pronoun the introduced person does not fit stands for.
    displaced: Option<usize>,
    /// A person subject of a sentence of this unit since its last quote: who a quote standing
    /// alone after it continues, rather than the last speaker.
    new_subject: Option<usize>,
}

impl Reader<'_> {
    /// The subject of a sentence: who the first reporting verb's phrase names, else the first
    /// person named outside a prepositional phrase.
    fn subject(&self, ctx: &UnitCtx, sentence: Range<usize>) -> Option<Found> {
        if let Some(v) = sentence.clone().find(|&t| ctx.is_verb(t))
            && let Some((found, _)) = self.before_verb(ctx, sentence.start, v, None)
        {
            return Some(found);
        }
        let first = sentence.clone().find(|&t| ctx.tokens[t].is_word())?;
        if let Some(pronoun) = self.pronoun(ctx, first, None) {
            return Some(pronoun);
        }
        // "The official refused…": the longest description at the start that resolves.
        if ctx.lower(first) == "the"
            && let Some(found) = (2..=4)
                .rev()
                .filter(|len| {
                    first + len <= sentence.end && (first..first + len).all(|t| ctx.tokens[t].is_word())
                })
                .find_map(|len| self.description(ctx, first, first + len, true))
        {
            return Some(found);
        }
        // "In an interview with host A, B made it clear…": B, not the person the fronted phrase
        // introduces.
        let fronted = FRONTING_WORDS
            .contains(&ctx.lower(first))
            .then(|| (first + 1..sentence.end.min(first + FRONTED_WORDS)).find(|&t| ctx.is_punct(t, &[','])))
            .flatten();
        let body = fronted.map_or(sentence.start, |comma| comma + 1)..sentence.end;
        [body, sentence.clone()]
            .into_iter()
            .find_map(|range| self.first_person(ctx, range))
            .map(|m| Found::Actor(m.actor()))
    }

    /// "A week ago he blasted…", "However, he characterized X as…": the person a pronoun
    /// stands for when it comes before any person the sentence names ahead of its quote (a
    /// name after it is an object). Only for the sentence's own quote: who the text is about
    /// moves only with a name.
    fn pronoun_subject(&self, ctx: &UnitCtx, sentence: Range<usize>) -> Option<Found> {
        let person = |t: usize| {
            ctx.mention(t)
                .is_some_and(|m| self.table.actors[m.actor()].kind == ActorKind::Person)
        };
        let t = sentence
            .take_while(|&t| !matches!(ctx.tokens[t].kind, Kind::Quote(_)))
            .find(|&t| person(t) || matches!(pronoun_word(ctx.lower(t)), "he" | "she"))?;
        if person(t) {
            return None;
        }
        self.pronoun(ctx, t, None)
    }

    /// "…, which worries Karl Dunn, head of the Teachers Alliance.": the person named by a full
    /// name that the unit ends by introducing with a role (no one else named after them), and
    /// the gender the role's last word says ("…, a 40-year-old man.").
    fn introduced(&self, ctx: &UnitCtx) -> Option<(usize, Option<Gender>)> {
        let (t, m) = ctx.mention.iter().enumerate().rev().find_map(|(t, m)| {
            let m = (*m)?;
            (self.table.actors[m.actor()].kind == ActorKind::Person).then_some((t, m))
        })?;
        let named = &ctx.text[m.start()..m.end()];
        let role = ctx.text[m.end()..]
            .trim_end()
            .strip_prefix(',')?
            .strip_suffix('.')?
            .trim();
        let words = role.split_whitespace().count();
        let lower = role.starts_with(char::is_lowercase);
        // "…, to make recommendations": a clause goes on after the name, no role describes them.
        let clause = role
            .split_whitespace()
            .next()
            .is_some_and(|w| CLAUSE_AFTER_NAME.contains(&w));
        (named.contains(' ')
            && lower
            && !clause
            && (2..=INTRODUCED_ROLE_WORDS).contains(&words)
            && !ctx.possessive(t))
        .then(|| {
            let last = role.rsplit(' ').next().unwrap_or("").to_lowercase();
            (m.actor(), word_gender(&last))
        })
    }

    /// The first person named in `range` as a subject could be: not a possessor, not the object
    /// of a preposition, not inside a quote.
    fn first_person<'m>(&self, ctx: &UnitCtx<'_, 'm>, range: Range<usize>) -> Option<&'m Mention> {
        // A possessor is no subject ("Ardley Bank’s behavior"), unless of a document or an
        // answer that speaks for them ("Jones' report described…", "Vale’s reply: “…”").
        let of_document = |at: usize| {
            ctx.text[at..].split_whitespace().nth(1).is_some_and(|w| {
                DOCUMENTS.contains(&w.trim_end_matches([':', ',', '.']).to_lowercase().as_str())
            })
        };
        let after_preposition = |t: usize| {
            t.checked_sub(1).is_some_and(|p| {
                matches!(
                    ctx.lower(p),
                    "with" | "to" | "of" | "by" | "from" | "for" | "and" | "between"
                )
            })
        };
        range
            .filter(|&t| !matches!(ctx.tokens[t].kind, Kind::Quote(_)))
            // Only where a name starts: "by Ana Ruiz" is an object by its first word too.
            .filter(|&t| ctx.mention(t).is_some() && (t == 0 || ctx.mention(t - 1) != ctx.mention(t)))
            .filter(|&t| !after_preposition(t) || self.acts_in_participle(ctx, t))
            .filter(|&t| !self.modifies_a_noun(ctx, t))
            .find_map(|t| {
                ctx.mention(t).filter(|m| {
                    let possessor = ctx.possessive(t) || ctx.text[m.end()..].starts_with(['’', '\'']);
                    self.table.actors[m.actor()].kind == ActorKind::Person
                        && (!possessor || of_document(m.end()))
                })
            })
    }

    /// "A’s claim that there were “…”", "A’s promise that he would “…”": the actor named as
    /// the possessor of a claim noun followed by "that", when the clause it opens runs to the
    /// quote at `q` with no verb of its own reporting, no other quote and no full stop or colon.
    /// Returns the actor and the token where the possessor is.
    fn claim_of(&self, ctx: &UnitCtx, from: usize, q: usize) -> Option<(Found, usize)> {
        let that = (from.max(q.saturating_sub(CLAIM_CLAUSE_TOKENS))..q)
            .rev()
            .find(|&t| ctx.lower(t) == "that")?;
        let noun = that.checked_sub(1).filter(|&n| n > from)?;
        if !CLAIM_NOUNS.contains(&ctx.lower(noun)) || !ctx.possessive(noun - 1) {
            return None;
        }
        let m = ctx.mention(noun - 1)?;
        let clear = (that + 1..q).all(|t| {
            !ctx.is_verb(t)
                && !matches!(ctx.tokens[t].kind, Kind::Quote(_))
                && !ctx.is_punct(t, &['.', ':', ';'])
        });
        clear.then_some((Found::Actor(m.actor()), noun - 1))
    }

    /// "the Morrow campaign", "a Diaz aide": the name starting at token `t`, after an article,
    /// qualifies the noun after it (a lowercase word that is not its verb), so it is no subject.
    fn modifies_a_noun(&self, ctx: &UnitCtx, t: usize) -> bool {
        let Some(m) = ctx.mention(t) else {
            return false;
        };
        let article = t
            .checked_sub(1)
            .is_some_and(|p| matches!(ctx.lower(p), "the" | "a" | "an"));
        let next = (t + 1..ctx.tokens.len()).find(|&n| ctx.mention(n) != Some(m));
        article
            && next.is_some_and(|n| {
                !ctx.is_verb(n)
                    && ctx.word(n).is_some_and(|w| {
                        w.starts_with(char::is_lowercase) && !AFTER_NAME.contains(&w) && !past_tense(w)
                    })
            })
    }

    /// "footage of Ana Ruiz asking…", "with Ana Ruiz — who… — lambasting…": the name starting
    /// at token `t` is the subject of the participle after it (a dashed aside between them
    /// allowed), so a preposition before it does not make it an object.
    fn acts_in_participle(&self, ctx: &UnitCtx, t: usize) -> bool {
        let Some(m) = ctx.mention(t) else {
            return false;
        };
        let mut next = (t..ctx.tokens.len())
            .find(|&n| ctx.mention(n) != Some(m))
            .unwrap_or(ctx.tokens.len());
        let dash = ['—', '–', '―'];
        if ctx.is_punct(next, &dash)
            && let Some(close) =
                (next + 1..ctx.tokens.len().min(next + DASHED_ASIDE_TOKENS)).find(|&c| ctx.is_punct(c, &dash))
        {
            next = close + 1;
        }
        ctx.word(next)
            .is_some_and(|w| w.starts_with(char::is_lowercase) && w.ends_with("ing"))
    }

    /// The speaker of the quote at token `q` in `sentence`.
    fn find(
        &self,
        ctx: &UnitCtx,
        sentence: Range<usize>,
        q: usize,
        subject: Option<Found>,
        span: &QuoteSpan,
    ) -> Attribution {
        // Attributions stand near their quote: a window keeps a huge run-on sentence linear.
        let sentence = sentence.start.max(q.saturating_sub(WINDOW))..sentence.end.min(q + WINDOW);
        let attributed = |found: Found, cue: Cue, tag: Tag| {
            let confidence = self.confidence(ctx, found, cue, &tag, q, span);
            self.attribution(ctx, found, confidence)
        };
        // “…,” NBC reported: an outlet relaying the source of the quote before it.
        let relayed = (q + 1..sentence.end)
            .find(|&t| ctx.is_verb(t))
            .is_some_and(|v| matches!(ctx.lower(v), "reported" | "reports" | "reporting"));
        if relayed
            && let Some((unit, previous)) = &self.last_quote
            && *unit == ctx.unit
        {
            return Attribution {
                confidence: confidence::relayed(previous.confidence),
                ..previous.clone()
            };
        }
        // “…,” X said / “…,” said X
        if let Some((found, tag)) = self.after(ctx, sentence.clone(), q, subject) {
            return attributed(found, Cue::Beside, tag);
        }
        // “…” ― A “…” ― B: a name signing the quote it follows, before the next quote, when
        // no reporting verb before the quote already gives it ("A called it “…” — B, for one,
        // voted no" is A's).
        let verb = (sentence.start..q).rev().find(|&t| ctx.is_verb(t));
        if verb.is_none()
            && let Some((found, tag)) = self.signed(ctx, q)
        {
            return attributed(found, Cue::Beside, tag);
        }
        // "including the former governor A -- “…” --": set off by dashes right after a name.
        if let Some(found) = self.dashed(ctx, sentence.start, q) {
            return attributed(found, Cue::Beside, Tag::phrase(q.saturating_sub(1)..q));
        }
        // "fact-checked A’s claim that there were “…”": what a claim says is its maker's words.
        if let Some((found, at)) = self.claim_of(ctx, sentence.start, q) {
            return attributed(found, Cue::InSentence, Tag::phrase(at..q));
        }
        // X said: “…” / X called it “…”
        if let Some(v) = verb
            && let Some((found, tag)) = self.before_verb(ctx, sentence.start, v, subject)
        {
            // “…,” she said, and as B went on about “…”: a later clause's own subject.
            if let Some((person, at)) = self.clause_subject(ctx, v, q) {
                return attributed(person, Cue::InSentence, Tag::subject(at..q));
            }
            // Only punctuation between the verb and the quote: the tag is the quote's own.
            let beside = (v + 1..q).all(|t| !ctx.tokens[t].is_word());
            return attributed(found, if beside { Cue::Beside } else { Cue::InSentence }, tag);
        }
        // “…” in decision-making, X said
        if let Some(v) = (q + 1..sentence.end).find(|&t| ctx.is_verb(t))
            && let Some((found, tag)) = self.before_verb(ctx, q + 1, v, subject)
        {
            return attributed(found, Cue::InSentence, tag);
        }
        if let Some((found, tag)) = self.according_to(ctx, sentence.clone()) {
            return attributed(found, Cue::InSentence, tag);
        }
        // A quote embedded in a sentence about someone is theirs.
        let bare = sentence.clone().all(|t| t == q || !ctx.tokens[t].is_word());
        if !bare && let Some(found) = self.pronoun_subject(ctx, sentence.clone()).or(subject) {
            return attributed(found, Cue::Subject, Tag::subject(sentence));
        }
        // A quote standing alone continues the last speaker of this or the previous paragraph;
        // so does one that opens a sentence naming no one after a quote of this paragraph
        // (“… It is a delay” for most applicants), if it is more than a phrase.
        let opens = (sentence.start..q).all(|t| !ctx.tokens[t].is_word());
        let words = ctx.text[span.start..span.end].split_whitespace().count();
        let goes_on = |unit: usize| opens && unit == ctx.unit && words >= CONTINUED_WORDS;
        if let Some((speaker, unit)) = self.last_speaker
            && (bare || span.continues || goes_on(unit))
            && unit + 2 >= ctx.unit
            && !self.units[ctx.unit].headline
        {
            let speaker = if bare {
                self.new_subject.unwrap_or(speaker)
            } else {
                speaker
            };
            return attributed(Found::Actor(speaker), Cue::Continuation, Tag::none(q));
        }
        Attribution {
            speaker: None,
            description: None,
            confidence: 0.0,
        }
    }

    fn attribution(&self, ctx: &UnitCtx, found: Found, confidence: f32) -> Attribution {
        match found {
            Found::Actor(a) => Attribution {
                speaker: Some(a),
                description: None,
                confidence,
            },
            Found::Unnamed(from, to) => Attribution {
                speaker: None,
                description: Some(
                    ctx.text[ctx.tokens[from].range.start..ctx.tokens[to - 1].range.end].to_string(),
                ),
                confidence,
            },
        }
    }

    /// `“…,” X said` and `“…,” said X`: an attribution right after the quote.
    fn after(
        &self,
        ctx: &UnitCtx,
        sentence: Range<usize>,
        q: usize,
        subject: Option<Found>,
    ) -> Option<(Found, Tag)> {
        let close = ctx.tokens[q].range.end;
        let inside_comma = ctx.text[..close]
            .trim_end_matches(['”', '"', '’', '\'', '»'])
            .ends_with([',', '?', '!', '—', '―']);
        let mut t = q + 1;
        if ctx.is_punct(t, &[',', '—', '–', '―']) {
            t += 1;
        } else if !inside_comma {
            return None;
        }
        let window_end = sentence.end.min(t + 12);
        // "X (D-Mo.) said": a parenthesis does not end the tag, whatever it holds.
        let mut depth = 0usize;
        let v = (t..window_end)
            .take_while(|&i| {
                if ctx.is_punct(i, &['(']) {
                    depth += 1;
                } else if ctx.is_punct(i, &[')']) {
                    depth = depth.saturating_sub(1);
                }
                !matches!(ctx.tokens[i].kind, Kind::Quote(_)) && (depth > 0 || !ctx.is_punct(i, &['.', ';']))
            })
            .find(|&i| ctx.is_verb(i))?;
        if v == t {
            // said X: the phrase after the verb, up to punctuation or a preposition.
            let end = (v + 1..sentence.end)
                .find(|&i| {
                    !ctx.tokens[i].is_word()
                        || matches!(
                            ctx.lower(i),
                            "in" | "on"
                                | "at"
                                | "during"
                                | "after"
                                | "before"
                                | "from"
                                | "with"
                                | "to"
                                | "who"
                                | "when"
                                | "as"
                                | "that"
                        )
                })
                .unwrap_or(sentence.end);
            return self
                .phrase(ctx, v + 1, end, subject)
                .map(|found| (found, Tag::phrase(v + 1..end)));
        }
        self.phrase(ctx, t, v, subject)
            .map(|found| (found, Tag::before(t..v, v)))
    }

    /// The person opening the last clause between the verb at `v` and the quote at `q` (after a
    /// comma and a conjunction: ", and as B went on about"), as its subject: named, not a
    /// possessor, followed by a lower-case word. Returns the person and where the name starts.
    fn clause_subject(&self, ctx: &UnitCtx, v: usize, q: usize) -> Option<(Found, usize)> {
        let comma = (v + 1..q)
            .rev()
            .find(|&c| ctx.is_punct(c, &[',', ';']) && CLAUSE_OPENERS.contains(&ctx.lower(c + 1)))?;
        let mut t = comma + 1;
        while t < q && CLAUSE_OPENERS.contains(&ctx.lower(t)) {
            t += 1;
        }
        let m = ctx.mention(t)?;
        let end = (t..q).find(|&e| ctx.mention(e) != Some(m))?;
        let verb = ctx.word(end).is_some_and(|w| w.starts_with(char::is_lowercase));
        // "Ruiz said, as Dahl looked on, “…”": an aside closed before the quote is not its clause.
        let open = !(end..q).any(|c| ctx.is_punct(c, &[',', ';', ':', '—']));
        (verb && open && !ctx.possessive(end - 1) && self.is_person(Found::Actor(m.actor())))
            .then_some((Found::Actor(m.actor()), t))
    }

    /// The speaker named just before the verb at `v`, looking no further back than `from`.
    fn before_verb(
        &self,
        ctx: &UnitCtx,
        from: usize,
        v: usize,
        subject: Option<Found>,
    ) -> Option<(Found, Tag)> {
        // ", adding:" — a participle after a clause belongs to the subject.
        let participle = || {
            subject
                .filter(|_| ctx.lower(v).ends_with("ing"))
                .map(|found| (found, Tag::subject(from..v)))
        };
        let mut end = v;
        while end > from && ADVERBS.contains(&ctx.lower(end - 1)) {
            end -= 1;
        }
        // "X (D-Mo.) said", "X (pictured) said": skip back over a short parenthesis.
        if end > from
            && ctx.is_punct(end - 1, &[')'])
            && let Some(open) = (from.max(end.saturating_sub(8))..end - 1)
                .rev()
                .find(|&i| ctx.is_punct(i, &['(']))
        {
            end = open;
        }
        // "X, speaking in Dublin, said": skip back over the appositive.
        if end > from && ctx.is_punct(end - 1, &[',']) {
            let open = (from..end - 1).rev().find(|&i| ctx.is_punct(i, &[',']));
            match open {
                Some(open) if end - open <= 14 => {
                    // "The shadow chancellor, Mel Stride, said": the appositive is the name.
                    if let Some(name) = self
                        .only_a_name(ctx, open + 1, end - 1)
                        .or_else(|| self.titled_name(ctx, open + 1, end - 1))
                        .or_else(|| self.named_body(ctx, from, open, end - 1))
                    {
                        return Some((name, Tag::before(open + 1..end - 1, v)));
                    }
                    end = open;
                }
                _ => return participle(),
            }
        }
        let mut start = end;
        while start > from && ctx.tokens[start - 1].is_word() && end - start < 10 {
            start -= 1;
        }
        // "Though she called it…": the conjunction opening the clause is not part of the speaker.
        while start + 1 < end && CLAUSE_OPENERS.contains(&ctx.lower(start)) {
            start += 1;
        }
        if start == end {
            return participle();
        }
        let found = self.phrase(ctx, start, end, subject);
        if !found.is_some_and(|f| self.is_person(f))
            && let Some((name, at)) = self.named_before_appositives(ctx, from, end)
        {
            return Some((name, Tag::before(at..end, v)));
        }
        found
            .map(|found| (found, Tag::before(start..end, v)))
            .or_else(participle)
    }

    /// True when `found` is a named person.
    fn is_person(&self, found: Found) -> bool {
        matches!(found, Found::Actor(a) if self.table.actors[a].kind == ActorKind::Person)
    }

    /// "Ana Ruiz, a developer and spokeswoman for the X Coalition, which is made up of…,
    /// said": the person named right before a comma that opens an appositive (a, an, who,
    /// which, whose, the, one) ending at `end`, when nothing before the name fronts it ("Unlike A, …").
    /// Returns the speaker and the token where the name starts.
    fn named_before_appositives(&self, ctx: &UnitCtx, from: usize, end: usize) -> Option<(Found, usize)> {
        // A role opening the appositive ("X, president of the Y Union, which…, said") only
        // when the name opens its clause: only titles or a conjunction before it.
        let opens_clause = |name_start: usize| {
            (from..name_start).all(|t| {
                !ctx.tokens[t].is_word()
                    || ctx.word(t).is_some_and(|w| w.starts_with(char::is_uppercase))
                    || CLAUSE_OPENERS.contains(&ctx.lower(t))
            }) && !(from..name_start).any(|t| FRONTING_WORDS.contains(&ctx.lower(t)))
        };
        let comma = (from.max(end.saturating_sub(APPOSITIVE_CHAIN_TOKENS))..end)
            .filter(|&c| ctx.is_punct(c, &[',']) && c > from && ctx.mention(c - 1).is_some())
            .find(|&c| {
                APPOSITIVE_OPENERS.contains(&ctx.lower(c + 1))
                    || ctx.word(c + 1).is_some_and(|w| w.starts_with(char::is_lowercase))
            })?;
        let m = ctx.mention(comma - 1)?;
        if ctx.possessive(comma - 1) || self.table.actors[m.actor()].kind != ActorKind::Person {
            return None;
        }
        let name_start = (from..comma).find(|&t| ctx.mention(t) == Some(m))?;
        let role = !APPOSITIVE_OPENERS.contains(&ctx.lower(comma + 1));
        if (from..name_start).any(|t| FRONTING_WORDS.contains(&ctx.lower(t)))
            || (role && !opens_clause(name_start))
        {
            return None;
        }
        Some((Found::Actor(m.actor()), name_start))
    }

    /// "Ruel's niece, state Del. Nora Vale (D-Tidewater), shouted": an appositive that is a
    /// person's name after at most a few title words, a parenthesis after it allowed. Words that
    /// make the name an object (of, for, to…, a verb in -ed or -ing) or a relative pronoun
    /// before it rule it out.
    fn titled_name(&self, ctx: &UnitCtx, start: usize, end: usize) -> Option<Found> {
        let mut end = end;
        if end > start
            && ctx.is_punct(end - 1, &[')'])
            && let Some(open) = (start..end - 1).rev().find(|&i| ctx.is_punct(i, &['(']))
        {
            end = open;
        }
        let m = ctx.mention(end.checked_sub(1)?)?;
        if end <= start || ctx.possessive(end - 1) || self.table.actors[m.actor()].kind != ActorKind::Person {
            return None;
        }
        let name_start = (start..end).find(|&t| ctx.mention(t) == Some(m))?;
        let lead = start..name_start;
        let objecting = |t: usize| {
            let w = ctx.lower(t);
            NAME_OBJECT_WORDS.contains(&w) || w.ends_with("ed") || w.ends_with("ing")
        };
        (lead.len() <= TITLE_LEAD_TOKENS && !lead.clone().any(objecting)).then_some(Found::Actor(m.actor()))
    }

    /// `“…” ― A`: the person whose signature follows the quote at `q`, or the next quote when
    /// only a remark naming no one comes between them.
    fn signed(&self, ctx: &UnitCtx, q: usize) -> Option<(Found, Tag)> {
        if let Some(found) = self.signature(ctx, q + 1) {
            return Some(found);
        }
        // “…” And that is all, “…” ― B: a signature after a remark and another quote, with no
        // reporting verb and no one else named between, signs this quote too.
        let limit = ctx.tokens.len().min(q + WINDOW);
        let next = (q + 1..limit).find(|&t| matches!(ctx.tokens[t].kind, Kind::Quote(_)))?;
        let bare = (q + 1..next).all(|t| !ctx.is_verb(t) && ctx.mention(t).is_none());
        bare.then(|| self.signature(ctx, next + 1)).flatten()
    }

    /// The person whose name follows a dash at token `t`, right after a quote, and ends there
    /// (at the unit's end, a comma, a full stop or the next quote), as a signature does.
    fn signature(&self, ctx: &UnitCtx, t: usize) -> Option<(Found, Tag)> {
        let start = t;
        let mut t = t;
        while ctx.is_punct(t, &DASHES) {
            t += 1;
        }
        let m = ctx.mention(t).filter(|_| t > start)?;
        let end = (t..ctx.tokens.len())
            .find(|&n| ctx.mention(n) != Some(m))
            .unwrap_or(ctx.tokens.len());
        let ends = end == ctx.tokens.len()
            || ctx.is_punct(end, &[',', '.', ';'])
            || matches!(ctx.tokens[end].kind, Kind::Quote(_));
        (ends && !ctx.possessive(end - 1) && self.is_person(Found::Actor(m.actor())))
            .then(|| (Found::Actor(m.actor()), Tag::phrase(t..end)))
    }

    /// The person named right before the dashes that open the quote at `q` (`A — “…”`), looking
    /// no further back than `from`.
    fn dashed(&self, ctx: &UnitCtx, from: usize, q: usize) -> Option<Found> {
        let mut t = q;
        while t > from && ctx.is_punct(t - 1, &DASHES) {
            t -= 1;
        }
        if t == q || t == from {
            return None;
        }
        let m = ctx.mention(t - 1)?;
        (self.table.actors[m.actor()].kind == ActorKind::Person && !ctx.possessive(t - 1))
            .then_some(Found::Actor(m.actor()))
    }

    /// `according to X`.
    fn according_to(&self, ctx: &UnitCtx, sentence: Range<usize>) -> Option<(Found, Tag)> {
        let a = sentence
            .clone()
            .find(|&t| ctx.lower(t) == "according" && ctx.lower(t + 1) == "to")?;
        let start = a + 2;
        let end = (start..sentence.end)
            .find(|&i| !ctx.tokens[i].is_word())
            .unwrap_or(sentence.end);
        // "according to a statement from Halberd Ventures": the writer of the document.
        let author = (start..end.saturating_sub(2))
            .find(|&t| DOCUMENTS.contains(&ctx.lower(t)) && matches!(ctx.lower(t + 1), "from" | "by" | "of"));
        if let Some(t) = author
            && let Some(found @ Found::Actor(_)) = self.phrase(ctx, t + 2, end, None)
        {
            return Some((found, Tag::phrase(t + 2..end)));
        }
        // "according to a speech Gov. Ana Ruiz gave": the person whose name, after at most a
        // title, follows the document.
        let document = (start..sentence.end.min(start + TITLE_LEAD_TOKENS))
            .take_while(|&t| ctx.tokens[t].is_word())
            .find(|&t| DOCUMENTS.contains(&ctx.lower(t)));
        if let Some(d) = document
            && let Some(n) =
                (d + 1..sentence.end.min(d + 1 + TITLE_LEAD_TOKENS)).find(|&n| ctx.mention(n).is_some())
            && (d + 1..n).all(|t| ctx.word(t).is_none_or(|w| w.starts_with(char::is_uppercase)))
            && let Some(m) = ctx.mention(n)
            && self.is_person(Found::Actor(m.actor()))
        {
            let name_end = (n..sentence.end)
                .find(|&e| ctx.mention(e) != Some(m))
                .unwrap_or(sentence.end);
            // "a speech Ruiz's aide wrote" is the aide's.
            if !ctx.possessive(name_end - 1) {
                return Some((Found::Actor(m.actor()), Tag::phrase(n..name_end)));
            }
        }
        self.phrase(ctx, start, end, None)
            .map(|found| (found, Tag::phrase(start..end)))
    }

    /// Resolves the words `start..end` to a speaker: a name, a pronoun, a description.
    fn phrase(&self, ctx: &UnitCtx, start: usize, end: usize, subject: Option<Found>) -> Option<Found> {
        if start >= end {
            return None;
        }
        let first = ctx.lower(start);
        let last = ctx.lower(end - 1);
        // "a Russian official", "analysts at Morgan Stanley": a source the article does not name.
        if matches!(
            first,
            "a" | "an" | "one" | "another" | "some" | "several" | "two" | "three"
        ) || VAGUE_SOURCES.contains(&first)
        {
            return Some(Found::Unnamed(start, end));
        }
        // The name that heads the phrase: not a possessor ("Putin’s aide") and not a modifier
        // ("Kremlin adviser").
        let head = (start..end).rev().find_map(|t| {
            let m = ctx.mention(t)?;
            let next = (t + 1..end).find(|&n| ctx.mention(n).is_none_or(|o| o != m));
            // A past tense after the name is its verb, not a noun it modifies ("the council
            // issued a statement calling…").
            let modifier = next.is_some_and(|n| {
                ctx.word(n).is_some_and(|w| {
                    w.starts_with(char::is_lowercase) && !AFTER_NAME.contains(&w) && !past_tense(w)
                })
            });
            (!ctx.possessive(t) && !modifier).then_some(m.actor())
        });
        // "Paul Grady at the Harbor Institute said": the person, not the body they belong to.
        let member = || {
            (start..end).find_map(|t| {
                let m = ctx.mention(t)?;
                let person = self.table.actors[m.actor()].kind == ActorKind::Person && !ctx.possessive(t);
                let after = (t + 1..end).find(|&n| ctx.mention(n).is_none_or(|o| o != m))?;
                (person && matches!(ctx.lower(after), "of" | "at" | "from")).then_some(m.actor())
            })
        };
        let head = match head {
            Some(a) if self.table.actors[a].kind == ActorKind::Organization => member().or(head),
            head => head,
        };
        if let Some(a) = head {
            return Some(Found::Actor(self.by_shared_surname(ctx, start, end, a)));
        }
        if end - start == 1
            && let Some(found) = self.pronoun(ctx, start, subject)
        {
            return Some(found);
        }
        if VAGUE_SOURCES.contains(&last) {
            return Some(Found::Unnamed(start, end));
        }
        self.description(ctx, start, end, true)
    }

    /// A bare surname two people of the story share ("Clinton said" after "the former
    /// president said…") is the one the text is about: the salient person or the last speaker
    /// when their name ends with it, else the actor the names resolved to (`a`).
    fn by_shared_surname(&self, ctx: &UnitCtx, start: usize, end: usize, a: usize) -> usize {
        let word = ctx.word(start).unwrap_or("");
        let ends_with_word = |b: usize| self.table.actors[b].name().rsplit(' ').next() == Some(word);
        if end - start != 1
            || !self.table.actors[a].name().ends_with(word)
            || self.table.actors[a].name() == word
        {
            return a;
        }
        [self.salient, self.last_speaker.map(|(b, _)| b)]
            .into_iter()
            .flatten()
            .find(|&b| self.table.actors[b].kind == ActorKind::Person && ends_with_word(b))
            .unwrap_or(a)
    }

    /// The person named by exactly the words `start..end`, if they are one name.
    fn only_a_name(&self, ctx: &UnitCtx, start: usize, end: usize) -> Option<Found> {
        let m = ctx.mention(start)?;
        let all = (start..end).all(|t| ctx.mention(t).is_some_and(|o| o == m));
        (all && self.table.actors[m.actor()].kind == ActorKind::Person).then_some(Found::Actor(m.actor()))
    }

    /// "The stadium's owner, Redhawk Sports Group, said": an appositive that is exactly one
    /// organization's name, after words (`from..open`) that name no one.
    fn named_body(&self, ctx: &UnitCtx, from: usize, open: usize, end: usize) -> Option<Found> {
        let m = ctx.mention(open + 1)?;
        let all = (open + 1..end).all(|t| ctx.mention(t).is_some_and(|o| o == m));
        let lead_named = (from..open).any(|t| ctx.mention(t).is_some());
        (all && !lead_named && open > from && self.table.actors[m.actor()].kind == ActorKind::Organization)
            .then_some(Found::Actor(m.actor()))
    }

    /// "he" or "she": the sentence's subject, else the last subject (or the one a person
    /// introduced after it displaced), else the last speaker, whichever fits the pronoun's gender, else the nearest fitting person named before it in
    /// this paragraph, else in the one before (there only a person known to be of that gender).
    fn pronoun(&self, ctx: &UnitCtx, t: usize, subject: Option<Found>) -> Option<Found> {
        let gender = match pronoun_word(ctx.lower(t)) {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => return None,
        };
        let fits = |a: usize| {
            let actor = &self.table.actors[a];
            let described = self.described.filter(|&(b, _)| b == a).map(|(_, g)| g);
            actor.kind == ActorKind::Person && actor.gender.or(described).is_none_or(|g| g == gender)
        };
        // Fits, and is known to be of the pronoun's gender (not merely of no known gender).
        let known = |a: usize| fits(a) && self.table.actors[a].gender == Some(gender);
        let from_subject = match subject {
            Some(Found::Actor(a)) => Some(a),
            _ => None,
        };
        [
            from_subject,
            self.salient,
            self.displaced,
            self.last_speaker.map(|(a, _)| a),
        ]
        .into_iter()
        .flatten()
        .find(|&a| fits(a))
        .or_else(|| {
            // The nearest person named shortly before the pronoun in this paragraph, one known
            // to be of its gender first.
            let before = || ctx.mention[t.saturating_sub(LOOKBACK)..t].iter().rev().flatten();
            before()
                .find(|m| known(m.actor()))
                .or_else(|| before().find(|m| fits(m.actor())))
                .map(|m| m.actor())
        })
        .or_else(|| {
            // Else the last person of the paragraph before it known to be of the pronoun's
            // gender ("“…,” she said as Dahl took the stage.¶“…,” he said").
            let mentions = &self.table.mentions;
            let here = mentions.partition_point(|m| m.unit() < ctx.unit);
            mentions[..here]
                .iter()
                .rev()
                .take_while(|m| m.unit() + 1 == ctx.unit)
                .find(|m| known(m.actor()))
                .map(|m| m.actor())
        })
        .map(Found::Actor)
    }

    /// "the Kremlin spokesman", "Putin’s aide", "the Ukrainian leader", "the official":
    /// the person whose roles fit, else (for a generic head) the last speaker.
    fn description(&self, ctx: &UnitCtx, start: usize, end: usize, salient: bool) -> Option<Found> {
        let definite = matches!(ctx.lower(start), "the" | "this" | "that");
        if !definite && !ctx.possessive(start) && ctx.mention(start).is_none() {
            return None;
        }
        let mut head = ctx.lower(end.checked_sub(1).filter(|&l| l >= start)?);
        // "the ministry's (statement said)": a possessive head is the body it names.
        if end - 1 > start {
            head = head.trim_end_matches("’s").trim_end_matches("'s");
        }
        let person_noun = PERSON_NOUNS.contains(&head) || ROLE_CLASSES.iter().any(|c| c.contains(&head));
        let spelled = ROLE_ABBREVIATIONS
            .iter()
            .find(|(short, _)| *short == head)
            .map(|(_, long)| *long);
        if let Some(long) = spelled {
            head = long;
        }
        let modifiers: Vec<Cow<str>> = (start..end - 1)
            .map(|t| ctx.lower(t))
            .filter(|w| !matches!(*w, "the" | "this" | "that" | "top" | "senior" | "former"))
            .map(|w| stem(w.trim_end_matches("’s").trim_end_matches("'s")))
            .collect();
        let class: &[&str] = ROLE_CLASSES
            .iter()
            .find(|c| c.contains(&head))
            .copied()
            .unwrap_or(std::slice::from_ref(&head));
        let headline = self.units[ctx.unit].headline;
        let at = ctx.tokens[start].range.start;
        let mut best: Option<(usize, (usize, usize))> = None;
        for (a, actor) in self.table.actors.iter().enumerate() {
            if actor.kind != ActorKind::Person {
                continue;
            }
            let fits = self.roles[a].iter().any(|role| {
                let has = |phrase: &str| {
                    if phrase.contains(' ') {
                        contains_word(&role.text, phrase)
                    } else {
                        role.has_word(phrase)
                    }
                };
                (class.iter().any(|c| has(c)) || has(head)) && modifiers.iter().all(|m| role.has_stem(m))
            });
            if !fits {
                continue;
            }
            // The most recently named candidate before the description; a headline may name
            // someone the body introduces later.
            let named = &self.named_at[a];
            let last = if headline {
                named.last().copied()
            } else {
                named[..named.partition_point(|&p| p < (ctx.unit, at))]
                    .last()
                    .copied()
            };
            if let Some(last) = last
                && best.is_none_or(|(_, b)| last > b)
            {
                best = Some((a, last));
            }
        }
        if let Some((a, _)) = best {
            return Some(Found::Actor(a));
        }
        // "the official said", "the striker said": the person the text is about; "the company
        // said": the organization named last.
        if salient && definite {
            if person_noun || spelled.is_some() {
                return self
                    .salient
                    .or(self.last_speaker.map(|(a, _)| a))
                    .map(Found::Actor);
            }
            if ORG_NOUNS.contains(&head) {
                let before = self
                    .table
                    .mentions
                    .partition_point(|m| (m.unit(), m.end()) <= (ctx.unit, at));
                let named = self.table.mentions[before.saturating_sub(LOOKBACK)..before]
                    .iter()
                    .rev()
                    .find(|m| self.table.actors[m.actor()].kind == ActorKind::Organization)
                    .map(|m| Found::Actor(m.actor()));
                // With no organization named before it, "the agency" keeps its description,
                // as an unnamed source does.
                return named.or(Some(Found::Unnamed(start, end)));
            }
        }
        None
    }
}

/// A subject pronoun with its verb contracted onto it ("he’s", "she'd") as the pronoun alone;
/// any other word as it is.
fn pronoun_word(word: &str) -> &str {
    let Some((head, tail)) = word.split_once(['’', '\'']) else {
        return word;
    };
    if matches!(tail, "s" | "d" | "ll") && matches!(head, "he" | "she") {
        head
    } else {
        word
    }
}

/// "ukrainian" and "ukraine", "russian" and "russia": one stem for a name and its adjective,
/// in lower case; borrowed when `word` is lowercase ASCII already.
fn stem(word: &str) -> Cow<'_, str> {
    let mut w = if word.bytes().any(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    };
    let keep = [
        "ian", "ean", "any", "ain", "ia", "an", "ese", "ish", "i", "e", "a", "y",
    ]
    .iter()
    .find(|suffix| w.len() > suffix.len() + 3 && w.ends_with(*suffix))
    .map(|suffix| w.len() - suffix.len());
    if let Some(n) = keep {
        match &mut w {
            Cow::Borrowed(b) => *b = &b[..n],
            Cow::Owned(s) => s.truncate(n),
        }
    }
    w
}

/// True for a word that reads as a regular past tense ("issued", "released"): more than a
/// short word ending in -ed ("red", "bed").
fn past_tense(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed")
}

/// True when `phrase` appears in `text` as whole words.
fn contains_word(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Nouns for something a person asserts: "A’s claim that …" quotes A.
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "assertion",
    "contention",
    "insistence",
    "promise",
    "pledge",
    "boast",
    "vow",
    "allegation",
    "accusation",
    "charge",
    "warning",
    "prediction",
    "suggestion",
];

/// The dashes that set a signature or a name off a quote ("“…” ― A", "A — “…”").
const DASHES: [char; 4] = ['—', '–', '―', '-'];

/// How far before a quote the "that" of "A’s claim that … “…”" may be, in tokens.
const CLAIM_CLAUSE_TOKENS: usize = 16;

/// Conjunctions that open a clause before its subject ("Though she called it…").
const CLAUSE_OPENERS: &[&str] = &[
    "though", "although", "while", "whereas", "because", "since", "if", "unless", "but", "and", "so", "yet",
    "when", "once", "after", "before", "as",
];

/// Words that open a fronted phrase before a sentence's subject ("In an interview with A, B…").
const FRONTING_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "with",
    "speaking",
    "asked",
    "when",
    "while",
    "following",
    "since",
    "despite",
    "unlike",
    "like",
    "throughout",
    "amid",
    "addressing",
];

/// The most tokens a dashed aside between a name and its participle may hold.
const DASHED_ASIDE_TOKENS: usize = 16;

/// Words that open an appositive or a relative clause after a name ("X, a developer…").
const APPOSITIVE_OPENERS: &[&str] = &["a", "an", "the", "one", "who", "which", "whose"];

/// How far back before a verb a chain of appositives may reach to the name it describes.
const APPOSITIVE_CHAIN_TOKENS: usize = 30;

/// Words before a name in an appositive that make it an object or a clause, not the
/// appositive's head ("an aide to Gov. X", "who beat X").
const NAME_OBJECT_WORDS: &[&str] = &[
    "of", "for", "to", "with", "by", "at", "from", "in", "on", "against", "over", "after", "about", "and",
    "or", "who", "which", "that", "whose", "whom", "than", "like",
];

/// The most tokens of title words an appositive may put before a name ("state Del.").
const TITLE_LEAD_TOKENS: usize = 4;

/// The most words a fronted phrase runs before its comma.
const FRONTED_WORDS: usize = 16;

/// Words that mark what follows as the name of a thing, not someone's words.
const NAMING_WORDS: &[&str] = &[
    "so-called",
    "dubbed",
    "nicknamed",
    "termed",
    "titled",
    "entitled",
    "named",
    "branded",
];

/// The most words a Title Case span may hold and still be read as a name (a show, a book, a
/// plan): "The Steve Harvey Morning Show", "Make Your Kid a Millionaire".
const TITLE_WORDS: usize = 7;

/// True for a span that is no one's words: a short phrase after a possessive or a naming word
/// (Russia's "shadow fleet", the so-called "coalition of the willing"), a Title Case name (a
/// show, a book, a plan: "Face the Nation."), a nickname inside a name (Harold T. "Buddy"
/// Lamont), or the value of a markup attribute left in the text (`author="…"`). `first` is the
/// sentence's first token, `q` the quote's.
fn is_scare(ctx: &UnitCtx, first: usize, q: usize, span: &QuoteSpan, headline: bool) -> bool {
    if ctx.text[..span.open].ends_with('=') {
        return true;
    }
    let text = &ctx.text[span.start..span.end];
    // A stage direction in a transcript: "(CROSSTALK.)", "(laughter)".
    let bare = text.trim_end_matches(['.', ',']);
    if bare.starts_with('(') && bare.ends_with(')') && !bare[1..].contains('(') {
        return true;
    }
    let words = text.split_whitespace().take(TITLE_WORDS + 1).count();
    if span.continues || span.continued || headline {
        return false;
    }
    // “…,” right after a reporting verb and a comma or colon ("she shouted, “…”"): spoken,
    // though in capitals as a title is.
    let spoken = || {
        let mut p = q;
        if p > first && ctx.is_punct(p - 1, &[',', ':']) {
            p -= 1;
        }
        p > first && p < q && ctx.is_verb(p - 1)
    };
    if (is_title(text, words) && !spoken()) || names_a_work(ctx, q, text, words) || is_pronoun(text) {
        return true;
    }
    let sentence_like = text.ends_with(['.', '!', '?', '…']);
    if sentence_like || words > 4 {
        return false;
    }
    // A term the sentence goes on to define, in no one's mouth: 'includes a "golden share"
    // that lets the state veto…' ("called it a “disaster” that…" stays a quote).
    let defined = q > 0
        && matches!(ctx.lower(q - 1), "a" | "an")
        && matches!(ctx.lower(q + 1), "that" | "which")
        && words <= DEFINED_TERM_WORDS
        // A verb governing the phrase ("called it a"), not a tag set off by commas ("he noted,").
        && !(first.max(q.saturating_sub(5))..q).any(|t| ctx.is_verb(t) && !ctx.is_punct(t + 1, &[',']));
    if defined {
        return true;
    }
    let prev = q.checked_sub(1);
    // After a possessive, unless a reporting verb right before the possessor (a "that" between
    // allowed) makes the phrase someone's words ("He said that Ruiz's “only plan” was…", "what Reyes called Ohio's
    // “reckless” actions").
    let name_part = |t: usize| ctx.word(t).is_some_and(|w| w.starts_with(char::is_uppercase));
    let reported = |p: usize| {
        (first..p)
            .rev()
            .take_while(|&t| ctx.is_verb(t) || ctx.lower(t) == "that" || name_part(t))
            .any(|t| ctx.is_verb(t))
    };
    if prev.is_some_and(|p| (ctx.possessive(p) && !reported(p)) || NAMING_WORDS.contains(&ctx.lower(p))) {
        return true;
    }
    // "known as" a name, or "known as the" name: what has become known as the "Ruiz rule".
    let known_as = |p: usize| ctx.lower(p) == "as" && p > 0 && ctx.lower(p - 1) == "known";
    if prev.is_some_and(|p| {
        known_as(p) || (matches!(ctx.lower(p), "the" | "a" | "an") && p > 0 && known_as(p - 1))
    }) {
        return true;
    }
    // A nickname between the parts of a name: Lorna "Lo" Vance, Harold T. "Buddy" Lamont
    // (an initial's dot is its own token).
    let capital = |t: usize| ctx.word(t).is_some_and(|w| w.starts_with(char::is_uppercase));
    let initial = |t: usize| ctx.word(t).is_some_and(|w| w.chars().count() == 1) && capital(t);
    let prev = prev.map(|p| {
        if ctx.is_punct(p, &['.']) && p > 0 && initial(p - 1) {
            p - 1
        } else {
            p
        }
    });
    words == 1 && capital_word(text) && prev.is_some_and(|p| capital(p) && p > first) && capital(q + 1)
}

/// The most words a term quoted and then defined by a relative clause may hold.
const DEFINED_TERM_WORDS: usize = 3;

/// Nouns for a work with a title: a quote right after one ("her new documentary “Tides.”",
/// "his show, “Crossfire.”") is its title.
const WORK_NOUNS: &[&str] = &[
    "album",
    "article",
    "book",
    "column",
    "commentary",
    "documentary",
    "editorial",
    "episode",
    "essay",
    "exhibit",
    "exhibition",
    "film",
    "memoir",
    "movie",
    "musical",
    "novel",
    "op-ed",
    "play",
    "podcast",
    "poem",
    "program",
    "programme",
    "series",
    "show",
    "song",
];

/// The most words a title after a work noun may hold ("Tell Your Story, Mayor").
const WORK_TITLE_WORDS: usize = 6;

/// True for a short capitalised quote right after a noun for a work, a comma between them
/// allowed: the work's title, whatever its case or final period ("documentary “13 Days.”").
/// A question or an exclamation stays someone's words.
fn names_a_work(ctx: &UnitCtx, q: usize, text: &str, words: usize) -> bool {
    if words > WORK_TITLE_WORDS || text.ends_with(['!', '?']) || !capital_word(text) {
        return false;
    }
    // "In the film, “I stay,” she says": a tag after the quote in its sentence makes it speech.
    if !text.ends_with('.') && (q + 1..q + 4).any(|t| ctx.is_verb(t)) {
        return false;
    }
    let Some(mut p) = q.checked_sub(1) else {
        return false;
    };
    if ctx.is_punct(p, &[',']) {
        let Some(before) = p.checked_sub(1) else {
            return false;
        };
        p = before;
    }
    WORK_NOUNS.contains(&ctx.lower(p))
}

/// True for a quote that is one personal pronoun ("she" is a "he"): a word mentioned, not said.
fn is_pronoun(text: &str) -> bool {
    let word = text.trim_end_matches(['.', ',']).to_lowercase();
    matches!(
        word.as_str(),
        "he" | "she" | "him" | "her" | "his" | "hers" | "it" | "they" | "them" | "we" | "us"
    )
}

/// True for a word that starts with a capital letter or a digit ("41", "13th").
fn capital_word(word: &str) -> bool {
    word.trim_start_matches(['(', '[', '‘', '\''])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// True for a name written in Title Case: two to [`TITLE_WORDS`] words, the first and last
/// capitalised and the rest capitalised or small title words, ending at most in a period or a
/// comma. Someone's words stay quotes: an exclamation or a question ("Lock Her Up!"), two
/// sentences ("The Donald. Big Daddy."), a clause with a contraction ("It's Our Time.").
fn is_title(text: &str, words: usize) -> bool {
    let body = text.trim_end_matches(['.', ',']);
    if !(2..=TITLE_WORDS).contains(&words)
        || body.ends_with(['!', '?', '…'])
        || body.contains(['.', '!', '?', ':', ';'])
    {
        return false;
    }
    let contraction = |w: &str| {
        let w = w.to_lowercase().replace('’', "'");
        ["n't", "'re", "'ve", "'ll", "'m", "'d"]
            .iter()
            .any(|c| w.ends_with(c))
            || [
                "it's", "that's", "what's", "here's", "there's", "let's", "he's", "she's",
            ]
            .contains(&w.as_str())
    };
    if body.split_whitespace().any(contraction) {
        return false;
    }
    let all: Vec<&str> = body.split_whitespace().collect();
    let (Some(first), Some(last)) = (all.first(), all.last()) else {
        return false;
    };
    capital_word(first)
        && capital_word(last)
        && all
            .iter()
            .all(|w| capital_word(w) || is_title_minor_word(&w.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (quote, speaker or "(description)" or "-") for paragraphs of a small article.
    fn speakers(paragraphs: &[&str]) -> Vec<(String, String)> {
        let crate::extract::testing::Read {
            units,
            table,
            spans,
            found,
        } = crate::extract::testing::read(paragraphs);
        spans
            .iter()
            .zip(found)
            .filter_map(|(span, a)| {
                let a = a?;
                let who = match (a.speaker, a.description) {
                    (Some(s), _) => table.actors[s].name().to_string(),
                    (None, Some(d)) => format!("({d})"),
                    (None, None) => "-".to_string(),
                };
                Some((span.text(&units).to_string(), who))
            })
            .collect()
    }

    fn speaker_of(paragraphs: &[&str], quote: &str) -> String {
        let all = speakers(paragraphs);
        all.iter()
            .find(|(q, _)| q.contains(quote))
            .unwrap_or_else(|| panic!("{quote:?} not found in {all:?}"))
            .1
            .clone()
    }

    #[test]
    fn a_dashed_name_after_a_quote_its_sentence_already_gives_is_no_signature() {
        let paragraphs = ["Ana Ruiz called the plan “a disgrace” — Tom Dahl, for one, voted against it."];
        assert_eq!(speaker_of(&paragraphs, "a disgrace"), "Ana Ruiz");
        let paragraphs =
            ["Ana Ruiz called the plan “a mess” and then “a waste” — Tom Dahl, the mayor, disagreed."];
        assert_eq!(speaker_of(&paragraphs, "a mess"), "Ana Ruiz");
        assert_eq!(speaker_of(&paragraphs, "a waste"), "Ana Ruiz");
    }

    #[test]
    fn a_fronted_phrase_does_not_name_the_subject_after_it() {
        let paragraphs = [
            "Retired Gen. Carter Ham led the command until 2013.",
            "In an interview with radio host Rusty Humphries, Ham made it clear he had misgivings.",
            "“Now that I am retired,” he told the host, “it was hard to work there.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "retired"), "Carter Ham");
        assert_eq!(speaker_of(&paragraphs, "hard to work"), "Carter Ham");
    }

    #[test]
    fn a_parenthesis_between_name_and_verb_and_names_inside_the_quote_do_not_mislead() {
        let paragraphs = [
            "Senators compared the nominees on Tuesday.",
            "“Tom Reyes was prepared. Tom Reyes was qualified,” Sen. Dana Holt (D-Mo.) said.",
            "Rep. Ivo Marsh (R-Texas) said the debate was “a mess.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "prepared"), "Dana Holt");
        assert_eq!(speaker_of(&paragraphs, "a mess"), "Ivo Marsh");
    }

    #[test]
    fn a_horizontal_bar_signs_a_quote_as_an_em_dash_does() {
        let paragraphs = [
            "We asked voters what they thought.",
            "“Maybe we can build a wall around him.” ― Steve Quinlan.",
            "“He is not fit to lead.”― Carla Sanchez",
            "“The vote is close.” — Ana Ruiz, 45, a nurse",
        ];
        assert_eq!(speaker_of(&paragraphs, "wall"), "Steve Quinlan");
        assert_eq!(speaker_of(&paragraphs, "fit to lead"), "Carla Sanchez");
        assert_eq!(speaker_of(&paragraphs, "close"), "Ana Ruiz");
    }

    #[test]
    fn a_pronoun_after_a_speaker_named_by_a_given_name_alone_is_theirs() {
        let paragraphs = [
            "The ferry vote drew a crowd to the harbour hall.",
            "“We waited three years for this,” Rosalind said, and the crowd cheered as Mayor Pieter \
             Dahl waved.",
            "“It’s settled,” she said of the vote.",
        ];
        assert_eq!(speaker_of(&paragraphs, "settled"), "Rosalind");
    }

    #[test]
    fn a_pronoun_no_recent_speaker_fits_is_the_last_person_of_its_gender_named_before_it() {
        let paragraphs = [
            "The ferry vote drew a crowd to the harbour hall.",
            "“We waited three years for this,” Ms. Rosalind Epp said, cheering as Thomas Dahl \
             walked to the stage with Kit Varga.",
            "“Thank you all,” he said.",
        ];
        // Kit Varga, named last, could be anyone: the man named before is the one.
        assert_eq!(speaker_of(&paragraphs, "Thank you"), "Thomas Dahl");
    }

    #[test]
    fn who_demands_or_wonders_aloud_in_a_tag_said_it() {
        let paragraphs = [
            "“The pier will open in May,” harbour master Olaf Brenner said.",
            "“Why is it still closed, then?” Councillor Ada Quist demanded.",
            "“Who pays for the delay?” Neil Farrow wondered.",
        ];
        assert_eq!(speaker_of(&paragraphs, "still closed"), "Ada Quist");
        assert_eq!(speaker_of(&paragraphs, "Who pays"), "Neil Farrow");
    }

    #[test]
    fn a_person_introduced_as_a_man_is_not_who_she_stands_for() {
        let paragraphs = [
            "Councillor Mia Strand spoke at the town hall on Thursday.",
            "At the hearing, Strand faulted officer Dana Holt for stopping Piet Lorne on his way home \
             from the market, a quiet retired man.",
            "“Why was he stopped at all?” she said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "Why was he"), "Mia Strand");
    }

    #[test]
    fn the_content_of_someone_s_claim_is_their_words() {
        let paragraphs = [
            "A local paper tested Councillor Ben Tull’s assertion that the ferry had run \
             “late every second day” since June.",
            "The group seized on Tull’s promise that he would “clean up the docks by spring.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "every second day"), "Ben Tull");
        assert_eq!(speaker_of(&paragraphs, "clean up"), "Ben Tull");
    }

    #[test]
    fn words_one_speaker_reports_another_used_are_the_one_who_used_them() {
        // The guidelines' speaker is the one the article gives the words to: Brody, as Ruiz
        // reports him (PolNeAR's gold credits the reporter; this project's does not).
        let paragraphs = [
            "Gov. Ana Ruiz spoke in Dover on Friday.",
            "Ruiz said at an evening rally in Dover that Hal Brody once described the harbor \
             plan as “the best deal in a generation” when he ran the port.",
        ];
        assert_eq!(speaker_of(&paragraphs, "best deal"), "Hal Brody");
    }

    #[test]
    fn a_name_that_modifies_a_noun_is_not_who_a_pronoun_stands_for() {
        let paragraphs = [
            "Mayor Alice Morrow is running again this fall.",
            "“The tenants are furious. Truly furious,” said Dana Whitfield, an organizer of the \
             Northside Tenants League.",
            "Whitfeld argues that the Morrow campaign ignored renters and now has to win them back.",
            "“They thought a few flyers would do it. It will not,” she said.",
            "She added that renters feel taken for granted, because “nobody knocks on our doors.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "flyers"), "Dana Whitfield");
        assert_eq!(speaker_of(&paragraphs, "nobody knocks"), "Dana Whitfield");
    }

    #[test]
    fn a_quote_in_a_later_clause_is_that_clause_s_subject_s_not_the_first_verb_s() {
        let paragraphs = [
            "Greta Moss watched the rally on television with her husband, Karl Moss.",
            "“Is the bridge open yet?” she asked, but Karl kept reading, and as Hal Brody spoke \
             of “a rigged system” and “forgotten towns,” Greta turned the sound up.",
        ];
        assert_eq!(speaker_of(&paragraphs, "bridge open"), "Greta Moss");
        assert_eq!(speaker_of(&paragraphs, "rigged"), "Hal Brody");
        assert_eq!(speaker_of(&paragraphs, "forgotten"), "Hal Brody");
        let paragraph = "Greta Moss said on Monday, as Hal Brody looked on, “We are not done yet.”";
        assert_eq!(speaker_of(&[paragraph], "not done"), "Greta Moss");
    }

    #[test]
    fn each_of_several_signed_quotes_in_one_paragraph_is_its_signer_s() {
        let paragraphs = [
            "Riders told us about the ferry.",
            "“The ferry is late every day and nobody cares.” ― Tomas Breck “I would rather walk \
             than wait another hour.” ― Ilse Marrow “Fix the pier first.” — Ruth Callan, 61, a baker",
        ];
        assert_eq!(speaker_of(&paragraphs, "nobody cares"), "Tomas Breck");
        assert_eq!(speaker_of(&paragraphs, "rather walk"), "Ilse Marrow");
        assert_eq!(speaker_of(&paragraphs, "pier"), "Ruth Callan");
    }

    #[test]
    fn a_signature_after_a_remark_and_a_second_quote_signs_both_quotes() {
        let paragraphs = [
            "Riders told us about the ferry.",
            "“The ferry is late every day.” ― Tomas Breck “Nobody on the council rides it, not \
             once.” And that is the whole problem, “a town that forgot its river.” ― Ilse Marrow",
        ];
        assert_eq!(speaker_of(&paragraphs, "late every day"), "Tomas Breck");
        assert_eq!(speaker_of(&paragraphs, "Nobody on the council"), "Ilse Marrow");
        assert_eq!(speaker_of(&paragraphs, "forgot its river"), "Ilse Marrow");
    }

    #[test]
    fn a_conjunction_before_the_subject_and_a_possessor_do_not_mislead() {
        let paragraphs = [
            "Senator Ada Venn issued a statement on Tuesday.",
            "Though she called Harlan Brooks’ conduct “outrageous,” Venn kept her comments short.",
            "The auditor, Mark Ruel, sent a report. Ruel's report described the pool's finances as “unsustainable.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "outrageous"), "Ada Venn");
        assert_eq!(speaker_of(&paragraphs, "unsustainable"), "Mark Ruel");
    }

    #[test]
    fn a_surname_two_people_share_is_the_one_the_text_is_about() {
        let paragraphs = [
            "Former President Tom Vale campaigned in Flint for his wife, Senator Ana Vale.",
            "During the rally, the former president said the health law was failing.",
            "“It makes no sense,” Vale said.",
            "Ana Vale spoke later. “We will fix it,” Vale said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "no sense"), "Tom Vale");
        assert_eq!(speaker_of(&paragraphs, "fix it"), "Ana Vale");
    }

    #[test]
    fn titles_nicknames_and_markup_values_are_no_ones_words() {
        let paragraphs = [
            "Holt spoke on “Morning Desk with Ana Ruiz.” She said the bill was “dead on arrival.”",
            "His memoir, “Make Your Town a Garden,” sold well, Holt said.",
            "State Sen. Marcus “Mac” Ruel shouted: “This is our year!”",
            "<post author=\"hollyjw\" id=\"7781\">The vote is close.</post>",
            "“It's Our Time.” Ruel told the crowd, which chanted “The Mayor. Our Mayor.” and “Lock Her Up!”",
        ];
        let quotes: Vec<String> = speakers(&paragraphs).into_iter().map(|(q, _)| q).collect();
        assert_eq!(
            quotes,
            [
                "dead on arrival.",
                "This is our year!",
                "It's Our Time.",
                "The Mayor. Our Mayor.",
                "Lock Her Up!"
            ]
        );
    }

    #[test]
    fn words_in_title_case_right_after_a_reporting_verb_are_spoken() {
        let paragraphs = [
            "The singer Rosa Vale closed the night with an old hymn, and at its end she shouted, \
             “Long Live Port Ellery!”",
            "Her next album, “Salt On The Wind,” comes out in May.",
        ];
        assert_eq!(
            speakers(&paragraphs),
            [("Long Live Port Ellery!".to_string(), "Rosa Vale".to_string())]
        );
    }

    #[test]
    fn a_pronoun_goes_to_the_nearest_person_known_to_be_of_its_gender_first() {
        let paragraphs = [
            "At the opening of the pier on Sunday, after Ms. Ana Ruiz thanked the volunteers and \
             Quill Marsh cut the ribbon, she said, “We are home.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "We are home"), "Ana Ruiz");
    }

    #[test]
    fn a_person_of_an_organization_is_the_speaker_not_the_organization() {
        let paragraphs = [
            "Lena Morrow, who directs the Tidewater Conservancy, has fought the plant for years.",
            "“The permit should never have been granted,” said Ms. Morrow of the Tidewater Conservancy.",
            "Paul Grady at the Harbor Institute said the plant was “a reasonable compromise.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "never have been granted"), "Lena Morrow");
        assert_eq!(speaker_of(&paragraphs, "reasonable compromise"), "Paul Grady");
    }

    #[test]
    fn a_stage_direction_in_a_transcript_is_no_one_s_words() {
        let paragraphs = [
            "\"HOST: Will you run again?",
            "\"(CROSSTALK.)",
            "\"GUEST: I have not decided, and I will say so when I have.\"",
            "The crowd answered with “(laughter)” and cheers.",
        ];
        let quotes: Vec<String> = speakers(&paragraphs).into_iter().map(|(q, _)| q).collect();
        assert!(
            quotes
                .iter()
                .all(|q| !q.contains("CROSSTALK") && !q.contains("laughter")),
            "{quotes:?}"
        );
        assert!(
            quotes.iter().any(|q| q.contains("I have not decided")),
            "{quotes:?}"
        );
    }

    #[test]
    fn local_offices_and_occupations_before_a_name_are_titles_not_names() {
        for (text, speaker) in [
            ("Councillor Ada Venn said the plan was “a fair deal”.", "Ada Venn"),
            ("Cllr Tom Rusk said the market was “doing fine”.", "Tom Rusk"),
            (
                "Supervisor Lia Moreno called it “a careful plan” on Monday.",
                "Lia Moreno",
            ),
            ("“A careful plan,” said Supervisor Lia Moreno.", "Lia Moreno"),
            ("Novelist Oren Tal said the film was “a gift”.", "Oren Tal"),
            (
                "Sheriff Dale Korn said the road was “closed for now”.",
                "Dale Korn",
            ),
            ("Activist Dana Roe said the pier was “a disgrace”.", "Dana Roe"),
            (
                "Organizer Lisa Hahn called the march “just the start”.",
                "Lisa Hahn",
            ),
            ("Lawyer Ivo Marsh said the ruling was “a relief”.", "Ivo Marsh"),
        ] {
            assert_eq!(speaker_of(&[text], ""), speaker, "{text}");
        }
    }

    #[test]
    fn an_imperative_opening_a_quote_is_not_part_of_the_name_after_it() {
        let paragraphs = [
            "“We earned it,” said Dunmore manager Piet Vasko.",
            "Rival captain Jo Hale said: “Ask Piet Vasko how many chances they had.”",
            "“Tell Mara Quint the door is open,” Vasko added.",
        ];
        assert_eq!(speaker_of(&paragraphs, "earned"), "Piet Vasko");
        assert_eq!(speaker_of(&paragraphs, "door"), "Piet Vasko");
    }

    #[test]
    fn a_company_whose_name_ends_in_ing_opening_a_sentence_is_the_company() {
        let paragraphs = [
            "Harling Foods is recalling 4,000 frozen meals, the company said on Monday.",
            "“No injuries have been confirmed,” the company said in a statement.",
        ];
        assert_eq!(speaker_of(&paragraphs, "injuries"), "Harling Foods");
    }

    #[test]
    fn a_capital_that_speaks_is_its_government_but_not_a_city_in_the_background() {
        let paragraphs = [
            "The ban also reaches Canada. Ottawa said it was “watching closely” and would decide soon.",
            "Officials in Berlin said the rules were “too loose”.",
        ];
        assert_eq!(speaker_of(&paragraphs, "watching"), "Ottawa");
        assert_ne!(speaker_of(&paragraphs, "loose"), "Berlin");
        // An appositive between the country and its verb.
        let paragraph = "Even Norway, the closest partner and its main trading ally, said it was \
                         “firmly opposed” to the plan.";
        assert_eq!(speaker_of(&[paragraph], "firmly opposed"), "Norway");
        let paragraph = "Even Norway, Oslo's oldest ally and its main trading partner, said it was \
                         “firmly opposed” to the plan.";
        assert_eq!(speaker_of(&[paragraph], "firmly opposed"), "Norway");
    }

    #[test]
    fn a_country_that_accuses_or_brands_in_its_own_words_is_its_government() {
        let paragraphs = [
            "Neighbours reacted within the hour to the launch.",
            "Finland accused the regime's envoy, Oskar Hallgren, of “open contempt.”",
            "Norway branded the launch “a grave provocation.” Sweden insisted that the rulers “stop \
             their games at once.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "contempt"), "Finland");
        assert_eq!(speaker_of(&paragraphs, "provocation"), "Norway");
        assert_eq!(speaker_of(&paragraphs, "games"), "Sweden");
    }

    #[test]
    fn a_tag_after_a_quote_that_ends_its_sentence_still_names_the_speaker() {
        let paragraphs = [
            "Board chair Lyle Banner said the agency had no choice.",
            "Councilwoman Ida Roark led the opposition. “Nobody here can afford it.” Roark said.",
            "“Where was this board?” asked Dwyer Pettis, a driver.",
            "“Shame!” Mara Quill, a retired teacher, shouted from the back.",
            "“Costs rose 14 percent.” Banner said. “Something has to give.”",
            "“Did anyone ride a bus here?” Roark asked. Banner did not answer.",
        ];
        assert_eq!(speaker_of(&paragraphs, "afford"), "Ida Roark");
        assert_eq!(speaker_of(&paragraphs, "Shame"), "Mara Quill");
        assert_eq!(speaker_of(&paragraphs, "Costs"), "Lyle Banner");
        assert_eq!(speaker_of(&paragraphs, "ride a bus"), "Ida Roark");
    }

    #[test]
    fn according_to_a_document_from_someone_names_its_writer() {
        let paragraphs = [
            "Tarn Robotics raised money from Esk Capital last year.",
            "Backers remain “fully committed,” according to a statement from Esk Capital, its largest investor.",
        ];
        assert_eq!(speaker_of(&paragraphs, "committed"), "Esk Capital");
    }

    #[test]
    fn according_to_a_speech_someone_gave_names_the_speaker() {
        let paragraphs = [
            "The port plan taxes short trades more than long ones.",
            "The aim is to make firms “plan for the next decade, not the next quarter,” according \
             to a speech Gov. Hana Reiss gave at the harbour in May.",
        ];
        assert_eq!(speaker_of(&paragraphs, "next decade"), "Hana Reiss");
    }

    #[test]
    fn attribution_right_after_the_quote() {
        assert_eq!(
            speaker_of(&["“We will win,” Jane Okafor said on Monday."], "win"),
            "Jane Okafor"
        );
        assert_eq!(
            speaker_of(&["“We will win,” said Jane Okafor."], "win"),
            "Jane Okafor"
        );
        assert_eq!(
            speaker_of(
                &["“We will win,” said U.K. Foreign Secretary Jane Okafor."],
                "win"
            ),
            "Jane Okafor"
        );
        assert_eq!(
            speaker_of(
                &["“We will win,” Jane Okafor told the BBC in an interview."],
                "win"
            ),
            "Jane Okafor"
        );
    }

    #[test]
    fn a_reporting_verb_before_the_quote() {
        assert_eq!(
            speaker_of(&["Jane Okafor said: “We will win.”"], "win"),
            "Jane Okafor"
        );
        assert_eq!(
            speaker_of(
                &["Jane Okafor called the deal “a disaster” on Monday."],
                "disaster"
            ),
            "Jane Okafor"
        );
        assert_eq!(
            speaker_of(
                &["Jane Okafor, speaking in Dublin, said the plan was “dead.”"],
                "dead"
            ),
            "Jane Okafor"
        );
        assert_eq!(
            speaker_of(&["According to Jane Okafor, the plan was “dead.”"], "dead"),
            "Jane Okafor"
        );
    }

    #[test]
    fn a_quote_broken_by_an_attribution_is_two_quotes_of_one_speaker() {
        let all = speakers(&["“The first half,” Tom Reyes said. “The second half.”"]);
        assert_eq!(all.len(), 2);
        assert!(all.iter().all(|(_, who)| who == "Tom Reyes"), "{all:?}");
    }

    #[test]
    fn a_paragraph_of_pure_quote_continues_the_last_speaker() {
        let paragraphs = [
            "“The first part,” Tom Reyes said.",
            "“And the second part, in its own paragraph.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "second part"), "Tom Reyes");
    }

    #[test]
    fn a_quote_over_paragraphs_is_the_speaker_its_last_paragraph_names() {
        let paragraphs = [
            "Dr. Ana Ruiz, lead author of the assessment, presented the findings on Wednesday.",
            "“The stock is at its lowest level since we began measuring it.",
            "“If the limit stays where it is, there may be nothing left,” Ruiz said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "lowest level"), "Ana Ruiz");
    }

    #[test]
    fn a_reply_of_someone_before_a_colon_is_theirs() {
        let paragraphs = [
            "Tom Reyes spoke first.",
            "Asked about her worst loss, Ana Ruiz’s reply: “Which one? There were 212 of them.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "Which one"), "Ana Ruiz");
    }

    #[test]
    fn an_organization_in_apposition_to_a_description_is_the_speaker() {
        let paragraphs = [
            "The stadium's owner, Harbor Sports Group, said in a statement that all costs had been \
             “disclosed in full at every stage.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "disclosed"), "Harbor Sports Group");
    }

    #[test]
    fn the_statement_of_a_body_named_by_its_kind_is_the_body_s() {
        let paragraphs = [
            "The Federal Food Service, which opened an inquiry, said the guard was worn.",
            "\"Consumers should return the product,\" the agency said.",
            "Canada's Ministry of Food Safety wrote to importers. The ministry's statement said they \
             had been \"asked to hold all stock.\"",
        ];
        assert_eq!(
            speaker_of(&paragraphs, "hold all stock"),
            "Ministry of Food Safety"
        );
    }

    #[test]
    fn who_slams_or_condemns_something_as_a_quote_said_it() {
        let paragraphs = [
            "Gov. Warren Dray spoke on Monday.",
            "Dray spokesman Owen Fitch slammed Keel's remarks as \"reckless and ill-informed.\"",
            "Ana Ruiz, the mayor, condemned the test as “a grave threat.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "reckless"), "Owen Fitch");
        assert_eq!(speaker_of(&paragraphs, "grave threat"), "Ana Ruiz");
    }

    #[test]
    fn a_quote_opening_a_sentence_that_names_no_one_continues_the_paragraph_s_speaker() {
        let paragraphs = [
            "“It is mostly paperwork,” said Lena Marsh, a planner at the county office. “I would not \
             call it a fix. Nothing gets simpler. It is a delay” for most of the applicants.",
        ];
        assert_eq!(speaker_of(&paragraphs, "not call it a fix"), "Lena Marsh");
        // A short phrase opening a sentence of its own is no one's words ("Fake news" is…), and
        // a quote in a paragraph no one has spoken in yet keeps no speaker.
        let paragraphs = [
            "Lena Marsh, a planner at the county office, spoke on Monday.",
            "“The rules are the rules” is what the clerks tell applicants.",
        ];
        assert_eq!(speaker_of(&paragraphs, "rules are the rules"), "-");
    }

    #[test]
    fn a_pronoun_after_an_opening_phrase_is_the_subject() {
        let paragraphs = [
            "Mayor Tom Baxter has struggled in the polls this autumn.",
            "A week ago he blasted the local press for being “deeply dishonest.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "deeply dishonest"), "Tom Baxter");
        // The person named after the pronoun is the object: "he characterized X as “…”".
        let paragraphs = [
            "Mayor Tom Baxter said the debate went well for his party.",
            "However, he characterized Councillor Ruth Hale as “a little desperate, jumping in all the time.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "desperate"), "Tom Baxter");
    }

    #[test]
    fn a_person_a_paragraph_ends_by_introducing_with_their_role_is_who_the_text_is_about() {
        let paragraphs = [
            "While Mayor Ben Ortiz had many allies in the unions, that has not been true for \
             Governor Ruth Hale, which worries Karl Dunn, head of the county's Teachers Alliance.",
            "“Nobody is marching for her,” he said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "marching"), "Karl Dunn");
    }

    #[test]
    fn a_clause_after_a_name_ending_a_paragraph_is_no_role() {
        let paragraphs = [
            "In response to pressure, Ana Ruiz set up a commission, overseen by former judge Kofi \
             Mensah, to make recommendations on the clashes.",
            "“Unity also means prosperity,” she said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "Unity"), "Ana Ruiz");
    }

    #[test]
    fn a_quote_standing_alone_after_a_new_subject_in_its_paragraph_is_that_subject_s() {
        let paragraphs = [
            "“We will hold the line,” Mike Reardon said.",
            "On a Sunday show, Sen. Ada Pruitt, who lost the primary, named fatigue as the reason. \
             “The young are tired of it and they will show it.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "tired of it"), "Ada Pruitt");
        // Without a new subject the quote continues the last speaker.
        let paragraphs = [
            "“We will hold the line,” Mike Reardon said.",
            "The vote is on Friday. “The young are tired of it and they will show it.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "tired of it"), "Mike Reardon");
    }

    #[test]
    fn pronouns_resolve_to_the_subject_the_text_is_about() {
        let paragraphs = [
            "Tom Reyes, the finance minister, met Jane Okafor on Tuesday. He did not give details.",
            "“We agreed on nothing,” he said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "nothing"), "Tom Reyes");
    }

    #[test]
    fn descriptions_resolve_through_roles() {
        let paragraphs = [
            "Dmitri Volkov, the Kremlin spokesman, spoke after Jane Okafor left the talks.",
            "“There is no deal,” the Kremlin spokesman said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "no deal"), "Dmitri Volkov");
        let paragraphs = [
            "Anna Berg, a senior adviser to Prime Minister Olaf Lindqvist, attended the meeting.",
            "Lindqvist’s aide said the talks were “useful.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "useful"), "Anna Berg");
    }

    #[test]
    fn the_official_is_the_person_the_text_is_about() {
        let paragraphs = [
            "Tom Reyes said the talks would go on.",
            "“Nothing is agreed,” the official said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "Nothing"), "Tom Reyes");
    }

    #[test]
    fn unnamed_sources_keep_their_description() {
        let got = speaker_of(
            &["“We will not move,” a senior official said on condition of anonymity."],
            "move",
        );
        assert_eq!(got, "(a senior official)");
    }

    #[test]
    fn the_company_is_the_one_whose_shares_the_story_names() {
        let got = speaker_of(
            &["Shares of Tesco fell on Monday. “It was a rout,” the company said in a statement."],
            "rout",
        );
        assert_eq!(got, "Tesco");
    }

    #[test]
    fn an_unnamed_organization_keeps_its_description() {
        let got = speaker_of(
            &["Stocks fell on Monday. “It was a rout,” the company said in a statement."],
            "rout",
        );
        assert_eq!(got, "(the company)");
    }

    #[test]
    fn relayed_quotes_belong_to_the_source_not_the_outlet() {
        let paragraphs = ["“Three things,” a senior diplomat said. “The first is land,” NBC News reported."];
        assert_eq!(speaker_of(&paragraphs, "land"), "(a senior diplomat)");
    }

    #[test]
    fn organizations_can_speak() {
        assert_eq!(
            speaker_of(&["The Kremlin said the report was “not correct.”"], "correct"),
            "Kremlin"
        );
    }

    #[test]
    fn a_body_that_issued_a_statement_calling_something_is_its_speaker() {
        let paragraph = "Following a late meeting, the Regional Council issued a statement calling the \
                         test “a clear breach” of three earlier rulings.";
        assert_eq!(speaker_of(&[paragraph], "clear breach"), "Regional Council");
    }

    #[test]
    fn a_quote_set_off_by_dashes_after_a_name_is_that_person_s() {
        let paragraph = "Several figures have said the same, including the former governor Paul Hendry \
                         -- “It is wrong for a candidate to hide this from voters” -- and a retired \
                         judge, Mark Lund.";
        assert_eq!(speaker_of(&[paragraph], "hide this"), "Paul Hendry");
        let paragraph = "Among the critics was Ana Ruiz — “nobody asked the growers” — who farms nearby.";
        assert_eq!(speaker_of(&[paragraph], "nobody asked"), "Ana Ruiz");
    }

    #[test]
    fn scare_quotes_and_names_of_things_are_not_quotes() {
        assert!(speakers(&["Tankers of Russia’s “shadow fleet” sailed, Tom Reyes said."]).is_empty());
        assert!(speakers(&["The so-called “coalition of the willing” met, Tom Reyes said."]).is_empty());
        assert!(speakers(&["The company’s “Project Horizon” plan was delayed."]).is_empty());
    }

    #[test]
    fn a_title_after_a_noun_for_a_work_is_no_one_s_words() {
        let paragraphs = [
            "Ana Ruiz made the new documentary “Tides.” She said the film was “hard work.”",
            "Ruiz also hosts a radio show, “Crossroads.” Her next film, “Why Not?” is due soon.",
        ];
        let quotes: Vec<String> = speakers(&paragraphs).into_iter().map(|(q, _)| q).collect();
        assert_eq!(quotes, ["hard work.", "Why Not?"]);
        let paragraphs = [
            "Ana Ruiz's commentary, “Mayor, tell your own story,” is thoughtful.",
            "In the film, “I am here to stay,” she says.",
        ];
        let quotes: Vec<String> = speakers(&paragraphs).into_iter().map(|(q, _)| q).collect();
        assert_eq!(quotes, ["I am here to stay"]);
    }

    #[test]
    fn a_quoted_pronoun_is_a_word_mentioned_not_said() {
        let paragraphs = ["Would you vote for him if “he” were a “she”? Ana Ruiz said: “I would.”"];
        let quotes: Vec<String> = speakers(&paragraphs).into_iter().map(|(q, _)| q).collect();
        assert_eq!(quotes, ["I would."]);
    }

    #[test]
    fn a_name_known_as_the_name_is_not_a_quote() {
        let paragraphs =
            ["The plan is what became known as the “Ruiz rule,” tax lawyers said it was “overdue.”"];
        let quotes: Vec<String> = speakers(&paragraphs).into_iter().map(|(q, _)| q).collect();
        assert_eq!(quotes, ["overdue."]);
    }

    #[test]
    fn a_nickname_after_an_initial_is_not_a_quote() {
        let paragraphs = ["Rep. Marcus T. \"Mac\" Ruel said it was \"overdue.\""];
        let quotes: Vec<String> = speakers(&paragraphs).into_iter().map(|(q, _)| q).collect();
        assert_eq!(quotes, ["overdue."]);
    }

    #[test]
    fn a_markup_value_opening_with_a_space_is_no_one_s_words() {
        let paragraphs = ["<tweet author=\" the vote is close\" date=\"x.\">Polls shut at eight.</tweet>"];
        assert!(speakers(&paragraphs).is_empty());
    }

    #[test]
    fn an_appositive_with_a_title_and_a_parenthesis_names_the_speaker() {
        let paragraphs = [
            "Ruel opened the fair.",
            "\"This is our year!\" Ruel's niece, state Del. Nora Vale (D-Tidewater), shouted to the crowd.",
        ];
        assert_eq!(speaker_of(&paragraphs, "our year"), "Nora Vale");
        // An appositive whose name is the object of a preposition does not name the speaker.
        let paragraphs = ["\"It is done,\" an aide to Gov. Nora Vale, Tom Reyes, said."];
        assert_eq!(speaker_of(&paragraphs, "It is done"), "Tom Reyes");
    }

    #[test]
    fn a_name_before_a_chain_of_appositives_is_the_subject() {
        let paragraphs = [
            "Ana Ruiz, a developer and spokeswoman for the Harbor Builders Coalition, which is made \
             up of investors and builders, said many critics failed to note that.",
            "\"People look at what an area looks like now,\" she said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "People look"), "Ana Ruiz");
    }

    #[test]
    fn a_pronoun_with_a_contraction_is_the_subject() {
        let paragraphs = [
            "Tom Reyes spoke in Ohio on Monday.",
            "He’s claiming that the plan is “a big, big problem” but “nobody will fix it.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "big problem"), "Tom Reyes");
        assert_eq!(speaker_of(&paragraphs, "nobody will"), "Tom Reyes");
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_introduces_the_quote_after_it() {
        let paragraphs = [
            "Tom Reyes spoke in Ohio on Monday. He said:",
            "\"We have a situation where the roads are bad. We have to fix them.\"",
            "On July 6, Ana Ruiz made the following comment:",
            "“For young people who have graduated, the rate is 33 percent.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "roads are bad"), "Tom Reyes");
        assert_eq!(speaker_of(&paragraphs, "young people"), "Ana Ruiz");
    }

    #[test]
    fn a_name_before_two_appositives_after_the_quote_is_the_speaker() {
        let paragraphs = [
            "“It is an invasion of the state domain,” Tom Reyes, the attorney general of \
                           Ohio, one of the states suing the agency, said at an event.",
        ];
        assert_eq!(speaker_of(&paragraphs, "invasion"), "Tom Reyes");
    }

    #[test]
    fn a_body_that_rates_or_rules_gives_the_verdict_it_quotes() {
        let paragraphs = [
            "FactDesk rated 32% of the claims as “false” or “pants on fire,” compared to 11% before.",
            "The Harbor Tribunal then ruled that the claim was “baseless.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "false"), "FactDesk");
        assert_eq!(speaker_of(&paragraphs, "pants on fire"), "FactDesk");
        assert_eq!(speaker_of(&paragraphs, "baseless"), "Harbor Tribunal");
    }

    #[test]
    fn a_full_name_after_a_preposition_is_no_subject() {
        // "by Ana Ruiz": her surname is not after the preposition, but her name is.
        let paragraphs = [
            "Spokesman Tom Reyes told the paper that the policy would extend to all. However, he \
             could not explain why it was cited by Ana Ruiz in an interview.",
            "\"We do not have it,\" he said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "We do not"), "Tom Reyes");
    }

    #[test]
    fn a_name_after_a_preposition_is_the_subject_of_its_participle() {
        let paragraphs = [
            "Tom Reyes ran a new ad. It uses footage of Ana Ruiz asking, “Why aren’t I ahead?”",
            "It is an issue, with Ana Ruiz — who called for tax hikes — lambasting the plan.",
            "“The plan would fail,” she said.",
        ];
        assert_eq!(speaker_of(&paragraphs, "Why aren"), "Ana Ruiz");
        assert_eq!(speaker_of(&paragraphs, "The plan would"), "Ana Ruiz");
    }

    #[test]
    fn a_phrase_after_a_possessive_that_someone_is_reported_saying_is_theirs() {
        let paragraphs = [
            "Tom Reyes said that Ana Ruiz’s “only experience in security” was a failure.",
            "Officials denounced what Reyes called Ohio's \"reckless, dangerous\" actions.",
        ];
        assert_eq!(speaker_of(&paragraphs, "only experience"), "Tom Reyes");
        let quotes: Vec<String> = speakers(&paragraphs).into_iter().map(|(q, _)| q).collect();
        assert_eq!(quotes, ["only experience in security", "reckless, dangerous"]);
        // A verb further back does not: Russia's "shadow fleet" is the writer's name for it.
        let paragraphs = ["Tom Reyes threatened to cut off tankers of Russia's \"shadow fleet\" at sea."];
        assert!(speakers(&paragraphs).is_empty());
    }

    #[test]
    fn a_name_before_a_role_and_a_relative_clause_is_the_subject() {
        let paragraphs = [
            "Tom Reyes, president of the Harbor Teachers Union, which represents city teachers, \
             said he hopes the day sends a message that “schools matter.”",
            "Critics of Ana Ruiz, many of them teachers, said the plan “will fail.”",
        ];
        assert_eq!(speaker_of(&paragraphs, "schools matter"), "Tom Reyes");
        assert_ne!(speaker_of(&paragraphs, "will fail"), "Ana Ruiz");
    }

    #[test]
    fn a_term_defined_by_the_clause_after_it_is_no_one_s_words() {
        let paragraphs = [
            "The lease, Tom Reyes noted, includes a \"golden share\" that lets the state veto any sale.",
            "Reyes called it a “bad deal” that would cost millions.",
        ];
        let quotes: Vec<String> = speakers(&paragraphs).into_iter().map(|(q, _)| q).collect();
        assert_eq!(quotes, ["bad deal"]);
    }

    #[test]
    fn an_unattributed_quote_keeps_no_speaker() {
        assert_eq!(
            speaker_of(&["The talks ended but made “some progress.”"], "progress"),
            "-"
        );
    }

    #[test]
    fn stems_join_names_and_adjectives() {
        assert_eq!(stem("Ukrainian"), stem("Ukraine"));
        assert_eq!(stem("russian"), stem("russia"));
        assert_eq!(stem("german"), stem("germany"));
        assert_eq!(stem("british"), stem("britain"));
        assert_eq!(stem("italian"), stem("italy"));
        assert_eq!(stem("kremlin"), "kremlin");
    }

    #[test]
    fn whole_word_containment() {
        assert!(contains_word("kremlin spokesman", "spokesman"));
        assert!(!contains_word("spokesmanship", "spokesman"));
        assert!(contains_word("senior adviser to the president", "adviser"));
    }
}
