//! From the names found in each unit to the article's actors: full names first, then
//! organizations and acronyms, then lone words (a surname joins the full name that ends with
//! it; a titled word is a person; a word the context marks as acting is an organization), and
//! last the headline lines, where only names the body has count.

use std::collections::HashMap;

use super::fold::{push_folded, slug};
use super::gazetteer as gz;
use super::lex::FxBuild;
use super::names::{Cand, CandKind, Class, Scan};
use super::words;
use super::{Actor, ActorKind, ActorTable, Gender, Mention};

/// An actor being built.
#[derive(Debug)]
struct Proto {
    kind: ActorKind,
    /// Name forms as printed, in order of first appearance.
    forms: Vec<String>,
    /// The key of each form.
    keys: Vec<String>,
    /// Where each form is first seen: (unit, start).
    firsts: Vec<(usize, usize)>,
    /// (unit, start, end) of each mention.
    mentions: Vec<(usize, usize, usize)>,
    roles: Vec<String>,
    /// Votes for male and female.
    votes: (u32, u32),
    alive: bool,
}

/// The lookup key of a name form: folded, one space between words, "the" dropped.
pub fn form_key(form: &str) -> String {
    let mut out = String::with_capacity(form.len());
    for word in form.split_whitespace() {
        if out.is_empty() && word.eq_ignore_ascii_case("the") {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
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

struct Builder<'s, 'a> {
    scans: &'s [Scan<'a>],
    protos: Vec<Proto>,
    /// Alias key → proto.
    index: HashMap<String, usize, FxBuild>,
    /// Acronyms that abbreviate things, not actors.
    banned: Vec<String>,
    /// Proto of each candidate, per unit.
    owner: Vec<Vec<Option<usize>>>,
}

impl<'s, 'a> Builder<'s, 'a> {
    fn text(&self, u: usize, c: &Cand) -> &'a str {
        &self.scans[u].text[c.start..c.end]
    }

    fn new_proto(&mut self, kind: ActorKind) -> usize {
        self.protos.push(Proto {
            kind,
            forms: Vec::new(),
            keys: Vec::new(),
            firsts: Vec::new(),
            mentions: Vec::new(),
            roles: Vec::new(),
            votes: (0, 0),
            alive: true,
        });
        self.protos.len() - 1
    }

    /// Records a mention of proto `p` by the form `form` at (unit, start, end).
    fn mention(&mut self, p: usize, form: &str, at: (usize, usize, usize)) {
        self.mention_keyed(p, form, form_key(form), at);
    }

    /// [`Self::mention`] with the form's key already made.
    fn mention_keyed(&mut self, p: usize, form: &str, key: String, at: (usize, usize, usize)) {
        let proto = &mut self.protos[p];
        match proto.forms.iter().position(|f| f == form) {
            Some(i) => proto.firsts[i] = proto.firsts[i].min((at.0, at.1)),
            None => {
                proto.forms.push(form.to_string());
                proto.keys.push(key.clone());
                proto.firsts.push((at.0, at.1));
            }
        }
        if !proto.mentions.contains(&at) {
            proto.mentions.push(at);
        }
        if proto.kind == ActorKind::Organization {
            if let Some(flip) = possessive_flip(&key) {
                self.index.entry(flip).or_insert(p);
            }
            if let Some(short) = gz::without_corporate_suffix(&key) {
                self.index.entry(short.to_string()).or_insert(p);
            }
        }
        self.index.entry(key).or_insert(p);
    }

    /// Adds candidate `c` of unit `u` to proto `p`, with its roles and gender cues.
    fn take(&mut self, p: usize, u: usize, ci: usize, key: String) {
        let c = &self.scans[u].cands[ci];
        let form = self.text(u, c);
        self.mention_keyed(p, form, key, (u, c.start, c.end));
        let proto = &mut self.protos[p];
        for role in &c.roles {
            if !proto.roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
                proto.roles.push(role.clone());
            }
        }
        match c.title_gender {
            Some(true) => proto.votes.0 += 1,
            Some(false) => proto.votes.1 += 1,
            None => {}
        }
        self.owner[u][ci] = Some(p);
    }

    /// Moves everything of proto `src` into `dst`.
    fn merge(&mut self, dst: usize, src: usize) {
        if dst == src || !self.protos[src].alive {
            return;
        }
        let moved = std::mem::replace(
            &mut self.protos[src],
            Proto {
                kind: ActorKind::Organization,
                forms: Vec::new(),
                keys: Vec::new(),
                firsts: Vec::new(),
                mentions: Vec::new(),
                roles: Vec::new(),
                votes: (0, 0),
                alive: false,
            },
        );
        let d = &mut self.protos[dst];
        for ((f, k), at) in moved.forms.into_iter().zip(moved.keys).zip(moved.firsts) {
            match d.forms.iter().position(|x| *x == f) {
                Some(i) => d.firsts[i] = d.firsts[i].min(at),
                None => {
                    d.forms.push(f);
                    d.keys.push(k);
                    d.firsts.push(at);
                }
            }
        }
        for m in moved.mentions {
            if !d.mentions.contains(&m) {
                d.mentions.push(m);
            }
        }
        for r in moved.roles {
            if !d.roles.iter().any(|x| x.eq_ignore_ascii_case(&r)) {
                d.roles.push(r);
            }
        }
        d.votes.0 += moved.votes.0;
        d.votes.1 += moved.votes.1;
        for v in self.index.values_mut() {
            if *v == src {
                *v = dst;
            }
        }
        for o in self.owner.iter_mut().flatten().flatten() {
            if *o == src {
                *o = dst;
            }
        }
    }

    /// The person proto a full name joins: same key, or same first and last word.
    fn person_for(&self, key: &str) -> Option<usize> {
        if let Some(&p) = self.index.get(key) {
            return (self.protos[p].kind == ActorKind::Person).then_some(p);
        }
        let (first, last) = (first_word(key), last_word(key));
        self.protos.iter().position(|p| {
            p.alive
                && p.kind == ActorKind::Person
                && p.keys
                    .iter()
                    .any(|k| k.contains(' ') && first_word(k) == first && last_word(k) == last)
        })
    }

    /// Full names of people.
    fn people(&mut self) {
        for u in 0..self.scans.len() {
            for ci in 0..self.scans[u].cands.len() {
                let c = &self.scans[u].cands[ci];
                if c.kind != CandKind::Person {
                    continue;
                }
                let key = form_key(self.text(u, c));
                let p = match self.person_for(&key) {
                    Some(p) => p,
                    None => self.new_proto(ActorKind::Person),
                };
                self.take(p, u, ci, key);
            }
        }
        // "von der Leyen" after "Ursula von der Leyen": a shorter full form joins the longer.
        let n = self.protos.len();
        for b in 0..n {
            let Some(short) = self.protos[b].keys.first().map(|k| format!(" {k}")) else {
                continue;
            };
            let matches: Vec<usize> = (0..n)
                .filter(|&a| {
                    a != b && self.protos[a].alive && self.protos[a].keys.iter().any(|k| k.ends_with(&short))
                })
                .collect();
            if let [a] = matches[..] {
                self.merge(a, b);
            }
        }
    }

    /// Last words of people's full names → protos.
    fn surnames(&self) -> HashMap<String, Vec<usize>, FxBuild> {
        let mut out: HashMap<String, Vec<usize>, FxBuild> = HashMap::default();
        for (p, proto) in self.protos.iter().enumerate() {
            if !proto.alive || proto.kind != ActorKind::Person {
                continue;
            }
            for k in &proto.keys {
                let list = out.entry(last_word(k).to_string()).or_default();
                if !list.contains(&p) {
                    list.push(p);
                }
            }
        }
        out
    }

    /// Organizations, acronyms and their definitions. Returns the single known-organization
    /// words that are people's surnames here, to be read as singles.
    fn organizations(&mut self) -> Vec<(usize, usize)> {
        let surnames = self.surnames();
        let mut rerouted = Vec::new();
        for u in 0..self.scans.len() {
            for ci in 0..self.scans[u].cands.len() {
                let c = &self.scans[u].cands[ci];
                if c.kind != CandKind::Org {
                    continue;
                }
                let key = form_key(self.text(u, c));
                if c.first == c.last
                    && surnames.contains_key(&key)
                    && self.scans[u].class[c.first] == Class::KnownOrg
                {
                    rerouted.push((u, ci));
                    continue;
                }
                let short = gz::without_corporate_suffix(&key).unwrap_or(&key);
                let p = match self.index.get(&key).or_else(|| self.index.get(short)) {
                    Some(&p) if self.protos[p].kind == ActorKind::Organization => p,
                    _ => match gz::expansion(&key).and_then(|e| self.index.get(e)) {
                        Some(&p) if self.protos[p].kind == ActorKind::Organization => p,
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
        let keys: Vec<(String, usize)> = self.index.iter().map(|(k, &p)| (k.clone(), p)).collect();
        for (k, p) in keys {
            if let Some(&q) = gz::expansion(&k).and_then(|e| self.index.get(e))
                && self.protos[p].kind == ActorKind::Organization
                && self.protos[q].kind == ActorKind::Organization
            {
                self.merge(q, p);
            }
        }
        for u in 0..self.scans.len() {
            for d in &self.scans[u].defs {
                match d.target.and_then(|t| self.owner[u][t]) {
                    Some(p) => {
                        if let Some(&q) = self.index.get(&d.key) {
                            self.merge(p, q);
                        }
                        self.index.insert(d.key.clone(), p);
                    }
                    None => self.banned.push(d.key.clone()),
                }
            }
        }
        for key in self.banned.clone() {
            if let Some(&p) = self.index.get(&key)
                && self.protos[p].keys.iter().all(|k| *k == key)
            {
                self.protos[p].alive = false;
            }
        }
        rerouted
    }

    /// The person a lone word names by surname, nearest before (unit, start) when several.
    fn by_surname(
        &self,
        surnames: &HashMap<String, Vec<usize>, FxBuild>,
        key: &str,
        at: (usize, usize),
    ) -> Option<usize> {
        let list: Vec<usize> = surnames
            .get(key)?
            .iter()
            .copied()
            .filter(|&p| self.protos[p].alive)
            .collect();
        if list.len() <= 1 {
            return list.first().copied();
        }
        let nearest = list
            .iter()
            .filter_map(|&p| {
                let before = self.protos[p].mentions.iter().filter(|m| (m.0, m.1) < at).max()?;
                Some((*before, p))
            })
            .max()
            .map(|(_, p)| p);
        nearest.or(list.first().copied())
    }

    /// The one person whose full name starts with the given name `key` ("Sir Keir").
    fn by_given_name(&self, key: &str) -> Option<usize> {
        self.unique_person(|k| k.contains(' ') && first_word(k) == key)
    }

    /// The one person whose full name has `key` as a word other than the last ("Xi" in "Xi
    /// Jinping", "Lula" in "Luiz Inácio Lula da Silva").
    fn by_inner_word(&self, key: &str) -> Option<usize> {
        if words::is_particle(key) {
            return None;
        }
        self.unique_person(|k| {
            k.rsplit_once(' ')
                .is_some_and(|(head, _)| head.split(' ').any(|w| w == key))
        })
    }

    /// The one live person with a key that `fits`.
    fn unique_person(&self, fits: impl Fn(&str) -> bool) -> Option<usize> {
        let mut hits = (0..self.protos.len()).filter(|&p| {
            let proto = &self.protos[p];
            proto.alive && proto.kind == ActorKind::Person && proto.keys.iter().any(|k| fits(k))
        });
        let hit = hits.next()?;
        hits.next().is_none().then_some(hit)
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
        // First the lone words that make actors of their own: "President Putin" with no full
        // name anywhere, "the Storting said".
        let surnames = self.surnames();
        for &(u, ci) in &all {
            let c = &self.scans[u].cands[ci];
            let key = form_key(self.text(u, c));
            if self.index.contains_key(&key) || surnames.contains_key(&key) || c.place_ctx {
                continue;
            }
            if let Some(p) = self.by_inner_word(&key) {
                self.take(p, u, ci, key);
                continue;
            }
            if c.titled {
                // "Sir Keir" after "Keir Starmer": an honorific with the given name.
                let p = match self.by_given_name(&key) {
                    Some(p) => p,
                    None => self.new_proto(ActorKind::Person),
                };
                self.take(p, u, ci, key);
            } else if c.org_cue && !self.banned.contains(&key) {
                let p = self.new_proto(ActorKind::Organization);
                self.take(p, u, ci, key);
            }
        }
        let surnames = self.surnames();
        for &(u, ci) in &all {
            if self.owner[u][ci].is_some() {
                continue;
            }
            let c = &self.scans[u].cands[ci];
            let form = self.text(u, c);
            let key = form_key(form);
            if let Some(&p) = self.index.get(&key)
                && self.protos[p].alive
            {
                self.take(p, u, ci, key);
            } else if let Some(p) = self.by_surname(&surnames, &key, (u, c.start)) {
                self.take(p, u, ci, key);
            } else if key.contains('-') {
                // "Witkoff-Dmitriev construct": a mention of each person, or none.
                let (start, _) = (c.start, c.end);
                let mut parts = Vec::new();
                let mut offset = start;
                for part in form.split('-') {
                    let p = self.by_surname(&surnames, &form_key(part), (u, offset));
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

    /// Headline and Title Case lines: known names only, longest first.
    fn weak_lines(&mut self) {
        let surnames = self.surnames();
        for u in 0..self.scans.len() {
            let s = &self.scans[u];
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
                let mut key = String::new();
                for m in t..(t + 5).min(s.toks.len()) {
                    if !s.toks[m].is_word() || m > t && !s.toks[m].space_before {
                        break;
                    }
                    if m > t {
                        key.push(' ');
                    }
                    key.push_str(s.key(m));
                    let hit = self.index.get(&key).copied().filter(|&p| self.protos[p].alive);
                    let hit = hit.or_else(|| {
                        (m == t)
                            .then(|| self.by_surname(&surnames, &key, (u, s.toks[t].start)))
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
        let mut live: Vec<usize> = (0..self.protos.len())
            .filter(|&p| self.protos[p].alive && !self.protos[p].mentions.is_empty())
            .collect();
        for &p in &live {
            self.protos[p].mentions.sort_unstable();
        }
        live.sort_by_key(|&p| self.protos[p].mentions[0]);
        let mut actors = Vec::with_capacity(live.len());
        let mut mentions = Vec::with_capacity(live.iter().map(|&p| self.protos[p].mentions.len()).sum());
        for (a, &p) in live.iter().enumerate() {
            let proto = &mut self.protos[p];
            // Forms in order of first appearance, the canonical name first.
            let mut forms: Vec<(usize, usize, String)> = std::mem::take(&mut proto.forms)
                .into_iter()
                .zip(&proto.firsts)
                .map(|(f, &(u, s))| (u, s, f))
                .collect();
            forms.sort_unstable_by_key(|f| (f.0, f.1));
            let mut aliases: Vec<String> = forms.into_iter().map(|f| f.2).collect();
            let name = canonical(&aliases);
            if let Some(i) = aliases.iter().position(|f| *f == name) {
                let n = aliases.remove(i);
                aliases.insert(0, n);
            }
            let roles = std::mem::take(&mut proto.roles);
            let role = roles
                .iter()
                .fold(None::<&String>, |best, r| match best {
                    Some(b) if b.split_whitespace().count() >= r.split_whitespace().count() => Some(b),
                    _ => Some(r),
                })
                .cloned();
            let gender = match proto.kind {
                ActorKind::Person => gender(proto.votes, &roles, &name),
                ActorKind::Organization => None,
            };
            mentions.extend(proto.mentions.iter().map(|&(unit, start, end)| Mention {
                unit,
                start,
                end,
                actor: a,
            }));
            actors.push(Actor {
                entity: entity_slug(&name),
                name,
                kind: proto.kind,
                aliases,
                role,
                roles,
                gender,
                mentions: proto.mentions.len(),
            });
        }
        mentions.sort_unstable_by_key(|m| (m.unit, m.start, m.end));
        ActorTable { actors, mentions }
    }
}

/// The fullest form: the most words, the first seen among equals.
pub fn canonical(forms: &[String]) -> String {
    forms
        .iter()
        .fold(None::<&String>, |best, f| match best {
            Some(b) if b.split_whitespace().count() >= f.split_whitespace().count() => Some(b),
            _ => Some(f),
        })
        .cloned()
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
        index: HashMap::default(),
        banned: Vec::new(),
        owner: scans.iter().map(|s| vec![None; s.cands.len()]).collect(),
    };
    b.people();
    let rerouted = b.organizations();
    b.singles(&rerouted);
    b.weak_lines();
    b.finish()
}
