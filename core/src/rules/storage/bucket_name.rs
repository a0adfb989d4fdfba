//! `bucket-name`: bucket/container name breaks the store's naming rules (S3: 3–63 chars, lowercase letters, digits, `.` and `-`, starts and ends with a letter or digit, no `..`, not an IPv4 address, no `xn--` / `sthree-` prefix or `-s3alias` / `--ol-s3` suffix; Azure container: 3–63, lowercase letters, digits, single hyphens, starts with letter or digit; GCS: 3–63 per dot-separated part, ≤ 222 total, lowercase, digits, `-`, `_`, `.`, no `goog` prefix, no `google`)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "bucket-name",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "bucket/container name breaks the store's naming rules (S3: 3–63 chars, lowercase letters, digits, `.` and `-`, starts and ends with a letter or digit, no `..`, not an IPv4 address, no `xn--` / `sthree-` prefix or `-s3alias` / `--ol-s3` suffix; Azure container: 3–63, lowercase letters, digits, single hyphens, starts with letter or digit; GCS: 3–63 per dot-separated part, ≤ 222 total, lowercase, digits, `-`, `_`, `.`, no `goog` prefix, no `google`)",
    what: "TODO",
    why: "TODO",
    source: "TODO",
    example: Example {
        options: "{}",
        fails: "{}",
        passes: "{}",
    },
    check: Some(check),
};

fn check(_cx: &Context<'_>, _e: &mut Emitter<'_>) {
    let _ = Provider::Aws;
}
