//! Word lists the extraction rules share.

use std::sync::LazyLock;

/// Verbs (as inflected in news text) that report speech or writing, sorted.
const REPORTING_VERBS: &[&str] = &[
    "accused",
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
    "branded",
    "called",
    "calling",
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
    "condemned",
    "confirmed",
    "confirms",
    "contended",
    "continued",
    "countered",
    "counters",
    "cried",
    "criticised",
    "criticized",
    "declared",
    "declares",
    "decried",
    "demanded",
    "demands",
    "denied",
    "denies",
    "derided",
    "described",
    "describes",
    "describing",
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
    "labeled",
    "labelled",
    "lambasted",
    "maintained",
    "mocked",
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
    "rated",
    "rates",
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
    "ridiculed",
    "ruled",
    "said",
    "say",
    "saying",
    "says",
    "shouted",
    "slammed",
    "slams",
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
    "wondered",
    "writes",
    "writing",
    "wrote",
    "yelled",
];

/// The longest reporting verb, in bytes: every verb fits one `u128` key.
const LONGEST_VERB: usize = 11;

/// The verbs as packed keys (see [`packed`]), sorted: a lookup is a binary search over
/// integers, with no string compared.
static PACKED_VERBS: LazyLock<Vec<u128>> = LazyLock::new(|| {
    let mut keys: Vec<u128> = REPORTING_VERBS.iter().filter_map(|v| packed(v)).collect();
    keys.sort_unstable();
    keys
});

/// `word`'s ASCII letters lowercased and packed into one integer, or `None` for a word that
/// cannot be a verb (not 3 to [`LONGEST_VERB`] ASCII bytes).
fn packed(word: &str) -> Option<u128> {
    if !(3..=LONGEST_VERB).contains(&word.len()) || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf.make_ascii_lowercase();
    Some(u128::from_le_bytes(buf))
}

/// Small words a title leaves in lower case ("Fox and Friends", "Face the Nation").
const TITLE_MINOR_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// True for a small word a title leaves in lower case, given in lower case: a title of a
/// show, a book or a work runs over it.
pub fn is_title_minor_word(word: &str) -> bool {
    TITLE_MINOR_WORDS.contains(&word)
}

/// True when `word` (any case) is a verb that reports speech: "said", "told", "warned".
pub fn is_reporting_verb(word: &str) -> bool {
    packed(word).is_some_and(|key| PACKED_VERBS.binary_search(&key).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verb_list_is_sorted_and_every_verb_has_a_key() {
        assert!(
            REPORTING_VERBS.windows(2).all(|w| w[0] < w[1]),
            "sort REPORTING_VERBS"
        );
        assert_eq!(
            PACKED_VERBS.len(),
            REPORTING_VERBS.len(),
            "every verb is 3 to {LONGEST_VERB} ASCII letters"
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
