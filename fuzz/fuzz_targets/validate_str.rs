#![no_main]
//! The JSON entry point must never panic or hang, whatever the bytes and options.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The first line, when it is an object, is taken as options: options parsing is fuzzed too.
    let (opts, doc) = text.split_once('\n').unwrap_or(("{}", text));
    let options = serde_json::from_str(opts)
        .ok()
        .and_then(|v| clusterfit::Options::from_value(&v).ok())
        .unwrap_or_default();
    let _ = clusterfit::validate_str(doc, &options);
});
