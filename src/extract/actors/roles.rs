//! Role phrases around a person's name, as printed: a title or role before the name ("Kremlin
//! spokesman Dmitry Peskov", "Putin’s foreign affairs adviser Yuri Ushakov"), a role clause
//! before a comma ("The head of Russia’s sovereign wealth fund, Kirill Dmitriev"), an
//! appositive ("Yuri Ushakov, a senior adviser to President Vladimir Putin,") and a predicate
//! ("Witkoff is a real estate magnate", "Lavrov has served as Russia’s foreign minister").

use super::lex;
use super::names::{CandKind, Class, Scan};
use super::words;

/// Longest role phrase read, in tokens.
const MAX_ROLE: usize = 30;

/// What a token is inside a role phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum R {
    /// A word naming the role itself ("adviser", "President").
    Head,
    /// A word modifying it ("senior", "Kremlin", "U.S.").
    Mod,
    /// A joining word ("of", "to", "the", "and").
    Conn,
    /// A person's possessive name ("Putin’s"): candidate index.
    Poss(usize),
    /// A person's name: candidate index.
    Name(usize),
    /// Anything else: the phrase stops.
    Stop,
}

/// The candidate owning each token, for a unit.
struct Ctx<'s, 'a> {
    s: &'s Scan<'a>,
    owner: Vec<usize>,
}

impl Ctx<'_, '_> {
    /// What token `t` is in a role.
    fn rt(&self, t: usize) -> R {
        let s = self.s;
        if let Some(&c) = self.owner.get(t).filter(|&&c| c != usize::MAX) {
            let cand = &s.cands[c];
            return match cand.kind {
                CandKind::Org => R::Mod,
                CandKind::Single if cand.org_cue => R::Mod,
                _ if cand.possessive => R::Poss(c),
                _ => R::Name(c),
            };
        }
        let key = s.key(t);
        let class = s.class[t];
        let f = if matches!(class, Class::Lower | Class::Particle | Class::Title) {
            s.flags_of(t)
        } else {
            0
        };
        // "co-owner", "ex-minister", "vice-chairman": the prefix keeps the role.
        let prefixed = || {
            key.contains('-')
                && ["co-", "ex-", "vice-", "deputy-"]
                    .iter()
                    .any(|p| key.strip_prefix(p).is_some_and(words::is_role_head))
        };
        match class {
            Class::Lower if f & lex::ROLE_HEAD != 0 || prefixed() => R::Head,
            Class::Lower if f & lex::ROLE_MOD != 0 => R::Mod,
            Class::Lower | Class::Particle if f & lex::ROLE_CONN != 0 => R::Conn,
            Class::Title if f & lex::HONORIFIC == 0 => R::Head,
            Class::TitleMod
            | Class::Place
            | Class::Demonym
            | Class::KnownOrg
            | Class::OrgWord
            | Class::Acronym
            | Class::PlaceHead
            | Class::Thing => R::Mod,
            _ => R::Stop,
        }
    }

    /// True for punctuation that starts a clause.
    fn boundary(&self, t: usize) -> bool {
        matches!(
            self.s.toks[t].punct,
            Some(
                ',' | ';'
                    | ':'
                    | '('
                    | '—'
                    | '–'
                    | '―'
                    | '“'
                    | '"'
                    | '‘'
                    | '.'
                    | '!'
                    | '?'
                    | '•'
                    | '['
                    | '-'
            )
        )
    }

    /// Scans left from `from` (exclusive) over role words. Returns the first token taken,
    /// whether a head was seen, and the token that stopped the scan (`None` at the unit's start).
    fn scan_left(&self, from: usize) -> (Option<usize>, bool, Option<usize>) {
        let s = self.s;
        let (mut first, mut head) = (None, false);
        let mut k = from;
        while k > 0 && from - k < MAX_ROLE {
            let p = k - 1;
            match self.rt(p) {
                R::Head => {
                    head = true;
                    first = Some(p);
                }
                R::Mod => first = Some(p),
                R::Poss(c) => {
                    first = Some(s.cands[c].first);
                    k = s.cands[c].first;
                    continue;
                }
                R::Conn => {
                    let left = p.checked_sub(1).map(|q| (q, self.rt(q)));
                    let ok = match (s.key(p), left) {
                        (_, None) => false,
                        ("the", Some((q, _))) => {
                            first.is_some() && matches!(s.key(q), "of" | "to" | "for" | "at" | "in" | "on")
                        }
                        (_, Some((_, l))) => first.is_some() && matches!(l, R::Head | R::Mod | R::Poss(_)),
                    };
                    if !ok {
                        return (first, head, Some(p));
                    }
                }
                R::Name(_) => return (first, head, Some(p)),
                R::Stop => {
                    // "EU antitrust chief": up to two unlisted lowercase words, when a
                    // capitalised organization, place or possessive stands before them.
                    let plain = |q: usize| {
                        s.class[q] == Class::Lower
                            && s.key(q).chars().all(char::is_alphabetic)
                            && !s.has(q, lex::STOP | lex::AGENT)
                    };
                    let mut q = p;
                    while q > 0 && p - q < 2 && plain(q) && first.is_some() {
                        match self.rt(q - 1) {
                            R::Mod if s.class[q - 1] != Class::Lower => {
                                first = Some(q - 1);
                                k = q - 1;
                                break;
                            }
                            R::Poss(c) => {
                                first = Some(s.cands[c].first);
                                k = s.cands[c].first;
                                break;
                            }
                            _ => q -= 1,
                        }
                    }
                    if k == p + 1 {
                        return (first, head, Some(p));
                    }
                    continue;
                }
            }
            k = p;
        }
        (first, head, k.checked_sub(1))
    }

    /// The role right before a name starting at token `name`: it must end in a head, or in a
    /// head's complement of places and organizations ("Special Envoy to the Middle East").
    fn before(&self, name: usize) -> Option<(usize, usize)> {
        let (first, head, _) = self.scan_left(name);
        let first = first?;
        if !head {
            return None;
        }
        let last_head = (first..name).rev().find(|&t| self.rt(t) == R::Head)?;
        let tail_ok = (last_head + 1..name).all(|t| match self.rt(t) {
            R::Conn => true,
            R::Mod => self.s.class[t] != Class::Lower,
            _ => false,
        });
        if !tail_ok || self.rt(name - 1) == R::Conn {
            return None;
        }
        // "adviser to President Vladimir Putin": the title after the connector is the name's;
        // what stands before it is someone else's role.
        let cut = (first..last_head)
            .rev()
            .find(|&t| self.rt(t) == R::Conn && matches!(self.s.key(t), "to" | "of" | "for" | "and"));
        let mut first = match cut {
            Some(c) if (c + 1..name).any(|t| self.rt(t) == R::Head && self.s.class[t] != Class::Lower) => {
                (c + 1..name).find(|&t| self.rt(t) != R::Conn)?
            }
            _ => first,
        };
        // "will host King Charles": a lowercase head right before a capitalised title is
        // not part of it.
        if let Some(t) = (first..name - 1).rev().find(|&t| {
            self.rt(t) == R::Head && self.s.class[t] == Class::Lower && self.s.class[t + 1] == Class::Title
        }) {
            first = t + 1;
        }
        Some((first, name - 1))
    }

    /// A role clause ending at the comma `comma` before a name whose last token is `name_last`.
    fn before_comma(&self, comma: usize, name_last: usize) -> Option<(usize, usize)> {
        let s = self.s;
        let end = comma.checked_sub(1)?;
        let (first, head, stop) = self.scan_left(comma);
        if let Some(first) = first
            && head
        {
            let after_name = name_last + 1;
            let name_ends_clause = after_name >= s.toks.len() || self.boundary(after_name);
            let ok = match stop {
                None => true,
                Some(p) if self.boundary(p) => true,
                Some(p) if matches!(s.key(p), "the" | "a" | "an") => p == 0 || self.boundary(p - 1),
                Some(p) => {
                    name_ends_clause
                        && s.class[p] == Class::Lower
                        && matches!(s.key(p), "of" | "to" | "for" | "with" | "by" | "from")
                }
            };
            if ok {
                return Some((first, end));
            }
        }
        // A whole clause that is a title: "General Major of the Bundeswehr and head of …,".
        let mut b = comma;
        while b > 0 && !self.boundary(b - 1) && comma - b < MAX_ROLE {
            b -= 1;
        }
        if b > 0 && !self.boundary(b - 1) {
            return None;
        }
        if matches!(s.key(b), "the" | "a" | "an") {
            b += 1;
        }
        let starts_role = b < comma
            && match s.class[b] {
                Class::Title => !s.has(b, lex::HONORIFIC),
                Class::Lower => s.has(b, lex::ROLE_HEAD),
                _ => false,
            };
        let verb = |t: usize| {
            s.class[t] == Class::Lower
                && matches!(
                    s.key(t),
                    "is" | "was"
                        | "are"
                        | "were"
                        | "has"
                        | "had"
                        | "have"
                        | "said"
                        | "says"
                        | "told"
                        | "met"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "did"
                        | "does"
                        | "do"
                        | "been"
                        | "be"
                        | "not"
                        | "who"
                        | "which"
                        | "that"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                )
        };
        let plain =
            (b..comma).all(|t| !verb(t) && s.toks[t].punct.is_none() && !matches!(self.rt(t), R::Name(_)));
        (starts_role && plain).then_some((b, end))
    }

    /// A role after a name: the appositive after a comma (`after_comma`), or a predicate
    /// phrase starting at `start`. Returns the token range of the phrase.
    fn after(&self, start: usize, appositive: bool) -> Option<(usize, usize)> {
        let s = self.s;
        let mut k = start;
        if k < s.toks.len() && s.class[k] == Class::Lower && matches!(s.key(k), "a" | "an" | "the") {
            k += 1;
        }
        let begin = k;
        let (mut head, mut end, mut last_head) = (false, None, None);
        let mut names_ok = false;
        while k < s.toks.len() && k - begin < MAX_ROLE / 2 {
            match self.rt(k) {
                R::Head => {
                    head = true;
                    end = Some(k);
                    last_head = Some(k);
                    names_ok = true;
                }
                R::Mod => {
                    end = Some(k);
                    names_ok = false;
                }
                R::Poss(c) => {
                    k = s.cands[c].last;
                    end = Some(k);
                    names_ok = false;
                }
                R::Name(c) if names_ok => {
                    k = s.cands[c].last;
                    end = Some(k);
                    last_head = Some(k);
                    names_ok = false;
                }
                R::Conn => names_ok = matches!(s.key(k), "of" | "to" | "for" | "at" | "the") || names_ok,
                R::Name(_) | R::Stop => {
                    let clean = self.boundary(k) || matches!(s.key(k), "who" | "which" | "that" | "whose");
                    if appositive && !clean {
                        return None;
                    }
                    break;
                }
            }
            k += 1;
        }
        if !head || k == begin {
            return None;
        }
        let end = if appositive { end? } else { last_head? };
        Some((begin, end))
    }

    /// Where a predicate role starts after a name ending at `last`: "is a", "was the", "has
    /// served as", "serves as".
    fn predicate_start(&self, last: usize) -> Option<usize> {
        let s = self.s;
        let lower =
            |t: usize, keys: &[&str]| s.class.get(t) == Some(&Class::Lower) && keys.contains(&s.key(t));
        let mut k = last + 1;
        if lower(k, &["is", "was"]) {
            k += 1;
            if lower(k, &["now", "also", "still"]) {
                k += 1;
            }
            return lower(k, &["a", "an", "the"]).then_some(k);
        }
        if lower(k, &["has", "had"]) && lower(k + 1, &["served", "been"]) {
            k += 1;
        }
        (lower(k, &["served", "serves", "been"]) && lower(k + 1, &["as"])).then_some(k + 2)
    }
}

/// Finds the role phrases of every person-like candidate of the unit.
pub fn attach(s: &mut Scan) {
    let mut owner = vec![usize::MAX; s.toks.len()];
    for (c, cand) in s.cands.iter().enumerate() {
        for o in &mut owner[cand.first..=cand.last] {
            *o = c;
        }
    }
    let ctx = Ctx { s, owner };
    let mut found: Vec<(usize, Vec<(usize, usize)>)> = Vec::new();
    for (c, cand) in ctx.s.cands.iter().enumerate() {
        if cand.kind == CandKind::Org {
            continue;
        }
        let mut ranges = Vec::new();
        let before = ctx.before(cand.first);
        if let Some(r) = before {
            ranges.push(r);
        }
        let left_edge = before.map_or(cand.first, |r| r.0);
        if left_edge > 0
            && ctx.s.toks[left_edge - 1].punct == Some(',')
            && let Some(r) = ctx.before_comma(left_edge - 1, cand.last)
        {
            ranges.push(r);
        }
        if !cand.possessive {
            let next = cand.last + 1;
            if ctx.s.toks.get(next).and_then(|t| t.punct) == Some(',')
                && let Some(r) = ctx.after(next + 1, true)
            {
                ranges.push(r);
            }
            if let Some(r) = ctx.predicate_start(cand.last).and_then(|k| ctx.after(k, false)) {
                ranges.push(r);
            }
        }
        if !ranges.is_empty() {
            found.push((c, ranges));
        }
    }
    drop(ctx);
    for (c, ranges) in found {
        for (a, b) in ranges {
            let text = s.text[s.toks[a].start..s.toks[b].end].trim().to_string();
            if !s.cands[c].roles.contains(&text) {
                s.cands[c].roles.push(text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::scan;

    /// The roles found for the candidate named `name` in `text`.
    fn roles(text: &str, name: &str) -> Vec<String> {
        let s = scan(text, false);
        s.cands
            .iter()
            .filter(|c| &text[c.start..c.end] == name)
            .flat_map(|c| c.roles.clone())
            .collect()
    }

    #[test]
    fn titles_and_roles_before_names() {
        let t = "Putin met U.S. President Donald Trump’s envoy Steve Witkoff and son-in-law Jared Kushner.";
        assert_eq!(roles(t, "Donald Trump"), ["U.S. President"]);
        assert_eq!(roles(t, "Steve Witkoff"), ["U.S. President Donald Trump’s envoy"]);
        assert_eq!(roles(t, "Jared Kushner"), ["son-in-law"]);
        let t = "Putin’s foreign affairs adviser Yuri Ushakov spoke, said Kremlin spokesman Dmitry Peskov.";
        assert_eq!(roles(t, "Yuri Ushakov"), ["Putin’s foreign affairs adviser"]);
        assert_eq!(roles(t, "Dmitry Peskov"), ["Kremlin spokesman"]);
        let t = "He met US Special Envoy to the Middle East Steve Witkoff and Labour MP Jane Smith.";
        assert_eq!(roles(t, "Steve Witkoff"), ["US Special Envoy to the Middle East"]);
        assert_eq!(roles(t, "Jane Smith"), ["Labour MP"]);
    }

    #[test]
    fn appositives_and_predicates() {
        let t = "Yuri Ushakov, a senior adviser to President Vladimir Putin, told reporters.";
        assert_eq!(
            roles(t, "Yuri Ushakov"),
            ["senior adviser to President Vladimir Putin"]
        );
        let t = "Kirill Dmitriev, a former investment banker who is now head of it, spoke.";
        assert_eq!(roles(t, "Kirill Dmitriev"), ["former investment banker"]);
        let t = "Zelenskyy, however, said so, and Driscoll, 38, went to Kyiv with Rubio, Vance and Hegseth.";
        assert!(
            roles(t, "Zelenskyy").is_empty()
                && roles(t, "Driscoll").is_empty()
                && roles(t, "Rubio").is_empty()
        );
        let t = "Witkoff is a real estate magnate turned White House fixer. Lavrov has served as Russia’s \
                 foreign minister since 2004.";
        assert_eq!(roles(t, "Witkoff"), ["real estate magnate"]);
        assert_eq!(roles(t, "Lavrov"), ["Russia’s foreign minister"]);
    }

    #[test]
    fn role_clauses_before_a_comma() {
        let t = "The head of Russia’s sovereign wealth fund, Kirill Dmitriev lunched with him.";
        assert_eq!(
            roles(t, "Kirill Dmitriev"),
            ["head of Russia’s sovereign wealth fund"]
        );
        let t = "It followed the resignation of Zelenskyy’s chief of staff, Andrii Yermak.";
        assert_eq!(roles(t, "Andrii Yermak"), ["Zelenskyy’s chief of staff"]);
        let t = "In Berlin, General Major of the Bundeswehr and head of planning in the German Ministry of \
                 Defence, Christian Freuding complained.";
        assert_eq!(
            roles(t, "Christian Freuding"),
            ["General Major of the Bundeswehr and head of planning in the German Ministry of Defence"]
        );
        let t = "After meeting the prime minister, John Smith said no.";
        assert!(roles(t, "John Smith").is_empty());
        let t = "The Kremlin’s veteran diplomat, Foreign Minister Sergei Lavrov, was sidelined.";
        assert_eq!(
            roles(t, "Sergei Lavrov"),
            ["Foreign Minister", "Kremlin’s veteran diplomat"]
        );
    }
}
