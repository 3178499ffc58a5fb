//! Linking actors across the articles of one story: the same person or body gets one entity id
//! whatever the outlet's spelling ("Zelensky", "Zelenskyy", "Zelenskiy"; "Sergei"/"Sergey").

use std::collections::HashMap;
use std::sync::Arc;

use super::fold::name_key;
use super::gazetteer as gz;
use super::resolve::{entity_slug, form_key};
use super::{Actor, ActorKind, ActorTable};

/// Union-find over all actors of all tables.
struct Sets(Vec<usize>);

impl Sets {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut x = x;
        while self.0[x] != r {
            let next = self.0[x];
            self.0[x] = r;
            x = next;
        }
        r
    }

    /// Joins the sets of `a` and `b`, keeping the smaller id as the root (first seen).
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}

/// True when two given names are one person's: one spelling key, or one a short form of the
/// other ("Dan"/"Daniel"), or one letter apart in long names.
fn same_given_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() >= 3 && long.starts_with(short) {
        return true;
    }
    short.len() >= 5 && long.len() - short.len() <= 1 && edit_distance(short, long) <= 1
}

/// Levenshtein distance, for short words.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Links actors across articles: actors that are the same real person or body get the same
/// entity id, returned for every actor, table after table, in one list (one shared string per
/// entity; the tables are only read, so a story is never copied to link it). People match by
/// spelling-tolerant full names (then a lone surname joins the one full name with that surname
/// in the story); organizations by any shared name form or a
/// generic acronym's expansion. The id is the slug of the fullest name the story uses, the
/// most frequent spelling first, then the first seen.
pub fn link_entities(tables: &[&ActorTable]) -> Vec<Arc<str>> {
    // Each actor is a node, numbered in table order: a story has hundreds of thousands, so
    // nothing is kept per node but its set, and what is worked out per name or per entity is
    // freed before the ids are made, so that none of it stays behind them in the heap.
    let actors = || tables.iter().flat_map(|table| &table.actors).enumerate();
    let mut sets = entities(actors);
    let names = entity_names(actors, &mut sets);
    let ids: Vec<(usize, Arc<str>)> = names
        .into_iter()
        .map(|(root, name)| (root, entity_slug(name).into()))
        .collect();
    (0..sets.0.len())
        .map(|node| {
            let root = sets.find(node);
            Arc::clone(&ids[ids.partition_point(|id| id.0 < root)].1)
        })
        .collect()
}

/// The sets of `actors` (each with its node) that are one person or body.
fn entities<'a, I>(actors: impl Fn() -> I) -> Sets
where
    I: Iterator<Item = (usize, &'a Actor)>,
{
    let mut sets = Sets((0..actors().count()).collect());
    // People with full names: each key of a full name form once, with the first node that
    // has it and whether it is some person's fullest (the others are in that node's set).
    let mut by_key: HashMap<String, (usize, bool)> = HashMap::new();
    let mut lone: Vec<usize> = Vec::new(); // people without a full name, in node order
    let mut org_keys: HashMap<String, usize> = HashMap::new();
    for (n, actor) in actors() {
        match actor.kind {
            ActorKind::Person => {
                let mut fullest: Option<(usize, String)> = None; // (words, key)
                for alias in actor.names() {
                    let key = name_key(alias);
                    let words = key.split(' ').count();
                    if words < 2 {
                        continue;
                    }
                    if fullest.as_ref().is_none_or(|f| f.0 < words) {
                        fullest = Some((words, key.clone()));
                    }
                    match by_key.get(&key) {
                        Some(&(m, _)) => sets.union(m, n),
                        None => {
                            by_key.insert(key, (n, false));
                        }
                    }
                }
                match fullest.and_then(|(_, key)| by_key.get_mut(&key)) {
                    Some(entry) => entry.1 = true,
                    None => lone.push(n),
                }
            }
            ActorKind::Organization => {
                for alias in actor.names() {
                    let key = form_key(alias);
                    let mut keys = vec![key.clone()];
                    keys.extend(gz::expansion(&key).map(str::to_string));
                    for k in keys {
                        match org_keys.get(&k) {
                            Some(&m) => sets.union(m, n),
                            None => {
                                org_keys.insert(k, n);
                            }
                        }
                    }
                }
            }
        }
    }
    drop(org_keys);
    // Each fullest key once, with a node of its set: every person of that key is in it.
    let full: Vec<(&str, usize)> = by_key
        .iter()
        .filter(|(_, (_, fullest))| *fullest)
        .map(|(key, &(node, _))| (key.as_str(), node))
        .collect();
    // Same surname, given names that are one name's spellings or short forms: compared within
    // one surname only, and only between given names that can match (a prefix of three letters
    // or more, or one deletion apart), so the pass stays near-linear.
    let given = |i: usize| full[i].0.split(' ').next().unwrap_or("");
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (key, _)) in full.iter().enumerate() {
        by_surname
            .entry(key.rsplit(' ').next().unwrap_or(""))
            .or_default()
            .push(i);
    }
    for list in by_surname.values() {
        // Given name → the first full name with it; the others join it at once.
        let mut givens: HashMap<&str, usize> = HashMap::new();
        for &i in list {
            match givens.get(given(i)) {
                Some(&j) => sets.union(full[j].1, full[i].1),
                None => {
                    givens.insert(given(i), i);
                }
            }
        }
        if givens.len() < 2 {
            continue;
        }
        // Deletion neighbourhoods: two names one edit apart share a key.
        let mut near: HashMap<String, Vec<usize>> = HashMap::new();
        for (&g, &i) in &givens {
            let chars: Vec<(usize, char)> = g.char_indices().collect();
            let mut keys = vec![g.to_string()];
            if g.len() >= 5 {
                for &(b, c) in &chars {
                    keys.push(format!("{}{}", &g[..b], &g[b + c.len_utf8()..]));
                }
            }
            for k in keys {
                near.entry(k).or_default().push(i);
            }
        }
        for (&g, &i) in &givens {
            // Prefixes: "dan" of "daniel".
            for (b, _) in g.char_indices().filter(|&(b, _)| b >= 3) {
                if let Some(&j) = givens.get(&g[..b]) {
                    sets.union(full[i].1, full[j].1);
                }
            }
        }
        for group in near.values().filter(|g| g.len() > 1) {
            for (x, &i) in group.iter().enumerate() {
                for &j in &group[x + 1..] {
                    if same_given_name(given(i), given(j)) {
                        sets.union(full[i].1, full[j].1);
                    }
                }
            }
        }
    }
    // A lone surname joins the one full-name entity with that surname.
    let mut sole: HashMap<&str, Option<usize>> = HashMap::new();
    for (surname, list) in &by_surname {
        let first = sets.find(full[list[0]].1);
        let one = list.iter().all(|&i| sets.find(full[i].1) == first);
        sole.insert(surname, one.then_some(full[list[0]].1));
    }
    let mut lone = lone.into_iter().peekable();
    for (n, actor) in actors() {
        if lone.next_if_eq(&n).is_none() {
            continue;
        }
        if let Some(&Some(m)) = sole.get(name_key(actor.name()).as_str()) {
            let r = sets.find(m);
            sets.union(r, n);
        }
    }
    sets
}

/// The name whose slug is each entity's id, by the entity's root node, in root order: the
/// fullest name, then the most frequent id, then the first seen. Each name of an entity is
/// weighed once, however many actors bear it.
fn entity_names<'a, I>(actors: impl Fn() -> I, sets: &mut Sets) -> Vec<(usize, &'a str)>
where
    I: Iterator<Item = (usize, &'a Actor)>,
{
    // (root, name) → (actors bearing it, first node).
    let mut forms: HashMap<(usize, &str), (usize, usize)> = HashMap::new();
    for (n, actor) in actors() {
        forms.entry((sets.find(n), actor.name())).or_insert((0, n)).0 += 1;
    }
    // (root, first node, name, actors bearing it), by root then first node.
    let mut forms: Vec<(usize, usize, &str, usize)> = forms
        .into_iter()
        .map(|((root, name), (count, first))| (root, first, name, count))
        .collect();
    forms.sort_unstable_by_key(|f| (f.0, f.1));
    let words = |s: &str| {
        let key = form_key(s);
        gz::expansion(&key).map_or_else(|| key.split(' ').count(), |e| e.split(' ').count())
    };
    let mut names = Vec::with_capacity(forms.chunk_by(|x, y| x.0 == y.0).count());
    for forms in forms.chunk_by(|x, y| x.0 == y.0) {
        let slugs: Vec<String> = forms.iter().map(|f| entity_slug(f.2)).collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for (id, f) in slugs.iter().zip(forms) {
            *counts.entry(id.as_str()).or_default() += f.3;
        }
        let sizes: Vec<usize> = forms.iter().map(|f| words(f.2)).collect();
        let most = sizes.iter().copied().max().unwrap_or(0);
        // (count, first node, name); any name of the fullest beats the start (count 0).
        let mut best = (0, usize::MAX, forms[0].2);
        for (k, f) in forms.iter().enumerate().filter(|&(k, _)| sizes[k] == most) {
            let count = counts[slugs[k].as_str()];
            if count > best.0 || count == best.0 && f.1 < best.1 {
                best = (count, f.1, f.2);
            }
        }
        names.push((forms[0].0, best.2));
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Unit;
    use crate::extract::actors::find_actors;

    /// Each actor of `articles` (one paragraph each) as (article, name, entity id).
    fn linked(articles: &[&str]) -> Vec<(usize, String, Arc<str>)> {
        let tables: Vec<ActorTable> = articles
            .iter()
            .map(|text| {
                find_actors(&[Unit {
                    text,
                    headline: false,
                }])
            })
            .collect();
        let ids = link_entities(&tables.iter().collect::<Vec<_>>());
        let names = tables
            .iter()
            .enumerate()
            .flat_map(|(t, table)| table.actors.iter().map(move |a| (t, a.name().to_string())));
        names.zip(ids).map(|((t, n), id)| (t, n, id)).collect()
    }

    #[test]
    fn an_entity_is_named_by_its_most_frequent_fullest_spelling_in_one_string() {
        let actors = linked(&[
            "Foreign Minister Sergei Lavrov met Mark Hill on Monday.",
            "Sergey Lavrov spoke to Marco Hill.",
            "Sergey Lavrov met Hill. \"We will meet again,\" Hill said.",
        ]);
        let id = |t: usize, name: &str| {
            let found = actors.iter().find(|a| a.0 == t && a.1 == name);
            Arc::clone(&found.unwrap_or_else(|| panic!("{name} in {t}: {actors:?}")).2)
        };
        let lavrov = id(0, "Sergei Lavrov");
        assert_eq!(
            &*lavrov, "sergey-lavrov",
            "two spellings of three: the more frequent"
        );
        for (t, name) in [(1, "Sergey Lavrov"), (2, "Sergey Lavrov")] {
            assert!(Arc::ptr_eq(&lavrov, &id(t, name)), "one string for the entity");
        }
        assert_eq!(&*id(0, "Mark Hill"), "mark-hill");
        assert_eq!(&*id(1, "Marco Hill"), "marco-hill", "not one given name");
        assert_eq!(
            &*id(2, "Hill"),
            "hill",
            "a lone surname of two people joins neither"
        );
        assert_eq!(actors.len(), 6, "{actors:?}");
    }

    #[test]
    fn given_names_that_are_one_name() {
        assert!(same_given_name("dan", "daniel"));
        assert!(!same_given_name("al", "alan"));
        assert!(!same_given_name("mark", "marco"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
