//! Linking actors across the articles of one story: the same person or body gets one entity id
//! whatever the outlet's spelling ("Zelensky", "Zelenskyy", "Zelenskiy"; "Sergei"/"Sergey").

use std::collections::HashMap;
use std::sync::Arc;

use super::fold::{name_key, slug};
use super::gazetteer as gz;
use super::resolve::{entity_slug, form_key};
use super::{ActorKind, ActorTable};

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
    // nothing is kept per node but its set.
    let actors = || tables.iter().flat_map(|table| &table.actors).enumerate();
    let mut sets = Sets((0..actors().count()).collect());
    // People with full names: one key per full name form.
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut full: Vec<(usize, String)> = Vec::new(); // (node, its fullest key, words by spaces)
    let mut lone: Vec<(usize, String)> = Vec::new();
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
                        Some(&m) => sets.union(m, n),
                        None => {
                            by_key.insert(key, n);
                        }
                    }
                }
                let fullest = fullest.map(|(_, key)| key);
                match fullest {
                    Some(key) => full.push((n, key)),
                    None => lone.push((n, name_key(actor.name()))),
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
    // Same surname, given names that are one name's spellings or short forms: compared within
    // one surname only, and only between given names that can match (a prefix of three letters
    // or more, or one deletion apart), so the pass stays near-linear.
    let given = |i: usize| full[i].1.split(' ').next().unwrap_or("");
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (_, key)) in full.iter().enumerate() {
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
                Some(&j) => sets.union(full[j].0, full[i].0),
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
                    sets.union(full[i].0, full[j].0);
                }
            }
        }
        for group in near.values().filter(|g| g.len() > 1) {
            for (x, &i) in group.iter().enumerate() {
                for &j in &group[x + 1..] {
                    if same_given_name(given(i), given(j)) {
                        sets.union(full[i].0, full[j].0);
                    }
                }
            }
        }
    }
    // A lone surname joins the one full-name entity with that surname.
    let mut sole: HashMap<&str, Option<usize>> = HashMap::new();
    for (surname, list) in &by_surname {
        let first = sets.find(full[list[0]].0);
        let one = list.iter().all(|&i| sets.find(full[i].0) == first);
        sole.insert(surname, one.then_some(full[list[0]].0));
    }
    for (n, key) in &lone {
        if let Some(&Some(m)) = sole.get(key.as_str()) {
            let r = sets.find(m);
            sets.union(r, *n);
        }
    }
    // The id of each set: the fullest name, then the most frequent, then the first seen.
    let mut names: HashMap<usize, Vec<(usize, &str)>> = HashMap::new();
    for (n, actor) in actors() {
        let root = sets.find(n);
        names.entry(root).or_default().push((n, actor.name()));
    }
    let mut ids: HashMap<usize, Arc<str>> = HashMap::new();
    for (root, list) in names {
        let words = |s: &str| {
            let key = form_key(s);
            gz::expansion(&key).map_or_else(|| key.split(' ').count(), |e| e.split(' ').count())
        };
        let slugs: Vec<String> = list.iter().map(|(_, s)| entity_slug(s)).collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for id in &slugs {
            *counts.entry(id.as_str()).or_default() += 1;
        }
        let sizes: Vec<usize> = list.iter().map(|(_, s)| words(s)).collect();
        let most = sizes.iter().copied().max().unwrap_or(0);
        let mut best: Option<(usize, usize, &str)> = None; // (count, first node, slug)
        for (k, (n, _)) in list.iter().enumerate().filter(|&(k, _)| sizes[k] == most) {
            let id = slugs[k].as_str();
            let count = counts[id];
            let better = match &best {
                None => true,
                Some((c, first, _)) => count > *c || count == *c && n < first,
            };
            if better {
                best = Some((count, *n, id));
            }
        }
        ids.insert(root, best.map_or_else(|| slug(""), |b| b.2.to_string()).into());
    }
    (0..sets.0.len())
        .map(|node| Arc::clone(&ids[&sets.find(node)]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_that_are_one_name() {
        assert!(same_given_name("dan", "daniel"));
        assert!(!same_given_name("al", "alan"));
        assert!(!same_given_name("mark", "marco"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
