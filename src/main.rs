//! The `parallax` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    parallax::cli::main()
}
