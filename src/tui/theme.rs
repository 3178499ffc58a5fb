//! Styles for every part of the screen: the 16-colour default theme on the terminal's own
//! background, light and dark presets, a monochrome one (no colour: selection and focus still
//! show by reverse and bold), and the styles a config gives single elements laid over them.

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// Declares the elements once: the [`Theme`] of their styles, the [`Styles`] a config may
/// give some of them, and the names a config writes them by.
macro_rules! elements {
    ($($(#[doc = $doc:literal])+ $name:ident,)+) => {
        /// The styles the widgets draw with.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Theme {
            $($(#[doc = $doc])+ pub $name: Style,)+
        }

        /// Styles a config gives single elements (`[theme.styles]`), each replacing the
        /// preset's style of that element.
        #[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
        #[serde(default)]
        pub struct Styles {
            $($(#[doc = $doc])+ pub $name: Option<StyleSpec>,)+
        }

        impl Theme {
            /// Every element's name, as `[theme.styles]` writes it.
            pub const ELEMENTS: &[&str] = &[$(stringify!($name)),+];

            /// Lays `styles` over this theme; without colour only their modifiers count.
            pub fn with_styles(mut self, styles: &Styles, color: bool) -> Self {
                $(if let Some(spec) = &styles.$name {
                    self.$name = spec.style(color);
                })+
                self
            }
        }
    };
}

elements! {
    /// Border of the focused pane.
    focus_border,
    /// Border of the other panes.
    border,
    /// The selected row of the focused list.
    selected,
    /// The selected row of a list that is not focused.
    selected_unfocused,
    /// Secondary text: dates, outlets, counts.
    dim,
    /// The unread marker.
    unread,
    /// The headline in the reading pane.
    title,
    /// The sub-title.
    subtitle,
    /// Byline, date, outlet and dateline.
    meta,
    /// Cross-heads.
    heading,
    /// Photo captions.
    caption,
    /// Sidebar headings.
    sidebar_heading,
    /// The status line.
    status,
    /// A warning in the status line.
    warning,
    /// Key names in the help overlay and hints.
    key,
    /// Quoted words in the reading pane.
    quote,
    /// The quote the reader jumped to.
    current_quote,
    /// Names of quoted speakers, in the reading pane and the quote list.
    speaker,
    /// A speaker the text leaves in doubt, in the quote list (below
    /// [`crate::extract::attribution::DOUBTFUL`]; a `?` follows the name).
    doubtful_speaker,
    /// The active tab's title.
    tab,
    /// Chars a search matched, in the prompt's results.
    matched,
    /// Text a search found, in the reading pane.
    found,
    /// Words only the left version of a comparison has (struck through: not by colour alone).
    deleted,
    /// Words only the right version has (bold and underlined: not by colour alone).
    inserted,
}

impl Theme {
    /// The default theme: the 16 ANSI colours, no background of its own.
    pub fn color() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Self {
            focus_border: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            dim: Style::new().fg(Color::DarkGray),
            unread: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            title: bold.fg(Color::Yellow),
            subtitle: Style::new().add_modifier(Modifier::ITALIC),
            meta: Style::new().fg(Color::DarkGray),
            heading: bold.fg(Color::Blue),
            caption: Style::new().fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
            sidebar_heading: bold.fg(Color::Magenta),
            status: Style::new(),
            warning: Style::new().fg(Color::Yellow),
            key: bold.fg(Color::Cyan),
            quote: Style::new().fg(Color::Green),
            current_quote: Style::new().fg(Color::Green).add_modifier(Modifier::REVERSED),
            speaker: bold.fg(Color::Magenta),
            doubtful_speaker: Style::new().fg(Color::DarkGray),
            tab: bold.fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            matched: bold.fg(Color::Yellow),
            found: Style::new().fg(Color::Yellow).add_modifier(Modifier::REVERSED),
            deleted: Style::new().fg(Color::Red).add_modifier(Modifier::CROSSED_OUT),
            inserted: bold.fg(Color::Green).add_modifier(Modifier::UNDERLINED),
        }
    }

    /// No colour at all, for NO_COLOR: selection and focus by reverse and bold.
    pub fn monochrome() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Self {
            focus_border: bold,
            border: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            dim: Style::new(),
            unread: bold,
            title: bold,
            subtitle: Style::new().add_modifier(Modifier::ITALIC),
            meta: Style::new(),
            heading: bold.add_modifier(Modifier::UNDERLINED),
            caption: Style::new().add_modifier(Modifier::ITALIC),
            sidebar_heading: bold.add_modifier(Modifier::UNDERLINED),
            status: Style::new(),
            warning: bold,
            key: bold,
            quote: Style::new().add_modifier(Modifier::ITALIC),
            current_quote: Style::new().add_modifier(Modifier::REVERSED | Modifier::ITALIC),
            speaker: bold,
            doubtful_speaker: Style::new().add_modifier(Modifier::DIM),
            tab: bold.add_modifier(Modifier::UNDERLINED),
            matched: bold.add_modifier(Modifier::UNDERLINED),
            found: Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            deleted: Style::new().add_modifier(Modifier::CROSSED_OUT),
            inserted: bold.add_modifier(Modifier::UNDERLINED),
        }
    }

    /// For a light background: no yellow or light colours, which wash out on white.
    pub fn light() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Self {
            focus_border: bold.fg(Color::Blue),
            unread: bold.fg(Color::Blue),
            title: bold.fg(Color::Black),
            warning: bold.fg(Color::Red),
            key: bold.fg(Color::Blue),
            quote: Style::new().fg(Color::Blue),
            current_quote: Style::new().fg(Color::Blue).add_modifier(Modifier::REVERSED),
            tab: bold.fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
            matched: bold.fg(Color::Magenta).add_modifier(Modifier::UNDERLINED),
            found: Style::new().fg(Color::Magenta).add_modifier(Modifier::REVERSED),
            ..Self::color()
        }
    }

    /// For a dark background: the bright colours, grey rather than dark grey for what is dim.
    pub fn dark() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Self {
            focus_border: bold.fg(Color::LightCyan),
            border: Style::new().fg(Color::Gray),
            dim: Style::new().fg(Color::Gray),
            unread: bold.fg(Color::LightCyan),
            title: bold.fg(Color::LightYellow),
            meta: Style::new().fg(Color::Gray),
            heading: bold.fg(Color::LightBlue),
            caption: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            sidebar_heading: bold.fg(Color::LightMagenta),
            warning: Style::new().fg(Color::LightYellow),
            key: bold.fg(Color::LightCyan),
            quote: Style::new().fg(Color::LightGreen),
            current_quote: Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::REVERSED),
            speaker: bold.fg(Color::LightMagenta),
            doubtful_speaker: Style::new().fg(Color::Gray),
            tab: bold.fg(Color::LightCyan).add_modifier(Modifier::UNDERLINED),
            matched: bold.fg(Color::LightYellow),
            found: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::REVERSED),
            deleted: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::CROSSED_OUT),
            inserted: bold.fg(Color::LightGreen).add_modifier(Modifier::UNDERLINED),
            ..Self::color()
        }
    }

    /// The theme a config asks for: `preset` with `styles` laid over it, or, without colour,
    /// the monochrome theme with only the styles' modifiers.
    pub fn configured(preset: Preset, styles: &Styles, color: bool) -> Self {
        let base = match (color, preset) {
            (false, _) => Self::monochrome(),
            (true, Preset::Default) => Self::color(),
            (true, Preset::Light) => Self::light(),
            (true, Preset::Dark) => Self::dark(),
        };
        base.with_styles(styles, color)
    }
}

/// The themes a config can start from (`[theme] preset`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    /// The 16 colours on the terminal's own background.
    #[default]
    Default,
    /// For a light background.
    Light,
    /// For a dark background.
    Dark,
}

/// One element's style as a config writes it: `{ fg = "yellow", modifiers = ["bold"] }`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct StyleSpec {
    /// The text's colour; none: the terminal's.
    pub fg: Option<Colour>,
    /// The background; none: the terminal's.
    pub bg: Option<Colour>,
    /// Bold, italic, …
    pub modifiers: Vec<ModifierName>,
}

impl StyleSpec {
    /// The style drawn; without colour, only the modifiers.
    pub fn style(&self, color: bool) -> Style {
        let mut style = Style::new();
        for m in &self.modifiers {
            style = style.add_modifier(m.modifier());
        }
        if color {
            if let Some(Colour(fg)) = self.fg {
                style = style.fg(fg);
            }
            if let Some(Colour(bg)) = self.bg {
                style = style.bg(bg);
            }
        }
        style
    }
}

/// A colour as a config writes it: one of the 16 names (`yellow`, `lightblue`, `darkgray`),
/// `reset` (the terminal's), a number from 0 to 255, or `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour(pub Color);

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse::<Color>().map(Colour).map_err(|_| {
            serde::de::Error::custom(format!(
                "unknown colour `{text}`: a colour is black, red, green, yellow, blue, magenta, \
                 cyan, gray, darkgray, lightred, lightgreen, lightyellow, lightblue, \
                 lightmagenta, lightcyan, white, reset, a number 0-255 or #rrggbb"
            ))
        })
    }
}

/// A text attribute a style can add.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModifierName {
    /// Bold.
    Bold,
    /// Dim (faint).
    Dim,
    /// Italic.
    Italic,
    /// Underlined.
    Underlined,
    /// Reverse video.
    Reversed,
    /// Struck through.
    CrossedOut,
}

impl ModifierName {
    /// The terminal attribute.
    fn modifier(self) -> Modifier {
        match self {
            Self::Bold => Modifier::BOLD,
            Self::Dim => Modifier::DIM,
            Self::Italic => Modifier::ITALIC,
            Self::Underlined => Modifier::UNDERLINED,
            Self::Reversed => Modifier::REVERSED,
            Self::CrossedOut => Modifier::CROSSED_OUT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_uses_no_colour_and_still_marks_selection_and_focus() {
        let t = Theme::monochrome();
        let styles = [
            t.focus_border,
            t.border,
            t.selected,
            t.selected_unfocused,
            t.dim,
            t.unread,
            t.title,
            t.subtitle,
            t.meta,
            t.heading,
            t.caption,
            t.sidebar_heading,
            t.status,
            t.warning,
            t.key,
            t.matched,
            t.found,
            t.deleted,
            t.inserted,
        ];
        for s in styles {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(t.focus_border.add_modifier.contains(Modifier::BOLD));
        assert_ne!(t.focus_border, t.border);
        assert_ne!(t.deleted.add_modifier, t.inserted.add_modifier);
    }

    #[test]
    fn differences_are_marked_by_more_than_colour() {
        for t in [Theme::color(), Theme::light(), Theme::dark(), Theme::monochrome()] {
            assert!(t.deleted.add_modifier.contains(Modifier::CROSSED_OUT));
            assert!(
                t.inserted
                    .add_modifier
                    .contains(Modifier::UNDERLINED | Modifier::BOLD)
            );
        }
    }

    #[test]
    fn presets_differ_and_styles_replace_an_element() {
        assert_ne!(Theme::light(), Theme::color());
        assert_ne!(Theme::dark(), Theme::color());
        let styles = Styles {
            quote: Some(StyleSpec {
                fg: Some(Colour(Color::Yellow)),
                bg: None,
                modifiers: vec![ModifierName::Bold],
            }),
            ..Styles::default()
        };
        let t = Theme::configured(Preset::Dark, &styles, true);
        assert_eq!(
            t.quote,
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
        );
        assert_eq!(t.title, Theme::dark().title);
        // Without colour the monochrome theme, and only the style's modifiers.
        let t = Theme::configured(Preset::Light, &styles, false);
        assert_eq!(t.quote, Style::new().add_modifier(Modifier::BOLD));
        assert_eq!(t.title, Theme::monochrome().title);
        assert!(Theme::ELEMENTS.contains(&"current_quote"));
    }

    #[test]
    fn colour_theme_keeps_the_terminal_background() {
        let t = Theme::color();
        for t in [t, Theme::light(), Theme::dark()] {
            for s in [t.title, t.heading, t.meta, t.selected, t.status] {
                assert_eq!(s.bg, None);
            }
        }
    }
}
