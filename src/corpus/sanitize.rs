//! Removal of terminal control sequences from untrusted article text, so that no article can
//! move the cursor, retitle the window, write the clipboard or reorder text on screen.

/// Returns `text` with every terminal control removed: ESC sequences (CSI, OSC, DCS and the
/// rest), C0 controls other than newline and tab (tab becomes a space), C1 controls, and the
/// bidirectional overrides and isolates. `\r\n` and lone `\r` become `\n`.
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
            c if is_control(c) => {}
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
}
