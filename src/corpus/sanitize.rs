//! Removal of terminal control sequences from untrusted article text, so that no article can
//! move the cursor, retitle the window, write the clipboard or reorder text on screen; and of
//! the characters terminals disagree on the width of, so that what is drawn stays in its place.

/// Returns `text` with every terminal control removed: ESC sequences (CSI, OSC, DCS and the
/// rest), C0 controls other than newline and tab (tab becomes a space), C1 controls, and the
/// bidirectional overrides and isolates. `\r\n` and lone `\r` become `\n`.
///
/// Clusters whose width depends on the terminal are taken apart: emoji joiners, variation
/// selectors, skin tones and tag characters are dropped (a family emoji becomes its members,
/// each as wide everywhere), flags become their two country letters (`🇺🇦` is `UA`), and
/// zero-width characters and soft hyphens are dropped. Every character left is then as wide
/// alone as within its cluster, which is how the reader wraps and draws and how terminals
/// that measure character by character show it.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{1b}' => skip_escape(&mut chars),
            // C1 CSI/OSC/DCS/SOS/PM/APC introducers carry a payload like their ESC forms.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_control(c) || is_width_ambiguous(c) => {}
            c @ '\u{1f1e6}'..='\u{1f1ff}' => out.push(regional_letter(c)),
            c => out.push(c),
        }
    }
    out
}

/// True for characters that must never reach the terminal as they are.
fn is_control(c: char) -> bool {
    c.is_control() // C0, DEL and C1
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// True for the invisible characters that join, vary or hide others: terminals give the
/// clusters they make different widths.
fn is_width_ambiguous(c: char) -> bool {
    matches!(c,
        '\u{ad}' // soft hyphen
        | '\u{180e}' // Mongolian vowel separator
        | '\u{200b}'..='\u{200d}' // zero-width space, non-joiner, joiner
        | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
        | '\u{feff}' // zero-width no-break space
        | '\u{fe00}'..='\u{fe0f}' // variation selectors
        | '\u{1f3fb}'..='\u{1f3ff}' // skin tones
        | '\u{e0000}'..='\u{e007f}' // tags
        | '\u{e0100}'..='\u{e01ef}' // variation selectors supplement
    )
}

/// The capital letter a regional indicator stands for (`🇦` is `A`).
fn regional_letter(c: char) -> char {
    char::from_u32(u32::from(c) - 0x1f1e6 + u32::from('A')).unwrap_or('?')
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Skips what follows an ESC: a CSI, a string command (OSC, DCS, SOS, PM, APC) or a
/// two-character escape.
fn skip_escape(chars: &mut Chars) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        // nF escapes: intermediates then one final byte.
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            while let Some(&n) = chars.peek() {
                chars.next();
                if !('\u{20}'..='\u{2f}').contains(&n) {
                    break;
                }
            }
        }
        _ => {}
    }
}

/// Skips a CSI's parameters and intermediates up to and including its final byte.
fn skip_csi(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        if ('\u{20}'..='\u{3f}').contains(&c) {
            chars.next();
        } else {
            if ('\u{40}'..='\u{7e}').contains(&c) {
                chars.next();
            }
            return;
        }
    }
}

/// Skips a string command's payload up to its terminator (BEL, ST or ESC \), stopping at a
/// newline so a missing terminator cannot eat the rest of the article.
fn skip_string(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            '\n' => return,
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn plain_text_is_unchanged() {
        let t = "Putin’s aide said: «да» — “fine.”\nNext line.";
        assert_eq!(sanitize(t), t);
    }

    #[test]
    fn csi_sequences_are_removed() {
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m b\u{1b}[2J"), "ared b");
    }

    #[test]
    fn osc_title_and_clipboard_writes_are_removed() {
        assert_eq!(sanitize("x\u{1b}]0;pwned\u{7}y"), "xy");
        assert_eq!(sanitize("x\u{1b}]52;c;ZXZpbA==\u{1b}\\y"), "xy");
        assert_eq!(sanitize("x\u{9d}52;c;ZXZpbA==\u{9c}y"), "xy");
    }

    #[test]
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(sanitize("a\u{1b}]0;title\nkept"), "a\nkept");
    }

    #[test]
    fn c0_c1_and_bidi_controls_are_removed() {
        assert_eq!(sanitize("a\u{0}b\u{7}c\u{85}d\u{202e}e\u{2066}f"), "abcdef");
    }

    #[test]
    fn line_endings_are_normalised_and_tabs_become_spaces() {
        assert_eq!(sanitize("a\r\nb\rc\td"), "a\nb\nc d");
    }

    #[test]
    fn trailing_escape_does_not_panic() {
        assert_eq!(sanitize("end\u{1b}"), "end");
        assert_eq!(sanitize("end\u{1b}["), "end");
    }

    #[test]
    fn emoji_joiners_selectors_and_skin_tones_are_dropped_so_each_emoji_stands_alone() {
        assert_eq!(sanitize("a 👨\u{200d}👩\u{200d}👧 b"), "a 👨👩👧 b");
        assert_eq!(sanitize("❤\u{fe0f} ✂\u{fe0e}"), "❤ ✂");
        assert_eq!(sanitize("👍\u{1f3fd}"), "👍");
        assert_eq!(sanitize("1\u{fe0f}\u{20e3}"), "1\u{20e3}");
        // A subdivision flag: the black flag and its tag letters.
        assert_eq!(
            sanitize("🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}"),
            "🏴"
        );
    }

    #[test]
    fn flags_become_their_country_letters() {
        assert_eq!(sanitize("the flag 🇺🇦 and 🇪🇺."), "the flag UA and EU.");
    }

    #[test]
    fn zero_width_characters_and_soft_hyphens_are_dropped() {
        assert_eq!(
            sanitize("zero\u{200b}width\u{2060}joined\u{feff} non\u{200c}joiner soft\u{ad}hyphen"),
            "zerowidthjoined nonjoiner softhyphen"
        );
    }

    #[test]
    fn every_char_left_is_as_wide_alone_as_in_its_cluster() {
        use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
        let text = sanitize(
            "👨\u{200d}👩\u{200d}👧 🇺🇦 ❤\u{fe0f} 👍\u{1f3fd} 1\u{fe0f}\u{20e3} a\u{200b}b c\u{ad}d e\u{301} 中文",
        );
        let by_char: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
        assert_eq!(text.width(), by_char, "{text:?}");
    }
}
