//! What the user typed, read as fzf's extended syntax plus parallax's qualifiers: terms split at
//! spaces that must all match (`'exact`, `^prefix`, `suffix$`, `!not`), and `by:`, `in:`, `is:`
//! to narrow by speaker, outlet and kind.

use super::fold::folded;
use super::index::Kind;

/// How a term must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// As one piece, or its chars in order within two neighbouring words.
    Fuzzy,
    /// As one piece, anywhere: `'word`, and every negated term.
    Exact,
    /// At the start of a field: `^word`.
    Prefix,
    /// At the end of a field: `word$`.
    Suffix,
    /// As a whole field: `^word$`.
    Whole,
}

/// One space-separated term of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The folded text to find.
    pub text: String,
    /// How it must match.
    pub how: How,
    /// True when a candidate must not match it (`!word`).
    pub negated: bool,
}

/// A parsed query. An empty query matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// What the user typed.
    pub raw: String,
    /// Terms that must all match (or, negated, must not).
    pub terms: Vec<Term>,
    /// `by:` values: a quote's speaker must contain each.
    pub by: Vec<String>,
    /// `in:` values: the article's outlet or file must answer to each.
    pub within: Vec<String>,
    /// `is:` kinds allowed (every kind any `is:` value begins to name); `None` allows all, and
    /// an `is:` that names no kind leaves the list empty, so nothing matches.
    pub kinds: Option<Vec<Kind>>,
    /// `is:` values that name no kind (`is:bogus`), as typed, so the prompt can say so.
    pub unknown_kinds: Vec<String>,
    /// Set by find-in-article: only this article's sentences.
    pub article: Option<usize>,
}

impl Query {
    /// Reads `raw`. Never fails: an incomplete atom (`'`, `!`, `by:`) is ignored until it has
    /// text, so every prefix of a query the user is typing is itself a query.
    pub fn parse(raw: &str) -> Self {
        let mut query = Query {
            raw: raw.to_string(),
            ..Query::default()
        };
        for word in raw.split_whitespace() {
            if let Some((name, value)) = word.split_once(':') {
                let value = folded(value);
                match name.to_ascii_lowercase().as_str() {
                    "by" | "in" | "is" if value.is_empty() => continue,
                    "by" => {
                        query.by.push(value);
                        continue;
                    }
                    "in" => {
                        query.within.push(value);
                        continue;
                    }
                    "is" => {
                        if !Kind::ALL.iter().any(|k| k.name().starts_with(&value)) {
                            query.unknown_kinds.push(word[3..].to_string());
                        }
                        let kinds = query.kinds.get_or_insert_with(Vec::new);
                        kinds.extend(Kind::ALL.into_iter().filter(|k| k.name().starts_with(&value)));
                        kinds.sort();
                        kinds.dedup();
                        continue;
                    }
                    _ => {}
                }
            }
            if let Some(term) = Term::parse(word) {
                query.terms.push(term);
            }
        }
        query
    }

    /// Reads `raw` as find-in-article does (as less does): every term matched exactly,
    /// among the sentences of `article` only; qualifiers are ignored.
    pub fn find(raw: &str, article: usize) -> Self {
        let mut query = Query::parse(raw);
        for term in &mut query.terms {
            if term.how == How::Fuzzy {
                term.how = How::Exact;
            }
        }
        query.by.clear();
        query.within.clear();
        query.kinds = Some(vec![Kind::Text]);
        query.article = Some(article);
        query
    }

    /// True when every candidate matching `self` also matches `previous`, so a search for
    /// `self` need only look among `previous`'s hits. Decided on the parsed queries, not on
    /// what was typed: each of `previous`'s terms and qualifiers must be implied by one of
    /// `self`'s of the same kind (a word that became `by:`, or gained `'` `^` `!` `$`, is a
    /// different query, searched afresh).
    pub fn refines(&self, previous: &Query) -> bool {
        let kinds = match (&self.kinds, &previous.kinds) {
            (_, None) => true,
            (None, Some(_)) => false,
            (Some(new), Some(old)) => new.iter().all(|k| old.contains(k)),
        };
        // A speaker whose names hold a longer text hold its parts; an outlet answers to a
        // longer name only if it answers to its start (initials match from the start).
        self.article == previous.article
            && kinds
            && previous
                .by
                .iter()
                .all(|v| self.by.iter().any(|w| w.contains(v.as_str())))
            && previous
                .within
                .iter()
                .all(|v| self.within.iter().any(|w| w.starts_with(v.as_str())))
            && previous
                .terms
                .iter()
                .all(|old| self.terms.iter().any(|new| new.implies(old)))
    }

    /// How `self` differs from `previous` when the user typed on into its last term or began a
    /// new one, and nothing else changed: `Some(true)` when `self`'s last term replaces
    /// `previous`'s (typed into it), `Some(false)` when it was added after them all, `None`
    /// for any other change. Either way every other term, qualifier and scope is the same, so
    /// their matches and scores hold and only the last term needs a new look.
    pub fn new_last_term(&self, previous: &Query) -> Option<bool> {
        let (last, rest) = self.terms.split_last()?;
        let same_scope = (
            self.by.as_slice(),
            self.within.as_slice(),
            &self.kinds,
            self.article,
        ) == (
            previous.by.as_slice(),
            previous.within.as_slice(),
            &previous.kinds,
            previous.article,
        );
        if last.negated || !same_scope || !self.refines(previous) {
            return None;
        }
        if rest == previous.terms.as_slice() {
            return Some(false);
        }
        let (old_last, old_rest) = previous.terms.split_last()?;
        (rest == old_rest && last.how == old_last.how && !old_last.negated).then_some(true)
    }

    /// True when the query has nothing to test: it matches every candidate.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.by.is_empty() && self.within.is_empty() && self.kinds.is_none()
    }
}

impl Term {
    /// True when every field `self` matches, `other` matches too (for negated terms: every
    /// field `other` matches, `self` matches, so excluding `self` excludes `other`).
    fn implies(&self, other: &Term) -> bool {
        if self.negated != other.negated {
            return false;
        }
        let (strong, weak) = match self.negated {
            false => (self, other),
            true => (other, self),
        };
        let (s, w) = (strong.text.as_str(), weak.text.as_str());
        match (strong.how, weak.how) {
            // A fuzzy term's chars found in order, or as one piece (whose span holds no space
            // either), hold every subsequence of them within the same span.
            (_, How::Fuzzy) => is_subsequence(w, s),
            (How::Fuzzy, _) => false,
            (_, How::Exact) => s.contains(w),
            (How::Prefix | How::Whole, How::Prefix) => s.starts_with(w),
            (How::Suffix | How::Whole, How::Suffix) => s.ends_with(w),
            (How::Whole, How::Whole) => s == w,
            _ => false,
        }
    }

    /// Reads one atom; `None` when nothing is left to match once its markers are removed.
    fn parse(word: &str) -> Option<Term> {
        let (negated, rest) = match word.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, word),
        };
        let (exact, rest) = match rest.strip_prefix('\'') {
            Some(rest) => (true, rest),
            None => (false, rest),
        };
        let (prefix, rest) = match rest.strip_prefix('^') {
            Some(rest) => (true, rest),
            None => (false, rest),
        };
        let (suffix, rest) = match rest.strip_suffix('$') {
            Some(rest) if !rest.is_empty() => (true, rest),
            _ => (false, rest),
        };
        if rest.is_empty() {
            return None;
        }
        let how = match (prefix, suffix) {
            (true, true) => How::Whole,
            (true, false) => How::Prefix,
            (false, true) => How::Suffix,
            (false, false) if exact || negated => How::Exact,
            (false, false) => How::Fuzzy,
        };
        Some(Term {
            text: folded(rest),
            how,
            negated,
        })
    }
}

/// True when the chars of `part` occur in `whole` in order.
fn is_subsequence(part: &str, whole: &str) -> bool {
    let mut chars = whole.chars();
    part.chars().all(|c| chars.any(|w| w == c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(text: &str, how: How, negated: bool) -> Term {
        Term {
            text: text.to_string(),
            how,
            negated,
        }
    }

    #[test]
    fn terms_split_at_spaces_and_read_fzf_atoms() {
        let q = Query::parse("Compromise  'Exact ^pre suf$ ^whole$ !not !^np !ns$");
        assert_eq!(
            q.terms,
            [
                term("compromise", How::Fuzzy, false),
                term("exact", How::Exact, false),
                term("pre", How::Prefix, false),
                term("suf", How::Suffix, false),
                term("whole", How::Whole, false),
                term("not", How::Exact, true),
                term("np", How::Prefix, true),
                term("ns", How::Suffix, true),
            ]
        );
    }

    #[test]
    fn qualifiers_narrow_by_speaker_outlet_and_kind() {
        let q = Query::parse("by:Ushakov in:ap is:quote talks");
        assert_eq!(q.by, ["ushakov"]);
        assert_eq!(q.within, ["ap"]);
        assert_eq!(q.kinds, Some(vec![Kind::Quote]));
        assert_eq!(q.terms, [term("talks", How::Fuzzy, false)]);
        // A kind prefix allows every kind it could name.
        assert_eq!(Query::parse("is:a").kinds, Some(vec![Kind::Article, Kind::Actor]));
        assert_eq!(
            Query::parse("IS:Q is:act").kinds,
            Some(vec![Kind::Actor, Kind::Quote])
        );
        assert_eq!(Query::parse("is:nonsense").kinds, Some(vec![]));
        assert_eq!(Query::parse("is:Bogus is:q talks").unknown_kinds, ["Bogus"]);
        assert!(Query::parse("is:a is:text").unknown_kinds.is_empty());
    }

    #[test]
    fn half_typed_atoms_are_ignored_until_they_have_text() {
        for raw in ["", "  ", "'", "!", "^", "by:", "in:", "is:", "!'"] {
            assert!(Query::parse(raw).is_empty(), "{raw:?}");
        }
        // A lone `$` is text, not a suffix marker.
        assert_eq!(Query::parse("$").terms, [term("$", How::Fuzzy, false)]);
        // An unknown qualifier is just text.
        assert_eq!(
            Query::parse("at:noon").terms,
            [term("at:noon", How::Fuzzy, false)]
        );
    }

    #[test]
    fn typing_on_refines_unless_it_widens_a_negation_or_moves_an_anchor() {
        let refines = |old: &str, new: &str| Query::parse(new).refines(&Query::parse(old));
        assert!(refines("usha", "ushak"));
        assert!(refines("usha", "usha talks"));
        assert!(refines("usha ", "usha !t"));
        assert!(refines("!", "!a"));
        assert!(refines("in:a", "in:ap"));
        assert!(refines("'ex", "'exa"));
        assert!(!refines("!ab", "!abc"));
        assert!(!refines("ab$", "ab$c"));
        assert!(!refines("ushak", "usha"));
        assert!(refines("usha", "xusha"), "usha's chars are in xusha in order");
        assert!(!refines("by", "by:"), "a word became a qualifier");
        assert!(!refines("by", "by:u"));
        assert!(!refines("in", "in:ap"));
        assert!(refines("ab", "'ab"), "one piece is also in order");
        assert!(refines("ab", "^ab"));
        assert!(!refines("ab", "!ab"), "a word became a negation");
        assert!(refines("'ab", "^abc"));
        assert!(!refines("^ab", "'abc"));
        assert!(refines("ab", "ab$"));
        assert!(refines("is:a", "is:actor"));
        assert!(!refines("is:actor", "is:a"));
        assert!(refines("by:zel", "by:zelensk"));
        assert!(!refines("by:zel", "by:x"));
        assert!(!Query::find("ushak", 1).refines(&Query::parse("usha")));
        assert!(!Query::find("ushak", 1).refines(&Query::find("usha", 0)));
        assert!(Query::find("ushak", 1).refines(&Query::find("usha", 1)));
    }

    #[test]
    fn typing_into_the_last_term_or_a_new_one_is_told_apart() {
        let change = |old: &str, new: &str| Query::parse(new).new_last_term(&Query::parse(old));
        assert_eq!(change("putin said con", "putin said cons"), Some(true));
        assert_eq!(change("'kre", "'krem"), Some(true));
        assert_eq!(
            change("putin said", "putin said "),
            Some(true),
            "the same terms: rescoring is cheap"
        );
        assert_eq!(change("putin said ", "putin said c"), Some(false), "a new term");
        assert_eq!(change("", "p"), Some(false));
        assert_eq!(change("putin by:a", "putin by:ab"), None, "a qualifier changed");
        assert_eq!(change("putin ", "putin by:a"), None);
        assert_eq!(change("kre", "kre$"), None, "the term changed kind");
        assert_eq!(change("x !ab", "x !abc"), None);
        assert_eq!(change("x ", "x !a"), None, "a negated term scores nothing to add");
        assert_eq!(change("usha", "xusha"), Some(true), "a longer term, same kind");
        assert_eq!(change("by", "by:u"), None, "a word became a qualifier");
    }

    #[test]
    fn find_in_article_matches_exactly_among_sentences() {
        let q = Query::find("Ushak by:x is:quote", 3);
        assert_eq!(q.terms, [term("ushak", How::Exact, false)]);
        assert_eq!(q.kinds, Some(vec![Kind::Text]));
        assert_eq!(q.article, Some(3));
        assert!(q.by.is_empty());
    }
}
