//! From the names found in each unit to the article's actors: full names first, then
//! organizations and acronyms, then lone words (a surname joins the full name that ends with
//! it; a titled word is a person; a word the context marks as acting is an organization), and
//! last the headline lines, where only names the body has count.
//!
//! Every step is linear or n·log n in the article's size: mentions are deduplicated by sorting,
//! merged actors are redirected (union-find) instead of rewriting every reference, and the
//! lookups by surname, given name and inner word go through maps built once per phase.

use std::collections::{HashMap, HashSet};

use super::fold::{push_folded, slug};
use super::gazetteer as gz;
use super::lex::FxBuild;
use super::names::{Cand, CandKind, Class, Scan};
use super::words;
use super::{Actor, ActorKind, ActorTable, Gender, Mention};

/// A mention's place: (unit, start, end).
type At = (usize, usize, usize);

/// Above this many forms or roles, a proto's duplicates are found with a map, not a scan.
const SMALL: usize = 16;

/// An actor being built.
#[derive(Debug)]
struct Proto<'a> {
    kind: ActorKind,
    /// Name forms as printed, in order of first appearance.
    forms: Vec<&'a str>,
    /// The key of each form.
    keys: Vec<String>,
    /// Where each form is first seen: (unit, start).
    firsts: Vec<(usize, usize)>,
    /// Whether each form is seen in the story's own words (a body line, outside quotation
    /// marks): a form seen only in a headline or a quote ("Crooked Hillary Clinton", "Notice
    /// Trump") is not the canonical name.
    own: Vec<bool>,
    /// (unit, start, end) of each mention; may hold duplicates until [`Builder::settle`].
    mentions: Vec<At>,
    roles: Vec<String>,
    /// Votes for male and female.
    votes: (u32, u32),
    alive: bool,
}

impl<'a> Proto<'a> {
    fn new(kind: ActorKind) -> Self {
        Proto {
            kind,
            forms: Vec::new(),
            keys: Vec::new(),
            firsts: Vec::new(),
            own: Vec::new(),
            mentions: Vec::new(),
            roles: Vec::new(),
            votes: (0, 0),
            alive: true,
        }
    }
}

/// The lookup key of a name form: folded, one space between words, "the" dropped, a quoted
/// nickname's marks dropped (`Harold "Buddy" Lamont` → "harold buddy lamont"), "&" read "and".
pub fn form_key(form: &str) -> String {
    let mut out = String::with_capacity(form.len());
    for word in form.split_whitespace() {
        let word = word.trim_matches(['"', '“', '”']);
        if out.is_empty() && word.eq_ignore_ascii_case("the") {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if word == "&" {
            out.push_str("and");
            continue;
        }
        push_folded(word, &mut out);
    }
    out
}

/// The last word of a key.
fn last_word(key: &str) -> &str {
    key.rsplit(' ').next().unwrap_or(key)
}

/// The first word of a key.
fn first_word(key: &str) -> &str {
    key.split(' ').next().unwrap_or(key)
}

/// The other spelling of an owned institution: "ukraine's armed forces" ⇄ "armed forces of
/// ukraine".
fn possessive_flip(key: &str) -> Option<String> {
    if let Some((owner, rest)) = key.split_once("'s ") {
        return (!owner.contains(' ')).then(|| format!("{rest} of {owner}"));
    }
    let (rest, owner) = key.rsplit_once(" of ")?;
    (!owner.contains(' ')).then(|| format!("{owner}'s {rest}"))
}

/// The people sharing one surname, with what "the one named last before" needs.
#[derive(Debug, Default)]
struct SurnameEntry {
    /// Live people with a name form ending in the surname, in proto order.
    protos: Vec<usize>,
    /// With two or more people: every (mention, proto) of theirs when the index was built,
    /// sorted.
    hist: Vec<(At, usize)>,
    /// The latest (mention, proto) recorded since the index was built.
    last: Option<(At, usize)>,
}

/// Surnames (last words of people's name forms) → the people, built once per phase.
#[derive(Debug, Default)]
struct Surnames {
    map: HashMap<String, usize, FxBuild>,
    entries: Vec<SurnameEntry>,
    /// The entries each proto is in (index by proto; later protos are in none).
    of_proto: Vec<Vec<usize>>,
}

/// A word's owner among people: one proto, or several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unique {
    One(usize),
    Many,
}

/// Records proto `p` for `word` in a map of [`Unique`] owners.
fn note_unique(map: &mut HashMap<String, Unique, FxBuild>, word: &str, p: usize) {
    match map.get_mut(word) {
        Some(u) => {
            if *u != Unique::One(p) {
                *u = Unique::Many;
            }
        }
        None => {
            map.insert(word.to_string(), Unique::One(p));
        }
    }
}

/// The one proto of `word` in a map of [`Unique`] owners.
fn unique_in(map: &HashMap<String, Unique, FxBuild>, word: &str) -> Option<usize> {
    match map.get(word) {
        Some(&Unique::One(p)) => Some(p),
        _ => None,
    }
}

struct Builder<'s, 'a> {
    scans: &'s [Scan<'a>],
    protos: Vec<Proto<'a>>,
    /// Union-find redirect: a merged proto points at the one it went into.
    parent: Vec<usize>,
    /// Alias key → proto (possibly merged away: read through [`Self::get`]).
    index: HashMap<String, usize, FxBuild>,
    /// (proto, form) → index in its forms, for protos with many forms.
    form_ix: HashMap<(usize, &'a str), usize, FxBuild>,
    /// (proto, ASCII-lowercased role), for protos with many roles.
    role_ix: HashSet<(usize, String), FxBuild>,
    /// Acronyms that abbreviate things, not actors.
    banned: HashSet<String, FxBuild>,
    /// Proto of each candidate, per unit (possibly merged away: read through [`Self::root`]).
    owner: Vec<Vec<Option<usize>>>,
    /// The surname index of the current phase.
    sur: Surnames,
    /// Per unit, the byte offsets where a double quotation opens or closes, in order.
    quote_marks: Vec<Vec<usize>>,
}

impl<'s, 'a> Builder<'s, 'a> {
    fn text(&self, u: usize, c: &Cand) -> &'a str {
        &self.scans[u].text[c.start..c.end]
    }

    fn new_proto(&mut self, kind: ActorKind) -> usize {
        self.protos.push(Proto::new(kind));
        self.parent.push(self.protos.len() - 1);
        self.protos.len() - 1
    }

    /// True when byte `at` of unit `u` lies inside quotation marks.
    fn quoted(&self, u: usize, at: usize) -> bool {
        let marks = &self.quote_marks[u];
        marks.partition_point(|&m| m < at) % 2 == 1
    }

    /// The proto `p` went into.
    fn root(&self, mut p: usize) -> usize {
        while self.parent[p] != p {
            p = self.parent[p];
        }
        p
    }

    /// The proto the alias key `key` names.
    fn get(&self, key: &str) -> Option<usize> {
        self.index.get(key).map(|&p| self.root(p))
    }

    /// Points every stored reference at its proto's root, so later phases read them directly.
    fn flatten(&mut self) {
        for p in 0..self.parent.len() {
            let r = self.root(p);
            self.parent[p] = r;
        }
        let parent = &self.parent;
        for v in self.index.values_mut() {
            *v = parent[*v];
        }
        for o in self.owner.iter_mut().flatten().flatten() {
            *o = parent[*o];
        }
    }

    /// Adds form `form` first seen at `at` to proto `p`.
    fn add_form(
        &mut self,
        p: usize,
        form: &'a str,
        key: impl FnOnce() -> String,
        at: (usize, usize),
        own: bool,
    ) {
        let proto = &mut self.protos[p];
        super::tick(proto.forms.len().min(SMALL));
        let found = if proto.forms.len() < SMALL {
            proto.forms.iter().position(|f| *f == form)
        } else {
            if proto.forms.len() == SMALL && !self.form_ix.contains_key(&(p, proto.forms[0])) {
                for (i, &f) in proto.forms.iter().enumerate() {
                    self.form_ix.entry((p, f)).or_insert(i);
                }
            }
            self.form_ix.get(&(p, form)).copied()
        };
        match found {
            Some(i) => {
                proto.firsts[i] = proto.firsts[i].min(at);
                proto.own[i] |= own;
            }
            None => {
                proto.forms.push(form);
                proto.keys.push(key());
                proto.firsts.push(at);
                proto.own.push(own);
                if proto.forms.len() > SMALL {
                    self.form_ix.insert((p, form), proto.forms.len() - 1);
                }
            }
        }
    }

    /// Adds role `role` to proto `p` unless it has it (ASCII case ignored).
    fn add_role(&mut self, p: usize, role: &str) {
        let proto = &mut self.protos[p];
        super::tick(proto.roles.len().min(SMALL));
        if proto.roles.len() < SMALL {
            if !proto.roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
                proto.roles.push(role.to_string());
            }
            return;
        }
        if proto.roles.len() == SMALL && !self.role_ix.contains(&(p, proto.roles[0].to_ascii_lowercase())) {
            for r in &proto.roles {
                self.role_ix.insert((p, r.to_ascii_lowercase()));
            }
        }
        if self.role_ix.insert((p, role.to_ascii_lowercase())) {
            proto.roles.push(role.to_string());
        }
    }

    /// Records a mention of proto `p` by the form `form` at (unit, start, end).
    fn mention(&mut self, p: usize, form: &'a str, at: At) {
        self.mention_keyed(p, form, form_key(form), at);
    }

    /// [`Self::mention`] with the form's key already made.
    fn mention_keyed(&mut self, p: usize, form: &'a str, key: String, at: At) {
        let own = !self.scans[at.0].weak && !self.quoted(at.0, at.1);
        self.add_form(p, form, || key.clone(), (at.0, at.1), own);
        self.protos[p].mentions.push(at);
        if let Some(entries) = self.sur.of_proto.get(p) {
            for &e in entries {
                let entry = &mut self.sur.entries[e];
                if entry.protos.len() > 1 && entry.last.is_none_or(|l| (at, p) > l) {
                    entry.last = Some((at, p));
                }
            }
        }
        if self.protos[p].kind == ActorKind::Organization {
            if let Some(flip) = possessive_flip(&key) {
                self.index.entry(flip).or_insert(p);
            }
            if let Some(short) = gz::without_corporate_suffix(&key)
                && !self.index.contains_key(short)
            {
                self.index.insert(short.to_string(), p);
            }
        }
        self.index.entry(key).or_insert(p);
    }

    /// Adds candidate `c` of unit `u` to proto `p`, with its roles and gender cues.
    fn take(&mut self, p: usize, u: usize, ci: usize, key: String) {
        let scans = self.scans;
        let c = &scans[u].cands[ci];
        let form = self.text(u, c);
        self.mention_keyed(p, form, key, (u, c.start, c.end));
        for role in &c.roles {
            self.add_role(p, role);
        }
        let proto = &mut self.protos[p];
        match c.title_gender {
            Some(true) => proto.votes.0 += 1,
            Some(false) => proto.votes.1 += 1,
            None => {}
        }
        self.owner[u][ci] = Some(p);
    }

    /// Moves everything of proto `src` into `dst` (both roots); `src` then redirects to `dst`.
    fn merge(&mut self, dst: usize, src: usize) {
        if dst == src || !self.protos[src].alive {
            return;
        }
        let moved = std::mem::replace(&mut self.protos[src], Proto::new(ActorKind::Organization));
        self.protos[src].alive = false;
        let forms = moved
            .forms
            .into_iter()
            .zip(moved.keys)
            .zip(moved.firsts)
            .zip(moved.own);
        for (((f, k), at), own) in forms {
            self.add_form(dst, f, || k, at, own);
        }
        super::tick(moved.mentions.len());
        self.protos[dst].mentions.extend(moved.mentions);
        for r in &moved.roles {
            self.add_role(dst, r);
        }
        let d = &mut self.protos[dst];
        d.votes.0 += moved.votes.0;
        d.votes.1 += moved.votes.1;
        self.parent[src] = dst;
    }

    /// Sorts every proto's mentions and drops duplicates.
    fn settle(&mut self) {
        for p in &mut self.protos {
            super::tick(p.mentions.len());
            p.mentions.sort_unstable();
            p.mentions.dedup();
        }
    }

    /// Builds the surname index of live people's name forms for the next phase; with
    /// `nearest`, also what [`Self::by_surname`] needs to pick among people sharing one.
    fn index_surnames(&mut self, nearest: bool) {
        let mut sur = Surnames::default();
        if nearest {
            self.settle();
            sur.of_proto = vec![Vec::new(); self.protos.len()];
        }
        for (p, proto) in self.protos.iter().enumerate() {
            if !proto.alive || proto.kind != ActorKind::Person {
                continue;
            }
            for k in &proto.keys {
                super::tick(1);
                let last = last_word(k);
                let e = match sur.map.get(last) {
                    Some(&e) => e,
                    None => {
                        sur.entries.push(SurnameEntry::default());
                        sur.map.insert(last.to_string(), sur.entries.len() - 1);
                        sur.entries.len() - 1
                    }
                };
                let entry = &mut sur.entries[e];
                // A proto's keys come one after another: a repeat is the last one pushed.
                if entry.protos.last() != Some(&p) {
                    entry.protos.push(p);
                    if nearest {
                        sur.of_proto[p].push(e);
                    }
                }
            }
        }
        for entry in &mut sur.entries {
            if nearest && entry.protos.len() > 1 {
                for &p in &entry.protos {
                    super::tick(self.protos[p].mentions.len());
                    entry.hist.extend(self.protos[p].mentions.iter().map(|&m| (m, p)));
                }
                entry.hist.sort_unstable();
            }
        }
        self.sur = sur;
    }

    /// True when `key` is the surname of a live person (as of the last index).
    fn is_surname(&self, key: &str) -> bool {
        self.sur.map.contains_key(key)
    }

    /// Full names of people.
    fn people(&mut self) {
        // "first last" of every multi-word person key → the first proto with it.
        let mut by_ends: HashMap<String, usize, FxBuild> = HashMap::default();
        for u in 0..self.scans.len() {
            for ci in 0..self.scans[u].cands.len() {
                let c = &self.scans[u].cands[ci];
                if c.kind != CandKind::Person {
                    continue;
                }
                let key = form_key(self.text(u, c));
                let ends = {
                    let (first, last) = (first_word(&key), last_word(&key));
                    let mut e = String::with_capacity(first.len() + last.len() + 1);
                    e.push_str(first);
                    e.push(' ');
                    e.push_str(last);
                    e
                };
                // The person proto a full name joins: same key, or same first and last word.
                let known = match self.get(&key) {
                    Some(p) => (self.protos[p].kind == ActorKind::Person).then_some(p),
                    None => by_ends.get(&ends).copied(),
                };
                let p = match known {
                    Some(p) => p,
                    None => self.new_proto(ActorKind::Person),
                };
                let spaced = key.contains(' ');
                self.take(p, u, ci, key);
                if spaced {
                    by_ends.entry(ends).or_insert(p);
                }
            }
        }
        // "von der Leyen" after "Ursula von der Leyen": a shorter full form joins the longer.
        // Every word-boundary suffix of every key → the protos having it.
        let n = self.protos.len();
        let mut suffixes: HashMap<&str, Vec<usize>, FxBuild> = HashMap::default();
        let keys: Vec<Vec<String>> = self.protos.iter().map(|p| p.keys.clone()).collect();
        for (a, ks) in keys.iter().enumerate() {
            for k in ks {
                for (i, _) in k.match_indices(' ') {
                    let list = suffixes.entry(&k[i + 1..]).or_default();
                    if list.last() != Some(&a) {
                        list.push(a);
                    }
                }
            }
        }
        for b in 0..n {
            if !self.protos[b].alive {
                continue;
            }
            let Some(short) = self.protos[b].keys.first() else {
                continue;
            };
            let Some(list) = suffixes.get(short.as_str()) else {
                continue;
            };
            let mut found: Option<usize> = None;
            let mut several = false;
            for &x in list {
                super::tick(1);
                let a = self.root(x);
                if a == b || !self.protos[a].alive {
                    continue;
                }
                match found {
                    None => found = Some(a),
                    Some(f) if f != a => {
                        several = true;
                        break;
                    }
                    Some(_) => {}
                }
            }
            if let (Some(a), false) = (found, several) {
                self.merge(a, b);
            }
        }
        self.flatten();
    }

    /// Organizations, acronyms and their definitions. Returns the single known-organization
    /// or place words that are people's surnames here, to be read as singles.
    fn organizations(&mut self) -> Vec<(usize, usize)> {
        self.index_surnames(false);
        let mut rerouted = Vec::new();
        for u in 0..self.scans.len() {
            for ci in 0..self.scans[u].cands.len() {
                let c = &self.scans[u].cands[ci];
                if c.kind != CandKind::Org {
                    continue;
                }
                let key = form_key(self.text(u, c));
                // "Jordan said" after "Rep. Jim Jordan": a known organization's or a speaking
                // country's one word that is a person's surname here is that person.
                if c.first == c.last
                    && self.is_surname(&key)
                    && matches!(self.scans[u].class[c.first], Class::KnownOrg | Class::Place)
                {
                    rerouted.push((u, ci));
                    continue;
                }
                let short = gz::without_corporate_suffix(&key).unwrap_or(&key);
                let p = match self.get(&key).or_else(|| self.get(short)) {
                    Some(p) if self.protos[p].kind == ActorKind::Organization => p,
                    _ => match gz::expansion(&key).and_then(|e| self.get(e)) {
                        Some(p) if self.protos[p].kind == ActorKind::Organization => p,
                        _ => self.new_proto(ActorKind::Organization),
                    },
                };
                if let Some(e) = gz::expansion(&key) {
                    self.index.entry(e.to_string()).or_insert(p);
                }
                self.take(p, u, ci, key);
            }
        }
        // A full name joins the acronym already met: "AP" then "Associated Press".
        let keys: Vec<(&'static str, usize)> = self
            .index
            .iter()
            .filter_map(|(k, &p)| Some((gz::expansion(k)?, p)))
            .collect();
        for (e, p) in keys {
            if let Some(q) = self.get(e)
                && self.protos[p].kind == ActorKind::Organization
                && self.protos[q].kind == ActorKind::Organization
            {
                self.merge(q, p);
            }
        }
        for u in 0..self.scans.len() {
            for d in &self.scans[u].defs {
                match d.target.and_then(|t| self.owner[u][t]).map(|p| self.root(p)) {
                    Some(p) => {
                        if let Some(q) = self.get(&d.key) {
                            self.merge(p, q);
                        }
                        self.index.insert(d.key.clone(), p);
                    }
                    None => {
                        self.banned.insert(d.key.clone());
                    }
                }
            }
        }
        self.flatten();
        for key in &self.banned {
            if let Some(&p) = self.index.get(key)
                && self.protos[p].keys.iter().all(|k| k == key)
            {
                self.protos[p].alive = false;
            }
        }
        rerouted
    }

    /// The person a lone word names by surname, nearest before (unit, start) when several.
    fn by_surname(&self, key: &str, at: (usize, usize)) -> Option<usize> {
        let entry = &self.sur.entries[*self.sur.map.get(key)?];
        if entry.protos.len() <= 1 {
            return entry.protos.first().copied();
        }
        let k = entry.hist.partition_point(|&((u, s, _), _)| (u, s) < at);
        let mut best = k.checked_sub(1).map(|i| entry.hist[i]);
        if let Some(l) = entry.last
            && (l.0.0, l.0.1) < at
            && best.is_none_or(|b| l > b)
        {
            best = Some(l);
        }
        Some(best.map_or(entry.protos[0], |b| b.1))
    }

    /// The person "the elder X" or "the younger X" names among the people sharing surname X:
    /// the one called a father or mother (a son or daughter) of someone, else the oldest
    /// (youngest) by a stated age ("Walter Brennock, 78"), else the first (last) named.
    fn by_seniority(&self, key: &str, u: usize, c: &Cand) -> Option<usize> {
        let s = &self.scans[u];
        let younger = match c.first.checked_sub(1).map(|b| s.key(b)) {
            Some("elder" | "older") => false,
            Some("younger") => true,
            _ => return None,
        };
        let entry = &self.sur.entries[*self.sur.map.get(key)?];
        if entry.protos.len() < 2 {
            return None;
        }
        // (relation: 1 parent, -1 child, 0 unknown; age; order of first mention) per person.
        let ranks = entry.protos.iter().map(|&p| {
            let proto = &self.protos[p];
            let mut relation = 0;
            let mut age = None;
            for &(mu, start, end) in &proto.mentions {
                let text = self.scans[mu].text;
                let before = text[..start].trim_end().trim_end_matches(',').trim_end();
                let word = before.rsplit(|ch: char| !ch.is_alphabetic()).next().unwrap_or("");
                match word.to_ascii_lowercase().as_str() {
                    "father" | "mother" | "dad" | "mum" | "mom" | "grandfather" | "grandmother" => {
                        relation = 1
                    }
                    "son" | "daughter" | "grandson" | "granddaughter" => relation = -1,
                    _ => {}
                }
                let after = text[end..].strip_prefix(", ").unwrap_or("");
                let digits = after.bytes().take_while(u8::is_ascii_digit).count();
                if (1..=3).contains(&digits) && !after[digits..].starts_with(|ch: char| ch.is_alphanumeric())
                {
                    age = after[..digits].parse::<u32>().ok();
                }
            }
            let first = proto.mentions.iter().min().copied();
            (p, relation, age, first)
        });
        let ranks: Vec<_> = ranks.collect();
        let pick = if younger {
            ranks
                .iter()
                .min_by_key(|r| (r.1, r.2.map_or(1, |_| 0), r.2, std::cmp::Reverse(r.3)))
        } else {
            ranks
                .iter()
                .max_by_key(|r| (r.1, r.2.is_some(), r.2, std::cmp::Reverse(r.3)))
        };
        pick.map(|r| r.0)
    }

    /// Lone capitalised words.
    fn singles(&mut self, rerouted: &[(usize, usize)]) {
        let mut all: Vec<(usize, usize)> = Vec::new();
        for u in 0..self.scans.len() {
            for (ci, c) in self.scans[u].cands.iter().enumerate() {
                if c.kind == CandKind::Single {
                    all.push((u, ci));
                }
            }
        }
        all.extend_from_slice(rerouted);
        all.sort();
        // The one person whose full name starts with a given name ("Sir Keir"), and the one
        // whose full name has a word other than the last ("Xi" in "Xi Jinping", "Lula" in
        // "Luiz Inácio Lula da Silva"). Full names do not change in this phase.
        let mut given: HashMap<String, Unique, FxBuild> = HashMap::default();
        let mut inner: HashMap<String, Unique, FxBuild> = HashMap::default();
        for (p, proto) in self.protos.iter().enumerate() {
            if !proto.alive || proto.kind != ActorKind::Person {
                continue;
            }
            for k in &proto.keys {
                if let Some((head, _)) = k.rsplit_once(' ') {
                    note_unique(&mut given, first_word(k), p);
                    for w in head.split(' ') {
                        note_unique(&mut inner, w, p);
                    }
                }
            }
        }
        let headline_full = self.headline_full_names();
        // First the lone words that make actors of their own: "President Putin" with no full
        // name anywhere, "the Storting said".
        self.index_surnames(false);
        // The key of each lone word, made once: `None` once the word is taken.
        let mut keys: Vec<Option<String>> = Vec::with_capacity(all.len());
        for &(u, ci) in &all {
            let c = &self.scans[u].cands[ci];
            let key = form_key(self.text(u, c));
            if self.index.contains_key(&key) || self.is_surname(&key) || c.place_ctx {
                keys.push(Some(key));
                continue;
            }
            let inner_hit = if words::is_particle(&key) {
                None
            } else {
                unique_in(&inner, &key)
            };
            let p = if let Some(p) = inner_hit {
                Some(p)
            } else if c.titled {
                // "Sir Keir" after "Keir Starmer": an honorific with the given name.
                Some(unique_in(&given, &key).unwrap_or_else(|| self.new_proto(ActorKind::Person)))
            } else if let Some(full) = headline_full.get(&key) {
                // "Marta Quillfeather" in the headline: "Quillfeather said" is her, whose full
                // name the headline line then adds.
                let p = self.new_proto(ActorKind::Person);
                self.index.entry(full.clone()).or_insert(p);
                Some(p)
            } else if c.org_cue && !self.banned.contains(&key) {
                Some(self.new_proto(ActorKind::Organization))
            } else {
                None
            };
            match p {
                Some(p) => {
                    self.take(p, u, ci, key);
                    keys.push(None);
                }
                None => keys.push(Some(key)),
            }
        }
        self.index_surnames(true);
        for (&(u, ci), key) in all.iter().zip(keys) {
            let Some(key) = key else { continue };
            let c = &self.scans[u].cands[ci];
            let form = self.text(u, c);
            if let Some(p) = self.by_seniority(&key, u, c) {
                self.take(p, u, ci, key);
            } else if let Some(&p) = self.index.get(&key)
                && self.protos[p].alive
            {
                self.take(p, u, ci, key);
            } else if let Some(p) = self.by_surname(&key, (u, c.start)) {
                self.take(p, u, ci, key);
            } else if key.contains('-') {
                // "Witkoff-Dmitriev construct": a mention of each person, or none.
                let mut parts = Vec::new();
                let mut offset = c.start;
                for part in form.split('-') {
                    let p = self.by_surname(&form_key(part), (u, offset));
                    parts.push((p, offset, offset + part.len(), part));
                    offset += part.len() + 1;
                }
                if parts.iter().all(|x| x.0.is_some()) {
                    for (p, s, e, part) in parts {
                        self.mention(p.expect("checked"), part, (u, s, e));
                    }
                }
            }
        }
    }

    /// Surnames that a headline or Title Case line writes after a known given name ("Marta
    /// Quillfeather"), each with that full name's key: the body's lone surname is that person.
    /// A given name that is also a place, an organization or a people ("Houston Rockets") is
    /// read as that, not as a first name.
    fn headline_full_names(&self) -> HashMap<String, String, FxBuild> {
        let mut full = HashMap::default();
        for s in self.scans.iter().filter(|s| s.weak) {
            for t in 1..s.toks.len() {
                let capital = |m: usize| s.toks[m].is_word() && s.word(m).starts_with(char::is_uppercase);
                if capital(t - 1)
                    && capital(t)
                    && s.toks[t].space_before
                    && !s.toks[t - 1].possessive
                    && words::name_gender(s.key(t - 1)).is_some()
                    && !gz::is_place_org_or_people(s.key(t - 1))
                    && words::name_gender(s.key(t)).is_none()
                {
                    full.insert(s.key(t).to_string(), format!("{} {}", s.key(t - 1), s.key(t)));
                }
            }
        }
        full
    }

    /// A lone title, place or common word that is the surname of a person named in full here,
    /// where it speaks or is spoken of ("King said", "said Park", "Bishop's budget"): the
    /// person, not the word. Words of a longer capitalised run, or after an article ("the King
    /// said"), stay what they are.
    fn surname_words(&mut self) {
        self.index_surnames(true);
        let scans = self.scans;
        for (u, s) in scans.iter().enumerate() {
            if s.weak {
                continue;
            }
            let mut covered = s.cands.iter().map(|c| (c.first, c.last)).peekable();
            for t in 0..s.toks.len() {
                while covered.next_if(|&(_, last)| last < t).is_some() {}
                if covered.peek().is_some_and(|&(first, _)| first <= t) {
                    continue;
                }
                if !lone_surname_word(s, t) {
                    continue;
                }
                let key = s.key(t);
                let Some(p) = self.by_surname(key, (u, s.toks[t].start)) else {
                    continue;
                };
                if !self.protos[p].keys.iter().any(|k| k.contains(' ')) {
                    continue;
                }
                let (start, end) = (s.toks[t].start, s.toks[t].end);
                self.mention(p, &s.text[start..end], (u, start, end));
            }
        }
    }

    /// "Pryor and Lindqvist" after "Pryor & Lindqvist": capitalised words joined by "and" that
    /// spell an organization's name are a mention of it (the name rules cut them apart).
    fn and_forms(&mut self) {
        const MAX_SIDE: usize = 3;
        let scans = self.scans;
        let mut key = String::new();
        for (u, s) in scans.iter().enumerate() {
            if s.weak {
                continue;
            }
            let capital = |n: usize| s.toks[n].is_word() && s.word(n).starts_with(char::is_uppercase);
            for t in 1..s.toks.len().saturating_sub(1) {
                if !s.is_lower(t, "and") || !capital(t - 1) || !capital(t + 1) {
                    continue;
                }
                // The capitalised words right before and after "and", nearest first.
                let mut left = t - 1;
                while left > 0 && t - left < MAX_SIDE && s.toks[left].space_before && capital(left - 1) {
                    left -= 1;
                }
                let mut right = t + 1;
                while right + 1 < s.toks.len()
                    && right - t < MAX_SIDE
                    && s.toks[right + 1].space_before
                    && capital(right + 1)
                {
                    right += 1;
                }
                let mut found = None;
                'search: for a in left..t {
                    for b in (t + 1..=right).rev() {
                        key.clear();
                        for m in a..=b {
                            if m > a {
                                key.push(' ');
                            }
                            key.push_str(s.key(m));
                        }
                        if let Some(p) = self.get(&key)
                            && self.protos[p].alive
                            && self.protos[p].kind == ActorKind::Organization
                        {
                            found = Some((p, a, b));
                            break 'search;
                        }
                    }
                }
                if let Some((p, a, b)) = found {
                    let (start, end) = (s.toks[a].start, s.toks[b].end);
                    self.mention(p, &s.text[start..end], (u, start, end));
                }
            }
        }
    }

    /// "Coldwell manager" after "Coldwell Rovers": a one-word organization that is the first
    /// word, or the acronym of the initials ("OBFA"), of exactly one longer organization of the
    /// article is that organization. Places and known organizations stand on their own
    /// ("Russia" beside "Russia Today").
    fn org_heads(&mut self) {
        let mut heads: HashMap<String, Unique, FxBuild> = HashMap::default();
        let mut acronyms: HashMap<String, Unique, FxBuild> = HashMap::default();
        for (p, proto) in self.protos.iter().enumerate() {
            if !proto.alive || proto.kind != ActorKind::Organization {
                continue;
            }
            for k in proto.keys.iter().filter(|k| k.contains(' ')) {
                note_unique(&mut heads, first_word(k), p);
                // "the OBFA" after "Ostmoor Bay Ferry Authority": an acronym of its initials.
                let initials: String = k
                    .split(' ')
                    .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&"))
                    .filter_map(|w| w.chars().next())
                    .collect();
                if initials.chars().count() >= 3 {
                    note_unique(&mut acronyms, &initials, p);
                }
            }
        }
        for p in 0..self.protos.len() {
            let proto = &self.protos[p];
            if !proto.alive
                || proto.kind != ActorKind::Organization
                || proto.keys.iter().any(|k| k.contains(' '))
            {
                continue;
            }
            let Some(key) = proto.keys.first() else { continue };
            if gz::is_place_org_or_people(key) {
                continue;
            }
            // The initials first: "DNC" is the Democratic National Committee, not the "DNC
            // Rules Committee".
            let target = unique_in(&acronyms, key).or_else(|| unique_in(&heads, key));
            if let Some(q) = target.map(|q| self.root(q))
                && q != p
                && self.protos[q].alive
            {
                self.merge(q, p);
            }
        }
        self.flatten();
    }

    /// Headline and Title Case lines: known names only, longest first.
    fn weak_lines(&mut self) {
        if !self.scans.iter().any(|s| s.weak) {
            return;
        }
        self.index_surnames(true);
        let scans = self.scans;
        let mut key = String::new();
        for (u, s) in scans.iter().enumerate() {
            if !s.weak {
                continue;
            }
            let mut t = 0;
            while t < s.toks.len() {
                let starts = s.toks[t].is_word() && s.word(t).starts_with(char::is_uppercase);
                if !starts {
                    t += 1;
                    continue;
                }
                let mut found = None;
                key.clear();
                for m in t..(t + 5).min(s.toks.len()) {
                    if !s.toks[m].is_word() || m > t && !s.toks[m].space_before {
                        break;
                    }
                    if m > t {
                        key.push(' ');
                    }
                    key.push_str(s.key(m));
                    let hit = self
                        .index
                        .get(key.as_str())
                        .copied()
                        .filter(|&p| self.protos[p].alive);
                    let hit = hit.or_else(|| {
                        (m == t)
                            .then(|| self.by_surname(&key, (u, s.toks[t].start)))
                            .flatten()
                    });
                    if let Some(p) = hit {
                        found = Some((p, m));
                    }
                    if s.toks[m].possessive {
                        break;
                    }
                }
                match found {
                    Some((p, m)) => {
                        let (start, end) = (s.toks[t].start, s.toks[m].end);
                        let form = &s.text[start..end];
                        self.mention(p, form, (u, start, end));
                        t = m + 1;
                    }
                    None => t += 1,
                }
            }
        }
    }

    /// The finished table: actors in order of first mention.
    fn finish(mut self) -> ActorTable {
        self.settle();
        let mut live: Vec<usize> = (0..self.protos.len())
            .filter(|&p| self.protos[p].alive && !self.protos[p].mentions.is_empty())
            .collect();
        live.sort_by_key(|&p| self.protos[p].mentions[0]);
        let mut actors = Vec::with_capacity(live.len());
        let mut roles = Vec::with_capacity(live.len());
        let mut mentions = Vec::with_capacity(live.iter().map(|&p| self.protos[p].mentions.len()).sum());
        for (a, &p) in live.iter().enumerate() {
            let proto = &mut self.protos[p];
            // Forms in order of first appearance, the canonical name first.
            let mut forms: Vec<(usize, usize, &str, bool)> = std::mem::take(&mut proto.forms)
                .into_iter()
                .zip(&proto.firsts)
                .zip(&proto.own)
                .map(|((f, &(u, s)), &own)| (u, s, f, own))
                .collect();
            forms.sort_unstable_by_key(|f| (f.0, f.1));
            let own: Vec<&str> = forms.iter().filter(|f| f.3).map(|f| f.2).collect();
            let mut names: Vec<&str> = forms.into_iter().map(|f| f.2).collect();
            let name = canonical(if own.is_empty() { &names } else { &own });
            if let Some(i) = names.iter().position(|f| *f == name) {
                let n = names.remove(i);
                names.insert(0, n);
            }
            let proto_roles = std::mem::take(&mut proto.roles);
            let role = proto_roles.iter().fold(None::<&str>, |best, r| match best {
                Some(b) if b.split_whitespace().count() >= r.split_whitespace().count() => Some(b),
                _ => Some(r),
            });
            let mut actor = Actor::new(proto.kind, names, role);
            actor.gender = match proto.kind {
                ActorKind::Person => gender(proto.votes, &proto_roles, actor.name()),
                ActorKind::Organization => None,
            };
            let before = mentions.len();
            mentions.extend(
                proto
                    .mentions
                    .iter()
                    .filter_map(|&(unit, start, end)| Mention::new(unit, start, end, a)),
            );
            actor.mentions = u32::try_from(mentions.len() - before).unwrap_or(u32::MAX);
            actors.push(actor);
            roles.push(proto_roles);
        }
        mentions.sort_unstable_by_key(|m| (m.unit(), m.start(), m.end(), m.actor));
        ActorTable {
            actors,
            mentions,
            roles,
        }
    }
}

/// True when token `t` of `s` is a capitalised word the name rules read as a title, place or
/// common word, standing alone where a speaker stands: before a reporting verb, after one, or
/// with a possessive.
fn lone_surname_word(s: &Scan, t: usize) -> bool {
    let capital = |n: usize| {
        s.toks.get(n).is_some_and(|tok| tok.is_word()) && s.word(n).starts_with(char::is_uppercase)
    };
    if !capital(t)
        || !matches!(
            s.class[t],
            Class::Title | Class::Place | Class::PlaceHead | Class::Demonym | Class::TitleMod | Class::Thing
        )
        || t > 0 && capital(t - 1) && s.toks[t].space_before
        || capital(t + 1) && s.toks[t + 1].space_before
        || t > 0 && matches!(s.key(t - 1), "the" | "a" | "an")
    {
        return false;
    }
    let verb = |n: usize| {
        s.toks.get(n).is_some_and(|tok| tok.is_word())
            && s.word(n).starts_with(char::is_lowercase)
            && crate::extract::lexicon::is_reporting_verb(s.key(n))
    };
    s.toks[t].possessive || verb(t + 1) || t > 0 && verb(t - 1)
}

/// The byte offsets where a double quotation opens or closes in `text`: a curly mark where it
/// changes the state, a straight one always, except one that reopens a quote left open after a
/// sentence end (`… fastest. "We will …`: paragraphs merged into one line), which closes the
/// old quote and opens the new one at once.
fn quote_marks(text: &str) -> Vec<usize> {
    let mut inside = false;
    let mut marks = Vec::new();
    for (i, c) in text.char_indices() {
        let before = &text[..i];
        let reopens = c == '"'
            && inside
            && before.ends_with(char::is_whitespace)
            && before.trim_end().ends_with(['.', '!', '?', '…'])
            && text[i + 1..].starts_with(|n: char| !n.is_whitespace());
        if reopens {
            marks.extend([i, i]);
            continue;
        }
        let turn = match c {
            '“' | '„' | '«' => !inside,
            '”' | '»' => inside,
            '"' => true,
            _ => false,
        };
        if turn {
            inside = !inside;
            marks.push(i);
        }
    }
    marks
}

/// The fullest form: the most words, the first seen among equals; a form with a quoted
/// nickname (`Harold T. "Buddy" Lamont`) only when no other form has two words, as the
/// text goes on to call him "Buddy Lamont".
pub fn canonical<'f>(forms: &[&'f str]) -> &'f str {
    let nicknamed = |f: &str| f.contains(['"', '“', '”']);
    let plain = forms.iter().any(|f| !nicknamed(f) && f.contains(' '));
    forms
        .iter()
        .filter(|f| !(plain && nicknamed(f)))
        .fold(None::<&'f str>, |best, &f| match best {
            Some(b) if b.split_whitespace().count() >= f.split_whitespace().count() => Some(b),
            _ => Some(f),
        })
        .unwrap_or_default()
}

/// The entity id of a canonical name: its slug, or the slug of what a generic acronym stands
/// for ("AP" → "associated-press").
pub fn entity_slug(name: &str) -> String {
    let expanded = (name.len() <= 8)
        .then(|| gz::expansion(&form_key(name)))
        .flatten();
    slug(expanded.unwrap_or(name))
}

/// Gender from titles (`votes`), role words and the given name; `None` when they disagree or
/// say nothing.
fn gender(votes: (u32, u32), roles: &[String], name: &str) -> Option<Gender> {
    let (mut male, mut female) = votes;
    let mut buf = String::new();
    for role in roles {
        for w in role.split_whitespace() {
            if w.ends_with("’s") || w.ends_with("'s") {
                continue;
            }
            buf.clear();
            push_folded(
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'),
                &mut buf,
            );
            match words::word_gender(&buf) {
                Some(true) => male += 1,
                Some(false) => female += 1,
                None => {}
            }
        }
    }
    let key = form_key(name);
    let mut ws = key.split(' ');
    if let (Some(first), Some(_)) = (ws.next(), ws.next()) {
        match words::name_gender(first) {
            Some(true) => male += 1,
            Some(false) => female += 1,
            None => {}
        }
    }
    match (male, female) {
        (m, 0) if m > 0 => Some(Gender::Male),
        (0, f) if f > 0 => Some(Gender::Female),
        _ => None,
    }
}

/// Builds the actor table from the units' scans.
pub fn build(scans: &[Scan]) -> ActorTable {
    let mut b = Builder {
        scans,
        protos: Vec::new(),
        parent: Vec::new(),
        index: HashMap::default(),
        form_ix: HashMap::default(),
        role_ix: HashSet::default(),
        banned: HashSet::default(),
        owner: scans.iter().map(|s| vec![None; s.cands.len()]).collect(),
        sur: Surnames::default(),
        quote_marks: scans.iter().map(|s| quote_marks(s.text)).collect(),
    };
    b.people();
    let rerouted = b.organizations();
    b.singles(&rerouted);
    b.surname_words();
    b.and_forms();
    b.org_heads();
    b.weak_lines();
    b.finish()
}
