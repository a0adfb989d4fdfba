//! The Python binding of clusterfit: the `clusterfit._native` extension module (pyo3, abi3).
//!
//! Built by maturin with the `python` feature (see `pyproject.toml`). Without that feature this
//! crate is empty, so `cargo test --workspace` and `cargo clippy --workspace` never need a Python
//! to link against.
//!
//! The binding holds no logic: it converts Python values to `serde_json::Value`, calls
//! `clusterfit-bindings`, and wraps the answer in `Report` / `Finding` / `Summary` classes. The
//! exception classes live in `clusterfit/__init__.py`; errors are raised as instances of them.
#[cfg(feature = "python")]
mod native;
// Used by `native`; compiled (and unit-tested) without the `python` feature too.
#[cfg_attr(not(feature = "python"), allow(dead_code))]
mod text;
