//! Word lists the extraction rules share.

/// Declares the reporting verbs once: as a list (for tests) and as a `match` (for speed).
macro_rules! reporting_verbs {
    ($($verb:literal),* $(,)?) => {
        /// Verbs (as inflected in news text) that report speech or writing, sorted.
        #[cfg(test)]
        const REPORTING_VERBS: &[&str] = &[$($verb),*];

        /// The verbs by first letter, each bucket sorted: a lookup compares a handful.
        static BY_LETTER: std::sync::LazyLock<[Vec<&'static [u8]>; 26]> = std::sync::LazyLock::new(|| {
            let mut buckets: [Vec<&'static [u8]>; 26] = Default::default();
            for verb in [$($verb),*] {
                buckets[usize::from(verb.as_bytes()[0] - b'a')].push(verb.as_bytes());
            }
            buckets
        });

        /// True when `lower`, ASCII in lower case, is a reporting verb.
        fn is_lower_reporting_verb(lower: &[u8]) -> bool {
            match lower.first() {
                Some(b @ b'a'..=b'z') => BY_LETTER[usize::from(b - b'a')].contains(&lower),
                _ => false,
            }
        }
    };
}

reporting_verbs!(
    "accused",
    "acknowledged",
    "acknowledges",
    "add",
    "added",
    "adding",
    "adds",
    "admits",
    "admitted",
    "affirmed",
    "agreed",
    "alleged",
    "announced",
    "announces",
    "argued",
    "argues",
    "asked",
    "asks",
    "asserted",
    "asserts",
    "boasted",
    "called",
    "calls",
    "cautioned",
    "cautions",
    "claimed",
    "claims",
    "commented",
    "complained",
    "complains",
    "conceded",
    "concedes",
    "concluded",
    "confirmed",
    "confirms",
    "contended",
    "continued",
    "countered",
    "counters",
    "cried",
    "declared",
    "declares",
    "denied",
    "denies",
    "described",
    "describes",
    "disclosed",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "estimated",
    "explained",
    "explains",
    "hailed",
    "hails",
    "indicated",
    "insisted",
    "insists",
    "joked",
    "maintained",
    "mused",
    "noted",
    "notes",
    "noting",
    "observed",
    "pledged",
    "pointed",
    "posted",
    "posts",
    "praised",
    "predicted",
    "promised",
    "quipped",
    "recalled",
    "recalls",
    "reiterated",
    "remarked",
    "replied",
    "replies",
    "reported",
    "reports",
    "responded",
    "responds",
    "retorted",
    "revealed",
    "reveals",
    "said",
    "say",
    "saying",
    "says",
    "shouted",
    "stated",
    "states",
    "stating",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "tell",
    "telling",
    "tells",
    "testified",
    "threatened",
    "told",
    "tweeted",
    "tweets",
    "urged",
    "urges",
    "vowed",
    "vows",
    "warned",
    "warning",
    "warns",
    "whispered",
    "writes",
    "writing",
    "wrote",
);

/// True when `word` (any case) is a verb that reports speech: "said", "told", "warned".
pub fn is_reporting_verb(word: &str) -> bool {
    // Every verb is 3 to 11 ASCII letters: most words are rejected without a copy.
    if !(3..=11).contains(&word.len()) || !word.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 11];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    is_lower_reporting_verb(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verb_list_is_sorted_for_binary_search() {
        assert!(
            REPORTING_VERBS.windows(2).all(|w| w[0] < w[1]),
            "sort REPORTING_VERBS"
        );
    }

    #[test]
    fn reporting_verbs() {
        for w in ["said", "Said", "told", "warned", "added"] {
            assert!(is_reporting_verb(w), "{w}");
        }
        assert!(!is_reporting_verb("table"));
        assert!(!is_reporting_verb("sаid"), "a Cyrillic а is not a Latin a");
        assert!(!is_reporting_verb(""));
        assert!(!is_reporting_verb("according"));
    }
}
