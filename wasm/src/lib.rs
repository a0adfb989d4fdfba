//! clusterfit for browsers and Node: a thin wasm-bindgen layer over `clusterfit-bindings`.
//!
//! Every export takes and returns strings: JSON text in, JSON text out. The JavaScript wrapper
//! (`wasm/js/api.js`) turns an object into text with `JSON.stringify`, turns the answer into plain
//! objects with `JSON.parse`, and throws an `Error` with `.code` when the answer is
//! `{"error":{"code","message"}}`. Crossing the boundary as one string each way is exact (the
//! bytes are the core's own `to_json`) and faster than walking a JS object field by field.
//!
//! Panics: the `wasm` profile builds with `panic = "abort"` (stable wasm32 cannot unwind), so the
//! `catch_unwind` inside `clusterfit_bindings::guard` cannot catch here: a panic traps. The panic
//! hook installed by [`start`] keeps the panic's message; the wrapper catches the trap
//! (`WebAssembly.RuntimeError`), restores the stack pointer, reads the message with
//! [`take_panic_message`] and throws an `INTERNAL` error. The module stays usable.
#![forbid(unsafe_code)]

use clusterfit_bindings as b;
use serde_json::Value;
use std::sync::Mutex;
use wasm_bindgen::prelude::wasm_bindgen;

/// The message of the last panic, kept by the panic hook until the wrapper takes it.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Runs once when the module is instantiated: installs the panic hook.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(what);
        }
    }));
}

/// The message of the last panic as the native guard words it (empty when there was none).
#[wasm_bindgen]
pub fn take_panic_message() -> String {
    let what = LAST_PANIC.lock().ok().and_then(|mut last| last.take());
    match what {
        Some(what) => format!(
            "internal error in clusterfit {}: {what}; please report it",
            b::VERSION
        ),
        None => String::new(),
    }
}

/// Validates a document given as JSON text; `options` is JSON text (empty for the defaults).
/// Returns the report JSON, or `{"error":{"code","message"}}`.
#[wasm_bindgen]
pub fn validate_json(doc: &str, options: &str) -> String {
    b::validate_json_answer(doc, options)
}

/// The rule catalog as JSON.
#[wasm_bindgen]
pub fn rules() -> String {
    b::rules().to_string()
}

/// The built-in profiles as JSON.
#[wasm_bindgen]
pub fn profiles() -> String {
    b::profiles().to_string()
}

/// The JSON Schema of the input, as JSON.
#[wasm_bindgen]
pub fn schema() -> String {
    b::schema().to_string()
}

/// `cidr_info` as JSON, or `{"error":…}`.
#[wasm_bindgen]
pub fn cidr_info(cidr: &str) -> String {
    answer(b::cidr_info(cidr))
}

/// `plan_subnets` as JSON, or `{"error":…}`. `options` is JSON text (empty for the defaults).
#[wasm_bindgen]
pub fn plan_subnets(vpc: &str, zones: u32, options: &str) -> String {
    let options = match options_value(options) {
        Ok(v) => v,
        Err(e) => return e.to_json_value().to_string(),
    };
    answer(b::plan_subnets(vpc, zones, &options))
}

/// The clusterfit version.
#[wasm_bindgen]
pub fn version() -> String {
    b::VERSION.to_string()
}

/// Test hook: panics inside the guard (see the crate docs for what happens in WASM).
#[wasm_bindgen]
pub fn force_internal_error() -> String {
    answer(b::force_internal_error())
}

/// Plan options as a value (empty text for the defaults). The wrapper always sends
/// `JSON.stringify` output, so a parse failure here means a caller bypassed it.
fn options_value(text: &str) -> Result<Value, b::Error> {
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_str(text).map_err(|e| b::Error::options(format!("options are not JSON: {e}")))
}

/// A value or an error, as JSON text.
fn answer(result: Result<Value, b::Error>) -> String {
    match result {
        Ok(v) => v.to_string(),
        Err(e) => e.to_json_value().to_string(),
    }
}
