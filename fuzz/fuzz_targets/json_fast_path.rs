#![no_main]
//! The fast-path JSON parser must build exactly the tree serde_json builds (same values, same
//! key order and duplicate handling, same depth flag) and fail exactly when serde_json fails.
use clusterfit::input::json::Json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let fast = Json::from_str(text, 64);
    let serde = Json::from_str_serde(text, 64);
    match (fast, serde) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "trees differ for {text:?}"),
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
        (a, b) => panic!("fast {:?} vs serde {:?} for {text:?}", a.is_ok(), b.is_ok()),
    }
});
