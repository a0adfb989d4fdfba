//! `clusterfit`: check a cluster description (JSON or YAML) against an ML platform's installation
//! requirements, from a shell or CI. Every check lives in the `clusterfit` core; this crate reads
//! files, builds options, and prints the report.
#![forbid(unsafe_code)]

mod check;
mod commands;
mod input;
mod locate;
mod output;

use clap::{Args, Parser, Subcommand, ValueEnum};
use output::{ColorChoice, Out};
use std::process::ExitCode;

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

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Usage errors exit 2, `--help` and `--version` exit 0 (clap decides).
        Err(e) => e.exit(),
    };
    let out = Out::new(cli.color);
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
    // A panic must never escape as a crash: it becomes an INTERNAL error, exit 2. The default
    // hook is silenced so the user sees one clean message instead of a backtrace banner.
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(cli.command, &out)));
    let code = match result {
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
    };
    ExitCode::from(code)
}

fn run(command: Command, out: &Out) -> u8 {
    match command {
        Command::Check(args) => check::run(&args, out),
        Command::Rules { format } => commands::rules(format, out),
        Command::Explain { rule } => commands::explain(&rule, out),
        Command::PlanSubnets(args) => commands::plan_subnets(&args, out),
        Command::Schema => commands::schema(out),
        Command::Profiles => commands::profiles(out),
    }
}
