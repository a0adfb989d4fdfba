//! Writing to the terminal: colour decision, errors, and the report formats.
pub mod json;
pub mod junit;
pub mod sarif;
pub mod text;

use clap::ValueEnum;
use std::cell::RefCell;
use std::io::{Read, Write};

/// `--color`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset or empty.
    Auto,
    Always,
    Never,
}

/// Where input comes from and output goes, and whether it may be coloured.
pub struct Out<'a> {
    pub color: bool,
    stderr_color: bool,
    stdin: RefCell<&'a mut dyn Read>,
    stdout: RefCell<&'a mut dyn Write>,
    stderr: RefCell<&'a mut dyn Write>,
}

impl<'a> Out<'a> {
    pub fn new(
        choice: ColorChoice,
        stdin: &'a mut dyn Read,
        stdout: &'a mut dyn Write,
        stderr: &'a mut dyn Write,
        stdout_tty: bool,
        stderr_tty: bool,
    ) -> Out<'a> {
        // https://no-color.org: a present, non-empty NO_COLOR disables colour.
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let (color, stderr_color) = match choice {
            ColorChoice::Always => (true, true),
            ColorChoice::Never => (false, false),
            ColorChoice::Auto => (!no_color && stdout_tty, !no_color && stderr_tty),
        };
        Out {
            color,
            stderr_color,
            stdin: RefCell::new(stdin),
            stdout: RefCell::new(stdout),
            stderr: RefCell::new(stderr),
        }
    }

    /// Reads standard input, at most `limit` bytes.
    pub fn read_stdin(&self, limit: u64, into: &mut Vec<u8>) -> std::io::Result<usize> {
        let mut stdin = self.stdin.borrow_mut();
        (&mut **stdin).take(limit).read_to_end(into)
    }

    /// Writes to standard output. A closed pipe (`clusterfit rules | head`) is not an error.
    pub fn print(&self, s: &str) {
        let mut stdout = self.stdout.borrow_mut();
        let _ = stdout.write_all(s.as_bytes()).and_then(|()| stdout.flush());
    }

    /// Writes a line to standard error.
    pub fn eprint_line(&self, s: &str) {
        let mut stderr = self.stderr.borrow_mut();
        let _ = writeln!(stderr, "{s}").and_then(|()| stderr.flush());
    }

    /// An input, options or internal error: the JSON error object on stdout for `--format json`,
    /// otherwise `error[CODE]: message` on stderr.
    pub fn error(&self, e: &clusterfit_bindings::Error, json: bool) {
        if json {
            self.print(&format!("{}\n", e.to_json_value()));
        } else {
            let label = paint(self.stderr_color, RED_BOLD, "error");
            let message = text::escape(&e.message);
            self.eprint_line(&format!("{label}[{}]: {message}", e.code));
        }
    }

    /// An importer's note (`note: /nodePools/0/role (from …): message`) on standard error.
    pub fn note(&self, path: &str, from: &str, message: &str) {
        let label = paint(self.stderr_color, CYAN, "note");
        let from = if from.is_empty() {
            String::new()
        } else {
            format!(" (from {from})")
        };
        self.eprint_line(&format!(
            "{label}: {}{}: {}",
            text::escape(path),
            text::escape(&from),
            text::escape(message)
        ));
    }

    /// A usage error that has no stable error code (an unreadable file, an unknown rule for
    /// `explain`).
    pub fn usage_error(&self, message: &str) {
        let label = paint(self.stderr_color, RED_BOLD, "error");
        self.eprint_line(&format!("{label}: {}", text::escape(message)));
    }
}

pub const RED_BOLD: &str = "1;31";
pub const RED: &str = "31";
pub const YELLOW: &str = "33";
pub const BLUE: &str = "34";
pub const GREEN_BOLD: &str = "1;32";
pub const BOLD: &str = "1";
pub const DIM: &str = "2";
pub const CYAN: &str = "36";

/// `s` wrapped in an ANSI SGR sequence when `on`.
pub fn paint(on: bool, sgr: &str, s: &str) -> String {
    if on {
        format!("\x1b[{sgr}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}
