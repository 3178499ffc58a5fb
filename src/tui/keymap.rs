//! Keys and the actions they run: the default keymap embedded from `assets/keymap.toml`, a
//! user keymap laid over it, and key resolution as a pure function of a mode and a key. Each
//! mode (normal, the prompt, a filter, the article picker, the comparison, the story view,
//! the actor view, help, a notice) has its own section and its own actions.
//!
//! A user keymap that does not parse, or has a value that does not read, stops parallax
//! before the screen opens, every problem listed; an entry that only names an unknown section
//! or action, or a key already bound, is a warning and the rest applies.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::{Deserialize, Serialize};

/// The default keymap, compiled in.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// Everything a key can ask the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Leave parallax.
    Quit,
    /// Show or hide the help overlay.
    Help,
    /// Close the overlay or leave the zoomed reading pane.
    Back,
    /// Move the selection or the text down one line.
    Down,
    /// Move the selection or the text up one line.
    Up,
    /// Scroll down one page.
    PageDown,
    /// Scroll up one page.
    PageUp,
    /// Scroll down half a page.
    HalfPageDown,
    /// Scroll up half a page.
    HalfPageUp,
    /// Go to the first line or item.
    Top,
    /// Go to the last line or item.
    Bottom,
    /// Focus the next pane.
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Focus the pane to the left.
    FocusLeft,
    /// Focus the pane to the right.
    FocusRight,
    /// Open the selected article in the reading pane.
    Open,
    /// Show the reading pane alone, or all panes again.
    Zoom,
    /// Show or hide the side panel.
    TogglePanel,
    /// Switch the side panel to its next tab: quotes, actors, article.
    NextTab,
    /// List quotes in reading order or grouped by speaker.
    QuoteOrder,
    /// Search the story, from any pane.
    Search,
    /// Find in the shown article, as less does.
    Find,
    /// Filter the focused list (articles, quotes, actors) as you type.
    Filter,
    /// Go to the next hit of the last search.
    NextMatch,
    /// Go to the previous hit of the last search.
    PrevMatch,
    /// In a prompt: delete the char before the cursor.
    DeleteChar,
    /// In a prompt: delete the word before the cursor.
    DeleteWord,
    /// In a prompt: clear the query.
    ClearQuery,
    /// In the search prompt: search the story instead of the article, or the other way.
    SwitchScope,
    /// Compare the shown article with another, picked by name.
    Compare,
    /// In the comparison: go to the next difference.
    NextDiff,
    /// In the comparison: go to the previous difference.
    PrevDiff,
    /// On a quote: every rendering of its remark across the story.
    Renderings,
    /// Mark the shown article read, or unread again.
    ToggleRead,
    /// Star the shown article, or take its star away.
    ToggleStar,
    /// Undo the last mark (read or star), then the one before.
    UndoMark,
    /// The story across outlets: actors, remarks, what one outlet alone reports.
    Story,
    /// In the story view: the next order of its rows (by outlets, count, name).
    Sort,
    /// In the story view: show the outlet columns to the left.
    ScrollLeft,
    /// In the story view: show the outlet columns to the right.
    ScrollRight,
    /// Copy the chosen quote as a citation to the terminal's clipboard (OSC 52).
    CopyQuote,
    /// Copy the shown article's address to the terminal's clipboard (OSC 52).
    CopyUrl,
    /// Open the shown article's address with the browser or the configured opener.
    OpenUrl,
    /// Write the quotes tab's quotes (as filtered) to a file: Markdown, CSV or JSON Lines.
    Export,
}

impl Action {
    /// How far a movement key moves a list or a view that shows `page` rows: a row, a page,
    /// half a page, or to either end (`isize::MIN`, `isize::MAX`); `None` for any other action.
    /// Every list and view of the reader moves by these.
    pub fn step(self, page: usize) -> Option<isize> {
        let page = page.max(1) as isize;
        Some(match self {
            Action::Down => 1,
            Action::Up => -1,
            Action::PageDown => page,
            Action::PageUp => -page,
            Action::HalfPageDown => (page / 2).max(1),
            Action::HalfPageUp => -(page / 2).max(1),
            Action::Top => isize::MIN,
            Action::Bottom => isize::MAX,
            _ => return None,
        })
    }

    /// The action's name as a keymap file writes it: `page_down`.
    pub fn name(self) -> String {
        match toml::Value::try_from(self) {
            Ok(toml::Value::String(name)) => name,
            _ => format!("{self:?}"),
        }
    }

    /// The normal mode's actions, in the order the help overlay lists them.
    const NORMAL: [Action; 35] = [
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::Top,
        Action::Bottom,
        Action::FocusNext,
        Action::FocusPrev,
        Action::FocusLeft,
        Action::FocusRight,
        Action::Open,
        Action::Zoom,
        Action::TogglePanel,
        Action::NextTab,
        Action::QuoteOrder,
        Action::Back,
        Action::Help,
        Action::Quit,
        Action::Search,
        Action::Find,
        Action::NextMatch,
        Action::PrevMatch,
        Action::Filter,
        Action::Compare,
        Action::Renderings,
        Action::ToggleRead,
        Action::ToggleStar,
        Action::UndoMark,
        Action::Story,
        Action::CopyQuote,
        Action::CopyUrl,
        Action::OpenUrl,
        Action::Export,
    ];

    /// The actions of the search prompt, in the order the help overlay lists them.
    const PROMPT: [Action; 10] = [
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::Open,
        Action::DeleteChar,
        Action::DeleteWord,
        Action::ClearQuery,
        Action::SwitchScope,
        Action::Back,
    ];

    /// The actions of a list's filter while it is typed.
    const FILTER: [Action; 9] = [
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::Open,
        Action::DeleteChar,
        Action::DeleteWord,
        Action::ClearQuery,
        Action::Back,
    ];

    /// The actions of the article picker (`c`): typed like a filter.
    const PICK: [Action; 9] = Self::FILTER;

    /// The actions of the comparison of two articles.
    const COMPARE: [Action; 12] = [
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::Top,
        Action::Bottom,
        Action::NextDiff,
        Action::PrevDiff,
        Action::Help,
        Action::Back,
    ];

    /// The actions of the story view.
    const STORY: [Action; 15] = [
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::Top,
        Action::Bottom,
        Action::NextTab,
        Action::Sort,
        Action::ScrollLeft,
        Action::ScrollRight,
        Action::Open,
        Action::Help,
        Action::Back,
    ];

    /// The actions of the actor view.
    const ACTOR: [Action; 9] = [
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::Open,
        Action::Help,
        Action::Back,
    ];

    /// The actions of the help overlay.
    const HELP: [Action; 7] = [
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::Back,
    ];

    /// The actions of the export prompt (`e`): typed like a filter.
    const EXPORT: [Action; 6] = [
        Action::Open,
        Action::NextTab,
        Action::DeleteChar,
        Action::DeleteWord,
        Action::ClearQuery,
        Action::Back,
    ];

    /// The actions of a notice.
    const NOTICE: [Action; 5] = [
        Action::Down,
        Action::Up,
        Action::Top,
        Action::Bottom,
        Action::Back,
    ];

    /// What the action does in `mode`, as the help overlay says it.
    pub fn description_in(self, mode: Mode) -> &'static str {
        match (mode, self) {
            (Mode::Prompt, Action::Down) => "next hit",
            (Mode::Prompt, Action::Up) => "previous hit",
            (Mode::Prompt, Action::PageDown) => "down a page of hits",
            (Mode::Prompt, Action::PageUp) => "up a page of hits",
            (Mode::Prompt, Action::Open) => "go to the hit",
            (Mode::Prompt, Action::Back) => "cancel: back to where you were",
            (Mode::Filter, Action::Down) => "next row of the list",
            (Mode::Filter, Action::Up) => "previous row of the list",
            (Mode::Filter, Action::Open) => "keep the filter, stop typing",
            (Mode::Filter, Action::Back) => "drop the filter",
            (Mode::Pick, Action::Down) => "next article",
            (Mode::Pick, Action::Up) => "previous article",
            (Mode::Pick, Action::Open) => "compare with this article",
            (Mode::Pick, Action::Back) => "cancel",
            (Mode::Compare, Action::Down) => "down one line (both sides)",
            (Mode::Compare, Action::Up) => "up one line (both sides)",
            (Mode::Compare, Action::Back) => "back to the reader",
            (Mode::Story, Action::Down) => "next row",
            (Mode::Story, Action::Up) => "previous row",
            (Mode::Story, Action::Top) => "first row",
            (Mode::Story, Action::Bottom) => "last row",
            (Mode::Story, Action::NextTab) => "next table: actors, remarks, only one outlet",
            (Mode::Story, Action::Open) => "go to the text: actor, remark, passage",
            (Mode::Story, Action::Back) => "back to the reader",
            (Mode::Actor, Action::Down) => "next quote",
            (Mode::Actor, Action::Up) => "previous quote",
            (Mode::Actor, Action::Top) => "first quote",
            (Mode::Actor, Action::Bottom) => "last quote",
            (Mode::Actor, Action::Open) => "go to the quote in its article",
            (Mode::Export, Action::Open) => "write the file",
            (Mode::Export, Action::NextTab) => "next format: md, csv, json",
            (Mode::Export, Action::Back) => "cancel",
            (Mode::Actor | Mode::Compare | Mode::Story, Action::Help) => "this help",
            (Mode::Actor | Mode::Help | Mode::Notice, Action::Back) => "close",
            (Mode::Help | Mode::Notice, Action::Down) => "scroll down",
            (Mode::Help | Mode::Notice, Action::Up) => "scroll up",
            (_, action) => action.description(),
        }
    }

    /// What the action does, as the help overlay says it.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "show or hide this help",
            Action::Back => "close the overlay, leave zoom",
            Action::Down => "down one line or item",
            Action::Up => "up one line or item",
            Action::PageDown => "down one page",
            Action::PageUp => "up one page",
            Action::HalfPageDown => "down half a page",
            Action::HalfPageUp => "up half a page",
            Action::Top => "first line or item",
            Action::Bottom => "last line or item",
            Action::FocusNext => "focus the next pane",
            Action::FocusPrev => "focus the previous pane",
            Action::FocusLeft => "focus the pane to the left",
            Action::FocusRight => "focus the pane to the right",
            Action::Open => "open article · go to quote · actor's quotes",
            Action::Zoom => "reading pane alone / all panes",
            Action::TogglePanel => "show or hide the side panel",
            Action::NextTab => "side panel: quotes, actors, article",
            Action::QuoteOrder => "quotes in reading order / by speaker",
            Action::Search => "search the story",
            Action::Find => "find in the article, as less does",
            Action::NextMatch => "next hit of the search",
            Action::Filter => "filter the focused list as you type (esc clears)",
            Action::PrevMatch => "previous hit of the search",
            Action::DeleteChar => "delete a char",
            Action::DeleteWord => "delete a word",
            Action::ClearQuery => "clear the query",
            Action::SwitchScope => "search the story / find in the article",
            Action::Compare => "compare the article with another",
            Action::NextDiff => "next difference",
            Action::PrevDiff => "previous difference",
            Action::Renderings => "a quote's remark in every outlet, word by word",
            Action::ToggleRead => "mark the article read / unread",
            Action::ToggleStar => "star the article / take the star away",
            Action::UndoMark => "undo the last mark",
            Action::Story => "the story across outlets: actors, remarks, own passages",
            Action::Sort => "sort the rows: by outlets, count, name",
            Action::ScrollLeft => "outlet columns to the left",
            Action::ScrollRight => "outlet columns to the right",
            Action::CopyQuote => "copy the quote as a citation (OSC 52)",
            Action::CopyUrl => "copy the article's URL (OSC 52)",
            Action::OpenUrl => "open the article's URL in the browser",
            Action::Export => "export the quotes tab to a file: md, csv, json",
        }
    }
}

/// A key with its modifiers, normalised so that `G` and `shift-g` are one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    modifiers: KeyModifiers,
}

impl Key {
    /// Normalises a terminal key event: the case of a character already says whether shift was
    /// held, and back-tab implies it.
    pub fn from_event(event: KeyEvent) -> Self {
        Self::new(event.code, event.modifiers)
    }

    /// The key as a terminal would send it, for an action run by other means (the mouse
    /// wheel runs the keys of `down` and `up`).
    pub fn event(self) -> KeyEvent {
        KeyEvent::new(self.code, self.modifiers)
    }

    fn new(code: KeyCode, modifiers: KeyModifiers) -> Self {
        let mut modifiers = modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        // ctrl-J arrives from some terminals as ctrl-j with shift: one key either way.
        let code = match code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            code => code,
        };
        Self { code, modifiers }
    }

    /// Reads a key as the keymap writes it: `j`, `G`, `ctrl-d`, `shift-tab`, `pagedown`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (flag, len) = if lower.starts_with("ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            if rest.len() == len {
                break; // "ctrl-" alone is not a modifier
            }
            modifiers |= flag;
            rest = &rest[len..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => {
                if modifiers.contains(KeyModifiers::SHIFT) {
                    KeyCode::Char(c.to_ascii_uppercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            _ => match rest.to_ascii_lowercase().as_str() {
                "space" => KeyCode::Char(' '),
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "insert" => KeyCode::Insert,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" => KeyCode::PageUp,
                "pagedown" => KeyCode::PageDown,
                f if f.len() > 1 && f.starts_with('f') => match f[1..].parse::<u8>() {
                    Ok(n) if (1..=24).contains(&n) => KeyCode::F(n),
                    _ => return Err(format!("unknown key {text:?}")),
                },
                _ => return Err(format!("unknown key {text:?}")),
            },
        };
        if code == KeyCode::BackTab {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        Ok(Self::new(code, modifiers))
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (flag, name) in [
            (KeyModifiers::CONTROL, "ctrl-"),
            (KeyModifiers::ALT, "alt-"),
            (KeyModifiers::SHIFT, "shift-"),
        ] {
            if self.modifiers.contains(flag) {
                f.write_str(name)?;
            }
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("enter"),
            KeyCode::Esc => f.write_str("esc"),
            KeyCode::Tab => f.write_str("tab"),
            KeyCode::BackTab => f.write_str("shift-tab"),
            KeyCode::Backspace => f.write_str("backspace"),
            KeyCode::Delete => f.write_str("delete"),
            KeyCode::Insert => f.write_str("insert"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("home"),
            KeyCode::End => f.write_str("end"),
            KeyCode::PageUp => f.write_str("pgup"),
            KeyCode::PageDown => f.write_str("pgdn"),
            KeyCode::F(n) => write!(f, "f{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// The modes that have their own table of keys: what takes the keys, from reading to the
/// overlay on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    /// Reading and moving between panes.
    Normal,
    /// Typing a search: keys without a binding here are typed into the query.
    Prompt,
    /// Typing a list's filter: likewise.
    Filter,
    /// Picking the article to compare with: likewise.
    Pick,
    /// Two articles side by side.
    Compare,
    /// The story across outlets.
    Story,
    /// The actor view: one actor's quotes across the story.
    Actor,
    /// Typing the file the quotes are exported to: likewise.
    Export,
    /// The help overlay.
    Help,
    /// Problems listed until dismissed.
    Notice,
}

impl Mode {
    /// Every mode, in the order the help overlay lists them.
    pub const ALL: [Mode; 10] = [
        Mode::Normal,
        Mode::Prompt,
        Mode::Filter,
        Mode::Pick,
        Mode::Compare,
        Mode::Story,
        Mode::Actor,
        Mode::Export,
        Mode::Help,
        Mode::Notice,
    ];

    /// The mode's section in a keymap file: `[normal]`.
    pub fn section(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::Prompt => "prompt",
            Mode::Filter => "filter",
            Mode::Pick => "pick",
            Mode::Compare => "compare",
            Mode::Story => "story",
            Mode::Actor => "actor",
            Mode::Help => "help",
            Mode::Export => "export",
            Mode::Notice => "notice",
        }
    }

    /// The actions keys can run in this mode, in the order the help overlay lists them.
    pub fn actions(self) -> &'static [Action] {
        match self {
            Mode::Normal => &Action::NORMAL,
            Mode::Prompt => &Action::PROMPT,
            Mode::Filter => &Action::FILTER,
            Mode::Pick => &Action::PICK,
            Mode::Compare => &Action::COMPARE,
            Mode::Story => &Action::STORY,
            Mode::Actor => &Action::ACTOR,
            Mode::Help => &Action::HELP,
            Mode::Export => &Action::EXPORT,
            Mode::Notice => &Action::NOTICE,
        }
    }

    /// True in the modes where a key bound to nothing is typed as text.
    pub fn types(self) -> bool {
        matches!(self, Mode::Prompt | Mode::Filter | Mode::Pick | Mode::Export)
    }
}

/// The char a key types into a prompt: a plain or shifted character, not a chord.
pub fn typed(key: KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c)
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// Applies a prompt key to a one-line `input`: `action` (the key's binding in the prompt, if
/// any) deletes a char, a word or everything; an unbound key types its char. Returns true
/// when the text changed; other keys (moving, Enter, Esc) leave it and return false.
pub fn edit(input: &mut String, action: Option<Action>, key: KeyEvent) -> bool {
    match action {
        None => match typed(key) {
            Some(c) => input.push(c),
            None => return false,
        },
        Some(Action::DeleteChar) => _ = input.pop(),
        Some(Action::DeleteWord) => {
            let kept = input.trim_end().rfind(char::is_whitespace).map_or(0, |i| i + 1);
            input.truncate(kept);
        }
        Some(Action::ClearQuery) => input.clear(),
        Some(_) => return false,
    }
    true
}

/// The keys each action has, per mode.
type Bindings = BTreeMap<Mode, BTreeMap<Action, Vec<Key>>>;

/// Actions that must keep a key, or there is no way out: a user keymap that leaves one of
/// them without a key gets its default keys back.
const ESSENTIAL: [(Mode, Action); 10] = [
    (Mode::Normal, Action::Quit),
    (Mode::Prompt, Action::Back),
    (Mode::Filter, Action::Back),
    (Mode::Pick, Action::Back),
    (Mode::Compare, Action::Back),
    (Mode::Story, Action::Back),
    (Mode::Actor, Action::Back),
    (Mode::Help, Action::Back),
    (Mode::Export, Action::Back),
    (Mode::Notice, Action::Back),
];

/// One entry of a keymap file that reads well: the keys of an action in a mode.
struct Entry {
    mode: Mode,
    action: Action,
    /// The action's name as written.
    name: String,
    keys: Vec<Key>,
    /// The line it is on, from 1.
    line: usize,
}

/// A problem in a keymap file, on a line (0 when it is about the whole file).
struct Problem {
    /// True for a file that does not parse or a value that does not read (not a list of
    /// keys, a key that does not parse): parallax stops before the screen opens. Otherwise (an
    /// unknown section or action, a key bound twice) a warning, and the rest applies.
    fatal: bool,
    line: usize,
    text: String,
}

/// The well-formed entries of a keymap file, and a problem for each entry that is not: an
/// unknown section or action, a value that is not a list of keys, a key that does not parse,
/// a line that is not TOML. A bad entry is skipped; the rest of the file still counts.
fn read_entries(text: &str, problems: &mut Vec<Problem>) -> Vec<Entry> {
    let line_of = |at: usize| super::config::line_of(text, Some(at..at));
    let (document, errors) = toml::de::DeTable::parse_recoverable(text);
    for error in errors {
        problems.push(Problem {
            fatal: true,
            line: error.span().map_or(0, |span| line_of(span.start)),
            text: error.message().trim().to_string(),
        });
    }
    let mut entries = Vec::new();
    for (section, value) in document.get_ref() {
        let line = line_of(section.span().start);
        let name = section.get_ref();
        let Some(mode) = Mode::ALL.into_iter().find(|m| m.section() == name) else {
            let sections: Vec<String> = Mode::ALL.iter().map(|m| format!("[{}]", m.section())).collect();
            problems.push(Problem {
                fatal: false,
                line,
                text: format!(
                    "[{name}]: unknown section (the sections are {})",
                    sections.join(" ")
                ),
            });
            continue;
        };
        let toml::de::DeValue::Table(table) = value.get_ref() else {
            problems.push(Problem {
                fatal: true,
                line,
                text: format!("{name}: should be a [{name}] section"),
            });
            continue;
        };
        for (key, value) in table {
            let line = line_of(key.span().start);
            let entry = format!("[{name}] {}", key.get_ref());
            let Ok(action) = Action::deserialize(toml::Value::String(key.get_ref().to_string())) else {
                problems.push(Problem {
                    fatal: false,
                    line,
                    text: format!("{entry}: unknown action (`?` lists them)"),
                });
                continue;
            };
            if !mode.actions().contains(&action) {
                let names: Vec<String> = mode.actions().iter().map(|a| a.name()).collect();
                problems.push(Problem {
                    fatal: false,
                    line,
                    text: format!("{entry}: not an action of [{name}] ({})", names.join(", ")),
                });
                continue;
            }
            let toml::de::DeValue::Array(items) = value.get_ref() else {
                problems.push(Problem {
                    fatal: true,
                    line,
                    text: format!("{entry}: should be a list of keys, as [\"j\", \"down\"]"),
                });
                continue;
            };
            let mut keys = Vec::new();
            let mut bad = Vec::new();
            for item in items.iter() {
                match item.get_ref() {
                    toml::de::DeValue::String(k) => match Key::parse(k) {
                        Ok(k) => keys.push(k),
                        Err(e) => bad.push(e),
                    },
                    _ => bad.push("a key is written as a string, as \"j\"".to_string()),
                }
            }
            if bad.is_empty() {
                entries.push(Entry {
                    mode,
                    action,
                    name: key.get_ref().to_string(),
                    keys,
                    line,
                });
            } else {
                problems.push(Problem {
                    fatal: true,
                    line,
                    text: format!("{entry}: {}; its default keys stay", bad.join(", ")),
                });
            }
        }
    }
    entries.sort_by_key(|e| e.line);
    entries
}

/// The keys of each action, per mode, and the reverse table used to resolve a key.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Bindings,
    lookup: HashMap<(Mode, Key), Action>,
}

impl Keymap {
    /// The embedded default keymap.
    pub fn default_keymap() -> Self {
        let (keymap, warnings) = Self::with_user("", "");
        debug_assert!(warnings.is_empty(), "default keymap: {warnings:?}");
        keymap
    }

    /// The default keymap with the user's keymap file at `path` laid over it (none there:
    /// the defaults) and a warning for each entry left out (an unknown section or action, a
    /// key bound twice); or, when the file cannot be read or parsed or a value does not read
    /// (not a list of keys, a key that does not parse), every problem as an error.
    pub fn load(path: &Path) -> Result<(Self, Vec<String>), Vec<String>> {
        let user = match std::fs::read_to_string(path) {
            Ok(user) => user,
            Err(e) if super::config::is_missing(&e) => {
                return Ok((Self::default_keymap(), Vec::new()));
            }
            Err(e) => return Err(vec![format!("{}: cannot be read: {e}", path.display())]),
        };
        let (keymap, problems) = Self::overlay(&user, &path.display().to_string());
        if problems.iter().any(|(fatal, _)| *fatal) {
            return Err(problems.into_iter().map(|(_, text)| text).collect());
        }
        Ok((keymap, problems.into_iter().map(|(_, text)| text).collect()))
    }

    /// The default keymap with a user's keymap (the text of `file`) laid over it: an entry
    /// replaces its action's keys, and its keys leave the default actions that had them.
    /// Every problem comes back as "file:line: entry: what", in line order; a bad entry keeps
    /// its action's default keys.
    pub fn with_user(user: &str, file: &str) -> (Self, Vec<String>) {
        let (keymap, problems) = Self::overlay(user, file);
        (keymap, problems.into_iter().map(|(_, text)| text).collect())
    }

    /// [`Keymap::with_user`], each problem marked true when it is fatal.
    fn overlay(user: &str, file: &str) -> (Self, Vec<(bool, String)>) {
        let mut problems = Vec::new();
        let mut bindings: Bindings = BTreeMap::new();
        for entry in read_entries(DEFAULT_KEYMAP, &mut problems) {
            bindings
                .entry(entry.mode)
                .or_default()
                .insert(entry.action, entry.keys);
        }
        let defaults = bindings.clone();
        // Each key the user file binds, and the action it went to first.
        let mut claimed: HashMap<(Mode, Key), (Action, String)> = HashMap::new();
        let mut replaced = Vec::new();
        for entry in read_entries(user, &mut problems) {
            let mut keys = Vec::new();
            for key in entry.keys {
                match claimed.get(&(entry.mode, key)) {
                    Some((other, name)) if *other != entry.action => problems.push(Problem {
                        fatal: false,
                        line: entry.line,
                        text: format!(
                            "[{}] {}: {key} is already bound to {name}",
                            entry.mode.section(),
                            entry.name
                        ),
                    }),
                    _ => {
                        claimed.insert((entry.mode, key), (entry.action, entry.name.clone()));
                        keys.push(key);
                    }
                }
            }
            replaced.push((entry.mode, entry.action));
            bindings.entry(entry.mode).or_default().insert(entry.action, keys);
        }
        for (mode, actions) in &mut bindings {
            for (action, keys) in actions.iter_mut() {
                if !replaced.contains(&(*mode, *action)) {
                    keys.retain(|k| !claimed.contains_key(&(*mode, *k)));
                }
            }
        }
        for (mode, action) in ESSENTIAL {
            let actions = bindings.entry(mode).or_default();
            if actions.get(&action).is_some_and(|keys| !keys.is_empty()) {
                continue;
            }
            let keys = defaults
                .get(&mode)
                .and_then(|a| a.get(&action))
                .cloned()
                .unwrap_or_default();
            for other in actions.values_mut() {
                other.retain(|k| !keys.contains(k));
            }
            let names: Vec<String> = keys.iter().map(ToString::to_string).collect();
            problems.push(Problem {
                fatal: false,
                line: 0,
                text: format!(
                    "[{}] {}: left with no key, keeps {}",
                    mode.section(),
                    action.name(),
                    names.join(" ")
                ),
            });
            actions.insert(action, keys);
        }
        let mut lookup = HashMap::new();
        for (mode, actions) in &bindings {
            for (action, keys) in actions {
                for key in keys {
                    if let Some(other) = lookup.insert((*mode, *key), *action)
                        && other != *action
                    {
                        problems.push(Problem {
                            fatal: false,
                            line: 0,
                            text: format!(
                                "[{}] {key} is bound to both {} and {}",
                                mode.section(),
                                other.name(),
                                action.name()
                            ),
                        });
                    }
                }
            }
        }
        problems.sort_by_key(|p| p.line);
        let warnings = problems
            .into_iter()
            .map(|p| match p.line {
                0 => (p.fatal, format!("{file}: {}", p.text)),
                line => (p.fatal, format!("{file}:{line}: {}", p.text)),
            })
            .collect();
        (Self { bindings, lookup }, warnings)
    }

    /// The label of the first key bound to `action` in `mode`, for hints written on screen
    /// ("enter go"); `None` when the keymap leaves it no key.
    pub fn hint(&self, mode: Mode, action: Action) -> Option<String> {
        self.keys_in(mode, action).first().map(ToString::to_string)
    }

    /// The keys bound to `action` in normal mode, for the help overlay and the status hints.
    pub fn keys(&self, action: Action) -> &[Key] {
        self.keys_in(Mode::Normal, action)
    }

    /// The keys bound to `action` in `mode`.
    pub fn keys_in(&self, mode: Mode, action: Action) -> &[Key] {
        self.bindings
            .get(&mode)
            .and_then(|actions| actions.get(&action))
            .map_or(&[], Vec::as_slice)
    }

    /// Resolves a key pressed in `mode` to the action it runs, if any: a pure function of the
    /// two.
    pub fn resolve(&self, mode: Mode, key: KeyEvent) -> Option<Action> {
        self.lookup.get(&(mode, Key::from_event(key))).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    fn resolve(keymap: &Keymap, code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        keymap.resolve(Mode::Normal, press(code, modifiers))
    }

    #[test]
    fn a_movement_key_steps_by_a_row_a_page_half_a_page_or_to_an_end() {
        assert_eq!(Action::Down.step(10), Some(1));
        assert_eq!(Action::Up.step(10), Some(-1));
        assert_eq!(Action::PageDown.step(10), Some(10));
        assert_eq!(Action::PageUp.step(10), Some(-10));
        assert_eq!(Action::HalfPageDown.step(10), Some(5));
        assert_eq!(Action::HalfPageUp.step(1), Some(-1), "never a step of nothing");
        assert_eq!(Action::PageDown.step(0), Some(1), "a page is a row at least");
        assert_eq!(Action::Top.step(10), Some(isize::MIN));
        assert_eq!(Action::Bottom.step(10), Some(isize::MAX));
        assert_eq!(Action::Open.step(10), None);
        assert_eq!(Action::Help.step(10), None);
    }

    #[test]
    fn default_keymap_parses_without_warnings() {
        let (_, warnings) = Keymap::with_user("", "keymap.toml");
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn every_action_has_a_default_key() {
        let keymap = Keymap::default_keymap();
        for mode in Mode::ALL {
            for &action in mode.actions() {
                assert!(
                    !keymap.keys_in(mode, action).is_empty(),
                    "{action:?} has no key in [{}]",
                    mode.section()
                );
            }
        }
    }

    #[test]
    fn the_prompt_moves_with_chords_and_types_everything_else() {
        let k = Keymap::default_keymap();
        let prompt = |code, modifiers| k.resolve(Mode::Prompt, press(code, modifiers));
        let ctrl = KeyModifiers::CONTROL;
        for (code, modifiers) in [
            (KeyCode::Char('j'), ctrl),
            (KeyCode::Char('n'), ctrl),
            (KeyCode::Down, KeyModifiers::NONE),
        ] {
            assert_eq!(prompt(code, modifiers), Some(Action::Down));
        }
        for (code, modifiers) in [
            (KeyCode::Char('k'), ctrl),
            (KeyCode::Char('p'), ctrl),
            (KeyCode::Up, KeyModifiers::NONE),
        ] {
            assert_eq!(prompt(code, modifiers), Some(Action::Up));
        }
        assert_eq!(prompt(KeyCode::Esc, KeyModifiers::NONE), Some(Action::Back));
        assert_eq!(prompt(KeyCode::Enter, KeyModifiers::NONE), Some(Action::Open));
        assert_eq!(
            prompt(KeyCode::Backspace, KeyModifiers::NONE),
            Some(Action::DeleteChar)
        );
        // j, k, q and / are text in a prompt.
        for c in ['j', 'k', 'q', '/', 'N', ' '] {
            assert_eq!(prompt(KeyCode::Char(c), KeyModifiers::NONE), None, "{c}");
            assert_eq!(typed(press(KeyCode::Char(c), KeyModifiers::NONE)), Some(c));
        }
        assert_eq!(typed(press(KeyCode::Char('N'), KeyModifiers::SHIFT)), Some('N'));
        assert_eq!(typed(press(KeyCode::Char('w'), ctrl)), None);
        assert_eq!(typed(press(KeyCode::Enter, KeyModifiers::NONE)), None);
    }

    #[test]
    fn prompt_editing_types_and_deletes_chars_words_and_all() {
        let none = KeyModifiers::NONE;
        let mut input = String::from("ushakov compro");
        assert!(edit(&mut input, None, press(KeyCode::Char('m'), none)));
        assert_eq!(input, "ushakov comprom");
        assert!(edit(
            &mut input,
            Some(Action::DeleteChar),
            press(KeyCode::Backspace, none)
        ));
        assert_eq!(input, "ushakov compro");
        assert!(edit(
            &mut input,
            Some(Action::DeleteWord),
            press(KeyCode::Char('w'), KeyModifiers::CONTROL)
        ));
        assert_eq!(input, "ushakov ");
        assert!(edit(
            &mut input,
            Some(Action::DeleteWord),
            press(KeyCode::Char('w'), KeyModifiers::CONTROL)
        ));
        assert_eq!(input, "");
        input.push_str("kremlin");
        assert!(!edit(&mut input, Some(Action::Down), press(KeyCode::Down, none)));
        assert!(!edit(
            &mut input,
            None,
            press(KeyCode::Char('x'), KeyModifiers::ALT)
        ));
        assert!(edit(
            &mut input,
            Some(Action::ClearQuery),
            press(KeyCode::Char('u'), KeyModifiers::CONTROL)
        ));
        assert_eq!(input, "");
    }

    #[test]
    fn issue_keys_resolve() {
        let k = Keymap::default_keymap();
        let none = KeyModifiers::NONE;
        assert_eq!(resolve(&k, KeyCode::Char('j'), none), Some(Action::Down));
        assert_eq!(resolve(&k, KeyCode::Down, none), Some(Action::Down));
        assert_eq!(resolve(&k, KeyCode::Char('k'), none), Some(Action::Up));
        assert_eq!(resolve(&k, KeyCode::PageDown, none), Some(Action::PageDown));
        assert_eq!(resolve(&k, KeyCode::Char(' '), none), Some(Action::PageDown));
        assert_eq!(resolve(&k, KeyCode::PageUp, none), Some(Action::PageUp));
        assert_eq!(
            resolve(&k, KeyCode::Char('d'), KeyModifiers::CONTROL),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            resolve(&k, KeyCode::Char('u'), KeyModifiers::CONTROL),
            Some(Action::HalfPageUp)
        );
        assert_eq!(resolve(&k, KeyCode::Char('g'), none), Some(Action::Top));
        assert_eq!(resolve(&k, KeyCode::Home, none), Some(Action::Top));
        assert_eq!(resolve(&k, KeyCode::End, none), Some(Action::Bottom));
        assert_eq!(resolve(&k, KeyCode::Tab, none), Some(Action::FocusNext));
        assert_eq!(resolve(&k, KeyCode::Char('h'), none), Some(Action::FocusLeft));
        assert_eq!(resolve(&k, KeyCode::Char('l'), none), Some(Action::FocusRight));
        assert_eq!(resolve(&k, KeyCode::Enter, none), Some(Action::Open));
        assert_eq!(resolve(&k, KeyCode::Char('z'), none), Some(Action::Zoom));
        assert_eq!(resolve(&k, KeyCode::Char('?'), none), Some(Action::Help));
        assert_eq!(resolve(&k, KeyCode::Char('q'), none), Some(Action::Quit));
        assert_eq!(resolve(&k, KeyCode::Char('x'), none), None);
    }

    #[test]
    fn marks_have_keys_of_their_own_in_normal_and_type_in_the_prompt() {
        let k = Keymap::default_keymap();
        let none = KeyModifiers::NONE;
        assert_eq!(resolve(&k, KeyCode::Char('m'), none), Some(Action::ToggleRead));
        // `*` comes shifted from most keyboards: one key either way.
        assert_eq!(resolve(&k, KeyCode::Char('*'), none), Some(Action::ToggleStar));
        assert_eq!(
            resolve(&k, KeyCode::Char('*'), KeyModifiers::SHIFT),
            Some(Action::ToggleStar)
        );
        assert_eq!(resolve(&k, KeyCode::Char('u'), none), Some(Action::UndoMark));
        for code in ['m', '*', 'u'] {
            assert_eq!(k.resolve(Mode::Prompt, press(KeyCode::Char(code), none)), None);
        }
        assert_eq!(k.hint(Mode::Normal, Action::UndoMark).as_deref(), Some("u"));
    }

    #[test]
    fn shift_is_normalised_for_characters_and_backtab() {
        let k = Keymap::default_keymap();
        // Terminals differ: some send G with shift, some without.
        assert_eq!(
            resolve(&k, KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::Bottom)
        );
        assert_eq!(
            resolve(&k, KeyCode::Char('G'), KeyModifiers::NONE),
            Some(Action::Bottom)
        );
        assert_eq!(
            resolve(&k, KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            resolve(&k, KeyCode::BackTab, KeyModifiers::NONE),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            resolve(
                &k,
                KeyCode::Char('D'),
                KeyModifiers::CONTROL | KeyModifiers::SHIFT
            ),
            Some(Action::HalfPageDown)
        );
    }

    #[test]
    fn keys_parse_and_print_round_trip() {
        for text in [
            "j",
            "G",
            "?",
            "space",
            "enter",
            "esc",
            "ctrl-d",
            "alt-x",
            "shift-tab",
            "f1",
            "home",
        ] {
            let key = Key::parse(text).unwrap();
            assert_eq!(
                Key::parse(&key.to_string()).ok().or(Some(key)),
                Some(key),
                "{text}"
            );
        }
        assert_eq!(Key::parse("shift-g").unwrap(), Key::parse("G").unwrap());
        assert_eq!(Key::parse("shift-tab").unwrap(), Key::parse("backtab").unwrap());
        assert_eq!(Key::parse("ctrl-D").unwrap(), Key::parse("ctrl-d").unwrap());
        assert_eq!(Key::parse("-").unwrap().to_string(), "-");
    }

    #[test]
    fn bad_keys_are_errors() {
        for text in ["", "ctrl-", "f99", "pagesideways", "jj"] {
            assert!(Key::parse(text).is_err(), "{text:?} parsed");
        }
    }

    #[test]
    fn user_entries_replace_the_default_keys_of_their_action() {
        let (k, warnings) = Keymap::with_user("[normal]\ndown = [\"w\"]\n", "keymap.toml");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            resolve(&k, KeyCode::Char('w'), KeyModifiers::NONE),
            Some(Action::Down)
        );
        assert_eq!(resolve(&k, KeyCode::Char('j'), KeyModifiers::NONE), None);
        assert_eq!(
            resolve(&k, KeyCode::Char('k'), KeyModifiers::NONE),
            Some(Action::Up)
        );
    }

    #[test]
    fn each_bad_entry_is_reported_with_its_line_and_the_rest_of_the_file_applies() {
        let user = "[normal]\n\
                    fly = [\"f\"]\n\
                    down = [\"nope-key\"]\n\
                    zoom = \"Z\"\n\
                    up = [\"w\", 5]\n\
                    top = [\"T\"]\n\
                    [weird]\n\
                    x = [\"y\"]\n";
        let (k, warnings) = Keymap::with_user(user, "keymap.toml");
        assert_eq!(warnings.len(), 5, "every problem is listed: {warnings:#?}");
        for (warning, line, entry) in [
            (&warnings[0], 2, "fly"),
            (&warnings[1], 3, "down"),
            (&warnings[2], 4, "zoom"),
            (&warnings[3], 5, "up"),
            (&warnings[4], 7, "[weird]"),
        ] {
            assert!(warning.starts_with(&format!("keymap.toml:{line}: ")), "{warning}");
            assert!(warning.contains(entry), "{warning} names {entry}");
        }
        // A wrong type in one entry no longer drops the file: `top` applies.
        assert_eq!(
            resolve(&k, KeyCode::Char('T'), KeyModifiers::NONE),
            Some(Action::Top)
        );
        // The bad entries keep their default keys.
        for (c, action) in [('j', Action::Down), ('z', Action::Zoom), ('k', Action::Up)] {
            assert_eq!(resolve(&k, KeyCode::Char(c), KeyModifiers::NONE), Some(action));
        }
    }

    #[test]
    fn a_syntax_error_is_reported_with_its_line_and_the_good_entries_apply() {
        let (k, warnings) = Keymap::with_user("[normal]\nzoom = [\"Z\"]\nthis is = not toml [\n", "km.toml");
        assert!(!warnings.is_empty());
        assert!(warnings[0].starts_with("km.toml:3: "), "{warnings:?}");
        assert_eq!(
            resolve(&k, KeyCode::Char('Z'), KeyModifiers::NONE),
            Some(Action::Zoom)
        );
        assert_eq!(
            resolve(&k, KeyCode::Char('q'), KeyModifiers::NONE),
            Some(Action::Quit)
        );
    }

    #[test]
    fn what_does_not_parse_or_read_is_fatal_and_unknown_names_are_warnings() {
        let fatal = |user: &str| -> Vec<bool> {
            Keymap::overlay(user, "k.toml")
                .1
                .into_iter()
                .map(|(f, _)| f)
                .collect()
        };
        assert_eq!(fatal("[normal]\nzoom = [\"Z\"\n"), [true], "syntax");
        assert_eq!(fatal("[normal]\nzoom = \"Z\"\n"), [true], "not a list");
        assert_eq!(fatal("[normal]\nzoom = [\"nope-key\"]\n"), [true], "a bad key");
        assert_eq!(fatal("[normal]\nzoom = [5]\n"), [true], "not a string");
        assert_eq!(fatal("normal = 5\n"), [true], "not a section");
        assert_eq!(fatal("[normal]\nfly = [\"f\"]\n"), [false], "unknown action");
        assert_eq!(fatal("[weird]\nx = [\"y\"]\n"), [false], "unknown section");
        assert_eq!(fatal("[help]\nzoom = [\"z\"]\n"), [false], "not in the section");
        assert_eq!(
            fatal("[normal]\nzoom = [\"x\"]\nhelp = [\"x\"]\n"),
            [false],
            "bound twice"
        );
        assert_eq!(fatal("[normal]\nquit = []\n"), [false], "quit keeps its keys");
    }

    #[test]
    fn quit_always_keeps_a_key() {
        let (k, warnings) = Keymap::with_user("[normal]\nquit = []\n", "keymap.toml");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("quit"), "{warnings:?}");
        assert_eq!(k.keys(Action::Quit), Keymap::default_keymap().keys(Action::Quit));
        // Its default keys taken by other actions: quit takes them back.
        let (k, warnings) =
            Keymap::with_user("[normal]\nquit = []\nzoom = [\"q\", \"ctrl-c\"]\n", "keymap.toml");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(
            resolve(&k, KeyCode::Char('q'), KeyModifiers::NONE),
            Some(Action::Quit)
        );
        // The prompt always keeps a way back.
        let (k, _) = Keymap::with_user("[prompt]\nback = []\n", "keymap.toml");
        assert!(!k.keys_in(Mode::Prompt, Action::Back).is_empty());
    }

    #[test]
    fn each_mode_resolves_a_key_in_its_own_section() {
        let k = Keymap::default_keymap();
        let key = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        let enter = press(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(k.resolve(Mode::Normal, key('q')), Some(Action::Quit));
        assert_eq!(
            k.resolve(Mode::Help, key('q')),
            Some(Action::Back),
            "q closes help"
        );
        assert_eq!(k.resolve(Mode::Actor, key('q')), Some(Action::Back));
        assert_eq!(k.resolve(Mode::Prompt, key('q')), None, "typed");
        assert_eq!(k.resolve(Mode::Filter, key('q')), None, "typed");
        assert_eq!(k.resolve(Mode::Actor, enter), Some(Action::Open));
        assert_eq!(k.resolve(Mode::Notice, enter), Some(Action::Back));
        assert_eq!(k.resolve(Mode::Help, enter), None);
        assert_eq!(k.resolve(Mode::Actor, key('?')), Some(Action::Help));
        // An entry in one section leaves the others alone.
        let (k, warnings) = Keymap::with_user("[help]\nback = [\"x\"]\n", "keymap.toml");
        assert!(warnings.is_empty(), "{warnings:?}");
        let esc = press(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(k.resolve(Mode::Help, key('x')), Some(Action::Back));
        assert_eq!(k.resolve(Mode::Help, esc), None);
        assert_eq!(k.resolve(Mode::Actor, esc), Some(Action::Back));
        assert_eq!(k.resolve(Mode::Normal, esc), Some(Action::Back));
        assert_eq!(k.resolve(Mode::Normal, key('x')), None);
    }

    #[test]
    fn c_compares_and_the_comparison_resolves_its_own_keys() {
        let k = Keymap::default_keymap();
        let key = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(k.resolve(Mode::Normal, key('c')), Some(Action::Compare));
        assert_eq!(k.resolve(Mode::Normal, key(']')), None, "] is the comparison's");
        assert_eq!(k.resolve(Mode::Compare, key(']')), Some(Action::NextDiff));
        assert_eq!(k.resolve(Mode::Compare, key('[')), Some(Action::PrevDiff));
        assert_eq!(k.resolve(Mode::Compare, key('j')), Some(Action::Down));
        assert_eq!(
            k.resolve(Mode::Compare, key('q')),
            Some(Action::Back),
            "q leaves the comparison"
        );
        assert_eq!(
            k.resolve(Mode::Compare, press(KeyCode::Esc, KeyModifiers::NONE)),
            Some(Action::Back)
        );
        assert_eq!(k.resolve(Mode::Compare, key('c')), None);
        assert_eq!(k.resolve(Mode::Compare, key('s')), None);
        // The picker types like a filter.
        assert!(Mode::Pick.types() && !Mode::Compare.types());
        assert_eq!(k.resolve(Mode::Pick, key('j')), None, "typed");
        assert_eq!(
            k.resolve(Mode::Pick, press(KeyCode::Enter, KeyModifiers::NONE)),
            Some(Action::Open)
        );
        // A user's [compare] entry moves the key there alone, and a stray action is reported.
        let (k, warnings) = Keymap::with_user("[compare]\nnext_diff = [\"n\"]\nsearch = [\"/\"]\n", "k.toml");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].starts_with("k.toml:3: [compare] search"),
            "{warnings:?}"
        );
        assert_eq!(k.resolve(Mode::Compare, key('n')), Some(Action::NextDiff));
        assert_eq!(k.resolve(Mode::Compare, key(']')), None);
        assert_eq!(k.resolve(Mode::Normal, key('n')), Some(Action::NextMatch));
    }

    #[test]
    fn s_opens_the_story_view_and_the_story_section_resolves_its_own_keys() {
        let k = Keymap::default_keymap();
        let key = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        let none = KeyModifiers::NONE;
        assert_eq!(k.resolve(Mode::Normal, key('s')), Some(Action::Story));
        for (event, action) in [
            (key('j'), Action::Down),
            (press(KeyCode::Down, none), Action::Down),
            (key('k'), Action::Up),
            (press(KeyCode::PageDown, none), Action::PageDown),
            (key(' '), Action::PageDown),
            (press(KeyCode::PageUp, none), Action::PageUp),
            (
                press(KeyCode::Char('d'), KeyModifiers::CONTROL),
                Action::HalfPageDown,
            ),
            (key('g'), Action::Top),
            (press(KeyCode::Char('G'), KeyModifiers::SHIFT), Action::Bottom),
            (press(KeyCode::Tab, none), Action::NextTab),
            (key('t'), Action::NextTab),
            (key('o'), Action::Sort),
            (key('h'), Action::ScrollLeft),
            (press(KeyCode::Left, none), Action::ScrollLeft),
            (key('l'), Action::ScrollRight),
            (press(KeyCode::Right, none), Action::ScrollRight),
            (press(KeyCode::Enter, none), Action::Open),
            (key('?'), Action::Help),
            (press(KeyCode::Esc, none), Action::Back),
            (key('q'), Action::Back),
            (key('s'), Action::Back),
        ] {
            assert_eq!(k.resolve(Mode::Story, event), Some(action), "{event:?}");
        }
        // Keys of other sections are not the story view's.
        assert_eq!(k.resolve(Mode::Story, key('c')), None);
        assert_eq!(k.resolve(Mode::Story, key(']')), None);
        assert_eq!(k.resolve(Mode::Normal, key('o')), Some(Action::QuoteOrder));
        assert_eq!(k.resolve(Mode::Compare, key('o')), None);
        // A user's [story] entry moves the key there alone; a stray action is reported.
        let (k, warnings) = Keymap::with_user("[story]\nsort = [\"S\"]\nzoom = [\"z\"]\n", "k.toml");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("k.toml:3: [story] zoom"), "{warnings:?}");
        assert_eq!(k.resolve(Mode::Story, key('S')), Some(Action::Sort));
        assert_eq!(k.resolve(Mode::Story, key('o')), None);
        assert_eq!(k.resolve(Mode::Normal, key('o')), Some(Action::QuoteOrder));
        // The story view always keeps a way back.
        let (k, _) = Keymap::with_user("[story]\nback = []\n", "k.toml");
        assert!(!k.keys_in(Mode::Story, Action::Back).is_empty());
    }

    #[test]
    fn an_action_outside_its_section_is_reported_and_the_rest_applies() {
        let user = "[help]\nzoom = [\"z\"]\ntop = [\"T\"]\n[normal]\ndelete_char = [\"x\"]\n";
        let (k, warnings) = Keymap::with_user(user, "keymap.toml");
        assert_eq!(warnings.len(), 2, "{warnings:#?}");
        assert!(
            warnings[0].starts_with("keymap.toml:2: [help] zoom"),
            "{warnings:?}"
        );
        assert!(
            warnings[1].starts_with("keymap.toml:5: [normal] delete_char"),
            "{warnings:?}"
        );
        let key = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(k.resolve(Mode::Help, key('T')), Some(Action::Top));
        assert_eq!(k.resolve(Mode::Help, key('z')), None);
        assert_eq!(k.resolve(Mode::Normal, key('x')), None);
        // Every overlay keeps a way back.
        for mode in [
            Mode::Filter,
            Mode::Pick,
            Mode::Compare,
            Mode::Story,
            Mode::Actor,
            Mode::Help,
            Mode::Notice,
        ] {
            let (k, warnings) = Keymap::with_user(&format!("[{}]\nback = []\n", mode.section()), "k.toml");
            assert_eq!(warnings.len(), 1, "{warnings:?}");
            assert!(!k.keys_in(mode, Action::Back).is_empty(), "{mode:?}");
        }
    }

    #[test]
    fn a_user_key_moves_from_its_default_action() {
        let (k, warnings) = Keymap::with_user("[normal]\nzoom = [\"j\"]\n", "keymap.toml");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            resolve(&k, KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Action::Zoom)
        );
        assert_eq!(k.keys(Action::Down), [Key::parse("down").unwrap()]);
    }

    #[test]
    fn a_key_bound_twice_in_the_user_file_is_reported() {
        let (k, warnings) =
            Keymap::with_user("[normal]\nzoom = [\"x\"]\nhelp = [\"x\", \"H\"]\n", "keymap.toml");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("keymap.toml:3: "), "{warnings:?}");
        assert_eq!(
            resolve(&k, KeyCode::Char('x'), KeyModifiers::NONE),
            Some(Action::Zoom)
        );
        assert_eq!(
            resolve(&k, KeyCode::Char('H'), KeyModifiers::NONE),
            Some(Action::Help)
        );
    }

    #[test]
    fn hints_name_the_first_bound_key() {
        let k = Keymap::default_keymap();
        assert_eq!(k.hint(Mode::Prompt, Action::Open).as_deref(), Some("enter"));
        assert_eq!(k.hint(Mode::Normal, Action::Help).as_deref(), Some("?"));
        let (k, _) = Keymap::with_user(
            "[prompt]\nopen = [\"ctrl-o\"]\n[normal]\nhelp = []\n",
            "keymap.toml",
        );
        assert_eq!(k.hint(Mode::Prompt, Action::Open).as_deref(), Some("ctrl-o"));
        assert_eq!(k.hint(Mode::Normal, Action::Help), None);
    }
}
