#![no_main]
//! Differential against `serde_json::Value` itself: a text and the `serde_json::Value` serde_json
//! reads from it get the same answer. The same report bytes when both are accepted; the same
//! error code when the text is JSON but the document is refused (too deep, not an object, a
//! `schemaVersion`); and a text serde_json refuses is refused as not JSON, too deep or too large.
use clusterfit::{ErrorCode, Options, MAX_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let options = Options::default();
    let from_text = clusterfit::validate_str(text, &options);
    // The one BOM policy: one leading byte order mark is skipped.
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if body.len() > MAX_BYTES {
        return;
    }
    match (from_text, serde_json::from_str::<serde_json::Value>(body)) {
        (Ok(report), Ok(value)) => {
            let from_value = clusterfit::validate(&value, &options)
                .unwrap_or_else(|e| panic!("text accepted, value refused: {e} for {text:?}"));
            assert_eq!(report.to_json(), from_value.to_json(), "for {text:?}");
        }
        (Err(e), Ok(value)) => {
            let e2 = clusterfit::validate(&value, &options)
                .err()
                .unwrap_or_else(|| panic!("text refused ({e}), value accepted for {text:?}"));
            assert_eq!(e.code, e2.code, "{e} vs {e2} for {text:?}");
        }
        (Ok(_), Err(e)) => panic!("serde_json refuses ({e}) what clusterfit accepts: {text:?}"),
        (Err(e), Err(_)) => assert!(
            matches!(
                e.code,
                ErrorCode::InputNotJson | ErrorCode::InputTooDeep | ErrorCode::InputTooLarge
            ),
            "{e} for {text:?}"
        ),
    }
});
