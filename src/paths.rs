//! Where parallax keeps its files: config, state and cache folders.
//!
//! `PARALLAX_HOME` puts all three under one folder (tests, portable use). Otherwise the XDG
//! variables and their defaults (`~/.config`, `~/.local/state`, `~/.cache`) are used on every
//! Unix, macOS included, as terminal users expect; Windows uses its known folders.

use std::path::{Path, PathBuf};

/// The folders parallax reads and writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Holds `config.toml` and `keymap.toml`.
    pub config_dir: PathBuf,
    /// Holds what parallax remembers between runs.
    pub state_dir: PathBuf,
    /// Holds data that can be rebuilt.
    pub cache_dir: PathBuf,
}

impl Paths {
    /// The folders for this environment.
    pub fn from_env() -> Self {
        Self::resolve(|name| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
    }

    /// The folders under `home` when given (`--home`), else as the environment says.
    pub fn with_home(home: Option<PathBuf>) -> Self {
        match home {
            Some(home) => Self::under(&home),
            None => Self::from_env(),
        }
    }

    /// The folders given a way to read environment variables (a pure function, for tests).
    pub fn resolve(var: impl Fn(&str) -> Option<PathBuf>) -> Self {
        if let Some(home) = var("PARALLAX_HOME") {
            return Self::under(&home);
        }
        let base = directories::BaseDirs::new();
        let home = var("HOME")
            .or_else(|| base.as_ref().map(|b| b.home_dir().to_path_buf()))
            .unwrap_or_else(|| PathBuf::from("."));
        if cfg!(windows) {
            if let Some(dirs) = directories::ProjectDirs::from("", "", "parallax") {
                return Self {
                    config_dir: dirs.config_dir().to_path_buf(),
                    state_dir: dirs.data_local_dir().join("state"),
                    cache_dir: dirs.cache_dir().to_path_buf(),
                };
            }
            return Self::under(&home.join("parallax"));
        }
        let xdg =
            |name: &str, default: &str| var(name).unwrap_or_else(|| home.join(default)).join("parallax");
        Self {
            config_dir: xdg("XDG_CONFIG_HOME", ".config"),
            state_dir: xdg("XDG_STATE_HOME", ".local/state"),
            cache_dir: xdg("XDG_CACHE_HOME", ".cache"),
        }
    }

    fn under(home: &Path) -> Self {
        Self {
            config_dir: home.join("config"),
            state_dir: home.join("state"),
            cache_dir: home.join("cache"),
        }
    }

    /// The user's config, when `--config` names no other.
    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.toml")
    }

    /// The user's keymap, laid over the default one.
    pub fn keymap_file(&self) -> PathBuf {
        self.config_dir.join("keymap.toml")
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<PathBuf> + use<> {
        let pairs: Vec<(String, PathBuf)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), PathBuf::from(v)))
            .collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn parallax_home_overrides_everything() {
        let p = Paths::resolve(env(&[("PARALLAX_HOME", "/tmp/px"), ("XDG_CONFIG_HOME", "/x")]));
        assert_eq!(p.config_dir, PathBuf::from("/tmp/px/config"));
        assert_eq!(p.state_dir, PathBuf::from("/tmp/px/state"));
        assert_eq!(p.cache_dir, PathBuf::from("/tmp/px/cache"));
        assert_eq!(p.keymap_file(), PathBuf::from("/tmp/px/config/keymap.toml"));
        assert_eq!(p.config_file(), PathBuf::from("/tmp/px/config/config.toml"));
    }

    #[test]
    fn xdg_variables_and_their_defaults() {
        let p = Paths::resolve(env(&[("HOME", "/home/ann"), ("XDG_STATE_HOME", "/var/st")]));
        assert_eq!(p.config_dir, PathBuf::from("/home/ann/.config/parallax"));
        assert_eq!(p.state_dir, PathBuf::from("/var/st/parallax"));
        assert_eq!(p.cache_dir, PathBuf::from("/home/ann/.cache/parallax"));
    }
}
