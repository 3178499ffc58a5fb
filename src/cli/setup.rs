//! The commands that set parallax up (`config --print-default`, `completions`, `man`), and
//! the check of the config and keymap that every other command runs first.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::paths::Paths;
use crate::tui::config::{DEFAULT_CONFIG, Settings};

/// Exit code of a config or keymap that cannot be used, as for a usage error.
const BAD_SETTINGS: u8 = 2;

/// `--config FILE` as `--help` lists it: global, taken out of the arguments before the rest.
pub(super) fn config_arg() -> clap::Arg {
    clap::Arg::new("config")
        .long("config")
        .value_name("FILE")
        .global(true)
        .help("Read the config from FILE instead of config.toml in the config folder")
}

/// The config and keymap, each warning printed on stderr; or every error printed there and
/// the exit code to end with.
pub(super) fn settings(paths: &Paths, config_file: Option<&Path>) -> Result<Settings, ExitCode> {
    match Settings::load(paths, config_file) {
        Ok(settings) => {
            for warning in settings.warnings() {
                eprintln!("parallax: warning: {warning}");
            }
            Ok(settings)
        }
        Err(errors) => {
            for error in errors {
                eprintln!("parallax: {error}");
            }
            Err(ExitCode::from(BAD_SETTINGS))
        }
    }
}

/// `parallax config --print-default`.
pub(super) fn print_default() -> anyhow::Result<ExitCode> {
    io::stdout().lock().write_all(DEFAULT_CONFIG.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// `parallax completions SHELL`: the completion script of `definition` on stdout.
pub(super) fn completions(
    shell: clap_complete::Shell,
    mut definition: clap::Command,
) -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    clap_complete::generate(shell, &mut definition, "parallax", &mut out);
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `parallax man`: the man page of `definition`, in roff, on stdout.
pub(super) fn man(definition: clap::Command) -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    // The version alone: where this machine keeps config and state is no part of a man page.
    let definition = definition.long_version(clap::builder::Resettable::Reset);
    clap_mangen::Man::new(definition).render(&mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
