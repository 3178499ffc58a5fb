//! Lowercasing with Latin diacritics folded ("Micheál" → "micheal"), slugs for entity ids and
//! transliteration-tolerant keys ("Zelenskyy", "Zelensky" and "Zelenskiy" share one).

/// The ASCII letters a folded character stands for, or `None` to keep it.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ĕ' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ĭ' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' | 'ŏ' => "o",
        'ř' | 'ŕ' | 'ŗ' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'ŝ' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'ŭ' => "u",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ž' | 'ż' => "z",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        '’' | '‘' | '`' => "'",
        '‐' | '‑' | '–' => "-",
        _ => return None,
    })
}

/// Appends `text` lowercased, with diacritics folded and curly apostrophes made straight.
pub fn push_folded(text: &str, out: &mut String) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for l in c.to_lowercase() {
            match fold_char(l) {
                Some(s) => out.push_str(s),
                None => out.push(l),
            }
        }
    }
}

/// `text` lowercased with diacritics folded: the key every word list is looked up with.
pub fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_folded(text, &mut out);
    out
}

/// A slug for an entity id: folded, runs of other characters turned into one '-'
/// ("Micheál Martin" → "micheal-martin").
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in folded(text).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if c != '\'' && !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A spelling-tolerant key for one name word: transliteration variants of Slavic names meet
/// ("Sergei"/"Sergey", "Dmitry"/"Dmitri", "Andrii"/"Andriy"/"Andrei", "Yuri"/"Yury",
/// "Zelensky"/"Zelenskyy"/"Zelenskiy", "Aleksei"/"Alexei"). `word` must be folded already.
/// The rules: "ks" → "x"; every "y" and a final "j" → "i"; "ei" → "i"; doubled letters → one.
pub fn translit(word: &str) -> String {
    let mut s: Vec<char> = Vec::with_capacity(word.len());
    let chars: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == 'k' && chars.get(i + 1) == Some(&'s') {
            s.push('x');
            i += 2;
            continue;
        }
        let c = if c == 'y' || (c == 'j' && i + 1 == chars.len()) {
            'i'
        } else {
            c
        };
        if c == 'i' && s.last() == Some(&'e') {
            s.pop();
        }
        if s.last() != Some(&c) {
            s.push(c);
        }
        i += 1;
    }
    s.into_iter().collect()
}

/// The spelling-tolerant key of a whole name: [`translit`] of each folded word, joined by ' '.
pub fn name_key(name: &str) -> String {
    folded(name)
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(translit)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_latin_diacritics_and_apostrophes() {
        assert_eq!(folded("Micheál Martin"), "micheal martin");
        assert_eq!(folded("Ukraine’s"), "ukraine's");
        assert_eq!(folded("Straße Øresund Łódź"), "strasse oresund lodz");
    }

    #[test]
    fn slugs_are_lowercase_dashed_ascii() {
        assert_eq!(slug("Micheál Martin"), "micheal-martin");
        assert_eq!(slug("Ukraine’s general staff"), "ukraines-general-staff");
        assert_eq!(slug("  U.S. Army  "), "u-s-army");
    }

    #[test]
    fn transliteration_variants_share_a_key() {
        let same = |a: &str, b: &str| assert_eq!(name_key(a), name_key(b), "{a} / {b}");
        same("Volodymyr Zelensky", "Volodymyr Zelenskyy");
        same("Volodymyr Zelenskiy", "Volodymyr Zelenskyy");
        same("Sergei Lavrov", "Sergey Lavrov");
        same("Dmitry Peskov", "Dmitri Peskov");
        same("Andrii Yermak", "Andriy Yermak");
        same("Andrei Yermak", "Andrii Yermak");
        same("Yuri Ushakov", "Yury Ushakov");
        same("Alexei Navalny", "Aleksei Navalny");
        assert_ne!(name_key("Donald Trump"), name_key("Donald Tusk"));
        assert_ne!(name_key("Mark Rutte"), name_key("Marco Rubio"));
    }
}
