//! Modes as data: a stack of layers over the normal mode (the prompt, a filter being typed,
//! the article picker, the comparison, the story view, the actor view, the export prompt, help, a notice), each holding its own state. The top one names the keymap
//! section a key resolves in and the handler that runs it; closing a layer uncovers the one
//! below, exactly as it was.

use super::story::StoryView;
use super::{ActorView, App, CompareView, ExportPrompt, Notice, Picker, Prompt};
use crate::tui::app::List;
use crate::tui::app::search::Scope;
use crate::tui::keymap::{Action, Mode};
use crate::tui::layout::Pane;

/// A mode over the normal one, with its state.
#[derive(Debug, Clone)]
pub enum Layer {
    /// The search prompt: over the story, or find in the article (boxed: it is the largest).
    Prompt(Box<Prompt>),
    /// A list's filter, while it is typed.
    Filter(List),
    /// The article to compare the shown one with, being picked.
    Pick(Picker),
    /// Two articles side by side (boxed: it holds the comparison).
    Compare(Box<CompareView>),
    /// The story across outlets (boxed: it holds the grid's tables).
    Story(Box<StoryView>),
    /// One actor's quotes across the story.
    Actor(ActorView),
    /// The file the quotes tab is exported to, being typed.
    Export(ExportPrompt),
    /// The help overlay, scrolled by so many lines.
    Help(usize),
    /// Problems to read before going on (a bad keymap).
    Notice(Notice),
}

impl Layer {
    /// The keymap section its keys resolve in.
    pub fn mode(&self) -> Mode {
        match self {
            Layer::Prompt(_) => Mode::Prompt,
            Layer::Filter(_) => Mode::Filter,
            Layer::Pick(_) => Mode::Pick,
            Layer::Compare(_) => Mode::Compare,
            Layer::Story(_) => Mode::Story,
            Layer::Actor(_) => Mode::Actor,
            Layer::Export(_) => Mode::Export,
            Layer::Help(_) => Mode::Help,
            Layer::Notice(_) => Mode::Notice,
        }
    }

    /// True when it is drawn over the panes, which then show no focus (a find in the article
    /// and a filter are typed in the status line and the list's border).
    pub fn covers(&self) -> bool {
        match self {
            Layer::Prompt(prompt) => prompt.scope == Scope::Story,
            Layer::Filter(_) | Layer::Export(_) => false,
            Layer::Pick(_) | Layer::Compare(_) | Layer::Story(_) => true,
            Layer::Actor(_) | Layer::Help(_) | Layer::Notice(_) => true,
        }
    }
}

/// The prompt among `layers`, if open: borrows the layers alone, so the rest of the app can
/// change meanwhile.
pub(super) fn prompt_in(layers: &mut [Layer]) -> Option<&mut Prompt> {
    layers.iter_mut().rev().find_map(|layer| match layer {
        Layer::Prompt(prompt) => Some(&mut **prompt),
        _ => None,
    })
}

impl App {
    /// The mode that takes the keys: the top layer's, or normal.
    pub fn mode(&self) -> Mode {
        self.layers.last().map_or(Mode::Normal, Layer::mode)
    }

    /// The layers over the normal mode, bottom first.
    pub fn layers(&self) -> &[Layer] {
        &self.layers
    }

    /// The search prompt, while it is open.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.layers.iter().rev().find_map(|layer| match layer {
            Layer::Prompt(prompt) => Some(&**prompt),
            _ => None,
        })
    }

    /// The search prompt to change, while it is open.
    pub(super) fn prompt_mut(&mut self) -> Option<&mut Prompt> {
        prompt_in(&mut self.layers)
    }

    /// Closes the search prompt, and gives it back.
    pub(super) fn take_prompt(&mut self) -> Option<Prompt> {
        let at = self.layers.iter().rposition(|l| matches!(l, Layer::Prompt(_)))?;
        match self.layers.remove(at) {
            Layer::Prompt(prompt) => Some(*prompt),
            _ => None,
        }
    }

    /// The actor view, while it is open.
    pub fn actor_view(&self) -> Option<&ActorView> {
        self.layers.iter().rev().find_map(|layer| match layer {
            Layer::Actor(view) => Some(view),
            _ => None,
        })
    }

    /// The help overlay's scroll offset, while it is open.
    pub fn help(&self) -> Option<usize> {
        self.layers.iter().rev().find_map(|layer| match layer {
            Layer::Help(offset) => Some(*offset),
            _ => None,
        })
    }

    /// The problems shown until dismissed, while they are.
    pub fn notice(&self) -> Option<&Notice> {
        self.layers.iter().rev().find_map(|layer| match layer {
            Layer::Notice(notice) => Some(notice),
            _ => None,
        })
    }

    /// Keys in the actor view: move, open help, go to a quote, close.
    pub(super) fn actor_key(&mut self, action: Action) {
        let visible = self.actor_view_capacity();
        let Some(Layer::Actor(view)) = self.layers.last_mut() else {
            return;
        };
        let (len, page) = (view.quotes.len(), visible);
        let by = match action.step(page) {
            Some(by) => by,
            None => match action {
                Action::Help => return self.layers.push(Layer::Help(0)),
                Action::Back => {
                    self.layers.pop();
                    return;
                }
                Action::Open => {
                    if let Some(&(article, quote)) = view.quotes.get(view.cursor.selected) {
                        self.layers.pop();
                        self.close_story(); // opened from the story view: the text is below both
                        self.select_article(article);
                        self.go_to_quote(quote);
                        self.set_focus(Pane::Reader);
                    }
                    return;
                }
                _ => return,
            },
        };
        view.cursor.step(by, len, visible);
    }

    /// Keys in the help overlay: scroll, close.
    pub(super) fn help_key(&mut self, action: Action) {
        let height = self.help_height();
        let max = self.help_lines().saturating_sub(height);
        let Some(Layer::Help(offset)) = self.layers.last_mut() else {
            return;
        };
        *offset = match action {
            Action::Down => (*offset + 1).min(max),
            Action::Up => offset.saturating_sub(1),
            Action::PageDown => (*offset + height).min(max),
            Action::PageUp => offset.saturating_sub(height),
            Action::Top => 0,
            Action::Bottom => max,
            Action::Back => {
                self.layers.pop();
                return;
            }
            _ => *offset,
        };
    }

    /// Keys over a notice: scroll by problem, close.
    pub(super) fn notice_key(&mut self, action: Action) {
        let Some(Layer::Notice(notice)) = self.layers.last_mut() else {
            return;
        };
        let last = notice.problems.len().saturating_sub(1);
        notice.offset = match action {
            Action::Down => (notice.offset + 1).min(last),
            Action::Up => notice.offset.saturating_sub(1),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Back => {
                self.layers.pop();
                return;
            }
            _ => notice.offset,
        };
    }
}
