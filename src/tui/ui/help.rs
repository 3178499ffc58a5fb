//! The help overlay: every mode's actions and their keys, a section a mode, generated from
//! the keymap so it never goes stale; then what the marks on screen mean and the query syntax.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::Look;
use crate::tui::keymap::{Action, Keymap, Mode};

/// What each mark drawn on screen means.
const MARKS: [(&str, &str); 12] = [
    (super::UNREAD, "article not opened yet (or marked unread)"),
    (super::STAR, "article starred"),
    ("20q", "quotes in an article; 3m 2q in actors: mentions, quotes"),
    (
        super::INFERRED,
        "after an outlet: guessed from the text; a speaker: in doubt",
    ),
    (
        super::BODY_SPEAKER,
        "the headline names another speaker than the body",
    ),
    (super::CURRENT, "the quote the reading pane shows highlighted"),
    (
        "4 outlets",
        "a quote's remark is in 4 articles (r lists every wording)",
    ),
    (
        super::CONFLICT,
        "after outlets: they give the remark to different speakers",
    ),
    ("Name · 4", "by speaker (o): a speaker and how many quotes follow"),
    ("◂ ▸", "on the reader's border: a pane hidden beside it"),
    ("Top 40% Bot", "where the reading pane is in the article"),
    (
        super::compare::MOVED,
        "compared (c): told elsewhere in one version, or told twice",
    ),
];

/// The search query's syntax, as fzf's extended syntax plus qualifiers.
const SYNTAX: [(&str, &str); 8] = [
    ("a b", "every term matches (fuzzy), in any order"),
    ("'word", "matches exactly"),
    ("^word", "a field begins with it"),
    ("word$", "a field ends with it"),
    ("!word", "does not match"),
    ("by:name", "quotes of a speaker, by any of their names"),
    ("in:outlet", "an outlet: part of its name, its initials, its file"),
    ("is:kind", "quote, actor, article or text (a prefix will do)"),
];

/// Lines of the overlay: one per action of the normal mode, then, each after a blank and a
/// heading, one per action of each other mode, per mark and per piece of query syntax.
pub fn lines() -> usize {
    let actions: usize = Mode::ALL.iter().map(|m| m.actions().len()).sum();
    actions + 2 * (Mode::ALL.len() - 1) + 2 + MARKS.len() + 2 + SYNTAX.len()
}

/// The heading over a mode's keys, and a note beside it (the normal mode's keys come first,
/// under none).
fn section(mode: Mode) -> (&'static str, &'static str) {
    match mode {
        Mode::Normal => ("", ""),
        Mode::Prompt => ("search prompt", "(other keys type into the query)"),
        Mode::Filter => ("filter (f)", "(other keys type into it)"),
        Mode::Pick => ("article to compare with (c)", "(other keys type into it)"),
        Mode::Compare => ("two articles side by side", "(after c)"),
        Mode::Story => ("the story across outlets", "(s)"),
        Mode::Actor => ("quotes across the story", "(enter on an actor, r on a quote)"),
        Mode::Export => ("export the quotes (e)", "(other keys type the file's name)"),
        Mode::Help => ("this help", ""),
        Mode::Notice => ("problems listed", "(a bad keymap)"),
    }
}

/// Each action's keys in `mode` as the overlay writes them.
fn keys(keymap: &Keymap, mode: Mode, action: Action) -> String {
    keymap
        .keys_in(mode, action)
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The overlay's rows: (left column, explanation); a heading has its title on the left.
fn entries(keymap: &Keymap) -> Vec<(String, &'static str)> {
    let heading = |title: &str, note: &'static str| [(String::new(), ""), (title.to_string(), note)];
    let pairs = |rows: &'static [(&'static str, &'static str)]| rows.iter().map(|&(k, d)| (k.to_string(), d));
    Mode::ALL
        .into_iter()
        .flat_map(|mode| {
            let (title, note) = section(mode);
            let above = match mode {
                Mode::Normal => Vec::new(),
                _ => heading(title, note).to_vec(),
            };
            let actions = mode.actions().iter();
            above
                .into_iter()
                .chain(actions.map(move |&a| (keys(keymap, mode, a), a.description_in(mode))))
        })
        .chain(heading("on screen", ""))
        .chain(pairs(&MARKS))
        .chain(heading("query", "(its terms also filter lists: f)"))
        .chain(pairs(&SYNTAX))
        .collect()
}

/// Draws the overlay into `area`, scrolled by `offset` lines.
pub fn draw(frame: &mut Frame, area: Rect, offset: usize, look: Look) {
    let theme = look.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.focus_border)
        .title(" Keys ")
        .title_bottom(super::key_hints(
            look.keymap,
            Mode::Help,
            &[(Action::Back, "close")],
        ));
    let entries = entries(look.keymap);
    // Each section (between blank rows) right-aligns its left column on its own widest.
    let mut lines: Vec<Line> = Vec::with_capacity(entries.len());
    for (i, section) in entries.split(|(k, d)| k.is_empty() && d.is_empty()).enumerate() {
        if i > 0 {
            lines.push(Line::default());
        }
        let column = section.iter().map(|(k, _)| k.width()).max().unwrap_or(0).min(26);
        lines.extend(section.iter().map(|(keys, description)| {
            Line::from(vec![
                Span::styled(format!(" {keys:>column$}  "), theme.key),
                Span::raw(*description),
            ])
        }));
    }
    let lines: Vec<Line> = lines.into_iter().skip(offset).collect();
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_count_is_the_rows_drawn() {
        assert_eq!(entries(&Keymap::default_keymap()).len(), lines());
    }
}
