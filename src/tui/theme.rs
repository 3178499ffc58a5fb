//! Styles for every part of the screen: a 16-colour theme on the terminal's own background,
//! and a monochrome one (NO_COLOR) where selection and focus still show by reverse and bold.

use ratatui::style::{Color, Modifier, Style};

/// The styles the widgets draw with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Border of the focused pane.
    pub focus_border: Style,
    /// Border of the other panes.
    pub border: Style,
    /// The selected row of the focused list.
    pub selected: Style,
    /// The selected row of a list that is not focused.
    pub selected_unfocused: Style,
    /// Secondary text: dates, outlets, counts.
    pub dim: Style,
    /// The unread marker.
    pub unread: Style,
    /// The headline in the reading pane.
    pub title: Style,
    /// The sub-title.
    pub subtitle: Style,
    /// Byline, date, outlet and dateline.
    pub meta: Style,
    /// Cross-heads.
    pub heading: Style,
    /// Photo captions.
    pub caption: Style,
    /// Sidebar headings.
    pub sidebar_heading: Style,
    /// The status line.
    pub status: Style,
    /// A warning in the status line.
    pub warning: Style,
    /// Key names in the help overlay and hints.
    pub key: Style,
    /// Quoted words in the reading pane.
    pub quote: Style,
    /// The quote the reader jumped to.
    pub current_quote: Style,
    /// Names of quoted speakers, in the reading pane and the quote list.
    pub speaker: Style,
    /// The active tab's title.
    pub tab: Style,
    /// Chars a search matched, in the prompt's results.
    pub matched: Style,
    /// Text a search found, in the reading pane.
    pub found: Style,
    /// Words only the left version of a comparison has (struck through: not by colour alone).
    pub deleted: Style,
    /// Words only the right version has (bold and underlined: not by colour alone).
    pub inserted: Style,
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
            tab: bold.add_modifier(Modifier::UNDERLINED),
            matched: bold.add_modifier(Modifier::UNDERLINED),
            found: Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            deleted: Style::new().add_modifier(Modifier::CROSSED_OUT),
            inserted: bold.add_modifier(Modifier::UNDERLINED),
        }
    }

    /// The theme the environment asks for: monochrome when `NO_COLOR` is set and not empty.
    pub fn from_env() -> Self {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Self::monochrome(),
            _ => Self::color(),
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
        for t in [Theme::color(), Theme::monochrome()] {
            assert!(t.deleted.add_modifier.contains(Modifier::CROSSED_OUT));
            assert!(
                t.inserted
                    .add_modifier
                    .contains(Modifier::UNDERLINED | Modifier::BOLD)
            );
        }
    }

    #[test]
    fn colour_theme_keeps_the_terminal_background() {
        let t = Theme::color();
        for s in [t.title, t.heading, t.meta, t.selected, t.status] {
            assert_eq!(s.bg, None);
        }
    }
}
