//! Instance catalog: common AWS, Azure and GCP instance types, so a pool that names
//! `instanceType` and leaves `cpu` / `memory` / `gpus` out is still checked. Only types whose
//! numbers are published exactly are listed (vCPU, memory in GiB, GPUs); a type not listed is
//! unknown, and the rules that need its size stay silent. A wrong entry raises false alarms, a
//! missing one only keeps rules silent: a size whose numbers could not be confirmed in the
//! cloud's documentation is left out.
//!
//! Memory convention: the figure the cloud publishes, taken as GiB. AWS publishes "Memory
//! (GiB)". Azure's size tables head the column "Memory (GB)" (some "Memory (GiB)") for the same
//! binary figures: the Dsv5 host specifications give "8 - 384 GiB" for sizes listed as 8 … 384
//! "GB". GCP publishes "GB" and defines it as binary: "For Compute Engine, disk size, machine
//! type memory, and network usage are calculated in gigabytes (GB), where 1 GB is 2^30 bytes.
//! This unit of measurement is also known as a gibibyte (GiB)." (VM instance pricing,
//! <https://cloud.google.com/compute/vm-instance-pricing>). So n1-standard-4's "15 GB" is 15 GiB.
//! No conversion is applied anywhere.

use crate::input::model::Provider;

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
    // ---------------------------------------------------------------------------------------
    // AWS. Sizes as AWS publishes them at https://aws.amazon.com/ec2/instance-types/ ; the
    // numbers below are the "Default vCPUs" and "Memory (GiB)" columns of the Amazon EC2 User
    // Guide's hardware-specification tables (cited per family), or, for GPU types, the AWS
    // Batch User Guide's table, which also gives the GPU count.
    // ---------------------------------------------------------------------------------------
    // AWS T3 (burstable): Amazon EC2 User Guide, "General purpose instances", Hardware
    // specifications, https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html
    ("t3.nano", 2.0, 0.5, 0),
    ("t3.micro", 2.0, 1.0, 0),
    ("t3.small", 2.0, 2.0, 0),
    ("t3.medium", 2.0, 4.0, 0),
    ("t3.large", 2.0, 8.0, 0),
    ("t3.xlarge", 4.0, 16.0, 0),
    ("t3.2xlarge", 8.0, 32.0, 0),
    // AWS T3a (burstable, AMD): same page as T3.
    ("t3a.nano", 2.0, 0.5, 0),
    ("t3a.micro", 2.0, 1.0, 0),
    ("t3a.small", 2.0, 2.0, 0),
    ("t3a.medium", 2.0, 4.0, 0),
    ("t3a.large", 2.0, 8.0, 0),
    ("t3a.xlarge", 4.0, 16.0, 0),
    ("t3a.2xlarge", 8.0, 32.0, 0),
    // AWS M5: same page as T3.
    ("m5.large", 2.0, 8.0, 0),
    ("m5.xlarge", 4.0, 16.0, 0),
    ("m5.2xlarge", 8.0, 32.0, 0),
    ("m5.4xlarge", 16.0, 64.0, 0),
    ("m5.8xlarge", 32.0, 128.0, 0),
    ("m5.12xlarge", 48.0, 192.0, 0),
    ("m5.16xlarge", 64.0, 256.0, 0),
    ("m5.24xlarge", 96.0, 384.0, 0),
    // AWS M6i: same page as T3 (m6i.large … m6i.32xlarge, m6i.metal).
    ("m6i.large", 2.0, 8.0, 0),
    ("m6i.xlarge", 4.0, 16.0, 0),
    ("m6i.2xlarge", 8.0, 32.0, 0),
    ("m6i.4xlarge", 16.0, 64.0, 0),
    ("m6i.8xlarge", 32.0, 128.0, 0),
    ("m6i.12xlarge", 48.0, 192.0, 0),
    ("m6i.16xlarge", 64.0, 256.0, 0),
    ("m6i.24xlarge", 96.0, 384.0, 0),
    ("m6i.32xlarge", 128.0, 512.0, 0),
    ("m6i.metal", 128.0, 512.0, 0),
    // AWS M7i: https://aws.amazon.com/ec2/instance-types/m7i/ . AWS's own table could not be
    // read for this revision (the EC2 User Guide copy consulted predates M7i). These entries
    // were already here; m7i.xlarge … m7i.48xlarge agree with Red Hat's reproduction of AWS's
    // specifications (OpenShift documentation, "AWS compute types" for ROSA, which does not
    // list m7i.large). m7i.metal-24xl and m7i.metal-48xl are left out until AWS's page
    // confirms them.
    ("m7i.large", 2.0, 8.0, 0),
    ("m7i.xlarge", 4.0, 16.0, 0),
    ("m7i.2xlarge", 8.0, 32.0, 0),
    ("m7i.4xlarge", 16.0, 64.0, 0),
    ("m7i.8xlarge", 32.0, 128.0, 0),
    ("m7i.12xlarge", 48.0, 192.0, 0),
    ("m7i.16xlarge", 64.0, 256.0, 0),
    ("m7i.24xlarge", 96.0, 384.0, 0),
    ("m7i.48xlarge", 192.0, 768.0, 0),
    // AWS R5: Amazon EC2 User Guide, "Memory optimized instances", Hardware specifications,
    // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html
    ("r5.large", 2.0, 16.0, 0),
    ("r5.xlarge", 4.0, 32.0, 0),
    ("r5.2xlarge", 8.0, 64.0, 0),
    ("r5.4xlarge", 16.0, 128.0, 0),
    ("r5.8xlarge", 32.0, 256.0, 0),
    ("r5.12xlarge", 48.0, 384.0, 0),
    ("r5.16xlarge", 64.0, 512.0, 0),
    ("r5.24xlarge", 96.0, 768.0, 0),
    // AWS R6i: same page as R5 (r6i.large … r6i.32xlarge, r6i.metal).
    ("r6i.large", 2.0, 16.0, 0),
    ("r6i.xlarge", 4.0, 32.0, 0),
    ("r6i.2xlarge", 8.0, 64.0, 0),
    ("r6i.4xlarge", 16.0, 128.0, 0),
    ("r6i.8xlarge", 32.0, 256.0, 0),
    ("r6i.12xlarge", 48.0, 384.0, 0),
    ("r6i.16xlarge", 64.0, 512.0, 0),
    ("r6i.24xlarge", 96.0, 768.0, 0),
    ("r6i.32xlarge", 128.0, 1024.0, 0),
    ("r6i.metal", 128.0, 1024.0, 0),
    // AWS C5: Amazon EC2 User Guide, "Compute optimized instances", Hardware specifications,
    // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html
    ("c5.large", 2.0, 4.0, 0),
    ("c5.xlarge", 4.0, 8.0, 0),
    ("c5.2xlarge", 8.0, 16.0, 0),
    ("c5.4xlarge", 16.0, 32.0, 0),
    ("c5.9xlarge", 36.0, 72.0, 0),
    ("c5.12xlarge", 48.0, 96.0, 0),
    ("c5.18xlarge", 72.0, 144.0, 0),
    ("c5.24xlarge", 96.0, 192.0, 0),
    // AWS C6i: same page as C5 (c6i.large … c6i.32xlarge; c6i.metal is left out: the table
    // consulted does not list it).
    ("c6i.large", 2.0, 4.0, 0),
    ("c6i.xlarge", 4.0, 8.0, 0),
    ("c6i.2xlarge", 8.0, 16.0, 0),
    ("c6i.4xlarge", 16.0, 32.0, 0),
    ("c6i.8xlarge", 32.0, 64.0, 0),
    ("c6i.12xlarge", 48.0, 96.0, 0),
    ("c6i.16xlarge", 64.0, 128.0, 0),
    ("c6i.24xlarge", 96.0, 192.0, 0),
    ("c6i.32xlarge", 128.0, 256.0, 0),
    // AWS GPU types, G4dn (T4), G5 (A10G), P3/P3dn (V100), P4d (A100): AWS Batch User Guide,
    // "GPU jobs" (instance type, GPUs, vCPUs, memory),
    // https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html
    // G5: 1 GPU for xlarge … 8xlarge and 16xlarge, 4 for 12xlarge and 24xlarge, 8 for 48xlarge.
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
    // ---------------------------------------------------------------------------------------
    // Azure: the "Sizes in series" tables of the Azure VM size documentation (Microsoft Learn).
    // ---------------------------------------------------------------------------------------
    // Azure Dsv3: "Dsv3 sizes series",
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv3-series
    ("Standard_D2s_v3", 2.0, 8.0, 0),
    ("Standard_D4s_v3", 4.0, 16.0, 0),
    ("Standard_D8s_v3", 8.0, 32.0, 0),
    ("Standard_D16s_v3", 16.0, 64.0, 0),
    ("Standard_D32s_v3", 32.0, 128.0, 0),
    ("Standard_D48s_v3", 48.0, 192.0, 0),
    ("Standard_D64s_v3", 64.0, 256.0, 0),
    // Azure Dsv4: "Dsv4 sizes series",
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv4-series
    ("Standard_D2s_v4", 2.0, 8.0, 0),
    ("Standard_D4s_v4", 4.0, 16.0, 0),
    ("Standard_D8s_v4", 8.0, 32.0, 0),
    ("Standard_D16s_v4", 16.0, 64.0, 0),
    ("Standard_D32s_v4", 32.0, 128.0, 0),
    ("Standard_D48s_v4", 48.0, 192.0, 0),
    ("Standard_D64s_v4", 64.0, 256.0, 0),
    // Azure Dsv5: "Dsv5 sizes series",
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv5-series
    ("Standard_D2s_v5", 2.0, 8.0, 0),
    ("Standard_D4s_v5", 4.0, 16.0, 0),
    ("Standard_D8s_v5", 8.0, 32.0, 0),
    ("Standard_D16s_v5", 16.0, 64.0, 0),
    ("Standard_D32s_v5", 32.0, 128.0, 0),
    ("Standard_D48s_v5", 48.0, 192.0, 0),
    ("Standard_D64s_v5", 64.0, 256.0, 0),
    ("Standard_D96s_v5", 96.0, 384.0, 0),
    // Azure Esv3: "Ev3 and Esv3-series",
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/ev3-esv3-series
    ("Standard_E2s_v3", 2.0, 16.0, 0),
    ("Standard_E4s_v3", 4.0, 32.0, 0),
    ("Standard_E8s_v3", 8.0, 64.0, 0),
    ("Standard_E16s_v3", 16.0, 128.0, 0),
    ("Standard_E20s_v3", 20.0, 160.0, 0),
    ("Standard_E32s_v3", 32.0, 256.0, 0),
    ("Standard_E48s_v3", 48.0, 384.0, 0),
    ("Standard_E64s_v3", 64.0, 432.0, 0),
    // Azure Esv4: "Esv4 sizes series",
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/esv4-series
    ("Standard_E2s_v4", 2.0, 16.0, 0),
    ("Standard_E4s_v4", 4.0, 32.0, 0),
    ("Standard_E8s_v4", 8.0, 64.0, 0),
    ("Standard_E16s_v4", 16.0, 128.0, 0),
    ("Standard_E20s_v4", 20.0, 160.0, 0),
    ("Standard_E32s_v4", 32.0, 256.0, 0),
    ("Standard_E48s_v4", 48.0, 384.0, 0),
    ("Standard_E64s_v4", 64.0, 504.0, 0),
    // Azure Esv5: "Esv5 sizes series" (E96s_v5 and the isolated E104is_v5 have 672 GB),
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/esv5-series
    ("Standard_E2s_v5", 2.0, 16.0, 0),
    ("Standard_E4s_v5", 4.0, 32.0, 0),
    ("Standard_E8s_v5", 8.0, 64.0, 0),
    ("Standard_E16s_v5", 16.0, 128.0, 0),
    ("Standard_E20s_v5", 20.0, 160.0, 0),
    ("Standard_E32s_v5", 32.0, 256.0, 0),
    ("Standard_E48s_v5", 48.0, 384.0, 0),
    ("Standard_E64s_v5", 64.0, 512.0, 0),
    ("Standard_E96s_v5", 96.0, 672.0, 0),
    ("Standard_E104is_v5", 104.0, 672.0, 0),
    // Azure NCv3 (V100): "NCv3 sizes series" (vCPUs, memory, accelerators),
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ncv3-series
    ("Standard_NC6s_v3", 6.0, 112.0, 1),
    ("Standard_NC12s_v3", 12.0, 224.0, 2),
    ("Standard_NC24s_v3", 24.0, 448.0, 4),
    ("Standard_NC24rs_v3", 24.0, 448.0, 4),
    // Azure NCasT4_v3 (T4): "NCasT4_v3 sizes series",
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ncast4v3-series
    ("Standard_NC4as_T4_v3", 4.0, 28.0, 1),
    ("Standard_NC8as_T4_v3", 8.0, 56.0, 1),
    ("Standard_NC16as_T4_v3", 16.0, 110.0, 1),
    ("Standard_NC64as_T4_v3", 64.0, 440.0, 4),
    // Azure NC_A100_v4 (A100): "NC_A100_v4 sizes series",
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/nca100v4-series
    ("Standard_NC24ads_A100_v4", 24.0, 220.0, 1),
    ("Standard_NC48ads_A100_v4", 48.0, 440.0, 2),
    ("Standard_NC96ads_A100_v4", 96.0, 880.0, 4),
    // Azure NDv2 (8 V100): "NDv2 sizes series",
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ndv2-series
    ("Standard_ND40rs_v2", 40.0, 672.0, 8),
    // Azure NDasrA100_v4 (A100): "NDasrA100_v4 sizes series",
    // https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ndasra100v4-series
    ("Standard_ND96asr_v4", 96.0, 900.0, 8),
    // ---------------------------------------------------------------------------------------
    // GCP: Compute Engine machine families, https://cloud.google.com/compute/docs/machine-resource
    // ---------------------------------------------------------------------------------------
    // GCP N1 standard: "Machine types", "Standard machine types" table (3.75 GB per vCPU),
    // https://cloud.google.com/compute/docs/machine-types (the N1 tables now live on
    // https://cloud.google.com/compute/docs/general-purpose-machines). No bundled GPU: GPUs are
    // attached to N1 separately, so 0 here (for every N1 type below).
    ("n1-standard-1", 1.0, 3.75, 0),
    ("n1-standard-2", 2.0, 7.5, 0),
    ("n1-standard-4", 4.0, 15.0, 0),
    ("n1-standard-8", 8.0, 30.0, 0),
    ("n1-standard-16", 16.0, 60.0, 0),
    ("n1-standard-32", 32.0, 120.0, 0),
    ("n1-standard-64", 64.0, 240.0, 0),
    // GCP n1-standard-96, N1 high-memory and N1 high-CPU: "General-purpose machine family", N1
    // machine series, https://cloud.google.com/compute/docs/general-purpose-machines#n1_machines .
    // That page's tables could not be read for this revision; every number below is one that two
    // independent copies of Google's figures agree on:
    // - the Compute Engine API's own answer to machineTypes.list (guestCpus, and memoryMb in MiB:
    //   n1-highmem-2 13312 = 13 GiB … n1-highmem-96 638976 = 624 GiB, n1-highcpu-2 1843 ≈ 1.8 GiB
    //   … n1-highcpu-96 88474 ≈ 86.4 GiB, n1-standard-96 368640 = 360 GiB), a europe-west1-b
    //   listing kept in a public repository, and the same API answer for n1-standard-96 in
    //   GoogleCloudPlatform/jupyter-extensions, jupyterlab_gcedetails/src/test_helpers.ts;
    // - the machine-type list of GoogleCloudPlatform/jupyter-extensions,
    //   jupyterlab_gcedetails/src/data/machine_types.ts (after
    //   https://cloud.google.com/ai-platform/training/docs/machine-types): "2 vCPUs, 13 GB RAM" …
    //   "96 vCPUs, 624 GB RAM", "2 vCPUs, 1.8 GB RAM" … "64 vCPUs, 57.6 GB RAM" and "96 vCPUs,
    //   86 GB RAM" (the API's 88474 MiB, 86.4 GiB, rounded; 86.4 is taken), "96 vCPUs, 360 GB RAM".
    // Google's own pages confirm some rows, both read in copies: "Certifications for SAP HANA on
    // Google Cloud" (n1-highmem-32 / 64 / 96: 208 / 416 / 624 GB,
    // https://cloud.google.com/sap/docs/certifications-sap-hana) and Cloud Workstations
    // "Available machine types" (n1-standard-96: 96 vCPUs, 360 GB,
    // https://cloud.google.com/workstations/docs/available-machine-types).
    ("n1-standard-96", 96.0, 360.0, 0),
    ("n1-highmem-2", 2.0, 13.0, 0),
    ("n1-highmem-4", 4.0, 26.0, 0),
    ("n1-highmem-8", 8.0, 52.0, 0),
    ("n1-highmem-16", 16.0, 104.0, 0),
    ("n1-highmem-32", 32.0, 208.0, 0),
    ("n1-highmem-64", 64.0, 416.0, 0),
    ("n1-highmem-96", 96.0, 624.0, 0),
    ("n1-highcpu-2", 2.0, 1.8, 0),
    ("n1-highcpu-4", 4.0, 3.6, 0),
    ("n1-highcpu-8", 8.0, 7.2, 0),
    ("n1-highcpu-16", 16.0, 14.4, 0),
    ("n1-highcpu-32", 32.0, 28.8, 0),
    ("n1-highcpu-64", 64.0, 57.6, 0),
    ("n1-highcpu-96", 96.0, 86.4, 0),
    // GCP N2, E2, N2D standard (4 GB per vCPU) and N2 highmem (8 GB per vCPU):
    // https://cloud.google.com/compute/docs/general-purpose-machines . These entries predate
    // this revision and were not re-checked against Google's tables in it; the Compute Engine
    // API listing cited for N1 above agrees with the e2-standard and n2d-standard rows.
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
    // GCP N2D high-memory and high-CPU: "General-purpose machine family", N2D machine series,
    // https://cloud.google.com/compute/docs/general-purpose-machines#n2d_machines . Read in the
    // Compute Engine API's machineTypes.list answer cited for N1 (memoryMb 8192 × vCPUs for
    // n2d-highmem-2 … -96, 1024 × vCPUs for n2d-highcpu-2 … -224; N2D high-memory stops at 96
    // vCPUs) and in SkyPilot's GCP catalog, generated from that API
    // (skypilot-org/skypilot-catalog, catalogs/v7/gcp/vms.csv, columns vCPUs and MemoryGiB:
    // n2d-highmem-8 / 48 / 64 with 64 / 384 / 512, n2d-highcpu-8 / 48 / 64 with 8 / 48 / 64),
    // which agree. The high-memory rows are also in Google's Cloud Workstations "Available
    // machine types" table (https://cloud.google.com/workstations/docs/available-machine-types:
    // "n2d-highmem-2 2 16 GB" … "n2d-highmem-96 96 768 GB", read in a copy).
    ("n2d-highmem-2", 2.0, 16.0, 0),
    ("n2d-highmem-4", 4.0, 32.0, 0),
    ("n2d-highmem-8", 8.0, 64.0, 0),
    ("n2d-highmem-16", 16.0, 128.0, 0),
    ("n2d-highmem-32", 32.0, 256.0, 0),
    ("n2d-highmem-48", 48.0, 384.0, 0),
    ("n2d-highmem-64", 64.0, 512.0, 0),
    ("n2d-highmem-80", 80.0, 640.0, 0),
    ("n2d-highmem-96", 96.0, 768.0, 0),
    ("n2d-highcpu-2", 2.0, 2.0, 0),
    ("n2d-highcpu-4", 4.0, 4.0, 0),
    ("n2d-highcpu-8", 8.0, 8.0, 0),
    ("n2d-highcpu-16", 16.0, 16.0, 0),
    ("n2d-highcpu-32", 32.0, 32.0, 0),
    ("n2d-highcpu-48", 48.0, 48.0, 0),
    ("n2d-highcpu-64", 64.0, 64.0, 0),
    ("n2d-highcpu-80", 80.0, 80.0, 0),
    ("n2d-highcpu-96", 96.0, 96.0, 0),
    ("n2d-highcpu-128", 128.0, 128.0, 0),
    ("n2d-highcpu-224", 224.0, 224.0, 0),
    // GCP C2 (compute-optimized, Intel): "Compute-optimized machine family", C2 machine series,
    // https://cloud.google.com/compute/docs/compute-optimized-machines . Read in the Compute
    // Engine API's machineTypes.list answer cited for N1 ("Compute Optimized: 4 vCPUs, 16 GB
    // RAM", memoryMb 16384 … "60 vCPUs, 240 GB RAM", 245760) and in SkyPilot's GCP catalog
    // (catalogs/v7/gcp/vms.csv: c2-standard-4 / 8 / 16 / 30 / 60 with 16 / 32 / 64 / 120 / 240
    // GiB), which agree. No GPU.
    ("c2-standard-4", 4.0, 16.0, 0),
    ("c2-standard-8", 8.0, 32.0, 0),
    ("c2-standard-16", 16.0, 64.0, 0),
    ("c2-standard-30", 30.0, 120.0, 0),
    ("c2-standard-60", 60.0, 240.0, 0),
    // GCP A2 Standard (A100 40GB), A2 Ultra (A100 80GB) and G2 (L4): "Accelerator-optimized
    // machine family", https://cloud.google.com/compute/docs/accelerator-optimized-machines , and
    // "GPU machine types", https://cloud.google.com/compute/docs/gpus . Their tables ("Machine
    // type, vCPU count, Instance memory (GB), …, GPU count") were read in copies of those pages:
    // "a2-highgpu-1g 12 85 … 1" … "a2-highgpu-8g 96 680 … 8", "a2-megagpu-16g 96 1,360 … 16",
    // "a2-ultragpu-1g 12 170 … 1", "a2-ultragpu-2g 24 340 … 2", "a2-ultragpu-4g 48 680 … 4",
    // "a2-ultragpu-8g 96 1,360 … 8", and the G2 rows "g2-standard-4 4 16 … 1" …
    // "g2-standard-96 96 384 … 8" (the default memory; G2 also allows custom memory, which a
    // pool states with `memory`). SkyPilot's GCP catalog (catalogs/v7/gcp/vms.csv) gives the same
    // vCPUs and memory for every A2 type.
    ("a2-highgpu-1g", 12.0, 85.0, 1),
    ("a2-highgpu-2g", 24.0, 170.0, 2),
    ("a2-highgpu-4g", 48.0, 340.0, 4),
    ("a2-highgpu-8g", 96.0, 680.0, 8),
    ("a2-megagpu-16g", 96.0, 1360.0, 16),
    ("a2-ultragpu-1g", 12.0, 170.0, 1),
    ("a2-ultragpu-2g", 24.0, 340.0, 2),
    ("a2-ultragpu-4g", 48.0, 680.0, 4),
    ("a2-ultragpu-8g", 96.0, 1360.0, 8),
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

/// The cloud an instance type name belongs to, by the form each cloud gives its names, or
/// `None` for a name in none of these forms (an on-premises host class, a typo). The three forms
/// exclude one another, so a name of the provider's own form is never taken for another
/// cloud's, and every type of the table above is in its cloud's form (a test checks).
///
/// - **AWS**: `<family>.<size>`. "The instance family is everything before the period (.) in
///   the instance type name. For example, in the instance type c6i.large, the instance family
///   is c6i" (Amazon EC2 API Reference, "PerformanceFactorReferenceRequest"). The family is
///   lowercase letters, digits and inner hyphens with at least one digit (`m5`, `c6i`,
///   `u-6tb1`, `mac2-m2pro`, `m7i-flex`); the size is one of AWS's sizes (`nano`, `micro`,
///   `small`, `medium`, `large`, `xlarge`, `<n>xlarge`, `metal`, `metal-<n>xl`).
/// - **Azure**: `Standard_…`, compared without regard to case, as Azure does (`Standard_D8s_v5`).
/// - **GCP**: `<series>-<type>-<vCPUs>` (`n2-standard-8`, `a2-highgpu-1g`, `ct5lp-hightpu-4t`,
///   `c3-standard-4-lssd`, `n2-custom-4-16384`), the shared-core types (`e2-micro`,
///   `e2-small`, `e2-medium`, `f1-micro`, `g1-small`) and N1 custom types
///   (`custom-4-16384`). "within the N2 machine series in the general-purpose machine family,
///   you can select the n2-standard-4 machine type" (Compute Engine documentation, "Machine
///   families resource and comparison guide").
///
/// The forms are tight on purpose: a name that fits none stays unknown rather than guessed.
pub fn cloud_of(name: &str) -> Option<Provider> {
    let name = name.trim();
    if is_azure_name(name) {
        Some(Provider::Azure)
    } else if is_aws_name(name) {
        Some(Provider::Aws)
    } else if is_gcp_name(name) {
        Some(Provider::Gcp)
    } else {
        None
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
}

fn lower_alnum(c: u8) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit()
}

/// `Standard_` followed by a letter and letters, digits, `_` or `-` (`Standard_DS13-4_v2`).
fn is_azure_name(name: &str) -> bool {
    let (Some(prefix), Some(rest)) = (name.get(..9), name.get(9..)) else {
        return false;
    };
    prefix.eq_ignore_ascii_case("standard_")
        && rest.bytes().next().is_some_and(|c| c.is_ascii_alphabetic())
        && rest
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
}

fn is_aws_name(name: &str) -> bool {
    let Some((family, size)) = name.split_once('.') else {
        return false;
    };
    let f = family.as_bytes();
    let family_ok = f.first().is_some_and(u8::is_ascii_lowercase)
        && f.last().is_some_and(|c| lower_alnum(*c))
        && f.iter().any(u8::is_ascii_digit)
        && f.iter().all(|c| lower_alnum(*c) || *c == b'-')
        && !family.contains("--");
    let size_ok = matches!(
        size,
        "nano" | "micro" | "small" | "medium" | "large" | "xlarge" | "metal"
    ) || size.strip_suffix("xlarge").is_some_and(digits)
        || size
            .strip_prefix("metal-")
            .and_then(|s| s.strip_suffix("xl"))
            .is_some_and(digits);
    family_ok && size_ok
}

/// GCP machine types that are not `<series>-<type>-<vCPUs>`: the shared-core types.
const GCP_SHARED_CORE: &[&str] = &["e2-micro", "e2-small", "e2-medium", "f1-micro", "g1-small"];

/// The machine type kinds of Compute Engine's predefined (and custom) machine types.
const GCP_KINDS: &[&str] = &[
    "standard", "highmem", "highcpu", "highgpu", "megagpu", "ultragpu", "edgegpu", "ultramem",
    "megamem", "hypermem", "hightpu", "custom",
];

/// Suffixes after the vCPU count: local SSD variants, bare metal, extended memory.
const GCP_SUFFIXES: &[&str] = &["lssd", "highlssd", "standardlssd", "metal", "ext"];

fn is_gcp_name(name: &str) -> bool {
    if GCP_SHARED_CORE.contains(&name) {
        return true;
    }
    let mut parts = name.split('-');
    let (Some(series), Some(kind), Some(size)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    // N1 custom types: `custom-<vCPUs>-<MB>`, optionally `-ext`.
    if series == "custom" {
        return digits(kind) && digits(size) && parts.all(|p| p == "ext");
    }
    let s = series.as_bytes();
    let series_ok = s.first().is_some_and(u8::is_ascii_lowercase)
        && s.iter().any(u8::is_ascii_digit)
        && s.iter().all(|c| lower_alnum(*c));
    // The vCPU count, or for accelerator types the accelerator count with its letter (`1g`, `4t`).
    let size_ok = digits(size)
        || size
            .strip_suffix(|c: char| c.is_ascii_lowercase())
            .is_some_and(digits);
    series_ok
        && GCP_KINDS.contains(&kind)
        && size_ok
        && parts.all(|p| GCP_SUFFIXES.contains(&p) || digits(p))
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
        assert_eq!(spec("t3.large"), Some((2.0, 8.0, 0)));
        assert_eq!(spec("t3.nano"), Some((2.0, 0.5, 0)));
        assert_eq!(spec("t3a.2xlarge"), Some((8.0, 32.0, 0)));
        assert_eq!(spec("m6i.metal"), Some((128.0, 512.0, 0)));
        assert_eq!(spec("r6i.metal"), Some((128.0, 1024.0, 0)));
        assert_eq!(spec("c6i.32xlarge"), Some((128.0, 256.0, 0)));
        // G5: one A10G up to 8xlarge and at 16xlarge, four at 12xlarge and 24xlarge, eight at
        // 48xlarge.
        assert_eq!(spec("g5.xlarge"), Some((4.0, 16.0, 1)));
        assert_eq!(spec("g5.16xlarge"), Some((64.0, 256.0, 1)));
        assert_eq!(spec("g5.12xlarge"), Some((48.0, 192.0, 4)));
        assert_eq!(spec("g5.24xlarge"), Some((96.0, 384.0, 4)));
        assert_eq!(spec("g5.48xlarge"), Some((192.0, 768.0, 8)));
        // Left out for want of a confirmed number.
        assert_eq!(spec("c6i.metal"), None);
        assert_eq!(spec("m7i.metal-48xl"), None);
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
        assert_eq!(spec("Standard_D96s_v5"), Some((96.0, 384.0, 0)));
        assert_eq!(spec("Standard_E96s_v5"), Some((96.0, 672.0, 0)));
        assert_eq!(spec("Standard_E104is_v5"), Some((104.0, 672.0, 0)));
        assert_eq!(spec("Standard_NC64as_T4_v3"), Some((64.0, 440.0, 4)));
        assert_eq!(spec("Standard_D8s_v9"), None);
    }

    #[test]
    fn gcp() {
        assert_eq!(spec("n2-standard-8"), Some((8.0, 32.0, 0)));
        assert_eq!(spec("n2-highmem-16"), Some((16.0, 128.0, 0)));
        assert_eq!(spec("e2-standard-4"), Some((4.0, 16.0, 0)));
        assert_eq!(spec("a2-highgpu-1g"), Some((12.0, 85.0, 1)));
        assert_eq!(spec("g2-standard-24"), Some((24.0, 96.0, 2)));
        // GCP publishes GB meaning GiB: n1-standard-4 has "15 GB", taken as 15 GiB.
        assert_eq!(spec("n1-standard-4"), Some((4.0, 15.0, 0)));
        assert_eq!(spec("n1-standard-1"), Some((1.0, 3.75, 0)));
        assert_eq!(spec("n1-standard-64"), Some((64.0, 240.0, 0)));
        assert_eq!(spec("N2-STANDARD-8"), None);
    }

    #[test]
    fn gcp_families_of_issue_7() {
        // N1: n1-standard-96, high-memory and high-CPU.
        assert_eq!(spec("n1-standard-96"), Some((96.0, 360.0, 0)));
        assert_eq!(spec("n1-highmem-2"), Some((2.0, 13.0, 0)));
        assert_eq!(spec("n1-highmem-8"), Some((8.0, 52.0, 0)));
        assert_eq!(spec("n1-highmem-96"), Some((96.0, 624.0, 0)));
        assert_eq!(spec("n1-highcpu-2"), Some((2.0, 1.8, 0)));
        assert_eq!(spec("n1-highcpu-16"), Some((16.0, 14.4, 0)));
        assert_eq!(spec("n1-highcpu-96"), Some((96.0, 86.4, 0)));
        // N2D: high-memory stops at 96 vCPUs, high-CPU goes to 224.
        assert_eq!(spec("n2d-highmem-2"), Some((2.0, 16.0, 0)));
        assert_eq!(spec("n2d-highmem-96"), Some((96.0, 768.0, 0)));
        assert_eq!(spec("n2d-highmem-128"), None);
        assert_eq!(spec("n2d-highcpu-8"), Some((8.0, 8.0, 0)));
        assert_eq!(spec("n2d-highcpu-224"), Some((224.0, 224.0, 0)));
        // C2: 4, 8, 16, 30 and 60 vCPUs.
        assert_eq!(spec("c2-standard-4"), Some((4.0, 16.0, 0)));
        assert_eq!(spec("c2-standard-30"), Some((30.0, 120.0, 0)));
        assert_eq!(spec("c2-standard-60"), Some((60.0, 240.0, 0)));
        assert_eq!(spec("c2-standard-2"), None);
        // A2: sixteen A100 40GB on a2-megagpu-16g; one to eight A100 80GB on a2-ultragpu.
        assert_eq!(spec("a2-megagpu-16g"), Some((96.0, 1360.0, 16)));
        assert_eq!(spec("a2-ultragpu-1g"), Some((12.0, 170.0, 1)));
        assert_eq!(spec("a2-ultragpu-2g"), Some((24.0, 340.0, 2)));
        assert_eq!(spec("a2-ultragpu-4g"), Some((48.0, 680.0, 4)));
        assert_eq!(spec("a2-ultragpu-8g"), Some((96.0, 1360.0, 8)));
        // G2 beyond g2-standard-4 and -8: one L4 up to 16 vCPUs and at 32, two at 24, four at
        // 48, eight at 96.
        assert_eq!(spec("g2-standard-12"), Some((12.0, 48.0, 1)));
        assert_eq!(spec("g2-standard-32"), Some((32.0, 128.0, 1)));
        assert_eq!(spec("g2-standard-48"), Some((48.0, 192.0, 4)));
        assert_eq!(spec("g2-standard-96"), Some((96.0, 384.0, 8)));
        // Still left out for want of a confirmed number.
        assert_eq!(spec("n1-megamem-96"), None);
        assert_eq!(spec("c2d-standard-8"), None);
        assert_eq!(spec("a3-highgpu-8g"), None);
    }

    #[test]
    fn every_catalog_type_is_in_its_clouds_form() {
        for (n, ..) in TABLE {
            let expected = if n.starts_with("Standard_") {
                Provider::Azure
            } else if n.contains('.') {
                Provider::Aws
            } else {
                Provider::Gcp
            };
            assert_eq!(cloud_of(n), Some(expected), "{n}");
            // One form only.
            let forms = [is_azure_name(n), is_aws_name(n), is_gcp_name(n)];
            assert_eq!(forms.iter().filter(|f| **f).count(), 1, "{n}");
        }
    }

    #[test]
    fn cloud_by_name_form() {
        use Provider::{Aws, Azure, Gcp};
        // AWS types beyond the catalog.
        for n in [
            "m7g.xlarge",
            "c7gn.16xlarge",
            "u-6tb1.56xlarge",
            "mac2-m2pro.metal",
            "m7i-flex.large",
            "m7i.metal-48xl",
            "x2iedn.32xlarge",
            "inf2.xlarge",
            " m5.2xlarge ",
        ] {
            assert_eq!(cloud_of(n), Some(Aws), "{n}");
        }
        for n in [
            "standard_d8s_v5",
            "Standard_DS13-4_v2",
            "STANDARD_NC24ADS_A100_V4",
        ] {
            assert_eq!(cloud_of(n), Some(Azure), "{n}");
        }
        for n in [
            "c3-standard-22",
            "c3-standard-4-lssd",
            "c3-highcpu-192-metal",
            "a3-highgpu-8g",
            "ct5lp-hightpu-4t",
            "z3-highmem-88-highlssd",
            "n2-custom-4-16384",
            "custom-4-16384",
            "e2-medium",
            "m1-ultramem-40",
        ] {
            assert_eq!(cloud_of(n), Some(Gcp), "{n}");
        }
        // Not in any form: unknown, never guessed.
        for n in [
            "",
            "large",
            "gpu-node",
            "M5.2XLARGE",
            "m5.huge",
            "m.large",
            "worker-highmem-8",
            "n2-standard",
            "n2-giant-8",
            "Standard_",
            "Standard_8",
            "bare-metal-32c",
            "dell-r740",
            "zone-1",
        ] {
            assert_eq!(cloud_of(n), None, "{n:?}");
        }
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
