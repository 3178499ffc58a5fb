//! The hostile article the tests share: every part of it carries terminal control sequences,
//! each hidden payload marked [`PAYLOAD`].
#![allow(dead_code)] // each test crate uses its own part of it

/// The word every hidden payload carries: it must never show.
pub const PAYLOAD: &str = "PWNED";

/// An article whose every part carries control sequences, payloads marked [`PAYLOAD`].
pub const HOSTILE: &str = concat!(
    "\x1b]0;PWNED title\x07Harbour \x1b[31;1mreopens\x1b[0m after \u{202e}storm\u{202c}\n",
    "\n",
    "By Anna\x1b[8m Berg\x1b[28m\n",
    "\n",
    "\x1b[2J\x1b[HThe harbour \x1b]52;c;UFdORUQ=\x07reopened on Tuesday\x1bc after the storm, ",
    "\x1b]8;;https://PWNED.example/\x1b\\officials\x1b]8;;\x1b\\ said.\x1b[?1049l\x1b[?25h\n",
    "\n",
    "“The port is \x1b[5mopen\x1b[25m again \u{2066}today\u{2069},” said Mark\u{9b}1m Olsen\u{9b}0m, ",
    "the harbour master.\x07\x08\x08\x08\u{7f}\n",
    "\n",
    "“Ships \u{9d}0;PWNED\u{9c}can dock,” Olsen told reporters\x1bP+qPWNED\x1b\\ on Wednesday.",
    "\x0e\x0f\x1b(0lqqk\x1b(B\u{200f}\u{200e}\u{61c}\r\n",
    "\n",
    "\u{202d}“We \u{85}expect\u{90}PWNED\u{9c} trade to return,” said Lena Holm,\u{202a} ",
    "a port official.\u{1b}[6n\u{1b}]10;?\u{7}\n",
);

/// The words the sequences sat between: they are text, and they stay.
pub const KEPT: &[&str] = &["Harbour", "reopens", "storm", "Olsen", "harbour master"];

/// True for a character that must never reach a terminal as it is.
pub fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Writes the story the tests read into `dir`: `hostile.txt`, and `plain.txt` to compare it with.
pub fn write_story(dir: &std::path::Path) {
    std::fs::write(dir.join("hostile.txt"), HOSTILE).unwrap();
    std::fs::write(
        dir.join("plain.txt"),
        "Harbour reopens\n\nThe harbour reopened on Tuesday, officials said.\n\n\
         “The port is open again,” said Mark Olsen, the harbour master.\n",
    )
    .unwrap();
}
