//! The side panel: a tab bar, then the article's quotes, its actors, or its metadata.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Look, fit, pane_block, select_row};
use crate::corpus::Article;
use crate::extract::attribution::DOUBTFUL;
use crate::extract::{ArticleExtraction, Quote};
use crate::tui::app::{Filter, SidePanel};
use crate::tui::keymap::{Action, Mode};
use crate::tui::layout;
use crate::tui::side::{QuoteEntry, QuoteOrder, Tab, info_lines};
use crate::tui::theme::Theme;

/// What the side panel draws: the shown article, what extraction found in it, and the
/// panel's state.
pub struct SideView<'a> {
    /// The article shown in the reading pane, if any.
    pub article: Option<&'a Article>,
    /// What extraction found in it, once it has.
    pub extraction: Option<&'a ArticleExtraction>,
    /// The tab, the order of quotes, the selection.
    pub panel: &'a SidePanel,
    /// The quotes tab's entries as drawn, each with its first line (empty in other tabs).
    pub quotes: &'a [(usize, QuoteEntry)],
    /// The actors tab's rows (empty in other tabs).
    pub actors: &'a [usize],
    /// For each quote of the article (quotes tab only): how many articles carry its remark,
    /// and whether they disagree on who said it.
    pub remarks: &'a [(usize, bool)],
    /// The quote the reading pane highlights.
    pub current_quote: Option<usize>,
    /// The shown tab's filter, if any.
    pub filter: Option<&'a Filter>,
    /// True while the filter is typed.
    pub typing: bool,
    /// True when the panel has focus.
    pub focused: bool,
}

/// Draws the side panel into `area`: its tab bar in `bar`, its rows in `body`.
pub fn draw(frame: &mut Frame, area: Rect, (bar, body): (Rect, Rect), view: &SideView, look: Look) {
    let (panel, theme) = (view.panel, look.theme);
    let mut block = super::filter_line(
        theme,
        view.filter,
        view.typing,
        pane_block(theme, view.focused, ""),
    );
    if panel.tab == Tab::Quotes {
        // Which order the quotes are in, and the key that changes it.
        let key = look
            .keymap
            .hint(Mode::Normal, Action::QuoteOrder)
            .map_or_else(String::new, |k| format!(" ({k})"));
        let order = format!(" {}{key} ", panel.order.label());
        block = block.title_bottom(Line::from(Span::styled(order, theme.dim)).right_aligned());
    }
    frame.render_widget(block, area);
    let mut tabs = Vec::new();
    for tab in Tab::ALL {
        let style = if tab == panel.tab { theme.tab } else { theme.dim };
        tabs.push(Span::styled(format!(" {} ", tab.title()), style));
    }
    frame.render_widget(Paragraph::new(Line::from(tabs)), bar);
    let (Some(article), Some(extraction)) = (view.article, view.extraction) else {
        return;
    };
    let width = body.width as usize;
    let focused = view.focused;
    let rows = layout::items(body);

    let mut lines = Vec::new();
    match panel.tab {
        Tab::Quotes => {
            let mut all = Vec::new();
            for &(_, entry) in view.quotes {
                match entry {
                    QuoteEntry::Heading { quote, count, .. } => {
                        let name = speaker_label(&extraction.quotes[quote]);
                        all.push(Line::from(fit(
                            &format!("{name} · {count}"),
                            width,
                            theme.speaker,
                        )));
                    }
                    QuoteEntry::Quote { row, quote: q } => {
                        let selected = row == panel.cursor.selected;
                        let current = view.current_quote == Some(q);
                        let remark = view.remarks.get(q).copied().unwrap_or((1, false));
                        let [first, second] = quote_lines(
                            &extraction.quotes[q],
                            article,
                            current,
                            remark,
                            panel.order,
                            width,
                            theme,
                        );
                        all.push(select_row(first, width, selected, focused, theme));
                        all.push(select_row(second, width, selected, focused, theme));
                    }
                }
            }
            lines = all
                .into_iter()
                .skip(panel.cursor.offset)
                .take(body.height as usize)
                .collect();
            if extraction.quotes.is_empty() {
                lines.push(Line::from(Span::styled("no quotes", theme.dim)));
            }
        }
        Tab::Actors => {
            for (i, &a) in view
                .actors
                .iter()
                .enumerate()
                .skip(panel.cursor.offset)
                .take(rows)
            {
                let actor = &extraction.actors.actors[a];
                let quotes = extraction.quotes.iter().filter(|q| q.actor() == Some(a)).count();
                let kind = match actor.kind {
                    crate::extract::actors::ActorKind::Person => "person",
                    crate::extract::actors::ActorKind::Organization => "org",
                };
                let counts = format!(" {}m {}q", actor.mentions, quotes);
                let name_width = width.saturating_sub(counts.chars().count());
                let style = if quotes > 0 { theme.speaker } else { theme.status };
                let first = Line::from(vec![
                    fit(actor.name(), name_width, style),
                    Span::styled(counts, theme.dim),
                ]);
                let role = actor
                    .role()
                    .map_or_else(|| kind.to_string(), |r| format!("{kind} · {r}"));
                let second = Line::from(fit(&format!("  {role}"), width, theme.dim));
                let selected = i == panel.cursor.selected;
                lines.push(select_row(first, width, selected, focused, theme));
                lines.push(select_row(second, width, selected, focused, theme));
            }
            if extraction.actors.actors.is_empty() {
                lines.push(Line::from(Span::styled("no actors", theme.dim)));
            }
        }
        Tab::Info => {
            lines = info_lines(article, width, theme)
                .into_iter()
                .skip(panel.cursor.offset)
                .take(body.height as usize)
                .collect();
        }
    }
    frame.render_widget(Paragraph::new(lines), body);
}

/// Who a quote is by, as its row or heading names them.
fn speaker_label(quote: &Quote) -> String {
    match (&quote.speaker, &quote.speaker_description) {
        (Some(name), _) => name.to_string(),
        (None, Some(description)) => format!("({description})"),
        (None, None) => "(unattributed)".to_string(),
    }
}

/// A quote's two rows: in reading order its speaker (and a headline speaker the body does not
/// confirm) over its words; grouped by speaker, under a heading, its words over two rows (or
/// over that note). The quote the reading pane highlights (`current`) is marked; the speaker's
/// row (in reading order) or the second (by speaker) ends with how many outlets carry its
/// remark, when more than one does, and a warning when they give it to different speakers
/// (`remark`: the count and that flag).
fn quote_lines<'a>(
    quote: &Quote,
    article: &Article,
    current: bool,
    (outlets, conflict): (usize, bool),
    order: QuoteOrder,
    width: usize,
    theme: &Theme,
) -> [Line<'a>; 2] {
    let mut suffix = if outlets > 1 {
        format!(" {outlets} outlets")
    } else {
        String::new()
    };
    if conflict {
        suffix.push_str(&format!(" {}", super::CONFLICT));
    }
    let narrower = width.saturating_sub(suffix.chars().count());
    let (widths, counted) = match order {
        QuoteOrder::Reading => ((narrower, width), 0),
        QuoteOrder::BySpeaker => ((width, narrower), 1),
    };
    let mut rows = quote_rows(quote, article, current, order, widths, theme);
    if !suffix.is_empty() {
        let row = &mut rows[counted];
        let pad = narrower.saturating_sub(row.width());
        row.spans.push(Span::raw(" ".repeat(pad)));
        let style = if conflict { theme.warning } else { theme.dim };
        row.spans
            .push(fit(&suffix, width.saturating_sub(row.width()), style));
    }
    rows
}

/// A quote's two rows without its count of outlets: the first `first_width` columns wide,
/// the second `width`.
fn quote_rows<'a>(
    quote: &Quote,
    article: &Article,
    current: bool,
    order: QuoteOrder,
    (first_width, width): (usize, usize),
    theme: &Theme,
) -> [Line<'a>; 2] {
    let marker = if current {
        format!("{} ", super::CURRENT)
    } else {
        String::new()
    };
    let note = quote
        .body_speaker
        .as_ref()
        .map(|body| format!(" {} {body}", super::BODY_SPEAKER));
    let words = format!("“{}”", quote.words(article));
    match order {
        QuoteOrder::Reading => {
            // A speaker the text leaves in doubt is dimmed and asked: "Name?".
            let (style, label) = match &quote.speaker {
                Some(_) if quote.confidence < DOUBTFUL => (
                    theme.doubtful_speaker,
                    format!("{}{}", speaker_label(quote), super::INFERRED),
                ),
                Some(_) => (theme.speaker, speaker_label(quote)),
                None => (theme.dim, speaker_label(quote)),
            };
            let mut first = Line::from(vec![Span::raw(marker), fit(&label, first_width, style)]);
            if let Some(note) = note {
                let room = first_width.saturating_sub(first.width());
                first.spans.push(fit(&note, room, theme.warning));
            }
            [first, Line::from(fit(&format!("  {words}"), width, theme.quote))]
        }
        QuoteOrder::BySpeaker => {
            // Two columns of indent under the heading; the second row one more, inside the mark.
            let room = first_width.saturating_sub(2 + marker.chars().count());
            let split = crate::tui::reader::wrap(&words, room.max(1))
                .first()
                .map_or(words.len(), |&(_, end)| end);
            let first = Line::from(vec![
                Span::raw(format!("  {marker}")),
                fit(&words[..split], room, theme.quote),
            ]);
            let second = match note {
                Some(note) => fit(&format!("  {}", note.trim_start()), width, theme.warning),
                None => fit(&format!("   {}", words[split..].trim_start()), width, theme.quote),
            };
            [first, Line::from(second)]
        }
    }
}
