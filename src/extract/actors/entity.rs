//! Linking actors across the articles of one story: the same person or body gets one entity id
//! whatever the outlet's spelling ("Zelensky", "Zelenskyy", "Zelenskiy"; "Sergei"/"Sergey").

use std::collections::HashMap;

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
/// `entity` string. People match by spelling-tolerant full names (then a lone surname joins the
/// one full name with that surname in the story); organizations by any shared name form or a
/// generic acronym's expansion. The id is the slug of the fullest name the story uses, the
/// most frequent spelling first, then the first seen.
pub fn link_entities(tables: &mut [ActorTable]) {
    let mut at: Vec<(usize, usize)> = Vec::new();
    for (t, table) in tables.iter().enumerate() {
        for a in 0..table.actors.len() {
            at.push((t, a));
        }
    }
    let mut sets = Sets((0..at.len()).collect());
    // People with full names: one key per full name form.
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut full: Vec<(usize, Vec<String>)> = Vec::new(); // (node, words of the fullest key)
    let mut lone: Vec<(usize, String)> = Vec::new();
    let mut org_keys: HashMap<String, usize> = HashMap::new();
    for (n, &(t, a)) in at.iter().enumerate() {
        let actor = &tables[t].actors[a];
        match actor.kind {
            ActorKind::Person => {
                let mut fullest: Option<Vec<String>> = None;
                for alias in &actor.aliases {
                    let key = name_key(alias);
                    let words: Vec<String> = key.split(' ').map(str::to_string).collect();
                    if words.len() < 2 {
                        continue;
                    }
                    match by_key.get(&key) {
                        Some(&m) => sets.union(m, n),
                        None => {
                            by_key.insert(key, n);
                        }
                    }
                    if fullest.as_ref().is_none_or(|f| f.len() < words.len()) {
                        fullest = Some(words);
                    }
                }
                match fullest {
                    Some(words) => full.push((n, words)),
                    None => lone.push((n, name_key(&actor.name))),
                }
            }
            ActorKind::Organization => {
                for alias in &actor.aliases {
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
    // Same surname, given names that are one name's spellings or short forms.
    for i in 0..full.len() {
        for j in i + 1..full.len() {
            let (a, b) = (&full[i].1, &full[j].1);
            if a.last() == b.last() && same_given_name(&a[0], &b[0]) {
                sets.union(full[i].0, full[j].0);
            }
        }
    }
    // A lone surname joins the one full-name entity with that surname.
    for (n, key) in lone {
        let mut roots: Vec<usize> = full
            .iter()
            .filter(|(_, w)| w.last() == Some(&key))
            .map(|&(m, _)| m)
            .collect::<Vec<_>>()
            .into_iter()
            .map(|m| sets.find(m))
            .collect();
        roots.sort_unstable();
        roots.dedup();
        if let [r] = roots[..] {
            sets.union(r, n);
        }
    }
    // The id of each set: the fullest name, then the most frequent, then the first seen.
    let mut names: HashMap<usize, Vec<(usize, String)>> = HashMap::new();
    for (n, &(t, a)) in at.iter().enumerate() {
        let root = sets.find(n);
        names
            .entry(root)
            .or_default()
            .push((n, tables[t].actors[a].name.clone()));
    }
    let mut ids: HashMap<usize, String> = HashMap::new();
    for (root, list) in names {
        let words = |s: &str| {
            let key = form_key(s);
            gz::expansion(&key).map_or_else(|| key.split(' ').count(), |e| e.split(' ').count())
        };
        let most = list.iter().map(|(_, s)| words(s)).max().unwrap_or(0);
        let mut best: Option<(usize, usize, String)> = None; // (count, first node, slug)
        for (n, name) in list.iter().filter(|(_, s)| words(s) == most) {
            let id = entity_slug(name);
            let count = list.iter().filter(|(_, s)| entity_slug(s) == id).count();
            let better = match &best {
                None => true,
                Some((c, first, _)) => count > *c || count == *c && n < first,
            };
            if better {
                best = Some((count, *n, id));
            }
        }
        ids.insert(root, best.map_or_else(|| slug(""), |b| b.2));
    }
    for (n, &(t, a)) in at.iter().enumerate() {
        let root = sets.find(n);
        tables[t].actors[a].entity = ids[&root].clone();
    }
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
