//! Keys and the actions they run: the default keymap embedded from `assets/keymap.toml`, a
//! user keymap laid over it, and key resolution as a pure function of a key and a mode.
//!
//! A bad user keymap never stops the app: each bad entry becomes a warning and the default
//! keys for that action stay.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

/// The default keymap, compiled in.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// Everything a key can ask the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
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
}

impl Action {
    /// Every action, in the order the help overlay lists them.
    pub const ALL: [Action; 25] = [
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
    ];

    /// The actions of the search prompt, in the order the help overlay lists them.
    pub const PROMPT: [Action; 10] = [
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

    /// What the action does in the search prompt, as the help overlay says it.
    pub fn prompt_description(self) -> &'static str {
        match self {
            Action::Down => "next hit",
            Action::Up => "previous hit",
            Action::PageDown => "down a page of hits",
            Action::PageUp => "up a page of hits",
            Action::Open => "go to the hit",
            Action::Back => "cancel: back to where you were",
            other => other.description(),
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

/// The modes that have their own table of keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    /// Reading and moving between panes.
    Normal,
    /// Typing a search: keys without a binding here are typed into the query.
    Prompt,
}

impl Mode {
    const ALL: [Mode; 2] = [Mode::Normal, Mode::Prompt];

    fn section(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::Prompt => "prompt",
        }
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

/// The keys of each action, per mode, and the reverse table used to resolve a key.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: BTreeMap<Mode, BTreeMap<Action, Vec<Key>>>,
    lookup: HashMap<(Mode, Key), Action>,
}

type KeymapFile = BTreeMap<String, BTreeMap<String, Vec<String>>>;

impl Keymap {
    /// The embedded default keymap.
    pub fn default_keymap() -> Self {
        let (keymap, warnings) = Self::from_layers(&[DEFAULT_KEYMAP]);
        debug_assert!(warnings.is_empty(), "default keymap: {warnings:?}");
        keymap
    }

    /// The default keymap with a user's keymap file laid over it; problems in the user file
    /// come back as warnings and leave the defaults in place.
    pub fn with_user(user: &str) -> (Self, Vec<String>) {
        Self::from_layers(&[DEFAULT_KEYMAP, user])
    }

    fn from_layers(layers: &[&str]) -> (Self, Vec<String>) {
        let mut bindings: BTreeMap<Mode, BTreeMap<Action, Vec<Key>>> = BTreeMap::new();
        let mut warnings = Vec::new();
        for layer in layers {
            let file: KeymapFile = match toml::from_str(layer) {
                Ok(file) => file,
                Err(e) => {
                    warnings.push(format!("keymap not read: {}", e.message()));
                    continue;
                }
            };
            for (section, entries) in file {
                let Some(mode) = Mode::ALL.into_iter().find(|m| m.section() == section) else {
                    warnings.push(format!("keymap: unknown section [{section}]"));
                    continue;
                };
                for (name, keys) in entries {
                    let action = match Action::deserialize(toml::Value::String(name.clone())) {
                        Ok(action) => action,
                        Err(_) => {
                            warnings.push(format!("keymap: unknown action {name:?}"));
                            continue;
                        }
                    };
                    match keys.iter().map(|k| Key::parse(k)).collect::<Result<Vec<_>, _>>() {
                        Ok(keys) => {
                            bindings.entry(mode).or_default().insert(action, keys);
                        }
                        Err(e) => warnings.push(format!("keymap: {name}: {e}")),
                    }
                }
            }
        }
        let mut lookup = HashMap::new();
        for (mode, actions) in &bindings {
            for (action, keys) in actions {
                for key in keys {
                    if let Some(other) = lookup.insert((*mode, *key), *action) {
                        warnings.push(format!(
                            "keymap: [{}] {key} is bound to both {other:?} and {action:?}",
                            mode.section()
                        ));
                    }
                }
            }
        }
        (Self { bindings, lookup }, warnings)
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

    /// Resolves a key pressed in `mode` to the action it runs, if any.
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
    fn default_keymap_parses_without_warnings() {
        let (_, warnings) = Keymap::from_layers(&[DEFAULT_KEYMAP]);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn every_action_has_a_default_key() {
        let keymap = Keymap::default_keymap();
        for action in Action::ALL {
            assert!(!keymap.keys(action).is_empty(), "{action:?} has no key");
        }
        for action in Action::PROMPT {
            assert!(
                !keymap.keys_in(Mode::Prompt, action).is_empty(),
                "{action:?} has no prompt key"
            );
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
        let (k, warnings) = Keymap::with_user("[normal]\ndown = [\"w\"]\n");
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
    fn a_bad_user_keymap_gives_warnings_and_keeps_the_defaults() {
        let (k, warnings) = Keymap::with_user("[normal]\nfly = [\"f\"]\ndown = [\"nope-key\"]\n[weird]\n");
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert_eq!(
            resolve(&k, KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Action::Down)
        );
        let (k, warnings) = Keymap::with_user("this is = not toml [");
        assert_eq!(warnings.len(), 1);
        assert_eq!(
            resolve(&k, KeyCode::Char('q'), KeyModifiers::NONE),
            Some(Action::Quit)
        );
    }

    #[test]
    fn a_key_bound_twice_is_reported() {
        let (_, warnings) = Keymap::with_user("[normal]\nzoom = [\"j\"]\n");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }
}
