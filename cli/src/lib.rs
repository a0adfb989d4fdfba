//! `clusterfit`: check a cluster description (JSON or YAML) against an ML platform's installation
//! requirements, from a shell or CI. Every check lives in the `clusterfit` core; this crate reads
//! files, builds options, and prints the report.
//!
//! The crate is a library with one entry, [`run`] (and [`run_process`] on the real standard
//! streams); the binary, the Python console script and the Node bin are thin callers of it.
#![forbid(unsafe_code)]

mod check;
mod commands;
mod files;
mod import;
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
    after_help = "Examples:\n  clusterfit check cluster.yaml\n  clusterfit explain vpc-cidr-size\n  clusterfit plan-subnets 10.0.0.0/21 --zones 3\n\n`clusterfit COMMAND --help` shows a command's options and examples.",
    long_about = "Checks a cluster description (JSON or YAML) against the installation requirements \
                  of Katonic, Domino, Dataiku or a custom profile.\n\nExit codes: 0 valid, 1 findings at or \
                  above --fail-on, 2 input, options or usage error."
)]
struct Cli {
    /// When to colour text output: auto colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate cluster descriptions (files, directories, globs, or `-` for standard input).
    #[command(after_help = CHECK_EXAMPLES)]
    Check(CheckArgs),
    /// List every rule: id, severity, area and title.
    #[command(after_help = "Examples:\n  clusterfit rules\n  clusterfit rules --format json")]
    Rules {
        /// The output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print the documentation of one rule.
    #[command(after_help = "Example:\n  clusterfit explain vpc-cidr-size")]
    Explain {
        /// A rule id, e.g. `vpc-cidr-size`.
        rule: String,
    },
    /// Plan non-overlapping subnets inside a VPC CIDR.
    #[command(after_help = PLAN_EXAMPLES)]
    PlanSubnets(PlanArgs),
    /// Describe a cluster from what you already have: `kubectl get nodes,storageclasses -o json`
    /// output, an eksctl ClusterConfig, or `terraform show -json` of a plan or state.
    #[command(after_help = IMPORT_EXAMPLES)]
    Import(ImportArgs),
    /// Print the JSON Schema of the cluster description.
    #[command(after_help = "Example:\n  clusterfit schema > clusterfit.schema.json")]
    Schema,
    /// Print the built-in profiles with their full contents (JSON).
    #[command(after_help = "Example:\n  clusterfit profiles")]
    Profiles,
    /// A program for Terraform's `external` data source: the query (a JSON object of strings)
    /// on standard input, the result (a JSON object of strings) on standard output.
    #[command(after_help = TERRAFORM_EXAMPLES)]
    Terraform,
}

const IMPORT_EXAMPLES: &str = "Examples:
  kubectl get nodes,storageclasses -o json | clusterfit import kubectl - > cluster.json
  clusterfit import eksctl cluster.yaml --format yaml --role ng-1=platform
  terraform show -json plan.out > plan.json && clusterfit import terraform plan.json

The notes (where each value came from, what could not be mapped) go to standard error.
`clusterfit check --from KIND FILE` validates the description directly.";

const CHECK_EXAMPLES: &str = "Examples:
  clusterfit check cluster.yaml
  clusterfit check clusters/ --profile domino --fail-on warning
  clusterfit check 'envs/*.json' --format sarif --output clusterfit.sarif --fail-on none
  clusterfit check cluster.json --ignore node-os --ignore node-cpu:/nodePools/2
  kubectl get sc -o json | jq '{provider: \"aws\", storageClasses: .}' | clusterfit check -

Options come from, in order: `.clusterfit.yaml` or `.clusterfit.json` in this directory or the
nearest one above (or the `--options` file instead), then the flags.";

const PLAN_EXAMPLES: &str = "Examples:
  clusterfit plan-subnets 10.0.0.0/21 --zones 3
  clusterfit plan-subnets 10.0.0.0/20 --zones 3 --provider aws \\
    --zone-names us-east-1a,us-east-1b,us-east-1c --private-prefix 23 --format json";

const TERRAFORM_EXAMPLES: &str = "Example:
  echo '{\"document\": \"cluster.json\", \"profile\": \"katonic\"}' | clusterfit terraform

Query keys: document (JSON text, or a file path relative to the working directory), profile,
fail_on, strict, disable (comma-separated), options (JSON text). Any other key is an error.";

/// Output formats of `check`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `file:line:col  severity  rule  message` per finding, the hint below, a summary per file.
    Text,
    /// The report JSON, the same bytes every binding returns (several files: one
    /// `{"file", "report"}` line each).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// JUnit XML: a test suite per file, one test case per rule.
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
    None,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Cluster descriptions: `.json`, `.yaml` or `.yml` files, directories (their `*.json`,
    /// `*.yaml`, `*.yml` files), glob patterns, or `-` for standard input. One report per file.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    /// A built-in profile: `katonic` (default), `domino` or `dataiku`.
    #[arg(long, conflicts_with = "profile_file")]
    pub profile: Option<String>,
    /// A custom profile object (JSON or YAML), possibly with `"extends": "katonic"`.
    #[arg(long, value_name = "F")]
    pub profile_file: Option<String>,
    /// An options object as a JSON or YAML file, instead of the discovered config file; flags
    /// given beside it win.
    #[arg(long, value_name = "F")]
    pub options: Option<String>,
    /// Do not read `.clusterfit.yaml` / `.clusterfit.json` from this directory or above.
    #[arg(long)]
    pub no_config: bool,
    /// A rule id not to run (repeatable; added to the options file's `disable`).
    #[arg(long, value_name = "RULE")]
    pub disable: Vec<String>,
    /// Report what the rules needed but the description left out (`not-described`).
    #[arg(long)]
    pub strict: bool,
    /// Leave out findings of RULE (at PATH or below, if given): repeatable; they are counted
    /// as suppressed.
    #[arg(long, value_name = "RULE[:PATH]")]
    pub ignore: Vec<String>,
    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<String>,
    /// The lowest severity that fails the check (exit code 1); `none` exits 0 on findings
    /// (an input error still exits 2).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOnArg>,
    /// Each file is `kubectl`, `eksctl` or `terraform` output: describe it first (the notes go to
    /// standard error), then check the description; findings point into the description.
    #[arg(long, value_name = "KIND")]
    pub from: Option<String>,
    /// With `--from`: the role of a pool, overriding the inferred one (repeatable).
    #[arg(long, value_name = "POOL=ROLE", requires = "from")]
    pub role: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// What the file holds: `kubectl`, `eksctl` or `terraform`.
    pub kind: String,
    /// The file, or `-` for standard input.
    pub file: String,
    /// The output format of the description.
    #[arg(long, value_enum, default_value_t = ImportFormat::Json)]
    pub format: ImportFormat,
    /// The role of a pool, overriding the inferred one (repeatable), e.g. `ng-1=platform`.
    #[arg(long, value_name = "POOL=ROLE")]
    pub role: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    Json,
    Yaml,
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
    /// A custom profile object (JSON or YAML file) instead of `--profile`.
    #[arg(long, value_name = "F", conflicts_with = "profile")]
    pub profile_file: Option<String>,
    /// Zone names, comma-separated (default `zone-a`, `zone-b`, …).
    #[arg(long)]
    pub zone_names: Option<String>,
    /// The prefix length of each private subnet (default: the profile's).
    #[arg(long, value_name = "N")]
    pub private_prefix: Option<u8>,
    /// The output format.
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
    // A panic is caught by `run` and reported as an INTERNAL error: while it runs, the panic hook
    // is silenced so the user sees one clean message (the same in every host) instead of a
    // backtrace banner; the host's hook comes back afterwards.
    let host_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
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
    std::panic::set_hook(host_hook);
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
        Command::Import(args) => import::run(&args, out),
    }
}
