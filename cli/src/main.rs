//! The `clusterfit` binary: the command line of [`clusterfit_cli`] on the process's streams.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    // A panic is caught by the library and reported as an INTERNAL error; the default hook is
    // silenced so the user sees one clean message instead of a backtrace banner.
    std::panic::set_hook(Box::new(|_| {}));
    std::process::ExitCode::from(clusterfit_cli::run_process(std::env::args_os().collect()))
}
