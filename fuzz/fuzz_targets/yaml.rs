#![no_main]
//! The YAML reader: never a panic or a hang, and every refusal is a documented input code; an
//! alias bomb stops at the budget (the run's `-rss_limit_mb` and `-timeout` catch one that does
//! not).
use clusterfit_bindings::{ErrorCode, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(e) = clusterfit_bindings::validate_yaml(text, &Options::default()) {
        assert!(
            e.code.is_input(),
            "{e}"
        );
        assert_ne!(e.code, ErrorCode::Internal, "{e} for {text:?}");
    }
});
