//! How sure a speaker is, from the evidence the text gives, not from which rule fired.
//!
//! A quote's confidence starts from where the words naming its speaker stand (a tag beside the
//! quote, a tag elsewhere in its sentence, only the sentence's subject, or no words at all: a
//! paragraph continuing the last speaker), is weighed by how those words name the speaker (the
//! full name, part of it, a description, a pronoun), and is lowered by each sign of doubt: the
//! speaker's own name inside the quote, a surname two people of the article share, a pronoun or
//! gendered word that does not fit the speaker, words skipped between the name and its verb.
//! Every weight is in [`weight`]; `scripts/calibration.py` checks that accuracy rises with it.

use std::collections::HashMap;
use std::ops::Range;

use super::{ADVERBS, Found, LOOKBACK, Reader, UnitCtx, contains_word};
use crate::extract::actors::{ActorKind, ActorTable, Gender, Mention, word_gender};
use crate::extract::quotes::QuoteSpan;
use crate::extract::tokens::Kind;

/// Below this confidence a speaker is shown as one to check (dimmed, with a `?`): on the
/// PolNeAR dev split about one such speaker in four is wrong, one in thirteen of the others.
pub const DOUBTFUL: f32 = 0.6;

/// The weights, all in one place: a confidence is its cue's weight times its naming's, times
/// each doubt that applies.
mod weight {
    /// A tag beside the quote (`“…,” X said`, `X said: “…”`): grammar ties it to the quote.
    pub const BESIDE: f32 = 0.95;
    /// A reporting verb elsewhere in the sentence, or `according to X`: the verb may be another
    /// clause's.
    pub const IN_SENTENCE: f32 = 0.85;
    /// No verb for the quote, only a sentence about someone: the quote may be about them.
    pub const SUBJECT: f32 = 0.7;
    /// No words at all, a paragraph of pure quote continuing the last speaker: a new speaker
    /// may have taken over unannounced.
    pub const CONTINUATION: f32 = 0.6;
    /// The words print the full name (or an unnamed source describes itself): nothing to guess.
    pub const NAME: f32 = 1.0;
    /// Part of a name (a surname): the merging of name forms decides who it is.
    pub const PART_NAME: f32 = 0.97;
    /// A description ("the Kremlin spokesman", "the official"): matched to a role or to the
    /// person the text is about.
    pub const DESCRIPTION: f32 = 0.85;
    /// A pronoun: the nearest fitting antecedent, a guess among the people around.
    pub const PRONOUN: f32 = 0.8;
    /// The speaker's own name inside the quote: people seldom name themselves, the quote is
    /// likelier about them.
    pub const NAME_IN_QUOTE: f32 = 0.7;
    /// Two people of the article share the surname and the words do not print the full name.
    pub const SHARED_SURNAME: f32 = 0.8;
    /// A pronoun or gendered word of the tag that does not fit the speaker's gender.
    pub const GENDER_CLASH: f32 = 0.5;
    /// Words skipped between the name and the verb (a parenthesis, an appositive, a time): the
    /// tag was only half-read.
    pub const HALF_READ: f32 = 0.85;
    /// Someone else named since the speaker was last named or quoted, when no name ties the
    /// quote to the speaker (a pronoun, a description, a continuation, a sentence's subject).
    pub const RIVAL: f32 = 0.85;
    /// An outlet relaying the quote before it (`NBC reported`): that quote's speaker, a little
    /// less sure.
    pub const RELAYED: f32 = 0.9;
}

/// Where the words that name a speaker stand, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    /// A tag right after the quote, or a reporting verb right before it.
    Beside,
    /// A reporting verb elsewhere in the quote's sentence, or `according to`.
    InSentence,
    /// No reporting verb: the subject of the quote's sentence.
    Subject,
    /// No words: the last speaker goes on.
    Continuation,
}

/// The words a rule read the speaker from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tag {
    /// Tokens of the phrase that names the speaker (the whole sentence when the speaker is its
    /// subject; empty when no words do).
    words: Range<usize>,
    /// The reporting verb after the phrase, when the phrase stands before it: what lies between
    /// them was skipped.
    verb: Option<usize>,
    /// True when the speaker is the subject of `words`, not the whole phrase.
    subject: bool,
}

impl Tag {
    /// A phrase after its verb, or after `according to`: `said X`.
    pub(super) fn phrase(words: Range<usize>) -> Self {
        Self {
            words,
            verb: None,
            subject: false,
        }
    }

    /// A phrase before its verb at `verb`: `X said`, `X (D-Mo.) said`.
    pub(super) fn before(words: Range<usize>, verb: usize) -> Self {
        Self {
            words,
            verb: Some(verb),
            subject: false,
        }
    }

    /// The speaker is the subject of the tokens `words`.
    pub(super) fn subject(words: Range<usize>) -> Self {
        Self {
            words,
            verb: None,
            subject: true,
        }
    }

    /// No words name the speaker (the quote at token `q` continues the last one).
    pub(super) fn none(q: usize) -> Self {
        Self {
            words: q..q,
            verb: None,
            subject: false,
        }
    }
}

/// How the words name the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Naming {
    /// The full name, or an unnamed source's own description.
    Name,
    /// Part of the name: a surname, a first name.
    PartName,
    /// A description resolved to a person or organization.
    Description,
    /// "he" or "she".
    Pronoun,
    /// No words at all.
    Nothing,
}

/// What the text says for and against one attribution.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Evidence {
    cue: Cue,
    naming: Naming,
    name_in_quote: bool,
    shared_surname: bool,
    gender_clash: bool,
    half_read: bool,
    rival: bool,
}

impl Evidence {
    /// The confidence this evidence gives, 0 to 1.
    fn weight(&self) -> f32 {
        let cue = match self.cue {
            Cue::Beside => weight::BESIDE,
            Cue::InSentence => weight::IN_SENTENCE,
            Cue::Subject => weight::SUBJECT,
            Cue::Continuation => weight::CONTINUATION,
        };
        let naming = match self.naming {
            Naming::Name | Naming::Nothing => weight::NAME,
            Naming::PartName => weight::PART_NAME,
            Naming::Description => weight::DESCRIPTION,
            Naming::Pronoun => weight::PRONOUN,
        };
        [
            (self.name_in_quote, weight::NAME_IN_QUOTE),
            (self.shared_surname, weight::SHARED_SURNAME),
            (self.gender_clash, weight::GENDER_CLASH),
            (self.half_read, weight::HALF_READ),
            (self.rival, weight::RIVAL),
        ]
        .into_iter()
        .filter(|&(doubt, _)| doubt)
        .fold(cue * naming, |w, (_, demotion)| w * demotion)
    }
}

/// The confidence of a quote that repeats the attribution of the one before, `previous`.
pub(super) fn relayed(previous: f32) -> f32 {
    previous * weight::RELAYED
}

impl Reader<'_> {
    /// How sure it is that `found` spoke the quote at token `q` (`span`), read from `tag` by a
    /// rule of kind `cue`.
    pub(super) fn confidence(
        &self,
        ctx: &UnitCtx,
        found: Found,
        cue: Cue,
        tag: &Tag,
        q: usize,
        span: &QuoteSpan,
    ) -> f32 {
        self.evidence(ctx, found, cue, tag, q, span).weight()
    }

    fn evidence(
        &self,
        ctx: &UnitCtx,
        found: Found,
        cue: Cue,
        tag: &Tag,
        q: usize,
        span: &QuoteSpan,
    ) -> Evidence {
        let mut evidence = Evidence {
            cue,
            naming: Naming::Name,
            name_in_quote: false,
            shared_surname: false,
            gender_clash: false,
            half_read: false,
            rival: false,
        };
        let Found::Actor(a) = found else {
            return evidence;
        };
        let actor = &self.table.actors[a];
        let surname = surname(actor.name());
        // The speaker's last mention among the words, outside quotes (a surname two people
        // share may be another's mention the rules gave to the speaker).
        let mention = tag
            .words
            .clone()
            .rev()
            .filter(|&t| !matches!(ctx.tokens[t].kind, Kind::Quote(_)))
            .find_map(|t| {
                ctx.mention(t)
                    .filter(|m| m.actor() == a || &ctx.text[m.start()..m.end()] == surname)
            });
        let first_word = tag.words.clone().find(|&t| ctx.tokens[t].is_word());
        evidence.naming = match mention {
            _ if cue == Cue::Continuation => Naming::Nothing,
            Some(m) if ctx.text[m.start()..m.end()].contains(' ') || !actor.name().contains(' ') => {
                Naming::Name
            }
            Some(_) => Naming::PartName,
            None if first_word.is_some_and(|t| matches!(ctx.lower(t), "he" | "she")) => Naming::Pronoun,
            None => Naming::Description,
        };
        evidence.name_in_quote = contains_word(&ctx.text[span.start..span.end], surname);
        evidence.shared_surname = actor.kind == ActorKind::Person
            && evidence.naming != Naming::Name
            && self.surnames.get(surname).is_some_and(|&people| people > 1);
        evidence.gender_clash = actor.kind == ActorKind::Person
            && actor
                .gender
                .is_some_and(|g| self.tag_genders(ctx, tag, mention, q).any(|said| said != g));
        evidence.half_read = tag.verb.is_some_and(|v| {
            let from = mention.map_or(tag.words.end, |m| last_token(ctx, m, tag.words.clone()) + 1);
            (from..v).any(|t| ctx.tokens[t].is_word() && !ADVERBS.contains(&ctx.lower(t)))
        });
        // A name in the tag settles who; without one, someone named since is a rival.
        evidence.rival = (evidence.naming != Naming::Name && evidence.naming != Naming::PartName
            || cue == Cue::Subject)
            && {
                let pronoun = first_word
                    .and_then(|t| word_gender(ctx.lower(t)))
                    .filter(|_| evidence.naming == Naming::Pronoun);
                self.rival(a, pronoun, (ctx.unit, span.open))
            };
        evidence
    }

    /// True when a person other than `a` (of the gender `pronoun` says, if one does) is named
    /// after `a` was last named or quoted and before `at` (unit, byte).
    fn rival(&self, a: usize, pronoun: Option<Gender>, at: (usize, usize)) -> bool {
        let named = &self.named_at[a];
        let named = named[..named.partition_point(|&p| p < at)].last().copied();
        let Some(last) = named.max(self.spoke_at[a].filter(|&p| p < at)) else {
            return false;
        };
        let mentions = &self.table.mentions;
        let to = mentions.partition_point(|m| (m.unit(), m.start()) < at);
        // No further back than a pronoun looks for its antecedent.
        let from = mentions
            .partition_point(|m| (m.unit(), m.start()) <= last)
            .max(to.saturating_sub(LOOKBACK))
            .min(to);
        mentions[from..to].iter().any(|m| {
            let other = &self.table.actors[m.actor()];
            m.actor() != a
                && other.kind == ActorKind::Person
                && pronoun.is_none_or(|g| other.gender.is_none_or(|o| o == g))
        })
    }

    /// The genders the words around the quote at `q` say of its speaker: the pronoun of a
    /// reporting verb right after or right before the quote (`“…,” she said`, `He added: “…”`),
    /// and the gendered words of the tag's phrase ("Mrs", "spokeswoman"), outside the name.
    fn tag_genders<'c>(
        &self,
        ctx: &'c UnitCtx,
        tag: &Tag,
        mention: Option<&Mention>,
        q: usize,
    ) -> impl Iterator<Item = Gender> + 'c {
        /// How far from the quote a reporting verb's pronoun is looked for.
        const NEAR: usize = 4;
        let pronoun = |t: usize| matches!(ctx.lower(t), "he" | "she").then_some(t);
        let stops = |t: &usize| !matches!(ctx.tokens[*t].kind, Kind::Quote(_)) && !ctx.is_punct(*t, &['.']);
        let after = (q + 1..(q + 1 + NEAR).min(ctx.tokens.len()))
            .take_while(stops)
            .find(|&t| ctx.is_verb(t))
            .and_then(|v| pronoun(v - 1).or_else(|| pronoun(v + 1)));
        let before = (q.saturating_sub(NEAR)..q)
            .rev()
            .take_while(stops)
            .find(|&t| ctx.is_verb(t))
            .and_then(|v| v.checked_sub(1).and_then(pronoun));
        // A subject's gender is its first word's; a phrase's, every word's but the name's.
        let phrase: Vec<usize> = if tag.subject {
            tag.words
                .clone()
                .find(|&t| ctx.tokens[t].is_word())
                .into_iter()
                .collect()
        } else {
            tag.words
                .clone()
                .filter(|&t| ctx.tokens[t].is_word() && ctx.mention(t).is_none_or(|m| Some(m) != mention))
                .collect()
        };
        after
            .into_iter()
            .chain(before)
            .chain(phrase)
            .filter_map(move |t| word_gender(ctx.lower(t)))
    }
}

/// How many people of the article have each surname (the last word of the name).
pub(super) fn surnames(table: &ActorTable) -> HashMap<&str, usize> {
    let mut people = HashMap::new();
    for actor in table.actors.iter().filter(|a| a.kind == ActorKind::Person) {
        *people.entry(surname(actor.name())).or_default() += 1;
    }
    people
}

/// The last word of a name.
fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// The last token of `range` that mention `m` covers.
fn last_token(ctx: &UnitCtx, m: &Mention, range: Range<usize>) -> usize {
    range
        .rev()
        .find(|&t| ctx.mention(t).is_some_and(|o| o == m))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::weight::*;
    use super::*;

    /// The speaker (or description, or "-") and confidence of the quote holding `quote` in a
    /// small article of `paragraphs`.
    fn judged(paragraphs: &[&str], quote: &str) -> (String, f32) {
        let crate::extract::testing::Read {
            units,
            table,
            spans,
            found,
        } = crate::extract::testing::read(paragraphs);
        let (_, a) = spans
            .iter()
            .zip(found)
            .find(|(span, _)| span.text(&units).contains(quote))
            .unwrap_or_else(|| panic!("{quote:?} not found"));
        let a = a.unwrap_or_else(|| panic!("{quote:?} is no one's words"));
        let who = match (a.speaker, a.description) {
            (Some(s), _) => table.actors[s].name().to_string(),
            (None, Some(d)) => d,
            (None, None) => "-".to_string(),
        };
        (who, a.confidence)
    }

    /// Asserts the quote holding `quote` goes to `who` with confidence `expected`.
    #[track_caller]
    fn assert_judged(paragraphs: &[&str], quote: &str, who: &str, expected: f32) {
        let (got_who, got) = judged(paragraphs, quote);
        assert_eq!(got_who, who, "{paragraphs:?}");
        assert!((got - expected).abs() < 1e-5, "{quote:?}: {got} != {expected}");
    }

    #[test]
    fn a_tag_beside_the_quote_naming_the_speaker_in_full() {
        let after = ["“The pier reopens in May,” Orla Penhallow said."];
        assert_judged(&after, "pier", "Orla Penhallow", BESIDE * NAME);
        let before = ["Orla Penhallow said: “The pier reopens in May.”"];
        assert_judged(&before, "pier", "Orla Penhallow", BESIDE * NAME);
    }

    #[test]
    fn a_tag_elsewhere_in_the_sentence() {
        let paragraphs = ["Orla Penhallow called the plan “a slow disaster” on Monday."];
        assert_judged(&paragraphs, "disaster", "Orla Penhallow", IN_SENTENCE * NAME);
    }

    #[test]
    fn only_the_sentences_subject() {
        let paragraphs = ["Orla Penhallow wants the pier to be “a place for everyone” again."];
        assert_judged(&paragraphs, "everyone", "Orla Penhallow", SUBJECT * NAME);
    }

    #[test]
    fn a_surname_a_description_and_a_pronoun() {
        let surname = [
            "Orla Penhallow runs the harbour board.",
            "“We open in May,” Penhallow said.",
        ];
        assert_judged(&surname, "open", "Orla Penhallow", BESIDE * PART_NAME);
        let description = [
            "Orla Penhallow, the harbour spokeswoman, spoke on Monday.",
            "“We open in May,” the spokeswoman said.",
        ];
        assert_judged(&description, "open", "Orla Penhallow", BESIDE * DESCRIPTION);
        let pronoun = [
            "Orla Penhallow runs the harbour board.",
            "“We open in May,” she said.",
        ];
        assert_judged(&pronoun, "open", "Orla Penhallow", BESIDE * PRONOUN);
    }

    #[test]
    fn a_paragraph_of_pure_quote_continuing_the_last_speaker() {
        let paragraphs = [
            "“The pier reopens in May,” Orla Penhallow said.",
            "“The cafe follows in June.”",
        ];
        assert_judged(&paragraphs, "cafe", "Orla Penhallow", CONTINUATION);
    }

    #[test]
    fn evidence_ranks_beside_then_sentence_then_pronoun_then_continuation() {
        let beside = judged(&["“We open in May,” Orla Penhallow said."], "open").1;
        let sentence = judged(
            &["Orla Penhallow called the plan “a slow disaster” on Monday."],
            "slow",
        )
        .1;
        let pronoun = judged(
            &["Orla Penhallow runs the board.", "“We open in May,” she said."],
            "open",
        )
        .1;
        let continuation = judged(
            &["“We open in May,” Orla Penhallow said.", "“And close in June.”"],
            "close",
        )
        .1;
        assert!(beside > sentence && sentence > pronoun && pronoun > continuation);
        assert!(continuation >= DOUBTFUL, "a plain continuation is not flagged");
    }

    #[test]
    fn the_speakers_name_inside_the_quote_lowers_it() {
        let paragraphs = ["“Penhallow will not resign,” Orla Penhallow said."];
        assert_judged(
            &paragraphs,
            "resign",
            "Orla Penhallow",
            BESIDE * NAME * NAME_IN_QUOTE,
        );
    }

    #[test]
    fn a_surname_two_people_share_lowers_it_unless_the_tag_names_one_in_full() {
        let paragraphs = [
            "Bram Tessier and his sister Ines Tessier run the bakery on the quay.",
            "“We bake at four,” Tessier said.",
            "“We sell out by ten,” Ines Tessier said.",
        ];
        let (_, shared) = judged(&paragraphs, "four");
        assert!(
            (shared - BESIDE * PART_NAME * SHARED_SURNAME).abs() < 1e-5,
            "{shared}"
        );
        assert_judged(&paragraphs, "ten", "Ines Tessier", BESIDE * NAME);
    }

    #[test]
    fn a_gendered_word_that_does_not_fit_the_speaker_lowers_it() {
        let paragraphs = [
            "Mr. Bram Tessier spoke to reporters on Monday.",
            "“We bake at four,” the spokeswoman said.",
        ];
        assert_judged(
            &paragraphs,
            "four",
            "Bram Tessier",
            BESIDE * DESCRIPTION * GENDER_CLASH,
        );
    }

    #[test]
    fn words_skipped_between_the_name_and_the_verb_lower_it() {
        let paragraphs = ["Orla Penhallow, speaking in Truro on Monday, said: “The pier is ready.”"];
        assert_judged(&paragraphs, "ready", "Orla Penhallow", BESIDE * NAME * HALF_READ);
        let parenthesis = ["“The pier is ready,” Orla Penhallow (R-Kent) said."];
        assert_judged(&parenthesis, "ready", "Orla Penhallow", BESIDE * NAME * HALF_READ);
    }

    #[test]
    fn someone_named_since_the_speaker_lowers_a_pronoun_or_a_continuation() {
        // A man named in between is no rival for "she"; a woman is.
        let man = [
            "Ms. Orla Penhallow runs the harbour board.",
            "She met Mr. Bram Tessier on Monday.",
            "“We open in May,” she said.",
        ];
        assert_judged(&man, "open", "Orla Penhallow", BESIDE * PRONOUN);
        let woman = [
            "Ms. Orla Penhallow runs the harbour board.",
            "She met Ms. Ines Quarrie on Monday.",
            "“We open in May,” she said.",
        ];
        assert_judged(&woman, "open", "Orla Penhallow", BESIDE * PRONOUN * RIVAL);
        let continuation = [
            "“The pier reopens in May,” Orla Penhallow said.",
            "Bram Tessier, who runs the cafe, was not there.",
            "“The cafe follows in June.”",
        ];
        assert_judged(
            &continuation,
            "cafe follows",
            "Orla Penhallow",
            CONTINUATION * RIVAL,
        );
        // Named before her last quote, he is no rival for the quote after it.
        let quoted_since = [
            "Orla Penhallow met Mr. Bram Tessier on Monday.",
            "“We open in May,” she said. “The cafe follows in June.”",
        ];
        assert_judged(&quoted_since, "cafe follows", "Orla Penhallow", CONTINUATION);
    }

    #[test]
    fn an_unnamed_source_a_relayed_quote_and_no_speaker() {
        let paragraphs = [
            "“Three things,” a senior harbour official said. “The first is the tide,” the Gazette reported.",
            "The pier made “some progress.”",
        ];
        assert_judged(&paragraphs, "Three", "a senior harbour official", BESIDE * NAME);
        assert_judged(
            &paragraphs,
            "tide",
            "a senior harbour official",
            BESIDE * NAME * RELAYED,
        );
        assert_judged(&paragraphs, "progress", "-", 0.0);
    }

    #[test]
    fn every_doubt_lowers_and_none_raises() {
        let plain = Evidence {
            cue: Cue::Beside,
            naming: Naming::Name,
            name_in_quote: false,
            shared_surname: false,
            gender_clash: false,
            half_read: false,
            rival: false,
        };
        let doubts = [
            Evidence {
                name_in_quote: true,
                ..plain
            },
            Evidence {
                shared_surname: true,
                ..plain
            },
            Evidence {
                gender_clash: true,
                ..plain
            },
            Evidence {
                half_read: true,
                ..plain
            },
            Evidence { rival: true, ..plain },
        ];
        for doubt in doubts {
            assert!(doubt.weight() < plain.weight(), "{doubt:?}");
        }
        assert!(plain.weight() <= 1.0);
    }
}
