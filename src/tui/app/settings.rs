//! What the config changes in a running reader: the wrap width and the pane widths.

use super::App;
use crate::tui::config::Config;

impl App {
    /// Applies `config`'s wrap width and pane widths, laying the screen out again.
    pub fn configure(&mut self, config: &Config) {
        self.max_width = config.wrap_width;
        self.sizes = config.layout;
        self.relayout();
        self.dirty = true;
    }
}
