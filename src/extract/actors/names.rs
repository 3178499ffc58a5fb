//! Where names are in one unit: every word is classed (title, place, organization word, name
//! word…), capitalised words are grouped into runs, and each run is cut into organizations,
//! titles, people's names and lone capitalised words. Nothing here knows other units; joining
//! surnames to full names is `resolve`'s work.

use super::fold::{folded, push_folded};
use super::gazetteer as gz;
use super::lex;
use super::roles;
use super::tokenize::{Tok, tokenize};
use super::words;

/// What one token is, for the name rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Punctuation.
    Punct,
    /// A word starting with a digit.
    Number,
    /// A lowercase word that is not a name particle.
    Lower,
    /// A lowercase particle inside names ("von", "bin").
    Particle,
    /// A capitalised common word ("However", "Asked").
    Stop,
    /// A month, weekday or holiday.
    Calendar,
    /// An office or honorific ("President", "Mr").
    Title,
    /// A word modifying a title ("Foreign", "Deputy").
    TitleMod,
    /// A place ("Moscow", "U.S.").
    Place,
    /// A word ending a place name ("Sea", "Palace").
    PlaceHead,
    /// A nationality or similar adjective ("Russian").
    Demonym,
    /// A word ending an organization's name ("Ministry", "News").
    OrgWord,
    /// A well-known organization ("Kremlin", "NBC").
    KnownOrg,
    /// An unknown all-caps word: an organization's acronym.
    Acronym,
    /// Initials in a name ("JD", "W.").
    Initials,
    /// A hyphenated compound of places or nationalities ("US-Russia").
    Compound,
    /// A word ending the name of a law, event or prize ("Act", "Cup", "Summit").
    Thing,
    /// Any other capitalised word: a name word.
    Name,
}

/// What a candidate is before the article as a whole is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandKind {
    /// Two or more name words, or one after a title: a person.
    Person,
    /// One capitalised name word that is a surname, a person or an organization as the rest of
    /// the article decides.
    Single,
    /// An organization.
    Org,
}

/// A name found in one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Cand {
    /// What it is.
    pub kind: CandKind,
    /// First token of the name.
    pub first: usize,
    /// Last token of the name (inclusive).
    pub last: usize,
    /// Byte range of the name in the unit's text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// A person title or honorific stands right before it ("President", "Mr", "aide").
    pub titled: bool,
    /// Gender said by the title right before it ("Mr", "Queen"): `Some(true)` for male.
    pub title_gender: Option<bool>,
    /// The context says it is an organization when it is not a known person: "the X said",
    /// "X chief executive Y", "X reported".
    pub org_cue: bool,
    /// Preceded by a place preposition ("in X", "city of X").
    pub place_ctx: bool,
    /// The name is followed by a possessive.
    pub possessive: bool,
    /// Role phrases the unit gives around this name.
    pub roles: Vec<String>,
}

/// An acronym defined in parentheses: "Armed Forces of Ukraine (AFU)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    /// The acronym's key.
    pub key: String,
    /// The candidate (in the same unit) it stands for; `None` when it abbreviates words that
    /// name no actor ("non-binding resolution (EPR)").
    pub target: Option<usize>,
}

/// One unit, read.
#[derive(Debug)]
pub struct Scan<'a> {
    /// The unit's text.
    pub text: &'a str,
    /// Its tokens.
    pub toks: Vec<Tok>,
    /// The folded keys of the tokens that are not their own key, one after another.
    keybuf: String,
    /// Each token's key: a byte range of `keybuf`, or (for a plain lowercase word, flagged by
    /// the third field) of `text` itself.
    keys: Vec<(u32, u32, bool)>,
    /// Each token's word-list bits (`lex` flags; 0 for punctuation).
    flags: Vec<u32>,
    /// Each token's class.
    pub class: Vec<Class>,
    /// True for a headline or Title Case line: names there only count if the body has them.
    pub weak: bool,
    /// The names found (empty for a weak unit).
    pub cands: Vec<Cand>,
    /// Acronyms defined in the unit.
    pub defs: Vec<Definition>,
}

impl<'a> Scan<'a> {
    /// The word-list bits of token `t` (0 for punctuation or past the end).
    pub fn flags_of(&self, t: usize) -> u32 {
        match self.flags.get(t) {
            Some(&LAZY) => lex::flags(self.key(t)),
            Some(&f) => f,
            None => 0,
        }
    }

    /// True when token `t` is in any of the word lists `bits`.
    pub fn has(&self, t: usize, bits: u32) -> bool {
        self.flags_of(t) & bits != 0
    }

    /// The text of token `t`.
    pub fn word(&self, t: usize) -> &'a str {
        &self.text[self.toks[t].start..self.toks[t].end]
    }

    /// The key of token `t` (lowercase, diacritics folded), or "" past the end.
    pub fn key(&self, t: usize) -> &str {
        match self.keys.get(t) {
            Some(&(a, b, true)) => &self.text[a as usize..b as usize],
            Some(&(a, b, false)) => &self.keybuf[a as usize..b as usize],
            None => "",
        }
    }

    /// True when token `t` is a lowercase word with key `key`.
    pub fn is_lower(&self, t: usize, key: &str) -> bool {
        self.class
            .get(t)
            .is_some_and(|c| matches!(c, Class::Lower | Class::Particle))
            && self.key(t) == key
    }

    /// True for a word that can be part of a capitalised run.
    fn capish(&self, t: usize) -> bool {
        !matches!(
            self.class[t],
            Class::Punct | Class::Number | Class::Lower | Class::Particle
        )
    }
}

/// Longest place, thing or organization name read from one item of a run, in items: the
/// forward scans stop there, so a run of any length is cut in linear time.
const MAX_STRETCH: usize = 32;

/// The `flags` value of a word whose lists are looked up only when asked.
const LAZY: u32 = u32::MAX;

/// Reads one unit: classes, names and roles.
pub fn scan(text: &str, headline: bool) -> Scan<'_> {
    let toks = tokenize(text);
    // Keys are never longer than their words, bar a few folded letters ("ß" → "ss").
    let mut keybuf = String::with_capacity(text.len());
    let mut keys = Vec::with_capacity(toks.len());
    // Word-list bits now for capitalised words; lowercase words are looked up when asked.
    let mut flags = Vec::with_capacity(toks.len());
    for t in &toks {
        if t.punct.is_some() {
            keys.push((0, 0, false));
            flags.push(0);
        } else if t.plain {
            keys.push((t.start as u32, t.end as u32, true));
            flags.push(LAZY);
        } else {
            let a = keybuf.len();
            push_folded(&text[t.start..t.end], &mut keybuf);
            keys.push((a as u32, keybuf.len() as u32, false));
            flags.push(lex::flags(&keybuf[a..]));
        }
    }
    let mut s = Scan {
        text,
        toks,
        keybuf,
        keys,
        flags,
        class: Vec::new(),
        weak: headline,
        cands: Vec::new(),
        defs: Vec::new(),
    };
    s.class = (0..s.toks.len()).map(|t| classify(&s, t)).collect();
    if !s.weak && is_title_case(&s) {
        s.weak = true;
    }
    // A dateline's capitals: "SANTA CLARA, Calif. (AP) —".
    let caps = s.toks.iter().take_while(|t| t.is_word()).count();
    if caps > 0
        && s.toks
            .get(caps)
            .is_some_and(|t| matches!(t.punct, Some(',' | '(' | '—' | '–' | '―')))
        && (0..caps).all(|t| !s.word(t).chars().any(char::is_lowercase))
    {
        for t in 0..caps {
            if s.class[t] != Class::KnownOrg {
                s.class[t] = Class::Stop;
            }
        }
    }
    if s.weak {
        return s;
    }
    let mut items_buf = Vec::new();
    let mut t = 0;
    while t < s.toks.len() {
        if s.capish(t) {
            let end = run_end(&s, t);
            segment(&mut s, t, end, &mut items_buf);
            t = end;
        } else {
            t += 1;
        }
    }
    let titles: Vec<bool> = s.cands.iter().map(|c| work_title(&s, c)).collect();
    let mut titles = titles.into_iter();
    s.cands.retain(|_| !titles.next().unwrap_or(false));
    possessed_institutions(&mut s);
    s.cands.sort_by_key(|c| c.first);
    definitions(&mut s);
    roles::attach(&mut s);
    s
}

/// The class of token `t`.
fn classify(s: &Scan, t: usize) -> Class {
    let tok = s.toks[t];
    if tok.punct.is_some() {
        return Class::Punct;
    }
    if tok.plain {
        // A plain lowercase word (or number): its text is its key.
        let key = s.key(t);
        return if key.starts_with(|c: char| c.is_ascii_digit()) {
            Class::Number
        } else if key.len() <= 5 && words::is_particle(key) {
            Class::Particle
        } else {
            Class::Lower
        };
    }
    let w = s.word(t);
    let key = s.key(t);
    let first = w.chars().next().unwrap_or(' ');
    if first.is_numeric() {
        return Class::Number;
    }
    // A social-media handle ("@HartshireCC") names an account, not an actor.
    if t > 0 && s.toks[t - 1].punct == Some('@') && !tok.space_before {
        return Class::Stop;
    }
    if first.is_lowercase() {
        if w.contains('-') && s.has(t, lex::KNOWN_ORG) {
            return Class::KnownOrg;
        }
        // "al-Assad", "bin-Talal": a particle glued to a capitalised name.
        if let Some((p, rest)) = w.split_once('-')
            && words::is_particle(p)
            && rest.starts_with(char::is_uppercase)
        {
            return Class::Name;
        }
        return if words::is_particle(key) {
            Class::Particle
        } else {
            Class::Lower
        };
    }
    // Letters and lowercase letters, counted in one pass.
    let (letters, lowers) = w.chars().fold((0, 0), |(letters, lowers), c| {
        (
            letters + usize::from(c.is_alphabetic()),
            lowers + usize::from(c.is_lowercase()),
        )
    });
    // A plural acronym ("MPs", "CEOs") is what its singular is: the final 's' is its only
    // lowercase letter.
    if let Some(base) = w.strip_suffix('s')
        && letters > 2
        && lowers == 1
    {
        let base = folded(base);
        if words::is_title(&base) || gz::is_common_acronym(&base) {
            return Class::Stop;
        }
    }
    let all_caps = letters >= 2 && lowers == 0;
    if w.contains('-') && !s.has(t, lex::PLACE | lex::KNOWN_ORG) {
        return if syllable_name(s, t, w) {
            Class::Name
        } else {
            compound_class(w, key)
        };
    }
    let f = s.flags_of(t);
    let is = |bits: u32| f & bits != 0;
    if all_caps {
        return if is(lex::PLACE) {
            Class::Place
        } else if is(lex::TITLE) {
            Class::Title
        } else if is(lex::KNOWN_ORG) || gz::expansion(key).is_some() {
            Class::KnownOrg
        } else if is(lex::COMMON_ACRONYM | lex::STOP | lex::CALENDAR) {
            Class::Stop
        } else if letters <= 2 || (w.contains('.') && letters <= 3) {
            Class::Initials
        } else if letters <= 6 && !w.contains(|c: char| c.is_ascii_digit()) {
            Class::Acronym
        } else {
            Class::Stop
        };
    }
    // The pronoun "I" (not a regnal numeral after a name: "Elizabeth I").
    if w == "I"
        && !t
            .checked_sub(1)
            .is_some_and(|p| s.toks[p].is_word() && s.word(p).starts_with(char::is_uppercase))
    {
        return Class::Stop;
    }
    // The article "A" opening a sentence ("A Food and Drug Administration panel"), not an
    // initial: an initial has its dot or stands inside a name.
    if w == "A" && tok.sentence_start {
        return Class::Stop;
    }
    if letters == 1 {
        return Class::Initials;
    }
    // Contractions: "I've", "That's", "Don't".
    if let Some((base, _)) = key.split_once('\'')
        && (words::is_stop(base) || key.ends_with("n't"))
    {
        return Class::Stop;
    }
    // "Said Ellis: …", "Added the mayor…": a reporting verb opening an inverted sentence.
    if tok.sentence_start && crate::extract::lexicon::is_reporting_verb(key) {
        return Class::Stop;
    }
    if is(lex::TITLE) {
        Class::Title
    } else if is(lex::KNOWN_ORG) && (gz::expansion(key).is_none() || key.len() >= 3) {
        Class::KnownOrg
    } else if is(lex::THING) {
        Class::Thing
    } else if is(lex::TITLE_MOD) {
        Class::TitleMod
    } else if is(lex::PLACE) {
        Class::Place
    } else if is(lex::DEMONYM) || gz::is_plural_demonym(key) {
        Class::Demonym
    } else if is(lex::ORG_WORD) {
        Class::OrgWord
    } else if is(lex::PLACE_HEAD) {
        Class::PlaceHead
    } else if is(lex::CALENDAR) {
        Class::Calendar
    } else if is(lex::STOP) {
        Class::Stop
    } else if camel_org(w) {
        Class::OrgWord
    } else {
        Class::Name
    }
}

/// True for a hyphenated given name of two short syllables, the second in lower case ("Ban
/// Ki-moon", "Sae-jin Park", "Park Geun-hye"), next to another capitalised word: read as a name
/// word, not as a compound like "Follow-up".
fn syllable_name(s: &Scan, t: usize, w: &str) -> bool {
    let Some((first, second)) = w.split_once('-') else {
        return false;
    };
    let syllable = |p: &str| (2..=5).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic);
    let capital = |n: usize| {
        s.toks.get(n).is_some_and(|tok| tok.is_word())
            && s.word(n).chars().next().is_some_and(char::is_uppercase)
            && !s.word(n).contains('-')
    };
    let beside = t
        .checked_sub(1)
        .is_some_and(|p| capital(p) && s.toks[t].space_before)
        || s.toks.get(t + 1).is_some_and(|n| n.space_before) && capital(t + 1);
    syllable(first)
        && syllable(second)
        && first.starts_with(char::is_uppercase)
        && second.starts_with(char::is_lowercase)
        && beside
}

/// The class of a hyphenated capitalised word: a compound of places or nationalities
/// ("US-Russia", "U.S.-led") is no name; a double-barrelled name ("Rees-Mogg") or two surnames
/// ("Witkoff-Dmitriev") is a name word that `resolve` may split.
fn compound_class(w: &str, key: &str) -> Class {
    let any_lower_part = w.split('-').skip(1).any(|p| p.starts_with(char::is_lowercase));
    let any_place = key
        .split('-')
        .any(|p| gz::is_place_org_or_people(p) || p.chars().all(char::is_numeric));
    if any_lower_part || any_place {
        Class::Compound
    } else {
        Class::Name
    }
}

/// True for a camel-case brand: one whose last part is an organization word ("IntelliNews"),
/// or whose first part is a word of three letters or more ("PatientsFirst", "BlackRock") that
/// is no surname prefix ("MacArthur", "FitzGerald") or given name ("MaryAnn"); two-letter
/// prefixes are surnames' ("McCain", "DeSantis", "LeBron").
fn camel_org(w: &str) -> bool {
    let Some((i, _)) = w.char_indices().skip(1).filter(|(_, c)| c.is_uppercase()).last() else {
        return false;
    };
    if !w[..i].chars().any(char::is_lowercase) {
        return false;
    }
    if gz::is_org_word(&folded(&w[i..])) {
        return true;
    }
    let Some((j, _)) = w.char_indices().skip(1).find(|(_, c)| c.is_uppercase()) else {
        return false;
    };
    let prefix = folded(&w[..j]);
    w[..j].chars().all(char::is_alphabetic)
        && w[j..].chars().all(char::is_alphabetic)
        && prefix.chars().count() >= 3
        && !matches!(
            prefix.as_str(),
            "mac" | "van" | "von" | "fitz" | "del" | "della" | "dela" | "san" | "ben" | "abu" | "ter" | "des"
        )
        && !lex::has(&prefix, lex::MALE | lex::FEMALE)
}

/// True for a short line in Title Case ("Kremlin Meeting Fails to Yield Breakthrough"), whose
/// capitals do not mark names: no lowercase word but short function words, no comma, and at
/// least three capitalised words after the first.
fn is_title_case(s: &Scan) -> bool {
    // A byline ("By Ben Aris in Berlin") names its writer.
    if s.toks.first().is_some_and(|t| t.is_word()) && s.key(0) == "by" {
        return false;
    }
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "but", "as", "vs",
        "from", "into",
    ];
    let mut upper = 0;
    let mut words = 0;
    for (t, tok) in s.toks.iter().enumerate() {
        match tok.punct {
            Some(',') => return false,
            Some('.' | '!' | '?') if t + 1 < s.toks.len() => return false,
            Some(_) => continue,
            None => {}
        }
        words += 1;
        let w = s.word(t);
        if w.starts_with(char::is_lowercase) && !SMALL.contains(&s.key(t)) {
            return false;
        }
        if !tok.sentence_start && w.starts_with(char::is_uppercase) {
            upper += 1;
        }
    }
    words <= 20 && upper >= 3
}

/// The end (exclusive) of the capitalised run starting at token `start`: capitalised words
/// separated by spaces, with particles ("von der"), and "of"/"for"/"and"/"&" where an
/// organization or title goes on ("Ministry of Defence", "Security and Defense Council").
fn run_end(s: &Scan, start: usize) -> usize {
    let n = s.toks.len();
    let mut e = start + 1;
    while e < n {
        if s.toks[e - 1].possessive {
            // "Tarrant's Bakery", "the Women’s Cooperative": a shop or a cooperative named for
            // its owners, its trade word alone after the possessive.
            let trade = s.toks[e].is_word()
                && s.toks[e].space_before
                && s.capish(e)
                && gz::is_trade_word(s.key(e))
                && !(e + 1 < n && s.toks[e + 1].space_before && s.toks[e + 1].is_word() && s.capish(e + 1));
            // Not a country's or a body's: "Russia's Foods"… are no shop names.
            let owner = !matches!(
                s.class[e - 1],
                Class::Place | Class::KnownOrg | Class::Demonym | Class::Title
            );
            if trade && owner {
                e += 1;
            }
            break;
        }
        let tok = s.toks[e];
        if !tok.space_before {
            break;
        }
        if tok.is_word() && s.capish(e) {
            e += 1;
            continue;
        }
        // Particles: "Ursula von der Leyen".
        if s.class[e] == Class::Particle {
            let mut m = e;
            while m < n && s.class[m] == Class::Particle && s.toks[m].space_before && m - e < 3 {
                m += 1;
            }
            if m < n && s.toks[m].space_before && s.class[m] == Class::Name {
                e = m;
                continue;
            }
            break;
        }
        if nickname_at(s, e) {
            e += 3;
            continue;
        }
        let key = s.key(e);
        let prev = s.class[e - 1];
        if matches!(key, "of" | "for" | "on")
            && tok.is_word()
            && (matches!(
                prev,
                Class::OrgWord | Class::Title | Class::PlaceHead | Class::KnownOrg | Class::TitleMod
            ) || s.has(e - 1, lex::PHRASE_START))
        {
            let mut m = e + 1;
            if m < n && s.key(m) == "the" && s.toks[m].is_word() {
                m += 1;
            }
            if m < n && s.toks[m].space_before && s.capish(m) {
                e = m;
                continue;
            }
            break;
        }
        let amp = tok.punct == Some('&');
        // "Pryor & Lindqvist", "Marks & Spencer": an ampersand between capitalised words makes
        // a firm's name; "and" does where the name ends in an organization word ("Security and
        // Defense Council").
        let amp_name = amp && e + 1 < n && s.toks[e + 1].space_before && s.capish(e + 1);
        // Not after a whole name, a name word and an organization word: "Glenmoor Trains and
        // Dunholm Buses" are two, "U.S. Securities and Exchange Commission" one.
        let whole = prev == Class::OrgWord && e >= start + 2 && s.class[e - 2] == Class::Name;
        let and = key == "and" && tok.is_word() && !whole;
        if amp_name || (and || amp) && ends_in_org(s, e + 1) {
            e += 1;
            continue;
        }
        break;
    }
    e
}

/// True when token `t` opens a quoted nickname inside a name: one capitalised word between
/// double marks that hug it, after a name word and before another (`Harold T. "Buddy" Lamont`,
/// `Lorna “Lo” Vance`).
fn nickname_at(s: &Scan, t: usize) -> bool {
    let opens = |n: usize| matches!(s.toks.get(n).and_then(|x| x.punct), Some('"' | '“'));
    let closes = |n: usize| matches!(s.toks.get(n).and_then(|x| x.punct), Some('"' | '”'));
    let capital =
        |n: usize| s.toks.get(n).is_some_and(|x| x.is_word()) && s.word(n).starts_with(char::is_uppercase);
    t > 0
        && opens(t)
        && s.toks[t].space_before
        && capital(t - 1)
        && capital(t + 1)
        && !s.toks[t + 1].space_before
        && s.word(t + 1).chars().all(char::is_alphabetic)
        && closes(t + 2)
        && !s.toks[t + 2].space_before
        && capital(t + 3)
        && s.toks[t + 3].space_before
}

/// True when the capitalised words from `t` on end in an organization word.
fn ends_in_org(s: &Scan, t: usize) -> bool {
    let mut last = None;
    let mut m = t;
    while m < s.toks.len() && s.toks[m].space_before && s.capish(m) {
        last = Some(m);
        if s.toks[m].possessive {
            break;
        }
        m += 1;
    }
    last.is_some_and(|l| s.class[l] == Class::OrgWord)
}

/// One item of a run: a token, or a known multi-word phrase.
#[derive(Debug, Clone, Copy)]
struct Item {
    first: usize,
    last: usize,
    class: Class,
}

/// The most tokens an appositive between a speaking place and its verb may have.
const APPOSITIVE_TOKENS: usize = 14;

/// True when the place `first..=last` speaks: a capital or country right before a speech verb
/// ("Ottawa said", "Moscow told reporters"), or before an appositive and the verb ("Norway, the
/// closest partner, said", "Norway, Oslo's oldest ally, said"), stands for its government, unless a preposition puts it in the
/// background ("officials in Moscow said").
fn place_speaks(s: &Scan, first: usize, last: usize) -> bool {
    let comma = |t: usize| s.toks.get(t).is_some_and(|t| t.punct == Some(','));
    let mut next = last + 1;
    // The appositive opens with a lower-case word, or with a possessor before one ("Oslo's
    // oldest ally").
    let lower = |t: usize| s.class.get(t) == Some(&Class::Lower);
    let opens = lower(next + 1) || s.toks.get(next + 1).is_some_and(|t| t.possessive) && lower(next + 2);
    if comma(next) && opens {
        let close = (next + 1..s.toks.len().min(next + 1 + APPOSITIVE_TOKENS))
            .take_while(|&t| !matches!(s.toks[t].punct, Some('.' | ';' | ':')))
            .find(|&t| comma(t));
        if let Some(close) = close {
            next = close + 1;
        }
    }
    let speaks =
        !s.toks[last].possessive && s.class.get(next) == Some(&Class::Lower) && s.has(next, lex::SPEECH);
    let placed = first.checked_sub(1).is_some_and(|p| {
        s.class[p] == Class::Lower
            && matches!(
                s.key(p),
                "in" | "from"
                    | "at"
                    | "to"
                    | "of"
                    | "near"
                    | "across"
                    | "outside"
                    | "inside"
                    | "around"
                    | "for"
                    | "into"
                    | "over"
                    | "by"
                    | "toward"
                    | "towards"
                    | "via"
                    | "through"
            )
    });
    speaks && !placed
}

/// Cuts the run `start..end` into items, matching known multi-word phrases first.
fn items(s: &Scan, start: usize, end: usize, out: &mut Vec<Item>) {
    out.clear();
    let mut t = start;
    while t < end {
        let mut matched = None;
        if nickname_at(s, t) {
            matched = Some((t + 2, Class::Name));
        } else if s.has(t, lex::PHRASE_START) {
            let mut phrase = String::from(s.key(t));
            let mut best = None;
            for m in t + 1..end.min(t + 6) {
                if s.toks[m].is_word() {
                    phrase.push(' ');
                }
                phrase.push_str(if s.toks[m].is_word() { s.key(m) } else { "&" });
                let class = if gz::is_known_org(&phrase) {
                    Some(Class::KnownOrg)
                } else if gz::is_place(&phrase) {
                    Some(Class::Place)
                } else if gz::is_calendar(&phrase) {
                    Some(Class::Calendar)
                } else {
                    None
                };
                if let Some(c) = class {
                    best = Some((m, c));
                }
            }
            matched = best;
        }
        match matched {
            Some((last, class)) => {
                out.push(Item {
                    first: t,
                    last,
                    class,
                });
                t = last + 1;
            }
            None => {
                out.push(Item {
                    first: t,
                    last: t,
                    class: s.class[t],
                });
                t += 1;
            }
        }
    }
}

/// True when item `it` is a lowercase connector inside a run with key `key`.
fn is_conn(s: &Scan, it: &Item, key: &str) -> bool {
    it.first == it.last && (s.is_lower(it.first, key) || key == "&" && s.toks[it.first].punct == Some('&'))
}

/// True for any connector item ("of", "the", "and", "for", "on", "&").
fn any_conn(s: &Scan, it: &Item) -> bool {
    it.first == it.last
        && match s.class[it.first] {
            Class::Lower | Class::Particle => matches!(s.key(it.first), "of" | "the" | "and" | "for" | "on"),
            Class::Punct => s.toks[it.first].punct == Some('&'),
            _ => false,
        }
}

/// True when the word before token `t` is a lowercase role ("county clerk Dean Marsh").
fn role_before(s: &Scan, t: usize) -> bool {
    t > 0 && s.class[t - 1] == Class::Lower && s.has(t - 1, lex::TITLE | lex::ROLE_HEAD)
}

/// True when item `it` is a given name written like another class ("Christian", "Jordan"), or
/// one of two syllables ("Sae-jin").
fn given_name(s: &Scan, it: &Item) -> bool {
    it.first == it.last
        && (s.has(it.first, lex::MALE | lex::FEMALE) || syllable_name(s, it.first, s.word(it.first)))
}

/// True when item `i` is the run's last and an age follows it ("— Dean Osei, 34, a nurse"):
/// only a person's name is given an age.
fn age_after(s: &Scan, items: &[Item], i: usize) -> bool {
    i + 1 == items.len()
        && s.toks
            .get(items[i].last + 1)
            .is_some_and(|t| t.punct == Some(','))
        && s.class.get(items[i].last + 2) == Some(&Class::Number)
        && s.key(items[i].last + 2).len() <= 3
}

/// True when item `i` can start a person's name; after a title (`titled`) a place's name
/// before a name word is a given name too ("Rep. Alexandria Ocasio-Cortez").
fn starts_name(s: &Scan, items: &[Item], i: usize, titled: bool) -> bool {
    let Some(it) = items.get(i) else { return false };
    match it.class {
        Class::Name | Class::Initials => true,
        // "Gov. Earl Ray Tomblin", "county clerk Dean Marsh": a title that is also a given name,
        // after a title or a role, before a name word, is the given name; so is one before a
        // lone title word that ends the run ("Dean Bishop, a retired teacher").
        Class::Title => {
            let next = items.get(i + 1);
            given_name(s, it)
                && ((titled || role_before(s, it.first) || age_after(s, items, i + 1))
                    && next.is_some_and(|n| matches!(n.class, Class::Name | Class::Initials))
                    || next.is_some_and(|n| n.class == Class::Title && n.first == n.last)
                        && i + 2 == items.len())
        }
        Class::Particle => items.get(i + 1).is_some_and(|n| n.class == Class::Name),
        Class::Place
        | Class::Demonym
        | Class::Calendar
        | Class::TitleMod
        | Class::PlaceHead
        | Class::Thing => {
            let next = items.get(i + 1);
            // A name word, or particles before one ("Bill de Blasio").
            let named = next.is_some_and(|n| matches!(n.class, Class::Name | Class::Initials))
                || next.is_some_and(|n| n.class == Class::Particle) && starts_name(s, items, i + 1, false);
            // "Jordan King": a given name, then a title word that ends the run, is a surname.
            let surname_title =
                next.is_some_and(|n| n.class == Class::Title && n.first == n.last) && i + 2 == items.len();
            (given_name(s, it) || titled && it.first == it.last) && named
                || given_name(s, it) && surname_title
        }
        _ => false,
    }
}

/// True when item `it` comes right after "the" ("the Open Rights Group"): a common word there
/// may open an organization's name.
fn after_the(s: &Scan, it: &Item) -> bool {
    it.first > 0 && s.toks[it.first].space_before && s.key(it.first - 1) == "the"
}

/// How many words after a place may still name a body of that place before its organization
/// word ("Ostmoor Bay Ferry Authority": Bay Ferry Authority).
const BODY_NAME_WORDS: usize = 4;

/// The place item range starting at `i` ending in a place word ("Senate Palace of the
/// Kremlin", "Red Square"), as the index after it.
fn place_stretch(s: &Scan, items: &[Item], i: usize) -> Option<usize> {
    let items = &items[..items.len().min(i + MAX_STRETCH)];
    if any_conn(s, &items[i]) {
        return None;
    }
    let mut last = None;
    let mut j = i;
    while let Some(it) = items.get(j) {
        super::tick(1);
        let ok = matches!(
            it.class,
            Class::Name
                | Class::Place
                | Class::Demonym
                | Class::KnownOrg
                | Class::OrgWord
                | Class::TitleMod
                | Class::PlaceHead
        ) || is_conn(s, it, "of") && last.is_some()
            || is_conn(s, it, "the") && last.is_some();
        if !ok {
            break;
        }
        if it.class == Class::PlaceHead {
            last = Some(j);
        }
        j += 1;
    }
    let last = last?;
    // "Linda Park", "Anna Hill", "Sae-jin Park": a given name and a place word are a person.
    if last == i || last == i + 1 && given_name(s, &items[i]) {
        return None;
    }
    // "Hartshire County Council", "Kestrel Bay Port Authority", "Ostmoor Bay Ferry Authority":
    // a body named after its place, its organization word after a few more name words.
    let body = items[last + 1..]
        .iter()
        .take(BODY_NAME_WORDS)
        .take_while(|it| matches!(it.class, Class::Name | Class::TitleMod | Class::OrgWord))
        .any(|it| it.class == Class::OrgWord);
    if body {
        return None;
    }
    // "... Palace of the Kremlin": the complement belongs to the place.
    Some(if last + 1 < items.len() && is_conn(s, &items[last + 1], "of") {
        j
    } else {
        last + 1
    })
}

/// The range starting at item `i` that names a thing, as the index after it: words ending in
/// a thing word ("Super Bowl", "Affordable Care Act", "Iraq War"), or a thing prefix and its
/// name ("Hurricane Helene", "Operation Warp Speed").
fn thing_stretch(s: &Scan, items: &[Item], i: usize) -> Option<usize> {
    let items = &items[..items.len().min(i + MAX_STRETCH)];
    let it = &items[i];
    if it.first == it.last
        && s.has(it.first, lex::THING_PREFIX)
        && items.get(i + 1).is_some_and(|n| n.class == Class::Name)
    {
        let mut j = i + 1;
        while items
            .get(j)
            .is_some_and(|n| matches!(n.class, Class::Name | Class::Stop | Class::Initials))
        {
            j += 1;
        }
        return Some(j);
    }
    if any_conn(s, it) {
        return None;
    }
    let mut j = i;
    let mut last = None;
    while let Some(x) = items.get(j) {
        super::tick(1);
        let ok = matches!(
            x.class,
            Class::Name | Class::Place | Class::Demonym | Class::TitleMod | Class::Thing | Class::Initials
        ) || matches!(x.class, Class::Stop | Class::Acronym) && j > i
            || x.class == Class::Acronym && items.get(j + 1).is_some_and(|n| n.class == Class::Thing)
            || any_conn(s, x) && j > i;
        if !ok {
            break;
        }
        if x.class == Class::Thing {
            last = Some(j);
        }
        j += 1;
    }
    last.filter(|&l| l > i).map(|l| l + 1)
}

/// The organization item range starting at `i` ending in an organization word, with an
/// "of …" complement ("German Ministry of Defence", "Armed Forces of Ukraine"), as the index
/// after it.
fn org_stretch(s: &Scan, items: &[Item], i: usize) -> Option<usize> {
    let items = &items[..items.len().min(i + MAX_STRETCH)];
    if any_conn(s, &items[i])
        || matches!(items[i].class, Class::Stop | Class::Thing) && !after_the(s, &items[i])
    {
        return None;
    }
    let mut last = None;
    let mut j = i;
    while let Some(it) = items.get(j) {
        super::tick(1);
        let next_org = items.get(j + 1).is_some_and(|n| n.class == Class::OrgWord);
        let ok = match it.class {
            Class::Name
            | Class::Place
            | Class::Demonym
            | Class::OrgWord
            | Class::KnownOrg
            | Class::Acronym
            | Class::Initials
            | Class::TitleMod
            | Class::Particle
            | Class::PlaceHead => true,
            Class::Title => next_org,
            Class::Stop => j > i || after_the(s, it),
            Class::Thing if j == i => after_the(s, it),
            _ => any_conn(s, it) && j > i,
        };
        if !ok {
            break;
        }
        // "Kestow Rowing Club": an organization word that is also a title modifier ("Club
        // captain") ends the name where it ends the run ("… for International Economics").
        if it.class == Class::OrgWord
            || it.class == Class::TitleMod && s.has(it.last, lex::ORG_WORD) && j + 1 == items.len()
        {
            last = Some(j);
        }
        j += 1;
    }
    let last = last?;
    let mut end = last + 1;
    // The complement: "of Defence", "of the President of Ukraine", up to a title.
    if items
        .get(end)
        .is_some_and(|it| ["of", "for", "on"].iter().any(|k| is_conn(s, it, k)))
    {
        let mut k = end;
        let mut after_the = false;
        while let Some(it) = items.get(k) {
            let word = match it.class {
                Class::Place
                | Class::Name
                | Class::KnownOrg
                | Class::OrgWord
                | Class::TitleMod
                | Class::Acronym
                | Class::Stop
                | Class::Thing
                | Class::Demonym => true,
                Class::Title => after_the,
                _ => false,
            };
            if word {
                end = k + 1;
                after_the = false;
            } else if any_conn(s, it) {
                after_the = is_conn(s, it, "the");
            } else {
                break;
            }
            k += 1;
        }
    }
    // One organization word alone ("the Ministry said") names no one; a brand does
    // ("IntelliNews").
    if end == i + 1 && !s.word(items[i].first).chars().skip(1).any(char::is_uppercase) {
        return None;
    }
    Some(end)
}

/// The end (exclusive) of a person's name starting at item `i`: name words, particles,
/// initials, a suffix ("Jr."), at most four name words.
fn name_end(s: &Scan, items: &[Item], i: usize) -> (usize, usize) {
    let mut j = i;
    let mut names = 0;
    let first_given = given_name(s, &items[i]);
    while let Some(it) = items.get(j) {
        match it.class {
            Class::Name | Class::Initials => names += 1,
            Class::Particle => {
                let mut k = j;
                while items.get(k).is_some_and(|n| n.class == Class::Particle) {
                    k += 1;
                }
                if !items.get(k).is_some_and(|n| n.class == Class::Name) || k - j > 3 {
                    break;
                }
            }
            Class::Place
            | Class::Demonym
            | Class::Calendar
            | Class::TitleMod
            | Class::PlaceHead
            | Class::Title
            | Class::Thing
                if names == 0 && starts_name(s, items, j, j == i) =>
            {
                names += 1
            }
            // "John Major", "Theresa May", "Denzel Washington": a given name, then a word
            // that is a surname here because the run ends with it.
            Class::Place | Class::Calendar | Class::TitleMod | Class::PlaceHead | Class::Title
                if names >= 1 && first_given && j + 1 == items.len() && it.first == it.last =>
            {
                names += 1
            }
            // "Lorna Vance", "Lorna “Lo” Vance": a common word after a given name alone (and
            // its nickname) ends the run, so it is the surname.
            Class::Stop
                if first_given
                    && j + 1 == items.len()
                    && it.first == it.last
                    && (j == i + 1 || j == i + 2 && nickname_at(s, items[i + 1].first))
                    && !crate::extract::lexicon::is_reporting_verb(s.key(it.first)) =>
            {
                names += 1
            }
            Class::Stop if names >= 2 && matches!(s.key(it.first), "jr." | "jr" | "sr." | "sr") => {}
            // "King Charles III", "Pope Leo XIV".
            Class::Stop if names >= 1 && is_roman(s.word(it.first)) => {}
            _ => break,
        }
        j += 1;
    }
    (j, names)
}

/// True for a regnal number ("III", "XIV").
fn is_roman(w: &str) -> bool {
    (2..=5).contains(&w.len()) && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Adds a candidate for the items `items[i..j]`.
fn push(s: &mut Scan, items: &[Item], i: usize, j: usize, kind: CandKind) {
    let (first, last) = (items[i].first, items[j - 1].last);
    s.cands.push(Cand {
        kind,
        first,
        last,
        start: s.toks[first].start,
        end: s.toks[last].end,
        titled: false,
        title_gender: None,
        org_cue: false,
        place_ctx: false,
        possessive: s.toks[last].possessive,
        roles: Vec::new(),
    });
}

/// Cuts the run `start..end` into candidates.
fn segment(s: &mut Scan, start: usize, end: usize, buf: &mut Vec<Item>) {
    items(s, start, end, buf);
    let items: &[Item] = buf;
    for it in items.iter().filter(|it| it.last > it.first) {
        for t in it.first..=it.last {
            s.class[t] = it.class;
        }
    }
    // "Procter & Gamble": an ampersand makes the run one organization.
    if items.iter().any(|it| s.toks[it.first].punct == Some('&')) {
        let i = items.iter().position(|it| it.class != Class::Stop).unwrap_or(0);
        push(s, items, i, items.len(), CandKind::Org);
        return;
    }
    let mut i = 0;
    let mut title: Option<(usize, Option<bool>)> = None; // (item after the title, its gender)
    while i < items.len() {
        let it = items[i];
        let titled = title.filter(|&(after, _)| after == i);
        // A sentence-initial participle, adverb or imperative before a name: "Congratulating
        // Keir Starmer", "Ask Alan Mercer"; not the first word of an organization's name
        // ("Grayling Foods", "Sterling Holdings").
        let stripped = i == 0
            && it.class == Class::Name
            && s.toks[it.first].sentence_start
            && items.len() > 1
            && !given_name(s, &it)
            && !items[i + 1..]
                .iter()
                .any(|next| s.has(next.last, lex::ORG_WORD | lex::CORPORATE))
            && (s.has(it.first, lex::IMPERATIVE) || {
                let k = s.key(it.first);
                k.len() >= 6 && (k.ends_with("ing") || k.ends_with("ly") || k.ends_with("ed"))
            });
        // "the Open Rights Group": a common word after "the" opens an organization's name.
        if titled.is_none()
            && matches!(it.class, Class::Stop | Class::Thing)
            && after_the(s, &it)
            && items.len() > i + 1
            && let Some(j) = org_stretch(s, items, i)
        {
            push(s, items, i, j, CandKind::Org);
            i = j;
            continue;
        }
        if (stripped || any_conn(s, &it) || matches!(it.class, Class::Stop | Class::Calendar | Class::Number))
            && !(it.class == Class::Calendar && starts_name(s, items, i, titled.is_some()))
        {
            i += 1;
            continue;
        }
        if it.class == Class::Place && i + 1 == items.len() && place_speaks(s, it.first, it.last) {
            push(s, items, i, i + 1, CandKind::Org);
            i += 1;
            continue;
        }
        if let Some(j) = place_stretch(s, items, i).or_else(|| thing_stretch(s, items, i)) {
            i = j;
            continue;
        }
        if titled.is_none()
            && let Some(j) = org_stretch(s, items, i)
        {
            push(s, items, i, j, CandKind::Org);
            camel_prefix(s);
            i = j;
            continue;
        }
        if starts_name(s, items, i, titled.is_some()) {
            let (j, names) = name_end(s, items, i);
            if names > 4 {
                i = j;
                continue;
            }
            // "Trump administration" is the organization, not a mention of Trump.
            let after = items[j - 1].last + 1;
            if j == items.len()
                && s.is_lower(after, "administration")
                && !s.toks[items[j - 1].last].possessive
            {
                push(s, items, i, j, CandKind::Org);
                let c = s.cands.last_mut().expect("just pushed");
                c.last = after;
                c.end = s.toks[after].end;
                c.possessive = s.toks[after].possessive;
                return;
            }
            // "an analyst at Hargreaves Lansdown": a role's employer is an organization.
            let employer = titled.is_none() && i == 0 && names >= 2 && {
                let first = items[i].first;
                first >= 2 && s.is_lower(first - 1, "at") && s.has(first - 2, lex::ROLE_HEAD)
            };
            let kind = if employer {
                CandKind::Org
            } else if names >= 2 {
                CandKind::Person
            } else {
                CandKind::Single
            };
            push(s, items, i, j, kind);
            let c = s.cands.len() - 1;
            if let Some((_, gender)) = titled {
                s.cands[c].titled = true;
                s.cands[c].title_gender = gender;
            }
            if kind == CandKind::Single {
                single_context(s, c, i == 0, items.get(j));
            }
            i = j;
            continue;
        }
        match it.class {
            Class::Title | Class::TitleMod => {
                let (j, head, gender) = title_end(s, items, i);
                if head {
                    title = Some((j, gender));
                }
                i = j.max(i + 1);
            }
            Class::KnownOrg | Class::Acronym => {
                let company = it.first == it.last && s.has(it.first, lex::COMPANY);
                let next = it.last + 1;
                // "the Facebook post" names a post, not the company acting.
                let determiner = it.first > 0
                    && s.class[it.first - 1] == Class::Lower
                    && matches!(
                        s.key(it.first - 1),
                        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "your"
                    );
                let modifier = company
                    && determiner
                    && i + 1 == items.len()
                    && !s.toks[it.last].possessive
                    && s.class.get(next) == Some(&Class::Lower)
                    && !s.has(next, lex::AGENT);
                if !modifier {
                    push(s, items, i, i + 1, CandKind::Org);
                }
                i += 1;
            }
            // "Kansas City Chiefs", "the Florida Panthers": a place and a plural make a team.
            Class::Place
                if i + 2 == items.len()
                    && items[i + 1].class == Class::Name
                    && s.word(items[i + 1].first).ends_with('s')
                    && items[i + 1].first == items[i + 1].last =>
            {
                push(s, items, i, i + 2, CandKind::Org);
                i += 2;
            }
            // "Liverpool beat Arsenal", "Barcelona coach Hansi Flick": a city's club.
            Class::Place if i + 1 == items.len() && it.first == it.last && s.has(it.first, lex::CITY) => {
                let next = it.last + 1;
                let lower = s.class.get(next) == Some(&Class::Lower);
                if lower && s.has(next, lex::SPORT_VERB | lex::SPORT_ROLE) {
                    push(s, items, i, i + 1, CandKind::Org);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// The end (exclusive item index) of a title starting at item `i` ("U.S. Secretary of State",
/// "General Major"), whether it has an office word, and the gender an honorific gives.
fn title_end(s: &Scan, items: &[Item], i: usize) -> (usize, bool, Option<bool>) {
    let mut j = i;
    let mut head = false;
    let mut gender = None;
    while let Some(it) = items.get(j) {
        match it.class {
            Class::Title if head && starts_name(s, items, j, true) => break,
            Class::Title => {
                head = true;
                gender = words::word_gender(s.key(it.first)).or(gender);
            }
            Class::TitleMod => {}
            _ if head && is_conn(s, it, "of") => {
                // "Secretary of State", "Chancellor of the Exchequer".
                let mut k = j + 1;
                if items.get(k).is_some_and(|x| is_conn(s, x, "the")) {
                    k += 1;
                }
                let dept_start = k;
                while items
                    .get(k)
                    .is_some_and(|x| x.first == x.last && s.has(x.first, lex::DEPT) && !any_conn(s, x))
                {
                    k += 1;
                }
                if k == dept_start {
                    break;
                }
                j = k;
                continue;
            }
            _ => break,
        }
        j += 1;
    }
    (j, head, gender)
}

/// Takes a lowercase brand prefix into a camel-case organization just pushed: "bne
/// IntelliNews".
fn camel_prefix(s: &mut Scan) {
    let Some(c) = s.cands.last() else { return };
    let first = c.first;
    let w = s.word(first);
    let camel = w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase);
    if !camel || first == 0 || !s.toks[first].space_before {
        return;
    }
    let p = first - 1;
    let key = s.key(p);
    let plain = s.has(p, lex::STOP | lex::ROLE_HEAD | lex::ROLE_MOD | lex::ROLE_CONN);
    if s.class[p] == Class::Lower
        && (2..=5).contains(&key.len())
        && key.chars().all(char::is_alphabetic)
        && !plain
    {
        let start = s.toks[p].start;
        let c = s.cands.last_mut().expect("checked");
        c.first = p;
        c.start = start;
    }
}

/// Sets the context flags of the single-word candidate `c`.
fn single_context(s: &mut Scan, c: usize, first_in_run: bool, next_item: Option<&Item>) {
    let (first, last) = (s.cands[c].first, s.cands[c].last);
    let prev = first.checked_sub(1);
    let prev_key = prev.map_or("", |p| s.key(p));
    let prev_lower = first_in_run && prev.is_some_and(|p| s.class[p] == Class::Lower);
    // "presidential aide Ushakov", "striker Haaland".
    let role_before = prev_lower && prev.is_some_and(|p| s.has(p, lex::ROLE_HEAD | lex::TITLE));
    let role_gender = words::word_gender(prev_key);
    let place_word = matches!(
        prev_key,
        "in" | "at"
            | "from"
            | "near"
            | "into"
            | "across"
            | "outside"
            | "around"
            | "towards"
            | "toward"
            | "via"
            | "to"
            | "through"
            | "visit"
            | "visited"
            | "visiting"
            | "captured"
            | "seized"
            | "took"
    );
    let of_place = prev_key == "of"
        && prev.and_then(|p| p.checked_sub(1)).is_some_and(|pp| {
            matches!(
                s.key(pp),
                "city" | "town" | "village" | "region" | "province" | "outskirts"
            )
        });
    let place_ctx = prev_lower && (place_word || of_place);
    // "shares of Tesco", "a stake in Tesco", "Tesco stock": what is traded is a company. A word
    // after the name only where it cannot be a verb ("Smith shares his view").
    let traded_before = prev_lower
        && matches!(prev_key, "of" | "in")
        && prev
            .and_then(|p| p.checked_sub(1))
            .is_some_and(|pp| matches!(s.key(pp), "shares" | "stock" | "stocks" | "stake" | "stakes"));
    // Organization cues.
    let possessive = s.toks[last].possessive;
    let next = last + 1;
    let next_class = s.class.get(next).copied();
    let next_key = s.key(next);
    let head_after_the = prev_lower
        && prev_key == "the"
        && (possessive
            || next_class != Some(Class::Lower)
            || s.has(next, lex::AGENT)
            || next_key.ends_with("ed"));
    let speech =
        next_item.is_none() && !possessive && next_class == Some(Class::Lower) && s.has(next, lex::SPEECH);
    // "Corvane chairman …" but not "Dunmere Mayor …": a place's office names its place.
    let title_next = next_item.is_some_and(|it| {
        it.class == Class::Title
            && !s.has(it.first, lex::HONORIFIC)
            && !words::is_place_office(s.key(it.first))
    });
    let role_next = next_item.is_none() && !possessive && role_then_name(s, next);
    let sport = next_item.is_none()
        && !possessive
        && next_class == Some(Class::Lower)
        && s.has(next, lex::SPORT_VERB);
    let traded = traded_before
        || next_item.is_none()
            && !possessive
            && next_class == Some(Class::Lower)
            && matches!(next_key, "stock" | "shareholders");
    // "Rosalind said": a given name that speaks is a person, as a title before it would say.
    let given_gender = words::name_gender(s.key(first));
    let given_speaks = speech && given_gender.is_some();
    // "Employment lawyer …": an abstract noun opening a sentence is a common word.
    let abstract_noun =
        first == last && s.toks[first].sentence_start && words::is_abstract_noun(s.key(first));
    let cand = &mut s.cands[c];
    if role_before {
        cand.titled = true;
        cand.title_gender = role_gender;
    } else if given_speaks {
        cand.titled = true;
        cand.title_gender = given_gender;
    }
    cand.place_ctx = place_ctx;
    cand.org_cue = !abstract_noun
        && (head_after_the || (speech && !given_speaks) || title_next || role_next || sport || traded);
}

/// True when lowercase role words start at `t` and a capitalised name follows them: "chief
/// executive Jensen Huang", "manager Mikel Arteta".
fn role_then_name(s: &Scan, t: usize) -> bool {
    let mut k = t;
    let mut head = false;
    while k < s.toks.len() && k - t < 4 && s.class[k] == Class::Lower {
        if s.has(k, lex::ROLE_HEAD) {
            head = true;
        } else if !s.has(k, lex::ROLE_MOD) {
            return false;
        }
        k += 1;
    }
    head && k < s.toks.len() && s.toks[k].space_before && matches!(s.class[k], Class::Name | Class::Initials)
}

/// Words of at most this many tokens between quotation marks can be a work's title.
const TITLE_TOKENS: usize = 8;

/// True when candidate `c` lies inside a quotation holding only capitalised words and small
/// linking words (`the novel “The Copper Lantern,”`, `“Under the Arches”`): the title of a book,
/// song or show, not an actor. An organization's name (`as “The Kestow Courier” wrote`) stays. A person's name with a known given name (`“Anna Lund!”`), or whose last word the unit
/// writes outside the quotation too, stays.
fn work_title(s: &Scan, c: &Cand) -> bool {
    if c.kind == CandKind::Org
        || c.kind == CandKind::Person && (c.first..=c.last).any(|t| words::name_gender(s.key(t)).is_some())
    {
        return false;
    }
    let title_word = |t: usize| {
        s.toks[t].is_word()
            && !s.toks[t].possessive
            && (s.word(t).starts_with(char::is_uppercase)
                || crate::extract::lexicon::is_title_minor_word(s.key(t)))
    };
    let mut open = c.first;
    while open > 0 && c.first - open < TITLE_TOKENS && title_word(open - 1) {
        open -= 1;
    }
    let mut close = c.last + 1;
    while close < s.toks.len() && close - c.last <= TITLE_TOKENS && title_word(close) {
        close += 1;
    }
    if close < s.toks.len() && matches!(s.toks[close].punct, Some(',' | '.' | '!' | '?')) {
        close += 1;
    }
    // "Dana Holt said … calls her “Sneaky Dana Holt”": a name the unit gives outside the
    // quotation too.
    let quoted = open > 0
        && matches!(s.toks[open - 1].punct, Some('“' | '"'))
        && matches!(s.toks.get(close).and_then(|t| t.punct), Some('”' | '"'));
    // Only a quoted phrase asks whether its last word is named outside the marks too.
    quoted
        && !(0..s.toks.len()).filter(|&t| t + 1 < open || t > close).any(|t| {
            s.toks[t].is_word() && s.key(t) == s.key(c.last) && s.word(t).starts_with(char::is_uppercase)
        })
}

/// Adds "Ukraine's general staff"-style organizations: a possessive country, then a lowercase
/// institution (the longest of up to three words).
fn possessed_institutions(s: &mut Scan) {
    for t in 0..s.toks.len() {
        if !(s.toks[t].possessive && s.class[t] == Class::Place) {
            continue;
        }
        let mut phrase = String::new();
        let mut best = None;
        for m in t + 1..(t + 4).min(s.toks.len()) {
            if s.class[m] != Class::Lower {
                break;
            }
            if !phrase.is_empty() {
                phrase.push(' ');
            }
            phrase.push_str(s.key(m));
            if gz::is_institution(&phrase) {
                best = Some(m);
            }
        }
        if let Some(m) = best {
            s.cands.push(Cand {
                kind: CandKind::Org,
                first: t,
                last: m,
                start: s.toks[t].start,
                end: s.toks[m].end,
                titled: false,
                title_gender: None,
                org_cue: false,
                place_ctx: false,
                possessive: s.toks[m].possessive,
                roles: Vec::new(),
            });
        }
    }
}

/// Finds acronyms defined in parentheses right after words: "(AFU)", "(EPR)". The candidates
/// must be sorted.
fn definitions(s: &mut Scan) {
    // The first non-single candidate ending at each token, made on the first definition.
    let mut ending: Option<std::collections::HashMap<usize, usize, lex::FxBuild>> = None;
    for t in 1..s.toks.len().saturating_sub(2) {
        let inside = t + 1;
        if s.toks[t].punct != Some('(') || s.toks.get(inside + 1).and_then(|x| x.punct) != Some(')') {
            continue;
        }
        if !matches!(
            s.class[inside],
            Class::Acronym | Class::KnownOrg | Class::Initials
        ) || !s.word(inside).chars().all(|c| c.is_uppercase() || c == '.')
        {
            continue;
        }
        let before = t - 1;
        if !matches!(
            s.class[before],
            Class::Lower | Class::Name | Class::OrgWord | Class::KnownOrg | Class::Place
        ) {
            continue;
        }
        let ending = ending.get_or_insert_with(|| {
            let mut map = std::collections::HashMap::default();
            for (i, c) in s.cands.iter().enumerate() {
                if c.kind != CandKind::Single {
                    map.entry(c.last).or_insert(i);
                }
            }
            map
        });
        let target = ending.get(&before).copied();
        let key = s.key(inside).to_string();
        if target.is_none() && s.class[before] != Class::Lower {
            continue;
        }
        s.defs.push(Definition { key, target });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(CandKind, String)> {
        let s = scan(text, false);
        s.cands
            .iter()
            .map(|c| (c.kind, text[c.start..c.end].to_string()))
            .collect()
    }

    /// The candidate of `s` (a scan of `text`) spelled exactly `name`.
    fn candidate<'s>(s: &'s Scan, text: &str, name: &str) -> Option<&'s Cand> {
        s.cands.iter().find(|c| &text[c.start..c.end] == name)
    }

    fn names(text: &str, kind: CandKind) -> Vec<String> {
        found(text)
            .into_iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, n)| n)
            .collect()
    }

    #[test]
    fn titles_are_not_part_of_names() {
        let text = "U.S. Secretary of State Marco Rubio met Foreign Minister Sergei Lavrov and President \
                    Putin, while Irish Prime Minister Micheál Martin and Vice President JD Vance waited.";
        assert_eq!(
            names(text, CandKind::Person),
            ["Marco Rubio", "Sergei Lavrov", "Micheál Martin", "JD Vance"]
        );
        assert_eq!(names(text, CandKind::Single), ["Putin"]);
        let s = scan(text, false);
        assert!(candidate(&s, text, "Putin").unwrap().titled);
    }

    #[test]
    fn organizations_by_words_known_names_and_acronyms() {
        let text = "The German Ministry of Defence, the Armed Forces of Ukraine (AFU), Fox News, the \
                    Kremlin, NATO and the National Security and Defense Council spoke to the BBC.";
        assert_eq!(
            names(text, CandKind::Org),
            [
                "German Ministry of Defence",
                "Armed Forces of Ukraine",
                "AFU",
                "Fox News",
                "Kremlin",
                "NATO",
                "National Security and Defense Council",
                "BBC"
            ]
        );
        let s = scan(text, false);
        assert_eq!(s.defs.len(), 1);
        assert_eq!(s.defs[0].key, "afu");
        assert_eq!(
            s.defs[0].target.map(|t| &text[s.cands[t].start..s.cands[t].end]),
            Some("Armed Forces of Ukraine")
        );
    }

    #[test]
    fn places_nationalities_and_sentence_words_are_not_names() {
        let text = "Asked about it, Russian officials in Moscow said the Black Sea fleet left Crimea. \
                    However, US-Russia talks at the Senate Palace of the Kremlin went on in January.";
        assert_eq!(found(text), []);
    }

    #[test]
    fn given_names_that_are_also_places_or_words() {
        let text = "Christian Freuding met Jordan Henderson and Theresa May in London.";
        assert_eq!(
            names(text, CandKind::Person),
            ["Christian Freuding", "Jordan Henderson", "Theresa May"]
        );
    }

    #[test]
    fn a_given_name_and_a_place_word_are_a_person_even_after_a_title() {
        let text = "Chief Executive Officer Linda Park said Anna Hill would visit Hyde Park.";
        assert_eq!(names(text, CandKind::Person), ["Linda Park", "Anna Hill"]);
    }

    #[test]
    fn a_role_s_employer_is_an_organization() {
        let text = "David Okoro, an analyst at Hargreaves Lansdown, met Anna Hill at Tom Reyes's house.";
        assert_eq!(names(text, CandKind::Org), ["Hargreaves Lansdown"]);
        assert_eq!(
            names(text, CandKind::Person),
            ["David Okoro", "Anna Hill", "Tom Reyes"]
        );
    }

    #[test]
    fn administrations_possessed_institutions_and_brands() {
        let text = "The Trump administration and Ukraine’s general staff spoke to bne IntelliNews.";
        assert_eq!(
            names(text, CandKind::Org),
            [
                "Trump administration",
                "Ukraine’s general staff",
                "bne IntelliNews"
            ]
        );
    }

    #[test]
    fn lone_words_get_context_cues() {
        let text =
            "Graphcore chief executive Nigel Toon said the Storting and Ofcom said so, in Novohrodivka.";
        let s = scan(text, false);
        let cue = |n: &str| candidate(&s, text, n).map(|c| (c.org_cue, c.place_ctx));
        assert_eq!(cue("Graphcore"), Some((true, false)));
        assert_eq!(cue("Storting"), Some((true, false)));
        assert_eq!(cue("Ofcom"), Some((true, false)));
        assert_eq!(cue("Novohrodivka"), Some((false, true)));
    }

    #[test]
    fn a_place_before_a_mayor_or_a_governor_is_no_organization() {
        let text = "Dunmere Mayor Ola Fenn met Kestow Governor Ray Hollis. Corvane chairman Ed Pike came.";
        let s = scan(text, false);
        let cue = |n: &str| candidate(&s, text, n).map(|c| c.org_cue);
        assert_eq!(cue("Dunmere"), Some(false));
        assert_eq!(cue("Kestow"), Some(false));
        assert_eq!(cue("Corvane"), Some(true));
    }

    #[test]
    fn a_sentence_opening_abstract_noun_before_a_role_is_no_organization() {
        let text = "Employment lawyer Ada Moss said so. Immigration judge Bo Kaye agreed. Quorvex \
                    lawyer Lin Hart did not.";
        let s = scan(text, false);
        let cue = |n: &str| candidate(&s, text, n).map(|c| c.org_cue);
        assert_eq!(cue("Employment"), Some(false));
        assert_eq!(cue("Immigration"), Some(false));
        assert_eq!(cue("Quorvex"), Some(true));
    }

    #[test]
    fn a_title_case_phrase_filling_a_quotation_is_a_work_s_title() {
        let text = "Her novel “The Copper Lantern,” the ballad “Hollow Tide” and the show “Under the \
                    Arches” star Anna Lund. Fans chanted “Anna Lund!” as “The Dunmere Herald” wrote.";
        assert_eq!(names(text, CandKind::Person), ["Anna Lund", "Anna Lund"]);
        assert_eq!(names(text, CandKind::Org), ["Dunmere Herald"]);
        assert!(names(text, CandKind::Single).is_empty());
    }

    #[test]
    fn what_is_traded_is_a_company() {
        let text =
            "Shares of Tesco fell, Corvane stock rose, and a stake in Ardley sold. Smith shares a view.";
        let s = scan(text, false);
        let cue = |n: &str| candidate(&s, text, n).map(|c| c.org_cue);
        assert_eq!(cue("Tesco"), Some(true));
        assert_eq!(cue("Corvane"), Some(true));
        assert_eq!(cue("Ardley"), Some(true));
        assert_eq!(cue("Smith"), Some(false), "shares as a verb is no cue");
    }

    #[test]
    fn title_case_lines_are_weak() {
        assert!(scan("Kremlin Meeting Fails to Yield Breakthrough", false).weak);
        assert!(!scan("Steve Witkoff", false).weak);
        assert!(
            !scan(
                "Yuri Ushakov, a senior adviser to President Vladimir Putin, told reporters.",
                false
            )
            .weak
        );
    }

    #[test]
    fn a_reporting_verb_opening_an_inverted_sentence_is_not_part_of_a_name() {
        let text =
            "Some say the code is too complex. Said Ellis: “I doubt it.” Added Mara Quint, an aide: “Fine.”";
        let s = scan(text, false);
        let names: Vec<&str> = s.cands.iter().map(|c| &text[c.start..c.end]).collect();
        assert!(
            names.contains(&"Ellis") && names.contains(&"Mara Quint"),
            "{names:?}"
        );
        assert!(
            !names
                .iter()
                .any(|n| n.starts_with("Said") || n.starts_with("Added")),
            "{names:?}"
        );
    }

    #[test]
    fn a_title_that_is_a_given_name_after_a_title_or_a_role_starts_the_name() {
        for (text, name) in [
            ("Gov. Earl Ray Tomblin lauded the plan.", "Earl Ray Tomblin"),
            (
                "Turnout was high, according to county clerk Dean Marsh.",
                "Dean Marsh",
            ),
            ("Earl Grey tea is popular, said Ivo Marsh.", "Ivo Marsh"),
        ] {
            let s = scan(text, false);
            let names: Vec<&str> = s.cands.iter().map(|c| &text[c.start..c.end]).collect();
            assert!(names.contains(&name), "{text}: {names:?}");
        }
        let text = "King Charles spoke, and Secretary General Ban Ki-moon listened.";
        let s = scan(text, false);
        let names: Vec<&str> = s.cands.iter().map(|c| &text[c.start..c.end]).collect();
        assert!(names.contains(&"Charles"), "{names:?}");
        assert!(
            !names
                .iter()
                .any(|n| n.starts_with("King") || n.starts_with("General")),
            "{names:?}"
        );
    }

    #[test]
    fn a_hyphenated_given_name_of_two_syllables_is_a_name_word() {
        let text = "Secretary General Ban Ki-moon spoke. Follow-up talks with President Park Geun-hye begin.";
        let s = scan(text, false);
        let names: Vec<&str> = s.cands.iter().map(|c| &text[c.start..c.end]).collect();
        assert!(
            names.contains(&"Ban Ki-moon") && names.contains(&"Park Geun-hye"),
            "{names:?}"
        );
        assert!(!names.iter().any(|n| n.contains("Follow")), "{names:?}");
    }

    #[test]
    fn a_given_name_then_a_title_word_ending_the_run_is_a_person() {
        let text = "The outgoing chair, Jordan King, offered a warning. Jordan Valley farms flooded.";
        let s = scan(text, false);
        let names: Vec<&str> = s.cands.iter().map(|c| &text[c.start..c.end]).collect();
        assert!(names.contains(&"Jordan King"), "{names:?}");
        assert!(
            !names.contains(&"Jordan Valley")
                || s.cands
                    .iter()
                    .all(|c| c.kind != CandKind::Person || &text[c.start..c.end] != "Jordan Valley"),
            "{names:?}"
        );
    }

    #[test]
    fn a_syllable_given_name_before_a_place_word_is_a_person() {
        let text = "A parent, Sae-jin Park, said she chose on responsiveness. Lake Park reopened.";
        let s = scan(text, false);
        let person = |n: &str| {
            s.cands
                .iter()
                .any(|c| &text[c.start..c.end] == n && c.kind == CandKind::Person)
        };
        assert!(
            person("Sae-jin Park"),
            "{:?}",
            s.cands.iter().map(|c| &text[c.start..c.end]).collect::<Vec<_>>()
        );
    }

    #[test]
    fn common_given_names_before_a_title_word_are_people() {
        let text = "Trevor Judge, a parish councillor, spoke first. Gwen Marshal said little. Dean \
                    Bishop, a retired teacher, agreed. The Bishop of Ely and Judge Rinder were absent.";
        assert_eq!(
            names(text, CandKind::Person),
            ["Trevor Judge", "Gwen Marshal", "Dean Bishop"],
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_quoted_nickname_inside_a_name_is_part_of_it() {
        let text = "Rep. Harold T. \"Buddy\" Lamont opened his yard, and his niece, Del. Lorna “Lo” Vance \
                    (D-Hampton), shouted to the crowd. She called the plan “Nonsense” twice.";
        assert_eq!(
            names(text, CandKind::Person),
            ["Harold T. \"Buddy\" Lamont", "Lorna “Lo” Vance"],
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_common_word_after_a_given_name_ending_the_run_is_a_surname() {
        let text = "Lorna Price, a nurse, said the ward was full. Gail Long agreed, and \
                    Lorna “Lo” Price left. Prices rose.";
        assert_eq!(
            names(text, CandKind::Person),
            ["Lorna Price", "Gail Long", "Lorna “Lo” Price"],
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_given_name_that_is_a_common_word_before_a_particle_name_is_a_person() {
        let text = "An explosion that Mayor Bill de Vries called deliberate shook the city. Later Austin \
                    van Dijk, a council member, spoke.";
        assert_eq!(
            names(text, CandKind::Person),
            ["Bill de Vries", "Austin van Dijk"],
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_title_that_is_a_given_name_before_a_name_and_an_age_is_a_person() {
        let text = "\"Fine by me.\" — Earl Mensah, 52, a driver. Dean Whitby told staff to wait.";
        assert_eq!(
            names(text, CandKind::Person),
            ["Earl Mensah"],
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn the_house_and_the_senate_end_a_title() {
        let text = "Speaker of the House Orla Benning spoke, and so did President of the Senate \
                    Tomas Reyes.";
        assert_eq!(
            names(text, CandKind::Person),
            ["Orla Benning", "Tomas Reyes"],
            "{:?}",
            found(text)
        );
    }
}
