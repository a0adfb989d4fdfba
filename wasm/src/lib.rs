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
//! (`WebAssembly.RuntimeError`), reads the message with [`take_panic_message`], instantiates the
//! module afresh (a trap leaves the shadow stack pointer moved, and this build does not export
//! it) and throws an `INTERNAL` error. The next call works, after any number of traps.
#![forbid(unsafe_code)]

use clusterfit_bindings as b;
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
    what.map(|what| b::internal_message(&what))
        .unwrap_or_default()
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
    b::rules_answer()
}

/// The built-in profiles as JSON.
#[wasm_bindgen]
pub fn profiles() -> String {
    b::profiles_answer()
}

/// The JSON Schema of the input, as JSON.
#[wasm_bindgen]
pub fn schema() -> String {
    b::schema_answer()
}

/// `cidr_info` as JSON, or `{"error":…}`.
#[wasm_bindgen]
pub fn cidr_info(cidr: &str) -> String {
    b::cidr_info_answer(cidr)
}

/// `plan_subnets` as JSON, or `{"error":…}`. `options` is JSON text (empty for the defaults).
#[wasm_bindgen]
pub fn plan_subnets(vpc: &str, zones: u32, options: &str) -> String {
    b::plan_subnets_answer(vpc, zones, options)
}

/// `describe` as JSON, or `{"error":…}`: a cluster description from `kubectl`, `eksctl` (JSON
/// only here: this build has no YAML reader) or `terraform` output. `options` is JSON text.
#[wasm_bindgen]
pub fn describe(kind: &str, text: &str, options: &str) -> String {
    b::describe_answer(kind, text, options)
}

/// The clusterfit version.
#[wasm_bindgen]
pub fn version() -> String {
    b::VERSION.to_string()
}

/// Test hook: allocates until the 4 GiB of wasm32 memory run out, which traps (the allocator's
/// failure aborts); the wrapper then instantiates the module afresh.
#[wasm_bindgen]
pub fn force_out_of_memory() -> String {
    let mut held: Vec<Vec<u8>> = Vec::new();
    loop {
        held.push(Vec::with_capacity(256 << 20));
        if held.len() > 64 {
            // Unreachable on wasm32 (16 GiB asked of 4 GiB): the allocator failed before.
            return String::new();
        }
    }
}

/// Test hook: panics inside the guard (see the crate docs for what happens in WASM).
#[wasm_bindgen]
pub fn force_internal_error() -> String {
    b::force_internal_error_answer()
}
