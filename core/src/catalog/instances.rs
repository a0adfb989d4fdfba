//! Instance catalog (SPEC §9): common AWS, Azure and GCP instance types, so a pool that names
//! `instanceType` and leaves `cpu` / `memory` / `gpus` out is still checked. Only types whose
//! numbers are published exactly are listed (vCPU, memory in GiB, GPUs); a type not listed is
//! unknown, and the rules that need its size stay silent.

/// What an instance type has.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InstanceSpec {
    pub cpu: f64,
    /// GiB.
    pub memory_gib: f64,
    pub gpus: u32,
}

/// `(name, vCPU, GiB, GPUs)`. AWS and GCP names are exact; Azure names (`Standard_…`) match
/// case-insensitively, as Azure treats them.
const TABLE: &[(&str, f64, f64, u32)] = &[
    // AWS general purpose: 4 GiB per vCPU
    ("m5.large", 2.0, 8.0, 0),
    ("m5.xlarge", 4.0, 16.0, 0),
    ("m5.2xlarge", 8.0, 32.0, 0),
    ("m5.4xlarge", 16.0, 64.0, 0),
    ("m5.8xlarge", 32.0, 128.0, 0),
    ("m5.12xlarge", 48.0, 192.0, 0),
    ("m5.16xlarge", 64.0, 256.0, 0),
    ("m5.24xlarge", 96.0, 384.0, 0),
    ("m6i.large", 2.0, 8.0, 0),
    ("m6i.xlarge", 4.0, 16.0, 0),
    ("m6i.2xlarge", 8.0, 32.0, 0),
    ("m6i.4xlarge", 16.0, 64.0, 0),
    ("m6i.8xlarge", 32.0, 128.0, 0),
    ("m6i.12xlarge", 48.0, 192.0, 0),
    ("m6i.16xlarge", 64.0, 256.0, 0),
    ("m6i.24xlarge", 96.0, 384.0, 0),
    ("m6i.32xlarge", 128.0, 512.0, 0),
    ("m7i.large", 2.0, 8.0, 0),
    ("m7i.xlarge", 4.0, 16.0, 0),
    ("m7i.2xlarge", 8.0, 32.0, 0),
    ("m7i.4xlarge", 16.0, 64.0, 0),
    ("m7i.8xlarge", 32.0, 128.0, 0),
    ("m7i.12xlarge", 48.0, 192.0, 0),
    ("m7i.16xlarge", 64.0, 256.0, 0),
    ("m7i.24xlarge", 96.0, 384.0, 0),
    ("m7i.48xlarge", 192.0, 768.0, 0),
    // AWS memory optimised: 8 GiB per vCPU
    ("r5.large", 2.0, 16.0, 0),
    ("r5.xlarge", 4.0, 32.0, 0),
    ("r5.2xlarge", 8.0, 64.0, 0),
    ("r5.4xlarge", 16.0, 128.0, 0),
    ("r5.8xlarge", 32.0, 256.0, 0),
    ("r5.12xlarge", 48.0, 384.0, 0),
    ("r5.16xlarge", 64.0, 512.0, 0),
    ("r5.24xlarge", 96.0, 768.0, 0),
    ("r6i.large", 2.0, 16.0, 0),
    ("r6i.xlarge", 4.0, 32.0, 0),
    ("r6i.2xlarge", 8.0, 64.0, 0),
    ("r6i.4xlarge", 16.0, 128.0, 0),
    ("r6i.8xlarge", 32.0, 256.0, 0),
    ("r6i.12xlarge", 48.0, 384.0, 0),
    ("r6i.16xlarge", 64.0, 512.0, 0),
    ("r6i.24xlarge", 96.0, 768.0, 0),
    ("r6i.32xlarge", 128.0, 1024.0, 0),
    // AWS compute optimised: 2 GiB per vCPU
    ("c5.large", 2.0, 4.0, 0),
    ("c5.xlarge", 4.0, 8.0, 0),
    ("c5.2xlarge", 8.0, 16.0, 0),
    ("c5.4xlarge", 16.0, 32.0, 0),
    ("c5.9xlarge", 36.0, 72.0, 0),
    ("c5.12xlarge", 48.0, 96.0, 0),
    ("c5.18xlarge", 72.0, 144.0, 0),
    ("c5.24xlarge", 96.0, 192.0, 0),
    ("c6i.large", 2.0, 4.0, 0),
    ("c6i.xlarge", 4.0, 8.0, 0),
    ("c6i.2xlarge", 8.0, 16.0, 0),
    ("c6i.4xlarge", 16.0, 32.0, 0),
    ("c6i.8xlarge", 32.0, 64.0, 0),
    ("c6i.12xlarge", 48.0, 96.0, 0),
    ("c6i.16xlarge", 64.0, 128.0, 0),
    ("c6i.24xlarge", 96.0, 192.0, 0),
    ("c6i.32xlarge", 128.0, 256.0, 0),
    // AWS GPU: g4dn (T4), g5 (A10G), p3 (V100), p4d (A100)
    ("g4dn.xlarge", 4.0, 16.0, 1),
    ("g4dn.2xlarge", 8.0, 32.0, 1),
    ("g4dn.4xlarge", 16.0, 64.0, 1),
    ("g4dn.8xlarge", 32.0, 128.0, 1),
    ("g4dn.12xlarge", 48.0, 192.0, 4),
    ("g4dn.16xlarge", 64.0, 256.0, 1),
    ("g5.xlarge", 4.0, 16.0, 1),
    ("g5.2xlarge", 8.0, 32.0, 1),
    ("g5.4xlarge", 16.0, 64.0, 1),
    ("g5.8xlarge", 32.0, 128.0, 1),
    ("g5.12xlarge", 48.0, 192.0, 4),
    ("g5.16xlarge", 64.0, 256.0, 1),
    ("g5.24xlarge", 96.0, 384.0, 4),
    ("g5.48xlarge", 192.0, 768.0, 8),
    ("p3.2xlarge", 8.0, 61.0, 1),
    ("p3.8xlarge", 32.0, 244.0, 4),
    ("p3.16xlarge", 64.0, 488.0, 8),
    ("p3dn.24xlarge", 96.0, 768.0, 8),
    ("p4d.24xlarge", 96.0, 1152.0, 8),
    // Azure Dsv3 / Dsv4 / Dsv5: 4 GiB per vCPU
    ("Standard_D2s_v3", 2.0, 8.0, 0),
    ("Standard_D4s_v3", 4.0, 16.0, 0),
    ("Standard_D8s_v3", 8.0, 32.0, 0),
    ("Standard_D16s_v3", 16.0, 64.0, 0),
    ("Standard_D32s_v3", 32.0, 128.0, 0),
    ("Standard_D48s_v3", 48.0, 192.0, 0),
    ("Standard_D64s_v3", 64.0, 256.0, 0),
    ("Standard_D2s_v4", 2.0, 8.0, 0),
    ("Standard_D4s_v4", 4.0, 16.0, 0),
    ("Standard_D8s_v4", 8.0, 32.0, 0),
    ("Standard_D16s_v4", 16.0, 64.0, 0),
    ("Standard_D32s_v4", 32.0, 128.0, 0),
    ("Standard_D48s_v4", 48.0, 192.0, 0),
    ("Standard_D64s_v4", 64.0, 256.0, 0),
    ("Standard_D2s_v5", 2.0, 8.0, 0),
    ("Standard_D4s_v5", 4.0, 16.0, 0),
    ("Standard_D8s_v5", 8.0, 32.0, 0),
    ("Standard_D16s_v5", 16.0, 64.0, 0),
    ("Standard_D32s_v5", 32.0, 128.0, 0),
    ("Standard_D48s_v5", 48.0, 192.0, 0),
    ("Standard_D64s_v5", 64.0, 256.0, 0),
    ("Standard_D96s_v5", 96.0, 384.0, 0),
    // Azure Esv3 / Esv4 / Esv5: 8 GiB per vCPU (E64s: 432, 504, 512 GiB)
    ("Standard_E2s_v3", 2.0, 16.0, 0),
    ("Standard_E4s_v3", 4.0, 32.0, 0),
    ("Standard_E8s_v3", 8.0, 64.0, 0),
    ("Standard_E16s_v3", 16.0, 128.0, 0),
    ("Standard_E20s_v3", 20.0, 160.0, 0),
    ("Standard_E32s_v3", 32.0, 256.0, 0),
    ("Standard_E48s_v3", 48.0, 384.0, 0),
    ("Standard_E64s_v3", 64.0, 432.0, 0),
    ("Standard_E2s_v4", 2.0, 16.0, 0),
    ("Standard_E4s_v4", 4.0, 32.0, 0),
    ("Standard_E8s_v4", 8.0, 64.0, 0),
    ("Standard_E16s_v4", 16.0, 128.0, 0),
    ("Standard_E20s_v4", 20.0, 160.0, 0),
    ("Standard_E32s_v4", 32.0, 256.0, 0),
    ("Standard_E48s_v4", 48.0, 384.0, 0),
    ("Standard_E64s_v4", 64.0, 504.0, 0),
    ("Standard_E2s_v5", 2.0, 16.0, 0),
    ("Standard_E4s_v5", 4.0, 32.0, 0),
    ("Standard_E8s_v5", 8.0, 64.0, 0),
    ("Standard_E16s_v5", 16.0, 128.0, 0),
    ("Standard_E20s_v5", 20.0, 160.0, 0),
    ("Standard_E32s_v5", 32.0, 256.0, 0),
    ("Standard_E48s_v5", 48.0, 384.0, 0),
    ("Standard_E64s_v5", 64.0, 512.0, 0),
    // Azure GPU: NCv3 (V100), NCasT4_v3 (T4), NC A100 v4, ND40rs_v2 (V100), ND96asr_v4 (A100)
    ("Standard_NC6s_v3", 6.0, 112.0, 1),
    ("Standard_NC12s_v3", 12.0, 224.0, 2),
    ("Standard_NC24s_v3", 24.0, 448.0, 4),
    ("Standard_NC24rs_v3", 24.0, 448.0, 4),
    ("Standard_NC4as_T4_v3", 4.0, 28.0, 1),
    ("Standard_NC8as_T4_v3", 8.0, 56.0, 1),
    ("Standard_NC16as_T4_v3", 16.0, 110.0, 1),
    ("Standard_NC64as_T4_v3", 64.0, 440.0, 4),
    ("Standard_NC24ads_A100_v4", 24.0, 220.0, 1),
    ("Standard_NC48ads_A100_v4", 48.0, 440.0, 2),
    ("Standard_NC96ads_A100_v4", 96.0, 880.0, 4),
    ("Standard_ND40rs_v2", 40.0, 672.0, 8),
    ("Standard_ND96asr_v4", 96.0, 900.0, 8),
    // GCP n2 / e2 / n2d: standard 4 GB per vCPU, highmem 8 GB per vCPU (GCP's GB are GiB)
    ("n2-standard-2", 2.0, 8.0, 0),
    ("n2-standard-4", 4.0, 16.0, 0),
    ("n2-standard-8", 8.0, 32.0, 0),
    ("n2-standard-16", 16.0, 64.0, 0),
    ("n2-standard-32", 32.0, 128.0, 0),
    ("n2-standard-48", 48.0, 192.0, 0),
    ("n2-standard-64", 64.0, 256.0, 0),
    ("n2-standard-80", 80.0, 320.0, 0),
    ("n2-standard-96", 96.0, 384.0, 0),
    ("n2-standard-128", 128.0, 512.0, 0),
    ("n2-highmem-2", 2.0, 16.0, 0),
    ("n2-highmem-4", 4.0, 32.0, 0),
    ("n2-highmem-8", 8.0, 64.0, 0),
    ("n2-highmem-16", 16.0, 128.0, 0),
    ("n2-highmem-32", 32.0, 256.0, 0),
    ("n2-highmem-48", 48.0, 384.0, 0),
    ("n2-highmem-64", 64.0, 512.0, 0),
    ("n2-highmem-80", 80.0, 640.0, 0),
    ("n2-highmem-96", 96.0, 768.0, 0),
    ("e2-standard-2", 2.0, 8.0, 0),
    ("e2-standard-4", 4.0, 16.0, 0),
    ("e2-standard-8", 8.0, 32.0, 0),
    ("e2-standard-16", 16.0, 64.0, 0),
    ("e2-standard-32", 32.0, 128.0, 0),
    ("n2d-standard-2", 2.0, 8.0, 0),
    ("n2d-standard-4", 4.0, 16.0, 0),
    ("n2d-standard-8", 8.0, 32.0, 0),
    ("n2d-standard-16", 16.0, 64.0, 0),
    ("n2d-standard-32", 32.0, 128.0, 0),
    ("n2d-standard-48", 48.0, 192.0, 0),
    ("n2d-standard-64", 64.0, 256.0, 0),
    ("n2d-standard-80", 80.0, 320.0, 0),
    ("n2d-standard-96", 96.0, 384.0, 0),
    ("n2d-standard-128", 128.0, 512.0, 0),
    ("n2d-standard-224", 224.0, 896.0, 0),
    // GCP GPU: a2-highgpu (A100 40GB), g2-standard (L4)
    ("a2-highgpu-1g", 12.0, 85.0, 1),
    ("a2-highgpu-2g", 24.0, 170.0, 2),
    ("a2-highgpu-4g", 48.0, 340.0, 4),
    ("a2-highgpu-8g", 96.0, 680.0, 8),
    ("g2-standard-4", 4.0, 16.0, 1),
    ("g2-standard-8", 8.0, 32.0, 1),
    ("g2-standard-12", 12.0, 48.0, 1),
    ("g2-standard-16", 16.0, 64.0, 1),
    ("g2-standard-24", 24.0, 96.0, 2),
    ("g2-standard-32", 32.0, 128.0, 1),
    ("g2-standard-48", 48.0, 192.0, 4),
    ("g2-standard-96", 96.0, 384.0, 8),
];

/// Looks an instance type up: AWS and GCP names exactly, Azure names case-insensitively.
/// A linear scan over a static table: no allocation.
pub fn lookup(name: &str) -> Option<InstanceSpec> {
    let name = name.trim();
    let azure = name
        .get(..9)
        .is_some_and(|p| p.eq_ignore_ascii_case("standard_"));
    TABLE
        .iter()
        .find(|(n, ..)| {
            n.len() == name.len()
                && (if azure {
                    n.eq_ignore_ascii_case(name)
                } else {
                    *n == name
                })
        })
        .map(|&(_, cpu, memory_gib, gpus)| InstanceSpec {
            cpu,
            memory_gib,
            gpus,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(name: &str) -> Option<(f64, f64, u32)> {
        lookup(name).map(|s| (s.cpu, s.memory_gib, s.gpus))
    }

    #[test]
    fn aws() {
        assert_eq!(spec("m5.2xlarge"), Some((8.0, 32.0, 0)));
        assert_eq!(spec("r6i.32xlarge"), Some((128.0, 1024.0, 0)));
        assert_eq!(spec("c5.9xlarge"), Some((36.0, 72.0, 0)));
        assert_eq!(spec("g4dn.12xlarge"), Some((48.0, 192.0, 4)));
        assert_eq!(spec("p3.2xlarge"), Some((8.0, 61.0, 1)));
        assert_eq!(spec("p4d.24xlarge"), Some((96.0, 1152.0, 8)));
        assert_eq!(spec(" m7i.48xlarge "), Some((192.0, 768.0, 0)));
        assert_eq!(spec("M5.2XLARGE"), None);
        assert_eq!(spec("m5.3xlarge"), None);
    }

    #[test]
    fn azure_case_insensitive() {
        assert_eq!(spec("Standard_D8s_v3"), Some((8.0, 32.0, 0)));
        assert_eq!(spec("standard_d8s_v5"), Some((8.0, 32.0, 0)));
        assert_eq!(spec("STANDARD_E64S_V3"), Some((64.0, 432.0, 0)));
        assert_eq!(spec("Standard_NC6s_v3"), Some((6.0, 112.0, 1)));
        assert_eq!(spec("Standard_NC4as_T4_v3"), Some((4.0, 28.0, 1)));
        assert_eq!(spec("Standard_ND96asr_v4"), Some((96.0, 900.0, 8)));
        assert_eq!(spec("Standard_D8s_v9"), None);
    }

    #[test]
    fn gcp() {
        assert_eq!(spec("n2-standard-8"), Some((8.0, 32.0, 0)));
        assert_eq!(spec("n2-highmem-16"), Some((16.0, 128.0, 0)));
        assert_eq!(spec("e2-standard-4"), Some((4.0, 16.0, 0)));
        assert_eq!(spec("a2-highgpu-1g"), Some((12.0, 85.0, 1)));
        assert_eq!(spec("g2-standard-24"), Some((24.0, 96.0, 2)));
        assert_eq!(spec("N2-STANDARD-8"), None);
    }

    #[test]
    fn names_are_unique() {
        for (i, (a, ..)) in TABLE.iter().enumerate() {
            for (b, ..) in TABLE.iter().skip(i + 1) {
                assert!(!a.eq_ignore_ascii_case(b), "{a} twice");
            }
        }
    }
}
