//! The `clusterfit` binary: the command line of [`clusterfit_cli`] on the process's streams.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(clusterfit_cli::run_process(std::env::args_os().collect()))
}
