//! Photo captions, recognised by the photo credit that ends them: a parenthesised credit
//! ("(Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP)", "(AP Photo/Evan Vucci)",
//! "(Photo: …)"), a slash credit ("… in Moscow. / Kremlin.ru"), a credit line ("Photograph:
//! Sergei Ilnitsky/EPA") or an agency credit ending the text ("… /AFP via Getty Images").

use super::outlet::canonical;
use super::text::{
    char_len, contains_ignore_case, ends_sentence, ends_with_ignore_case, more_words_than,
    starts_with_ignore_case,
};

/// Words that only a photo credit puts in a closing parenthesis.
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photographer",
    "pool",
    "getty",
    "courtesy",
    "credit",
    "handout",
    "shutterstock",
    "via",
    "alamy",
];

/// Openings of a caption's credit sentence ("Photo: …", "Photograph by …").
const CREDIT_OPENINGS: &[&str] = &[
    "photo:",
    "photo by",
    "photo credit",
    "photograph:",
    "photograph by",
    "picture:",
    "image:",
    "credit:",
];

/// Endings of a caption credited to a picture agency.
const AGENCY_ENDINGS: &[&str] = &[
    "getty images",
    "/getty",
    "/afp",
    "/reuters",
    "/epa",
    "/ap",
    "/shutterstock",
    "/alamy",
    "/bloomberg",
];

/// Picture sources a credit line may name on its own ("Getty Images", "AFP via Getty Images").
const PICTURE_SOURCES: &[&str] = &[
    "getty images",
    "getty",
    "reuters",
    "afp",
    "epa",
    "ap",
    "shutterstock",
    "alamy",
    "bloomberg",
    "pa media",
];

/// Captions are short; longer paragraphs are not looked at.
const MAX_CAPTION_WORDS: usize = 150;

/// True when the paragraph is a photo caption.
pub(super) fn is_caption(paragraph: &str) -> bool {
    let p = paragraph.trim();
    !more_words_than(p, MAX_CAPTION_WORDS)
        && (ends_with_credit_in_brackets(p) || ends_with_slash_credit(p) || ends_with_credit_line(p))
}

/// True when the paragraph is only a picture credit ("Getty Images", "Reuters/Jane Doe"), as
/// pages print above the caption it credits.
pub(super) fn is_credit_only(paragraph: &str) -> bool {
    let p = paragraph.trim();
    let after_source = |source: &&str| {
        p.len() > source.len()
            && p.is_char_boundary(p.len() - source.len() - 1)
            && p[..p.len() - source.len()].ends_with([' ', '/'])
    };
    !more_words_than(p, 4)
        && (canonical(p).is_some()
            || PICTURE_SOURCES.iter().any(|source| {
                ends_with_ignore_case(p, source) && (p.len() == source.len() || after_source(source))
            }))
}

/// "… Dec. 2, 2025. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP)".
fn ends_with_credit_in_brackets(p: &str) -> bool {
    let Some(body) = p.trim_end_matches('.').strip_suffix(')') else {
        return false;
    };
    let mut depth = 0usize;
    let open = body.char_indices().rev().find_map(|(i, c)| match c {
        ')' => {
            depth += 1;
            None
        }
        '(' if depth == 0 => Some(i),
        '(' => {
            depth -= 1;
            None
        }
        _ => None,
    });
    let Some(open) = open else {
        return false;
    };
    let inner = &body[open + 1..];
    if more_words_than(inner, 15) {
        return false;
    }
    let credit_word = inner
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| CREDIT_WORDS.contains(&w.to_lowercase().as_str()));
    let agency_slash = inner.contains('/') && inner.split('/').any(|part| canonical(part).is_some());
    credit_word || agency_slash
}

/// "… to end the war in Moscow. / Kremlin.ru": a short source after a spaced slash.
fn ends_with_slash_credit(p: &str) -> bool {
    let Some(pos) = p.rfind(" / ") else {
        return false;
    };
    let (before, credit) = (&p[..pos], p[pos + 3..].trim());
    credit
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && char_len(credit) <= 50
        && !more_words_than(credit, 5)
        && !ends_sentence(credit)
        && more_words_than(before, 2)
}

/// "… in Moscow. Photograph: Sergei Ilnitsky/EPA", "… (AP Photo/Evan Vucci)", "… /AFP".
fn ends_with_credit_line(p: &str) -> bool {
    let tail_start = p.char_indices().rev().nth(199).map_or(0, |(i, _)| i);
    let tail = &p[tail_start..];
    let last_sentence = tail.rsplit_once(". ").map_or(tail, |(_, s)| s).trim_start();
    let end = tail.trim_end_matches(['.', ')', ' ']);
    CREDIT_OPENINGS
        .iter()
        .any(|o| starts_with_ignore_case(last_sentence, o))
        || AGENCY_ENDINGS.iter().any(|e| ends_with_ignore_case(end, e))
        || contains_ignore_case(tail, "ap photo/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parenthesised_photo_credits() {
        assert!(is_caption(
            "Russian President Vladimir Putin, right, attends talks in Moscow, Russia, Tuesday, Dec. 2, 2025. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP)"
        ));
        assert!(is_caption("President Trump speaks. (AP Photo/Evan Vucci)"));
        assert!(is_caption("The talks in Geneva. (Reuters/Denis Balibouse)"));
        assert!(is_caption(
            "Negotiators meet. (Photo: Ukrainian Presidential Press Service)"
        ));
        assert!(is_caption(
            "Soldiers at the front (Photo by Jane Doe (left) for X)."
        ));
    }

    #[test]
    fn slash_credits() {
        assert!(is_caption(
            "Putin met with US delegates Steve Witkoff and Jared Kushner in Moscow to discuss plans to end the war in Moscow. / Kremlin.ru"
        ));
        assert!(is_caption("Ushakov speaks to reporters in Moscow / Getty Images"));
        assert!(!is_caption("The ratio was 1 / 2."));
        assert!(!is_caption("Ok / Fine"), "too little before the slash");
    }

    #[test]
    fn credit_lines_and_agency_endings() {
        assert!(is_caption(
            "Vladimir Putin in the Kremlin. Photograph: Sergei Ilnitsky/EPA"
        ));
        assert!(is_caption("Smoke over Kyiv on Tuesday. Photo: Reuters"));
        assert!(is_caption(
            "Smoke over Kyiv on Tuesday. Jane Doe/AFP via Getty Images"
        ));
        assert!(is_caption("Smoke over Kyiv on Tuesday. Jane Doe/Reuters"));
    }

    #[test]
    fn credit_only_lines() {
        assert!(is_credit_only("Getty Images"));
        assert!(is_credit_only("AFP via Getty Images"));
        assert!(is_credit_only("Reuters"));
        assert!(is_credit_only("Jane Doe/Reuters"));
        assert!(!is_credit_only("Trump"));
        assert!(!is_credit_only("Shaping the map"));
        assert!(!is_credit_only("The talks went on at length, Reuters"));
        assert!(!is_credit_only(""));
    }

    #[test]
    fn body_paragraphs_are_not_captions() {
        assert!(!is_caption("Putin met U.S. envoys in the Kremlin on Tuesday."));
        assert!(!is_caption("The alliance (NATO) said nothing."));
        assert!(!is_caption("He spoke at length (for five hours)"));
        assert!(!is_caption("Russia claimed Pokrovsk (a key city)."));
        assert!(!is_caption(&format!("{} (Photo via AP)", "word ".repeat(200))));
        assert!(!is_caption(")"));
        assert!(!is_caption("("));
        assert!(!is_caption(""));
    }
}
