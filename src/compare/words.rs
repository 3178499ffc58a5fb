//! The words comparison weighs: a sentence's or a quote's content words, stemmed and folded so
//! that two outlets' spellings and number styles meet ("$2.4m" / "2.4 million dollars",
//! "litres" / "liters", "Oct." / "October"), with function words left out.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use crate::extract::tokens::{self, Kind};

/// One content word of a text: its key (stemmed, folded) and what kind of word it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The folded stem; equal keys are the same word.
    pub key: String,
    /// The key's 64-bit hash (XXH3), worked out once: weights and alignment compare keys by it,
    /// so aligning one article with many never hashes a string again.
    pub id: u64,
    /// A number or an amount: the surest anchor between two versions.
    pub number: bool,
    /// Capitalised inside the sentence: a name, which the story repeats everywhere.
    pub name: bool,
}

impl Term {
    /// A term of `key`.
    fn new(key: String, number: bool, name: bool) -> Self {
        Self {
            id: xxhash_rust::xxh3::xxh3_64(key.as_bytes()),
            key,
            number,
            name,
        }
    }
}

/// Function words and reporting verbs: they say nothing of which fact a sentence tells.
#[rustfmt::skip]
const STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "so", "for", "of", "in", "on", "at", "to", "from", "by",
    "with", "about", "as", "into", "onto", "over", "after", "before", "than", "that", "this", "these",
    "those", "it", "its", "it's", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "we",
    "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where",
    "while", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
    "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said",
    "says", "say", "saying", "told", "tell", "tells", "added", "according", "also", "there", "here",
    "then", "if", "not", "no", "all", "any", "some", "such", "very", "just", "up", "out", "s", "mr",
    "mrs", "ms", "one's", "per",
];

/// Number words up to twenty and the tens, read as their digits.
const NUMBER_WORDS: &[(&str, &str)] = &[
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("thirteen", "13"),
    ("fourteen", "14"),
    ("fifteen", "15"),
    ("sixteen", "16"),
    ("seventeen", "17"),
    ("eighteen", "18"),
    ("nineteen", "19"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("forty", "40"),
    ("fifty", "50"),
    ("sixty", "60"),
    ("seventy", "70"),
    ("eighty", "80"),
    ("ninety", "90"),
];

/// Month abbreviations, read as the month.
const MONTHS: &[(&str, &str)] = &[
    ("jan", "january"),
    ("feb", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "september"),
    ("sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
];

/// Amount suffixes printed after a number ("$2.4m", "$1.3bn").
const MAGNITUDES: &[(&str, &str)] = &[
    ("m", "million"),
    ("bn", "billion"),
    ("b", "billion"),
    ("k", "thousand"),
];

thread_local! {
    static STEMMER: Stemmer = Stemmer::create(Algorithm::English);
}

/// The content words of `text`, in order.
pub fn terms(text: &str) -> Vec<Term> {
    let toks = tokens::tokenize(text, &[]);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let tok = &toks[i];
        i += 1;
        if tok.kind == Kind::Punct('%') {
            push_number("percent", &mut out);
            continue;
        }
        if tok.kind != Kind::Word {
            continue;
        }
        // "38,000" is one number: join digit groups the tokenizer cut at the comma.
        let mut end = tok.range.end;
        let mut word = tok.text(text).to_string();
        while i + 1 < toks.len()
            && word.chars().all(|c| c.is_ascii_digit() || c == '.')
            && toks[i].kind == Kind::Punct(',')
            && toks[i].range.start == end
            && toks[i + 1].range.start == end + 1
            && toks[i + 1].text(text).chars().take(3).all(|c| c.is_ascii_digit())
        {
            word.push_str(toks[i + 1].text(text));
            end = toks[i + 1].range.end;
            i += 2;
        }
        let first = tok.range.start == 0
            || text[..tok.range.start]
                .trim_end()
                .ends_with(['.', '!', '?', '“', '"', '‘', '\'', '—', '(', ':']);
        let name = !first && word.starts_with(char::is_uppercase);
        push_word(&word, name, &mut out);
    }
    out
}

/// Adds the terms of one word token: parts of a hyphenated word apart, a possessive dropped,
/// a number with its magnitude split off.
fn push_word(word: &str, name: bool, out: &mut Vec<Term>) {
    let lower = word.to_lowercase().replace('’', "'");
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(&lower);
    let parts: Vec<&str> = lower.split(['-', '‑']).filter(|p| !p.is_empty()).collect();
    // "forty-seven" is one number.
    let values: Option<Vec<u64>> = parts.iter().map(|p| number_word(p)).collect();
    if let Some(values) = values.filter(|v| v.len() > 1) {
        push_number(&values.iter().sum::<u64>().to_string(), out);
        return;
    }
    for part in parts {
        if part.starts_with(|c: char| c.is_ascii_digit()) {
            let digits_end = part
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(part.len());
            let (number, rest) = part.split_at(digits_end);
            push_number(number.trim_end_matches('.'), out);
            if let Some((_, magnitude)) = MAGNITUDES.iter().find(|(m, _)| *m == rest) {
                push_number(magnitude, out);
            }
            continue;
        }
        if STOP.contains(&part) || matches!(part, "dollars" | "dollar") {
            // "$2.4 million" and "2.4 million dollars" tell one amount.
            continue;
        }
        if let Some(value) = number_word(part) {
            push_number(&value.to_string(), out);
            continue;
        }
        let part = MONTHS
            .iter()
            .find(|(m, _)| *m == part.trim_end_matches('.'))
            .map_or(part, |(_, month)| month);
        if matches!(part, "million" | "billion" | "thousand" | "percent" | "cent") {
            push_number(if part == "cent" { "percent" } else { part }, out);
            continue;
        }
        out.push(Term::new(key(part), false, name));
    }
}

/// The value of a number word ("seven", "forty").
fn number_word(word: &str) -> Option<u64> {
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .and_then(|(_, digits)| digits.parse().ok())
}

/// Adds a number as terms: a round thousand or million as its count and magnitude, so
/// "14,000" meets "fourteen thousand" and "$2m" meets "2,000,000".
fn push_number(number: &str, out: &mut Vec<Term>) {
    let mut push = |key: &str| out.push(Term::new(key.to_string(), true, false));
    match number.parse::<u64>() {
        Ok(n) if n >= 1_000_000 && n % 100_000 == 0 => {
            push(&format!("{}", n as f64 / 1e6));
            push("million");
        }
        Ok(n) if n >= 1_000 && n % 1_000 == 0 && n < 1_000_000 => {
            push(&(n / 1_000).to_string());
            push("thousand");
        }
        _ => push(number),
    }
}

/// The stem of a lowercase word, British spellings folded to American first ("litre",
/// "fertiliser", "apologise").
pub fn key(word: &str) -> String {
    let mut w = word.to_string();
    for (from, to) in [
        ("tres", "ters"),
        ("tre", "ter"),
        ("isations", "izations"),
        ("isation", "ization"),
        ("isers", "izers"),
        ("iser", "izer"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
    ] {
        if let Some(stem) = w.strip_suffix(from)
            && stem.chars().count() >= 2
        {
            w = format!("{stem}{to}");
            break;
        }
    }
    STEMMER.with(|s| s.stem(&w).into_owned())
}

/// How much more a number or an amount weighs than a word as rare.
const NUMBER: f32 = 1.5;

/// How much each key weighs in a set of texts: rare words weigh more (inverse document
/// frequency), numbers more still, names less (the story's people are in every other sentence).
#[derive(Debug, Default)]
pub struct Weights {
    /// Texts that hold each key, by its id.
    df: HashMap<u64, u32>,
    /// How many texts there are.
    texts: u32,
}

impl Weights {
    /// The weights of keys over `texts`, each a list of terms.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a [Term]>) -> Self {
        let mut weights = Self::default();
        for terms in texts {
            weights.texts += 1;
            let mut seen: Vec<u64> = terms.iter().map(|t| t.id).collect();
            seen.sort_unstable();
            seen.dedup();
            for id in seen {
                *weights.df.entry(id).or_default() += 1;
            }
        }
        weights
    }

    /// The weight of one term.
    pub fn of(&self, term: &Term) -> f32 {
        let kind = if term.number {
            NUMBER
        } else if term.name {
            0.6
        } else {
            1.0
        };
        self.idf(term) * kind
    }

    /// The weight of one term for pairing sentences: its inverse document frequency squared,
    /// so the words a story repeats in sentence after sentence (its main actors' names, capital
    /// or not, and their titles) fall far below the rare ones, while a rare name (a town, a
    /// second official) stays an anchor; numbers weigh more still.
    pub fn rare(&self, term: &Term) -> f32 {
        let kind = if term.number { NUMBER } else { 1.0 };
        self.idf(term).powi(2) * kind
    }

    /// The inverse document frequency of a term's key.
    fn idf(&self, term: &Term) -> f32 {
        let df = self.df.get(&term.id).copied().unwrap_or(1).max(1) as f32;
        (1.0 + self.texts.max(1) as f32 / df).ln()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        terms(text).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn amounts_meet_in_every_style() {
        assert_eq!(keys("$2.4m"), keys("2.4 million dollars"));
        assert_eq!(keys("$2.4 million"), keys("$2.4m"));
        assert_eq!(keys("38,000 liters"), keys("38,000 litres"));
        assert_eq!(keys("four weeks")[0], "4");
        assert_eq!(keys("14,000 fish"), keys("Fourteen thousand fish"));
        assert_eq!(keys("Forty-seven ships"), keys("47 ships"));
        assert_eq!(keys("6.5% raise"), keys("6.5 per cent raise"));
    }

    #[test]
    fn spellings_months_and_possessives_fold() {
        assert_eq!(keys("fertiliser"), keys("fertilizer"));
        assert_eq!(keys("Oct. 17")[0], keys("17 October")[1]);
        assert_eq!(keys("company's plants"), keys("company plant"));
        assert_eq!(keys("drinking-water"), keys("drinking water"));
    }

    #[test]
    fn function_words_are_left_out() {
        assert_eq!(keys("It was the result of a tank"), ["result", "tank"]);
    }

    #[test]
    fn names_are_capitals_inside_a_sentence() {
        let t = terms("Talks with Oyelaran ended");
        assert!(!t[0].name);
        assert!(t[1].name);
    }

    #[test]
    fn rare_words_and_numbers_weigh_more_than_names() {
        let texts: Vec<Vec<Term>> = ["Smith fined the plant 14 times", "Smith spoke", "Smith left"]
            .iter()
            .map(|t| terms(t))
            .collect();
        let w = Weights::new(texts.iter().map(Vec::as_slice));
        let of = |k: &str| w.of(texts[0].iter().find(|t| t.key == k).expect("term"));
        assert!(of("fine") > of("smith"));
        assert!(of("14") > of("fine"));
    }

    #[test]
    fn for_pairing_a_name_the_story_repeats_weighs_far_below_a_rare_word() {
        let texts: Vec<Vec<Term>> = [
            "Talks with Oyelaran in Brent ended",
            "Oyelaran spoke",
            "Oyelaran left",
            "Oyelaran met Vance",
        ]
        .iter()
        .map(|t| terms(t))
        .collect();
        let w = Weights::new(texts.iter().map(Vec::as_slice));
        let term = |k: &str| texts[0].iter().find(|t| t.key == k).expect("term");
        let (name, town, word) = (term("oyelaran"), term("brent"), term("end"));
        assert_eq!(w.rare(town), w.rare(word), "a rare name weighs as a rare word");
        assert!(
            w.rare(name) * 4.0 < w.rare(word),
            "{} {}",
            w.rare(name),
            w.rare(word)
        );
        assert!(
            w.of(name) * 4.0 > w.of(word),
            "grouping remarks keeps its own weights"
        );
    }
}
