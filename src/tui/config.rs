//! The user's settings: `config.toml` in the config folder (or the file `--config` names),
//! laid over the defaults that `assets/config.toml` ships with comments.
//!
//! A file that does not parse, a value of the wrong type and a value out of range are errors
//! that name the file, the line and the key; a key parallax does not know is only a warning,
//! so a config written for a newer version still opens.

use std::path::Path;

use serde::{Deserialize, Deserializer};

use super::app::DEFAULT_MAX_WIDTH;
use super::keymap::Keymap;
use super::theme::{Preset, Styles, Theme};
use crate::paths::Paths;

/// The commented default config, compiled in; `parallax config --print-default` prints it.
pub const DEFAULT_CONFIG: &str = include_str!("../../assets/config.toml");

/// The narrowest and widest `wrap_width` a config may ask for.
const WRAP_WIDTHS: (usize, usize) = (20, 1000);

/// The narrowest and widest pane width a config may ask for.
const PANE_WIDTHS: (u16, u16) = (10, 200);

/// Everything `config.toml` can set.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Config {
    /// When to use colour.
    pub color: ColorChoice,
    /// True: clicks focus panes and select rows, the wheel scrolls the pane under the pointer.
    pub mouse: bool,
    /// The widest the reading pane wraps text, in columns.
    #[serde(deserialize_with = "wrap_width")]
    pub wrap_width: usize,
    /// Pane widths.
    pub layout: LayoutSizes,
    /// The theme: a preset and styles of single elements.
    pub theme: ThemeConfig,
    /// The command `O` opens an article's address with (the address its last argument);
    /// unset: `$BROWSER`, else the system's opener.
    pub opener: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            color: ColorChoice::Auto,
            mouse: false,
            wrap_width: DEFAULT_MAX_WIDTH,
            layout: LayoutSizes::default(),
            theme: ThemeConfig::default(),
            opener: None,
        }
    }
}

/// `color = "auto" | "always" | "never"`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColorChoice {
    /// Colour unless `NO_COLOR` is set (and not empty).
    #[default]
    Auto,
    /// Colour even when `NO_COLOR` is set.
    Always,
    /// No colour: selection and focus by reverse video and bold.
    Never,
}

impl ColorChoice {
    /// Whether to draw in colour, given the value of `NO_COLOR`.
    pub fn use_color(self, no_color: Option<&std::ffi::OsStr>) -> bool {
        match self {
            Self::Always => true,
            Self::Never => false,
            Self::Auto => no_color.is_none_or(|v| v.is_empty()),
        }
    }
}

/// `[layout]`: pane widths in columns; unset, they follow the terminal's width.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct LayoutSizes {
    /// The article list's width.
    #[serde(deserialize_with = "pane_width")]
    pub list_width: Option<u16>,
    /// The side panel's width.
    #[serde(deserialize_with = "pane_width")]
    pub side_width: Option<u16>,
}

/// `[theme]`: a preset, and `[theme.styles]` laid over it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ThemeConfig {
    /// `"default"`, `"light"` or `"dark"`.
    pub preset: Preset,
    /// Styles of single elements.
    pub styles: Styles,
}

impl Config {
    /// The theme this config draws with, given the value of `NO_COLOR`.
    pub fn theme(&self, no_color: Option<&std::ffi::OsStr>) -> Theme {
        let color = self.color.use_color(no_color);
        Theme::configured(self.theme.preset, &self.theme.styles, color)
    }

    /// The config in the file at `path`, with a warning for each key it does not know. A
    /// missing file (or folder) is the defaults unless `required` (named with `--config`).
    pub fn load(path: &Path, required: bool) -> Result<(Self, Vec<String>), String> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(&text, &path.display().to_string()),
            Err(e) if is_missing(&e) && !required => Ok((Self::default(), Vec::new())),
            Err(e) => Err(format!("{}: cannot be read: {e}", path.display())),
        }
    }

    /// The config in `text` (read from `file`), with a warning for each key it does not know,
    /// or the first error as "file:line: key: what".
    pub fn parse(text: &str, file: &str) -> Result<(Self, Vec<String>), String> {
        let document = toml::de::Deserializer::parse(text)
            .map_err(|e| format!("{file}:{}: {}", line_of(text, e.span()), e.message()))?;
        let mut unknown = Vec::new();
        let mut note = |path: serde_ignored::Path| unknown.push(keys_of(&path));
        let ignoring = serde_ignored::Deserializer::new(document, &mut note);
        let config: Self = serde_path_to_error::deserialize(ignoring).map_err(|e| {
            let key = e.path().to_string();
            let inner = e.into_inner();
            format!(
                "{file}:{}: {key}: {}",
                line_of(text, inner.span()),
                inner.message()
            )
        })?;
        let spans = toml::de::DeTable::parse(text).ok();
        let warnings = unknown
            .into_iter()
            .map(|keys| {
                let at = spans.as_ref().and_then(|root| span_of(root.get_ref(), &keys));
                format!(
                    "{file}:{}: {}: unknown key, ignored",
                    line_of(text, at),
                    keys.join(".")
                )
            })
            .collect();
        Ok((config, warnings))
    }
}

/// What the reader starts with, read and checked before anything else runs: the config, the
/// keymap, and the warnings about each (keys and entries left out).
#[derive(Debug, Clone)]
pub struct Settings {
    /// The config.
    pub config: Config,
    /// Unknown keys in the config.
    pub config_warnings: Vec<String>,
    /// The default keymap with the user's laid over it.
    pub keymap: Keymap,
    /// Entries of the user's keymap left out.
    pub keymap_warnings: Vec<String>,
}

impl Default for Settings {
    /// The defaults: no config file, no user keymap.
    fn default() -> Self {
        Self {
            config: Config::default(),
            config_warnings: Vec::new(),
            keymap: Keymap::default_keymap(),
            keymap_warnings: Vec::new(),
        }
    }
}

impl Settings {
    /// The config (`config_file`, else `config.toml` in the config folder) and the keymap
    /// (`keymap.toml` there), or every error found in them as "file:line: key: what".
    pub fn load(paths: &Paths, config_file: Option<&Path>) -> Result<Self, Vec<String>> {
        let config = match config_file {
            Some(file) => Config::load(file, true),
            None => Config::load(&paths.config_file(), false),
        };
        match (config, Keymap::load(&paths.keymap_file())) {
            (Ok((config, config_warnings)), Ok((keymap, keymap_warnings))) => Ok(Self {
                config,
                config_warnings,
                keymap,
                keymap_warnings,
            }),
            (config, keymap) => {
                let mut errors: Vec<String> = config.err().into_iter().collect();
                errors.extend(keymap.err().unwrap_or_default());
                Err(errors)
            }
        }
    }

    /// Every warning: the config's, then the keymap's.
    pub fn warnings(&self) -> impl Iterator<Item = &String> {
        self.config_warnings.iter().chain(&self.keymap_warnings)
    }
}

/// True when a settings file is not there: neither it nor its folder exists, or the folder
/// is a file.
pub fn is_missing(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
    )
}

/// `wrap_width`, checked against [`WRAP_WIDTHS`].
fn wrap_width<'de, D: Deserializer<'de>>(deserializer: D) -> Result<usize, D::Error> {
    let (min, max) = WRAP_WIDTHS;
    let width = usize::deserialize(deserializer)?;
    if !(min..=max).contains(&width) {
        return Err(serde::de::Error::custom(format!(
            "{width} is out of range: from {min} to {max} columns"
        )));
    }
    Ok(width)
}

/// A pane's width, checked against [`PANE_WIDTHS`].
fn pane_width<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u16>, D::Error> {
    let (min, max) = PANE_WIDTHS;
    let width = u16::deserialize(deserializer)?;
    if !(min..=max).contains(&width) {
        return Err(serde::de::Error::custom(format!(
            "{width} is out of range: from {min} to {max} columns"
        )));
    }
    Ok(Some(width))
}

/// The keys from the root to where `path` points.
fn keys_of(path: &serde_ignored::Path) -> Vec<String> {
    match path {
        serde_ignored::Path::Root => Vec::new(),
        serde_ignored::Path::Seq { parent, index } => {
            let mut keys = keys_of(parent);
            keys.push(index.to_string());
            keys
        }
        serde_ignored::Path::Map { parent, key } => {
            let mut keys = keys_of(parent);
            keys.push(key.clone());
            keys
        }
        serde_ignored::Path::Some { parent }
        | serde_ignored::Path::NewtypeStruct { parent }
        | serde_ignored::Path::NewtypeVariant { parent } => keys_of(parent),
    }
}

/// Where the key at the end of `keys` is written in `table`.
fn span_of(table: &toml::de::DeTable, keys: &[String]) -> Option<std::ops::Range<usize>> {
    let (first, rest) = keys.split_first()?;
    let (key, value) = table.iter().find(|(k, _)| k.get_ref() == first)?;
    match (rest.is_empty(), value.get_ref()) {
        (true, _) => Some(key.span()),
        (false, toml::de::DeValue::Table(inner)) => span_of(inner, rest),
        _ => Some(key.span()),
    }
}

/// The line (from 1) of the byte at the start of `span`; 0 when there is none. The keymap
/// counts its lines with it too.
pub fn line_of(text: &str, span: Option<std::ops::Range<usize>>) -> usize {
    span.map_or(0, |span| {
        1 + text.as_bytes()[..span.start.min(text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::{Colour, ModifierName, StyleSpec};
    use ratatui::style::Color;

    #[test]
    fn the_shipped_default_config_parses_to_the_defaults() {
        let (config, warnings) = Config::parse(DEFAULT_CONFIG, "assets/config.toml").unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config, Config::default());
    }

    #[test]
    fn the_shipped_config_names_every_element_a_style_can_set() {
        let listed = DEFAULT_CONFIG
            .split("# Elements:")
            .nth(1)
            .and_then(|rest| rest.split("\n#\n").next())
            .unwrap_or_default();
        let listed: Vec<&str> = listed
            .split(|c: char| c.is_whitespace() || c == '#')
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(listed, Theme::ELEMENTS);
    }

    #[test]
    fn every_setting_reads() {
        let text = "color = \"never\"\nmouse = true\nwrap_width = 72\n\
                    [layout]\nlist_width = 30\nside_width = 50\n\
                    [theme]\npreset = \"light\"\n\
                    [theme.styles]\nquote = { fg = \"yellow\", modifiers = [\"bold\"] }\n";
        let (config, warnings) = Config::parse(text, "c.toml").unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.color, ColorChoice::Never);
        assert!(config.mouse);
        assert_eq!(config.wrap_width, 72);
        assert_eq!(config.layout.list_width, Some(30));
        assert_eq!(config.layout.side_width, Some(50));
        assert_eq!(config.theme.preset, Preset::Light);
        assert_eq!(
            config.theme.styles.quote,
            Some(StyleSpec {
                fg: Some(Colour(Color::Yellow)),
                bg: None,
                modifiers: vec![ModifierName::Bold],
            })
        );
    }

    #[test]
    fn bad_files_name_the_line_and_the_key() {
        for (text, line, key) in [
            ("wrap_width = \"wide\"\n", 1, "wrap_width"),
            ("mouse = true\nwrap_width = 5\n", 2, "wrap_width"),
            ("\ncolor = \"sometimes\"\n", 2, "color"),
            (
                "[theme.styles]\n\nquote = { fg = \"yelow\" }\n",
                3,
                "theme.styles.quote.fg",
            ),
            ("[layout]\nlist_width = -3\n", 2, "layout.list_width"),
            ("[theme]\npreset = \"sepia\"\n", 2, "theme.preset"),
        ] {
            let error = Config::parse(text, "c.toml").unwrap_err();
            assert!(
                error.starts_with(&format!("c.toml:{line}: {key}: ")),
                "{text:?}: {error}"
            );
        }
        let error = Config::parse("mouse = \n", "c.toml").unwrap_err();
        assert!(error.starts_with("c.toml:1: "), "{error}");
    }

    #[test]
    fn unknown_keys_are_warnings_with_their_line() {
        let text = "mouse = true\ncolour = \"never\"\n[theme.styles]\nquotes = { fg = \"red\" }\n";
        let (config, warnings) = Config::parse(text, "c.toml").unwrap();
        assert!(config.mouse);
        assert_eq!(
            warnings,
            [
                "c.toml:2: colour: unknown key, ignored",
                "c.toml:4: theme.styles.quotes: unknown key, ignored",
            ]
        );
    }

    #[test]
    fn no_color_is_respected_under_auto_and_overridden_by_always() {
        let set = Some(std::ffi::OsStr::new("1"));
        let empty = Some(std::ffi::OsStr::new(""));
        assert!(!ColorChoice::Auto.use_color(set));
        assert!(ColorChoice::Auto.use_color(empty));
        assert!(ColorChoice::Auto.use_color(None));
        assert!(ColorChoice::Always.use_color(set));
        assert!(!ColorChoice::Never.use_color(None));
        assert_eq!(Config::default().theme(set), Theme::monochrome());
        assert_eq!(Config::default().theme(None), Theme::color());
    }

    #[test]
    fn a_missing_file_is_the_defaults_unless_named() {
        let missing = Path::new("tests/fixtures/no-such-config.toml");
        assert_eq!(Config::load(missing, false).unwrap().0, Config::default());
        let error = Config::load(missing, true).unwrap_err();
        assert!(error.contains("no-such-config.toml"), "{error}");
    }
}
