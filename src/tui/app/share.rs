//! Sharing from the reader: `y` copies the chosen quote as a citation, `Y` the article's
//! address, `O` opens the address, `e` writes the quotes tab (as filtered) to a file. The
//! clipboard and the opener are outside the app's state, so it asks for them as
//! [`Effect`]s that the loop owning the terminal carries out; the export file is written here.

use std::path::{Path, PathBuf};

use ratatui::crossterm::event::KeyEvent;

use super::{App, Layer};
use crate::export::{self, Cited, Format};
use crate::tui::keymap::{Action, Mode, edit};
use crate::tui::layout::Pane;
use crate::tui::side::Tab;

/// Something the reader asks of the world outside its state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the terminal's clipboard.
    Copy(String),
    /// Open this address in a browser.
    Open(String),
}

/// The export prompt: the file the quotes go to, as typed, and the format chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportPrompt {
    /// The file's path as typed (`~/` is the home folder).
    pub input: String,
    /// The format, when the name's extension does not say one.
    pub format: Format,
    /// How many quotes go to the file.
    pub count: usize,
}

impl App {
    /// The effects asked for since the last call, oldest first.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// The quote a key about "the quote" acts on: the quotes tab's selection when it has the
    /// focus; else the quote the reading pane highlights; else the quotes tab's selection
    /// when it shows.
    pub(super) fn chosen_quote(&self) -> Option<usize> {
        let selected = || self.quote_rows().get(self.side.cursor.selected).copied();
        let in_tab = self.focus == Pane::Side && self.side.tab == Tab::Quotes;
        if in_tab {
            return selected();
        }
        self.view().current_quote.or_else(|| {
            (self.panes.side.is_some() && self.side.tab == Tab::Quotes)
                .then(selected)
                .flatten()
        })
    }

    /// Quote `quote` of the selected article with its article, for a citation or a row.
    fn cited(&self, quote: usize) -> Option<Cited<'_>> {
        let article = self.library.corpus.articles.get(self.selected())?;
        let quote = self.extraction()?.quotes.get(quote)?;
        Some(Cited { quote, article })
    }

    /// The shown article's address, if it has one.
    fn url(&self) -> Option<String> {
        let article = self.library.corpus.articles.get(self.selected())?;
        article.url.clone().filter(|u| !u.trim().is_empty())
    }

    /// `y`: the chosen quote as a citation to the clipboard.
    pub(super) fn copy_quote(&mut self) {
        let Some(citation) = self
            .chosen_quote()
            .and_then(|q| self.cited(q))
            .map(|c| c.citation())
        else {
            let key = self
                .keymap
                .hint(Mode::Normal, Action::CopyQuote)
                .unwrap_or_default();
            return self.warn(format!("{key} copies a quote: select a quote first"));
        };
        self.say(format!("copied {citation}"));
        self.effects.push(Effect::Copy(citation));
    }

    /// `Y`: the shown article's address to the clipboard.
    pub(super) fn copy_url(&mut self) {
        match self.url() {
            Some(url) => {
                self.say(format!("copied {url}"));
                self.effects.push(Effect::Copy(url));
            }
            None => self.warn("this article has no URL to copy"),
        }
    }

    /// `O`: the shown article's address in a browser.
    pub(super) fn open_url(&mut self) {
        match self.url() {
            Some(url) => {
                self.say(format!("opening {url}"));
                self.effects.push(Effect::Open(url));
            }
            None => self.warn("this article has no URL to open"),
        }
    }

    /// The file the export prompt proposes: `<story>-<article>-quotes.md` in the current
    /// folder, the story's part only when a story file names it.
    fn export_name(&self) -> String {
        let label = self.library.corpus.label(self.selected());
        let title = match self.library.title() {
            Some(title) => format!("{title} {label}"),
            None => label.to_string(),
        };
        format!("{}-quotes.{}", export::slug(&title), Format::Markdown.extension())
    }

    /// `e`: asks where to write the quotes tab's quotes (as its filter leaves them).
    pub(super) fn open_export(&mut self) {
        let count = self.quote_rows().len();
        if count == 0 {
            return self.warn("no quotes to export in this article (or its quotes filter)");
        }
        self.layers.push(Layer::Export(ExportPrompt {
            input: self.export_name(),
            format: Format::Markdown,
            count,
        }));
    }

    /// The export prompt, while it is open.
    pub fn export_prompt(&self) -> Option<&ExportPrompt> {
        match self.layers.last() {
            Some(Layer::Export(prompt)) => Some(prompt),
            _ => None,
        }
    }

    /// A key in the export prompt: edit the name, switch the format (the name's extension
    /// follows), write the file (Enter) or cancel (Esc).
    pub(super) fn export_key(&mut self, action: Option<Action>, key: KeyEvent) {
        let Some(Layer::Export(prompt)) = self.layers.last_mut() else {
            return;
        };
        if edit(&mut prompt.input, action, key) {
            return;
        }
        match action {
            Some(Action::NextTab) => {
                let format = Format::of_path(Path::new(&prompt.input)).unwrap_or(prompt.format);
                prompt.format = format.next();
                prompt.input = with_extension(&prompt.input, prompt.format);
            }
            Some(Action::Back) => _ = self.layers.pop(),
            Some(Action::Open) => {
                let prompt = prompt.clone();
                self.layers.pop();
                self.export(&prompt);
            }
            _ => {}
        }
    }

    /// Writes the quotes tab's quotes to the prompt's file, never over one already there,
    /// and says where they went.
    fn export(&mut self, prompt: &ExportPrompt) {
        let typed = prompt.input.trim();
        if typed.is_empty() {
            return self.warn("export cancelled: no file name");
        }
        let path = expand_home(typed);
        let format = Format::of_path(&path).unwrap_or(prompt.format);
        let rows = self.quote_rows();
        let quotes: Vec<Cited> = rows.iter().filter_map(|&q| self.cited(q)).collect();
        let mut bytes = Vec::new();
        let written =
            export::write(&mut bytes, format, &quotes).and_then(|()| export::write_new(&path, &bytes));
        let count = quotes.len();
        match written {
            Ok(at) if at == path => self.say(format!(
                "wrote {count} quotes ({}) to {}",
                format.name(),
                at.display()
            )),
            Ok(at) => self.say(format!(
                "wrote {count} quotes ({}) to {} ({} is there already)",
                format.name(),
                at.display(),
                path.display()
            )),
            Err(e) => self.warn(format!("could not export to {}: {e}", path.display())),
        }
    }
}

/// `input` with its extension made `format`'s: a known one replaced, else one added.
fn with_extension(input: &str, format: Format) -> String {
    let path = Path::new(input);
    let stem = match Format::of_path(path) {
        Some(_) => input.strip_suffix(&format!(
            ".{}",
            path.extension().unwrap_or_default().to_string_lossy()
        )),
        None => None,
    };
    format!("{}.{}", stem.unwrap_or(input), format.extension())
}

/// `~/rest` as the home folder's `rest`; any other path as typed.
fn expand_home(typed: &str) -> PathBuf {
    match (typed.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(typed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_the_format_changes_a_known_extension_or_adds_one() {
        assert_eq!(with_extension("q.md", Format::Csv), "q.csv");
        assert_eq!(with_extension("dir/q.x.CSV", Format::Json), "dir/q.x.jsonl");
        assert_eq!(with_extension("notes.txt", Format::Markdown), "notes.txt.md");
        assert_eq!(with_extension("", Format::Csv), ".csv");
    }

    #[test]
    fn a_tilde_means_the_home_folder() {
        assert_eq!(expand_home("q.md"), PathBuf::from("q.md"));
        assert_eq!(expand_home("/tmp/~/q.md"), PathBuf::from("/tmp/~/q.md"));
        if let Some(dirs) = directories::BaseDirs::new() {
            assert_eq!(expand_home("~/q.md"), dirs.home_dir().join("q.md"));
        }
    }
}
