//! clusterfit wasm binding (being built).
