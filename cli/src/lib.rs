//! `clusterfit`: check a cluster description (JSON or YAML) against an ML platform's installation
//! requirements, from a shell or CI. Every check lives in the `clusterfit` core; this crate reads
//! files, builds options, and prints the report.
//!
//! The crate is a library with one entry, [`run`] (and [`run_process`] on the real standard
//! streams); the binary, the Python console script and the Node bin are thin callers of it.
#![forbid(unsafe_code)]

mod check;
mod commands;
mod input;
mod locate;
mod output;
mod terraform;

use clap::{Args, Parser, Subcommand, ValueEnum};
use output::{ColorChoice, Out};
use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};

/// Exit code of a valid description (and of every informational command).
pub const EXIT_OK: u8 = 0;
/// Exit code when findings at or above `--fail-on` were reported.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code of an input, options or usage error (and of a caught crash).
pub const EXIT_ERROR: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "clusterfit",
    version = clusterfit_bindings::VERSION,
    about = "Does this Kubernetes cluster meet the installation requirements of the ML platform?",
    long_about = "Checks a cluster description (JSON or YAML) against the installation requirements \
                  of Katonic, Domino or a custom profile.\n\nExit codes: 0 valid, 1 findings at or \
                  above --fail-on, 2 input, options or usage error."
)]
struct Cli {
    /// When to colour text output: auto colours a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate a cluster description (FILE, or `-` for standard input).
    Check(CheckArgs),
    /// List every rule: id, severity, area and title.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print the documentation of one rule.
    Explain {
        /// A rule id, e.g. `vpc-cidr-size`.
        rule: String,
    },
    /// Plan non-overlapping subnets inside a VPC CIDR.
    PlanSubnets(PlanArgs),
    /// Print the JSON Schema of the cluster description.
    Schema,
    /// Print the built-in profiles with their full contents (JSON).
    Profiles,
    /// A program for Terraform's `external` data source: the query (a JSON object of strings)
    /// on standard input, the result (a JSON object of strings) on standard output.
    Terraform,
}

/// Output formats of `check`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A readable table grouped by severity.
    Text,
    /// The report JSON, the same bytes every binding returns.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// JUnit XML, one test case per rule.
    Junit,
}

/// Output formats of the listing commands.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListFormat {
    Text,
    Json,
}

/// What makes the check fail.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOnArg {
    Error,
    Warning,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// The cluster description: a `.json`, `.yaml` or `.yml` file, or `-` for standard input.
    pub file: String,
    /// A built-in profile: `katonic` (default) or `domino`.
    #[arg(long, conflicts_with = "profile_file")]
    pub profile: Option<String>,
    /// A custom profile object (JSON or YAML), possibly with `"extends": "katonic"`.
    #[arg(long, value_name = "F")]
    pub profile_file: Option<String>,
    /// An options object (SPEC §3) as a JSON file; flags given beside it win.
    #[arg(long, value_name = "F")]
    pub options: Option<String>,
    /// A rule id not to run (repeatable; added to the options file's `disable`).
    #[arg(long, value_name = "RULE")]
    pub disable: Vec<String>,
    /// Report what the rules needed but the description left out (`not-described`).
    #[arg(long)]
    pub strict: bool,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The lowest severity that fails the check (exit code 1).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOnArg>,
}

#[derive(Args, Debug)]
pub struct PlanArgs {
    /// The VPC CIDR, e.g. `10.0.0.0/21`.
    pub cidr: String,
    /// Number of availability zones (one private subnet each).
    #[arg(long)]
    pub zones: u32,
    /// `aws`, `azure`, `gcp` or `onprem`.
    #[arg(long)]
    pub provider: Option<String>,
    /// A built-in profile name.
    #[arg(long)]
    pub profile: Option<String>,
    /// Zone names, comma-separated (default `zone-a`, `zone-b`, …).
    #[arg(long)]
    pub zone_names: Option<String>,
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

/// Where the CLI reads and writes, and whether each output stream is a terminal (colour).
pub struct Io<'a> {
    pub stdin: &'a mut dyn Read,
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
}

/// Runs the `clusterfit` command line on the process's own standard streams: what the binary,
/// the Python console script and the Node bin all call. `args` starts with the program name.
pub fn run_process(args: Vec<OsString>) -> u8 {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let (stdout_tty, stderr_tty) = (stdout.is_terminal(), stderr.is_terminal());
    let mut stdin = stdin.lock();
    let mut stdout = stdout.lock();
    let mut stderr = stderr.lock();
    let code = run(
        args,
        Io {
            stdin: &mut stdin,
            stdout: &mut stdout,
            stderr: &mut stderr,
            stdout_tty,
            stderr_tty,
        },
    );
    let _ = stdout.flush();
    let _ = stderr.flush();
    code
}

/// The one entry of the `clusterfit` command line: parses `args` (the program name first),
/// runs the command on `io`, and returns the exit code (0 valid, 1 findings, 2 input, options or
/// usage error). It never panics out: a panic becomes an `INTERNAL` error, exit 2.
pub fn run(args: Vec<OsString>, io: Io<'_>) -> u8 {
    let Io {
        stdin,
        stdout,
        stderr,
        stdout_tty,
        stderr_tty,
    } = io;
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // `--help` and `--version` go to stdout and exit 0; usage errors to stderr, exit 2.
            let text = e.render().to_string();
            let sink: &mut dyn Write = if e.use_stderr() { stderr } else { stdout };
            let _ = sink.write_all(text.as_bytes()).and_then(|()| sink.flush());
            return u8::try_from(e.exit_code()).unwrap_or(EXIT_ERROR);
        }
    };
    let out = Out::new(cli.color, stdin, stdout, stderr, stdout_tty, stderr_tty);
    let json_errors = matches!(
        &cli.command,
        Command::Check(CheckArgs {
            format: Format::Json,
            ..
        }) | Command::PlanSubnets(PlanArgs {
            format: ListFormat::Json,
            ..
        })
    );
    let result =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| dispatch(cli.command, &out)));
    match result {
        Ok(code) => code,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".to_string());
            let e =
                clusterfit_bindings::Error::internal(clusterfit_bindings::internal_message(&what));
            out.error(&e, json_errors);
            EXIT_ERROR
        }
    }
}

fn dispatch(command: Command, out: &Out<'_>) -> u8 {
    match command {
        Command::Check(args) => check::run(&args, out),
        Command::Rules { format } => commands::rules(format, out),
        Command::Explain { rule } => commands::explain(&rule, out),
        Command::PlanSubnets(args) => commands::plan_subnets(&args, out),
        Command::Schema => commands::schema(out),
        Command::Profiles => commands::profiles(out),
        Command::Terraform => terraform::run(out),
    }
}
