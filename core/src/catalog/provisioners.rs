//! Provisioner catalog: what a StorageClass can do, inferred from its
//! provisioner and parameters. Explicit `capabilities` in the document win field by field.
//!
//! What the catalog cannot know stays `None` (is this NFS server on SSD? how large can a Ceph
//! image grow?), and the rules that need it stay silent. A missing disk-type parameter means the
//! driver's documented default. Parameter keys and disk-type values are compared without regard
//! to ASCII case, as the EBS, Azure and GCE drivers do.
//!
//! Inference allocates nothing: access-mode lists are static slices.
use crate::input::model::{AccessMode, CapabilityOverride, Provider};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// What a storage class can do; an absent (`None`) value means unknown, and rules that need it
/// stay silent.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(rename = "ClassCapabilities", optional_fields)
)]
#[serde(rename_all = "camelCase")]
pub struct Capabilities {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dynamic_provisioning: Option<bool>,
    // Borrowed from the catalog; owned only when the document states `accessModes`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<AccessMode>>"))]
    pub access_modes: Option<Cow<'static, [AccessMode]>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ssd: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nfs: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub any_node: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zonal: Option<bool>,
    #[serde(
        rename = "maxVolumeGiB",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::num::opt"
    )]
    pub max_volume_gib: Option<f64>,
}

impl Capabilities {
    /// Applies the document's explicit capabilities over the inferred ones.
    pub fn apply(&mut self, o: &CapabilityOverride) {
        if o.dynamic_provisioning.is_some() {
            self.dynamic_provisioning = o.dynamic_provisioning;
        }
        if let Some(modes) = &o.access_modes {
            self.access_modes = Some(Cow::Owned(modes.clone()));
        }
        if o.ssd.is_some() {
            self.ssd = o.ssd;
        }
        if o.nfs.is_some() {
            self.nfs = o.nfs;
        }
        if o.any_node.is_some() {
            self.any_node = o.any_node;
        }
        if o.zonal.is_some() {
            self.zonal = o.zonal;
        }
        if o.max_volume_gib.is_some() {
            self.max_volume_gib = o.max_volume_gib;
        }
    }

    /// Whether the class offers `mode`; `None` when its access modes are unknown.
    #[cfg(test)]
    pub fn offers(&self, mode: AccessMode) -> Option<bool> {
        self.access_modes.as_deref().map(|m| m.contains(&mode))
    }
}

use AccessMode::{ReadOnlyMany as Rox, ReadWriteMany as Rwx, ReadWriteOnce as Rwo};
const RWOP: AccessMode = AccessMode::ReadWriteOncePod;

/// Block devices of an in-tree driver: one node at a time.
const BLOCK: &[AccessMode] = &[Rwo];
/// Block devices of a CSI driver (`ReadWriteOncePod` needs CSI).
const BLOCK_CSI: &[AccessMode] = &[Rwo, RWOP];
/// GCE PD: a disk can also be attached read-only to many nodes.
const PD: &[AccessMode] = &[Rwo, Rox];
const PD_CSI: &[AccessMode] = &[Rwo, Rox, RWOP];
/// File systems shared over the network.
const FILE: &[AccessMode] = &[Rwo, Rox, Rwx];
const FILE_CSI: &[AccessMode] = &[Rwo, Rox, Rwx, RWOP];
/// Ceph RBD images (`ReadWriteMany` only as raw block devices, which a platform does not use).
const RBD: &[AccessMode] = &[Rwo, Rox, RWOP];

/// A family of provisioners that share one inference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `kubernetes.io/aws-ebs` (default `type: gp2`).
    EbsInTree,
    /// `ebs.csi.aws.com`, `ebs.csi.eks.amazonaws.com` (EKS Auto Mode) (default `type: gp3`).
    EbsCsi,
    /// `efs.csi.aws.com`.
    Efs,
    /// `kubernetes.io/azure-disk`.
    AzureDiskInTree,
    /// `disk.csi.azure.com`.
    AzureDiskCsi,
    /// `kubernetes.io/azure-file`.
    AzureFileInTree,
    /// `file.csi.azure.com`.
    AzureFileCsi,
    /// `kubernetes.io/gce-pd`.
    GcePdInTree,
    /// `pd.csi.storage.gke.io`.
    GcePdCsi,
    /// `filestore.csi.storage.gke.io`.
    Filestore,
    /// `nfs.csi.k8s.io` and any other provisioner whose name contains `nfs`.
    Nfs,
    /// `rbd.csi.ceph.com`, and `<namespace>.rbd.csi.ceph.com` as Rook (and OpenShift Data
    /// Foundation, `openshift-storage.rbd.csi.ceph.com`) name it: see `rook_ceph`.
    CephRbd,
    /// `cephfs.csi.ceph.com`, and `<namespace>.cephfs.csi.ceph.com` as Rook (and OpenShift
    /// Data Foundation, `openshift-storage.cephfs.csi.ceph.com`) name it: see `rook_ceph`.
    CephFs,
    /// `driver.longhorn.io`.
    Longhorn,
    /// `csi.vsphere.vmware.com`.
    Vsphere,
    /// Volumes on one node's disk: `rancher.io/local-path`, host-path provisioners,
    /// `openebs.io/local`.
    NodeLocal,
    /// `kubernetes.io/no-provisioner`: volumes created by hand (local volumes).
    NoProvisioner,
}

impl Family {
    /// The family of a provisioner, or `None` when the catalog does not know it.
    pub fn of(provisioner: &str) -> Option<Family> {
        let f = match provisioner {
            "kubernetes.io/aws-ebs" => Family::EbsInTree,
            "ebs.csi.aws.com" | "ebs.csi.eks.amazonaws.com" => Family::EbsCsi,
            "efs.csi.aws.com" => Family::Efs,
            "kubernetes.io/azure-disk" => Family::AzureDiskInTree,
            "disk.csi.azure.com" => Family::AzureDiskCsi,
            "kubernetes.io/azure-file" => Family::AzureFileInTree,
            "file.csi.azure.com" => Family::AzureFileCsi,
            "kubernetes.io/gce-pd" => Family::GcePdInTree,
            "pd.csi.storage.gke.io" => Family::GcePdCsi,
            "filestore.csi.storage.gke.io" => Family::Filestore,
            "rbd.csi.ceph.com" => Family::CephRbd,
            "cephfs.csi.ceph.com" => Family::CephFs,
            "driver.longhorn.io" => Family::Longhorn,
            "csi.vsphere.vmware.com" => Family::Vsphere,
            "rancher.io/local-path"
            | "kubernetes.io/host-path"
            | "hostpath.csi.k8s.io"
            | "k8s.io/minikube-hostpath"
            | "microk8s.io/hostpath"
            | "docker.io/hostpath"
            | "openebs.io/local" => Family::NodeLocal,
            "kubernetes.io/no-provisioner" => Family::NoProvisioner,
            // Before the `nfs` test: a Rook operator namespace may well contain "nfs".
            p => match rook_ceph(p) {
                Some(f) => f,
                None if contains_nfs(p) => Family::Nfs,
                None => return None,
            },
        };
        Some(f)
    }

    /// The parameter that names the disk type or SKU, the keys the driver also accepts for it,
    /// and its default when absent (`None`: no default the catalog relies on).
    fn disk_param(self) -> Option<(&'static [&'static str], Option<&'static str>)> {
        const SKU_CSI: &[&str] = &["skuName", "storageaccounttype"];
        const SKU_IN_TREE: &[&str] = &["storageaccounttype", "skuName"];
        match self {
            Family::EbsInTree => Some((&["type"], Some("gp2"))),
            Family::EbsCsi => Some((&["type"], Some("gp3"))),
            Family::AzureDiskCsi => Some((SKU_CSI, Some("StandardSSD_LRS"))),
            // Since Kubernetes 1.24 in-tree Azure Disk calls go to the CSI driver (CSI migration),
            // whose default SKU is `StandardSSD_LRS`.
            Family::AzureDiskInTree => Some((SKU_IN_TREE, Some("StandardSSD_LRS"))),
            // Azure Files: `Standard_LRS`, except NFS shares, which only exist on premium
            // storage (see `azure_file`).
            Family::AzureFileCsi => Some((SKU_CSI, Some("Standard_LRS"))),
            Family::AzureFileInTree => Some((SKU_IN_TREE, Some("Standard_LRS"))),
            Family::GcePdInTree | Family::GcePdCsi => Some((&["type"], Some("pd-standard"))),
            Family::Filestore => Some((&["tier"], Some("standard"))),
            _ => None,
        }
    }

    /// The cloud whose API the driver calls, for the cloud drivers (EBS and EFS: AWS; Azure
    /// Disk and Azure Files: Azure; GCE PD and Filestore: GCP); `None` for the drivers that run
    /// anywhere (NFS, Ceph, Longhorn, vSphere, local volumes).
    pub fn cloud(self) -> Option<Provider> {
        match self {
            Family::EbsInTree | Family::EbsCsi | Family::Efs => Some(Provider::Aws),
            Family::AzureDiskInTree
            | Family::AzureDiskCsi
            | Family::AzureFileInTree
            | Family::AzureFileCsi => Some(Provider::Azure),
            Family::GcePdInTree | Family::GcePdCsi | Family::Filestore => Some(Provider::Gcp),
            Family::Nfs
            | Family::CephRbd
            | Family::CephFs
            | Family::Longhorn
            | Family::Vsphere
            | Family::NodeLocal
            | Family::NoProvisioner => None,
        }
    }

    /// Whether the driver serves shared file systems (EFS, Azure Files, Filestore) rather than
    /// block disks.
    pub fn is_cloud_file(self) -> bool {
        matches!(
            self,
            Family::Efs | Family::AzureFileInTree | Family::AzureFileCsi | Family::Filestore
        )
    }

    /// Whether this is an Azure Disk or Azure Files provisioner (they have SKUs).
    pub fn is_azure(self) -> bool {
        matches!(
            self,
            Family::AzureDiskInTree
                | Family::AzureDiskCsi
                | Family::AzureFileInTree
                | Family::AzureFileCsi
        )
    }
}

/// Rook's Ceph CSI drivers carry the operator's namespace as a prefix:
/// `<namespace>.rbd.csi.ceph.com` and `<namespace>.cephfs.csi.ceph.com` (default namespace
/// `rook-ceph`; OpenShift Data Foundation runs it in `openshift-storage`). They are the same
/// drivers as `rbd.csi.ceph.com` and `cephfs.csi.ceph.com`, so they infer the same capabilities.
///
/// Rook documentation, "Block Storage Overview"
/// (<https://rook.io/docs/rook/latest/Storage-Configuration/Block-Storage-RBD/block-storage/>):
/// "If you've deployed the Rook operator in a namespace other than "rook-ceph", change the
/// prefix in the provisioner to match the namespace you used. For example, if the Rook operator
/// is running in the namespace "my-namespace" the provisioner value should be
/// "my-namespace.rbd.csi.ceph.com"." "Filesystem Storage Overview"
/// (<https://rook.io/docs/rook/latest/Storage-Configuration/Shared-Filesystem-CephFS/filesystem-storage/>)
/// shows `provisioner: rook-ceph.cephfs.csi.ceph.com` under "Change "rook-ceph" provisioner
/// prefix to match the operator namespace if needed".
///
/// The prefix must be a Kubernetes namespace name (a DNS-1123 label: 1 to 63 characters of
/// `[a-z0-9-]`, starting and ending with a letter or digit); anything else stays unknown.
fn rook_ceph(p: &str) -> Option<Family> {
    let (namespace, driver) = p.split_once('.')?;
    let family = match driver {
        "rbd.csi.ceph.com" => Family::CephRbd,
        "cephfs.csi.ceph.com" => Family::CephFs,
        _ => return None,
    };
    is_dns_label(namespace).then_some(family)
}

/// A DNS-1123 label, as Kubernetes requires of a namespace name.
fn is_dns_label(s: &str) -> bool {
    let alnum = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    let b = s.as_bytes();
    (1..=63).contains(&b.len())
        && b.first().is_some_and(alnum)
        && b.last().is_some_and(alnum)
        && b.iter().all(|c| alnum(c) || *c == b'-')
}

fn contains_nfs(p: &str) -> bool {
    p.as_bytes()
        .windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"nfs"))
}

/// A parameter looked up without regard to the ASCII case of its key.
fn param<'p>(params: Option<&Params<'p>>, key: &str) -> Option<(&'p str, &'p str)> {
    params?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(k, v)| (*k, *v))
}

/// A class's `parameters`, borrowed from the document.
pub type Params<'a> = BTreeMap<&'a str, &'a str>;

/// The disk type (or SKU, or Filestore tier) a class provisions: the parameter as written, or
/// the driver's default when the parameter is absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiskType<'p> {
    /// The parameter key, as written (or the driver's canonical key for a default).
    pub key: &'p str,
    /// The value, as written (or the driver's default).
    pub value: &'p str,
    /// Whether the value is the driver's default (the parameter is absent).
    pub defaulted: bool,
}

/// The disk type of a class, for the provisioners that have one.
pub fn disk_type<'p>(provisioner: &str, parameters: Option<&Params<'p>>) -> Option<DiskType<'p>> {
    let family = Family::of(provisioner)?;
    let (keys, default) = family.disk_param()?;
    for key in keys {
        if let Some((k, v)) = param(parameters, key) {
            return Some(DiskType {
                key: k,
                value: v,
                defaulted: false,
            });
        }
    }
    let key = keys.first()?;
    let value = match family {
        Family::AzureFileCsi | Family::AzureFileInTree if azure_file_nfs(parameters) => {
            "Premium_LRS"
        }
        _ => default?,
    };
    Some(DiskType {
        key,
        value,
        defaulted: true,
    })
}

fn is(v: &str, s: &str) -> bool {
    v.eq_ignore_ascii_case(s)
}

fn starts(v: &str, prefix: &str) -> bool {
    v.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

fn ends(v: &str, suffix: &str) -> bool {
    v.len() >= suffix.len()
        && v.get(v.len() - suffix.len()..)
            .is_some_and(|t| t.eq_ignore_ascii_case(suffix))
}

/// Whether an Azure SKU is a premium one (`Premium_*`, `PremiumV2_LRS`, `UltraSSD_LRS`: Ultra
/// disks are a tier above premium).
pub fn is_premium_sku(sku: &str) -> bool {
    starts(sku, "Premium") || is(sku, "UltraSSD_LRS")
}

fn azure_file_nfs(params: Option<&Params<'_>>) -> bool {
    param(params, "protocol").is_some_and(|(_, v)| is(v, "nfs"))
}

/// The capabilities of a provisioner in the catalog, or `None` when it is not in it.
pub fn infer(provisioner: &str, parameters: Option<&Params<'_>>) -> Option<Capabilities> {
    let family = Family::of(provisioner)?;
    let kind = disk_type(provisioner, parameters).map(|d| d.value);
    let caps = match family {
        Family::EbsInTree | Family::EbsCsi => ebs(family, kind),
        Family::Efs => Capabilities {
            dynamic_provisioning: Some(true),
            access_modes: modes(FILE_CSI),
            ssd: None,
            nfs: Some(true),
            any_node: Some(true),
            zonal: Some(false),
            // Elastic: no volume size to outgrow.
            max_volume_gib: None,
        },
        Family::AzureDiskInTree | Family::AzureDiskCsi => azure_disk(family, kind),
        Family::AzureFileInTree | Family::AzureFileCsi => azure_file(family, kind, parameters),
        Family::GcePdInTree | Family::GcePdCsi => gce_pd(family, kind, parameters),
        Family::Filestore => filestore(kind),
        Family::Nfs => Capabilities {
            dynamic_provisioning: Some(true),
            access_modes: modes(FILE_CSI),
            ssd: None,
            nfs: Some(true),
            any_node: Some(true),
            zonal: Some(false),
            max_volume_gib: None,
        },
        Family::CephRbd => Capabilities {
            dynamic_provisioning: Some(true),
            access_modes: modes(RBD),
            ssd: None,
            nfs: Some(false),
            any_node: Some(true),
            zonal: Some(false),
            max_volume_gib: None,
        },
        Family::CephFs => Capabilities {
            dynamic_provisioning: Some(true),
            access_modes: modes(FILE_CSI),
            ssd: None,
            nfs: Some(false),
            any_node: Some(true),
            zonal: Some(false),
            max_volume_gib: None,
        },
        Family::Longhorn => Capabilities {
            dynamic_provisioning: Some(true),
            // `ReadWriteMany` volumes are exported over NFS by Longhorn's share manager.
            access_modes: modes(FILE_CSI),
            ssd: None,
            nfs: Some(false),
            any_node: Some(true),
            zonal: Some(false),
            max_volume_gib: None,
        },
        Family::Vsphere => Capabilities {
            dynamic_provisioning: Some(true),
            // `ReadWriteMany` depends on vSAN File Services, which the class does not show.
            access_modes: None,
            ssd: None,
            nfs: Some(false),
            any_node: Some(true),
            zonal: None,
            // A VMDK holds at most 62 TiB.
            max_volume_gib: Some(63_488.0),
        },
        Family::NodeLocal => Capabilities {
            dynamic_provisioning: Some(true),
            access_modes: modes(BLOCK_CSI),
            ssd: None,
            nfs: Some(false),
            any_node: Some(false),
            // A node sits in one zone, so its volumes do too.
            zonal: Some(true),
            max_volume_gib: None,
        },
        Family::NoProvisioner => Capabilities {
            dynamic_provisioning: Some(false),
            access_modes: None,
            ssd: None,
            nfs: Some(false),
            any_node: Some(false),
            zonal: None,
            max_volume_gib: None,
        },
    };
    Some(caps)
}

fn modes(m: &'static [AccessMode]) -> Option<Cow<'static, [AccessMode]>> {
    Some(Cow::Borrowed(m))
}

/// A cloud block disk (EBS, Azure Disk, GCE PD): provisioned on demand, attachable to any node,
/// not NFS; what differs is the access modes, the disk type's SSD-ness, zonality and size limit.
fn cloud_disk(
    access: &'static [AccessMode],
    ssd: Option<bool>,
    zonal: Option<bool>,
    max_volume_gib: Option<f64>,
) -> Capabilities {
    Capabilities {
        dynamic_provisioning: Some(true),
        access_modes: modes(access),
        ssd,
        nfs: Some(false),
        any_node: Some(true),
        zonal,
        max_volume_gib,
    }
}

/// EBS: gp2, gp3, io1, io2 are SSD (16 TiB; io2 Block Express 64 TiB); st1 and sc1 are HDD
/// (16 TiB); `standard` is previous-generation magnetic (1 TiB).
fn ebs(family: Family, kind: Option<&str>) -> Capabilities {
    let (ssd, max) = match kind {
        Some(t) if is(t, "gp2") || is(t, "gp3") || is(t, "io1") => (Some(true), Some(16_384.0)),
        Some(t) if is(t, "io2") => (Some(true), Some(65_536.0)),
        Some(t) if is(t, "st1") || is(t, "sc1") => (Some(false), Some(16_384.0)),
        Some(t) if is(t, "standard") => (Some(false), Some(1_024.0)),
        _ => (None, None),
    };
    let access = if family == Family::EbsCsi {
        BLOCK_CSI
    } else {
        BLOCK
    };
    cloud_disk(access, ssd, Some(true), max)
}

/// Azure Disk: `Premium_*`, `PremiumV2_LRS`, `StandardSSD_*`, `UltraSSD_LRS` are SSD,
/// `Standard_LRS` is HDD. `*_LRS` disks live in one zone, `*_ZRS` disks are replicated across
/// zones. Up to 32 TiB − 1 GiB; Ultra and Premium v2 up to 64 TiB.
fn azure_disk(family: Family, kind: Option<&str>) -> Capabilities {
    let known = kind.filter(|s| {
        starts(s, "Premium")
            || starts(s, "StandardSSD_")
            || is(s, "UltraSSD_LRS")
            || is(s, "Standard_LRS")
    });
    let ssd = known.map(|s| !is(s, "Standard_LRS"));
    let zonal = known.map(|s| !ends(s, "_ZRS"));
    let max = known.map(|s| {
        if is(s, "UltraSSD_LRS") || is(s, "PremiumV2_LRS") {
            65_536.0
        } else {
            32_767.0
        }
    });
    let access = if family == Family::AzureDiskCsi {
        BLOCK_CSI
    } else {
        BLOCK
    };
    cloud_disk(access, ssd, zonal, max)
}

/// Azure Files: SMB shares, or NFS shares with `protocol: nfs` (premium only). Premium shares
/// are SSD-backed and hold up to 100 TiB; standard shares are HDD-backed and hold 5 TiB, or
/// 100 TiB with `enableLargeFileShares: "true"`.
fn azure_file(family: Family, kind: Option<&str>, params: Option<&Params<'_>>) -> Capabilities {
    let premium = kind.and_then(|s| {
        if starts(s, "Premium") {
            Some(true)
        } else if starts(s, "Standard") {
            Some(false)
        } else {
            None
        }
    });
    let large = param(params, "enableLargeFileShares").is_some_and(|(_, v)| is(v, "true"));
    let max = premium.map(|p| if p || large { 102_400.0 } else { 5_120.0 });
    Capabilities {
        dynamic_provisioning: Some(true),
        access_modes: modes(if family == Family::AzureFileCsi {
            FILE_CSI
        } else {
            FILE
        }),
        ssd: premium,
        nfs: Some(azure_file_nfs(params)),
        any_node: Some(true),
        zonal: Some(false),
        max_volume_gib: max,
    }
}

/// GCE PD: `pd-ssd`, `pd-balanced`, `pd-extreme` and every `hyperdisk-*` are SSD, `pd-standard`
/// is HDD; 64 TiB (hyperdisk-throughput 32 TiB). Zonal unless `replication-type: regional-pd`.
fn gce_pd(family: Family, kind: Option<&str>, params: Option<&Params<'_>>) -> Capabilities {
    let ssd = match kind {
        Some(t) if is(t, "pd-standard") => Some(false),
        Some(t)
            if is(t, "pd-ssd")
                || is(t, "pd-balanced")
                || is(t, "pd-extreme")
                || starts(t, "hyperdisk-") =>
        {
            Some(true)
        }
        _ => None,
    };
    let max = match kind {
        Some(t) if is(t, "hyperdisk-throughput") => Some(32_768.0),
        _ if ssd.is_some() => Some(65_536.0),
        _ => None,
    };
    let regional = param(params, "replication-type").is_some_and(|(_, v)| is(v, "regional-pd"));
    let access = if family == Family::GcePdCsi {
        PD_CSI
    } else {
        PD
    };
    cloud_disk(access, ssd, Some(!regional), max)
}

/// Filestore: NFS shares. `standard` (BASIC_HDD) is HDD; `premium` (BASIC_SSD), `enterprise`,
/// `zonal` and `high-scale` tiers are SSD. Basic tiers hold up to 63.9 TiB, enterprise 10 TiB,
/// zonal and high-scale 100 TiB.
fn filestore(kind: Option<&str>) -> Capabilities {
    let (ssd, max) = match kind {
        Some(t) if is(t, "standard") || is(t, "BASIC_HDD") => (Some(false), Some(65_433.6)),
        Some(t) if is(t, "premium") || is(t, "BASIC_SSD") => (Some(true), Some(65_433.6)),
        Some(t) if is(t, "enterprise") => (Some(true), Some(10_240.0)),
        Some(t)
            if is(t, "zonal")
                || is(t, "high-scale")
                || is(t, "HIGH_SCALE_SSD")
                || is(t, "regional") =>
        {
            (Some(true), Some(102_400.0))
        }
        _ => (None, None),
    };
    Capabilities {
        dynamic_provisioning: Some(true),
        access_modes: modes(FILE_CSI),
        ssd,
        nfs: Some(true),
        any_node: Some(true),
        zonal: Some(false),
        max_volume_gib: max,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
    use super::*;

    fn params<'a>(kv: &[(&'a str, &'a str)]) -> Params<'a> {
        kv.iter().copied().collect()
    }

    fn caps(p: &str, kv: &[(&str, &str)]) -> Capabilities {
        let m = params(kv);
        infer(p, if kv.is_empty() { None } else { Some(&m) }).unwrap()
    }

    #[test]
    fn ebs_types_and_defaults() {
        for t in ["gp2", "gp3", "io1", "io2", "GP3"] {
            assert_eq!(
                caps("ebs.csi.aws.com", &[("type", t)]).ssd,
                Some(true),
                "{t}"
            );
        }
        for t in ["st1", "sc1", "standard"] {
            assert_eq!(
                caps("kubernetes.io/aws-ebs", &[("type", t)]).ssd,
                Some(false)
            );
        }
        // CSI defaults to gp3, in-tree to gp2: both SSD.
        let csi = caps("ebs.csi.aws.com", &[]);
        assert_eq!(csi.ssd, Some(true));
        assert_eq!(csi.zonal, Some(true));
        assert_eq!(csi.max_volume_gib, Some(16_384.0));
        let d = disk_type("ebs.csi.aws.com", None).unwrap();
        assert_eq!((d.key, d.value, d.defaulted), ("type", "gp3", true));
        let d = disk_type("kubernetes.io/aws-ebs", None).unwrap();
        assert_eq!(d.value, "gp2");
        assert_eq!(
            caps("kubernetes.io/aws-ebs", &[("type", "standard")]).max_volume_gib,
            Some(1_024.0)
        );
        // An unknown type: the provisioner is known, the disk is not.
        let odd = caps("ebs.csi.aws.com", &[("type", "gp9")]);
        assert_eq!((odd.ssd, odd.max_volume_gib), (None, None));
        assert_eq!(odd.dynamic_provisioning, Some(true));
        assert_eq!(
            caps("ebs.csi.aws.com", &[]).offers(AccessMode::ReadWriteOnce),
            Some(true)
        );
        assert_eq!(
            caps("ebs.csi.aws.com", &[]).offers(AccessMode::ReadWriteMany),
            Some(false)
        );
        // Keys are case-insensitive.
        assert_eq!(caps("ebs.csi.aws.com", &[("Type", "sc1")]).ssd, Some(false));
    }

    #[test]
    fn efs_is_shared_nfs() {
        let c = caps("efs.csi.aws.com", &[("provisioningMode", "efs-ap")]);
        assert_eq!(c.offers(AccessMode::ReadWriteMany), Some(true));
        assert_eq!(c.nfs, Some(true));
        assert_eq!(c.ssd, None);
        assert_eq!(c.zonal, Some(false));
    }

    #[test]
    fn azure_disk_skus() {
        for s in [
            "Premium_LRS",
            "Premium_ZRS",
            "PremiumV2_LRS",
            "StandardSSD_LRS",
            "StandardSSD_ZRS",
            "UltraSSD_LRS",
        ] {
            assert_eq!(
                caps("disk.csi.azure.com", &[("skuName", s)]).ssd,
                Some(true),
                "{s}"
            );
        }
        let hdd = caps(
            "kubernetes.io/azure-disk",
            &[("storageaccounttype", "Standard_LRS")],
        );
        assert_eq!(hdd.ssd, Some(false));
        assert_eq!(hdd.zonal, Some(true));
        assert_eq!(
            caps("disk.csi.azure.com", &[("skuname", "Premium_ZRS")]).zonal,
            Some(false)
        );
        // CSI default StandardSSD_LRS: SSD, zonal, not premium.
        let d = disk_type("disk.csi.azure.com", None).unwrap();
        assert_eq!(
            (d.key, d.value, d.defaulted),
            ("skuName", "StandardSSD_LRS", true)
        );
        assert!(!is_premium_sku(d.value));
        assert_eq!(caps("disk.csi.azure.com", &[]).ssd, Some(true));
        assert!(is_premium_sku("Premium_LRS"));
        assert!(is_premium_sku("PremiumV2_LRS"));
        assert!(is_premium_sku("UltraSSD_LRS"));
        assert!(!is_premium_sku("StandardSSD_LRS"));
        assert_eq!(
            caps("disk.csi.azure.com", &[("skuName", "UltraSSD_LRS")]).max_volume_gib,
            Some(65_536.0)
        );
        assert_eq!(
            caps("disk.csi.azure.com", &[("skuName", "Premium_LRS")]).max_volume_gib,
            Some(32_767.0)
        );
        // The in-tree driver also reads `skuName`.
        let sku = params(&[("skuName", "Premium_LRS")]);
        let d = disk_type("kubernetes.io/azure-disk", Some(&sku)).unwrap();
        assert_eq!(
            (d.key, d.value, d.defaulted),
            ("skuName", "Premium_LRS", false)
        );
    }

    #[test]
    fn azure_files_nfs_only_with_protocol() {
        let smb = caps("file.csi.azure.com", &[]);
        assert_eq!(smb.nfs, Some(false));
        assert_eq!(smb.ssd, Some(false));
        assert_eq!(smb.max_volume_gib, Some(5_120.0));
        assert_eq!(smb.offers(AccessMode::ReadWriteMany), Some(true));
        let nfs = caps("file.csi.azure.com", &[("protocol", "nfs")]);
        assert_eq!(nfs.nfs, Some(true));
        // NFS shares are premium.
        assert_eq!(nfs.ssd, Some(true));
        assert_eq!(
            caps("kubernetes.io/azure-file", &[("skuName", "Premium_LRS")]).ssd,
            Some(true)
        );
        assert_eq!(
            caps(
                "file.csi.azure.com",
                &[
                    ("skuName", "Standard_LRS"),
                    ("enableLargeFileShares", "true")
                ]
            )
            .max_volume_gib,
            Some(102_400.0)
        );
    }

    #[test]
    fn gce_pd_types_and_replication() {
        for t in ["pd-ssd", "pd-balanced", "pd-extreme", "hyperdisk-balanced"] {
            assert_eq!(
                caps("pd.csi.storage.gke.io", &[("type", t)]).ssd,
                Some(true)
            );
        }
        // Default pd-standard: HDD.
        let d = caps("kubernetes.io/gce-pd", &[]);
        assert_eq!(d.ssd, Some(false));
        assert_eq!(d.zonal, Some(true));
        assert_eq!(
            disk_type("pd.csi.storage.gke.io", None).unwrap().value,
            "pd-standard"
        );
        let regional = caps(
            "pd.csi.storage.gke.io",
            &[("type", "pd-ssd"), ("replication-type", "regional-pd")],
        );
        assert_eq!(regional.zonal, Some(false));
        assert_eq!(
            caps("kubernetes.io/gce-pd", &[("replication-type", "none")]).zonal,
            Some(true)
        );
        assert_eq!(
            caps("pd.csi.storage.gke.io", &[("type", "hyperdisk-throughput")]).max_volume_gib,
            Some(32_768.0)
        );
    }

    #[test]
    fn filestore_tiers() {
        let c = caps("filestore.csi.storage.gke.io", &[]);
        assert_eq!((c.nfs, c.ssd), (Some(true), Some(false)));
        assert_eq!(
            caps("filestore.csi.storage.gke.io", &[("tier", "enterprise")]).ssd,
            Some(true)
        );
    }

    #[test]
    fn nfs_ceph_longhorn_vsphere() {
        for p in [
            "nfs.csi.k8s.io",
            "k8s-sigs.io/nfs-subdir-external-provisioner",
            "cluster.local/NFS-client",
        ] {
            let c = caps(p, &[]);
            assert_eq!(c.nfs, Some(true), "{p}");
            assert_eq!(c.ssd, None, "{p}: an NFS server's disks are unknown");
        }
        for p in ["rbd.csi.ceph.com", "openshift-storage.rbd.csi.ceph.com"] {
            let c = caps(p, &[]);
            assert_eq!(c.nfs, Some(false));
            assert_eq!(c.offers(AccessMode::ReadWriteMany), Some(false));
        }
        for p in [
            "cephfs.csi.ceph.com",
            "openshift-storage.cephfs.csi.ceph.com",
        ] {
            assert_eq!(caps(p, &[]).offers(AccessMode::ReadWriteMany), Some(true));
        }
        assert_eq!(caps("driver.longhorn.io", &[]).any_node, Some(true));
        assert_eq!(caps("csi.vsphere.vmware.com", &[]).access_modes, None);
    }

    #[test]
    fn rook_ceph_drivers_carry_the_operator_namespace() {
        let rbd = caps("rbd.csi.ceph.com", &[]);
        let cephfs = caps("cephfs.csi.ceph.com", &[]);
        for ns in [
            "rook-ceph",
            "openshift-storage",
            "my-namespace",
            "rook-op",
            "ceph1",
            "a",
        ] {
            let p = format!("{ns}.rbd.csi.ceph.com");
            assert_eq!(Family::of(&p), Some(Family::CephRbd), "{p}");
            assert_eq!(caps(&p, &[]), rbd, "{p}");
            let p = format!("{ns}.cephfs.csi.ceph.com");
            assert_eq!(Family::of(&p), Some(Family::CephFs), "{p}");
            assert_eq!(caps(&p, &[]), cephfs, "{p}");
        }
        let c = caps("rook-ceph.cephfs.csi.ceph.com", &[]);
        assert_eq!(c.offers(AccessMode::ReadWriteMany), Some(true));
        assert_eq!(c.nfs, Some(false));
        let r = caps("rook-ceph.rbd.csi.ceph.com", &[]);
        assert_eq!(r.offers(AccessMode::ReadWriteOnce), Some(true));
        assert_eq!(r.offers(AccessMode::ReadWriteMany), Some(false));
        // A namespace that contains "nfs" is still Ceph, not NFS.
        assert_eq!(
            Family::of("nfs-ceph.rbd.csi.ceph.com"),
            Some(Family::CephRbd)
        );
        // 63 characters is the longest namespace name.
        let longest = format!("{}.rbd.csi.ceph.com", "a".repeat(63));
        assert_eq!(Family::of(&longest), Some(Family::CephRbd));
    }

    #[test]
    fn not_rook_ceph_drivers() {
        for p in [
            // Not a namespace name: empty, uppercase, a dot, an underscore, a leading or
            // trailing hyphen, 64 characters.
            ".rbd.csi.ceph.com",
            "Rook-Ceph.rbd.csi.ceph.com",
            "my.ns.rbd.csi.ceph.com",
            "rook_ceph.cephfs.csi.ceph.com",
            "-rook.rbd.csi.ceph.com",
            "rook-.cephfs.csi.ceph.com",
            &format!("{}.rbd.csi.ceph.com", "a".repeat(64)),
            // Not a Ceph CSI driver.
            "rook-ceph.rgw.csi.ceph.com",
            "rook-ceph.rbd.csi.ceph.com.",
            "rook-ceph.rbd.csi.ceph.org",
            "rook-ceph.rbdx.csi.ceph.com",
            "ceph.rook.io/block",
        ] {
            assert_eq!(Family::of(p), None, "{p}");
            assert!(infer(p, None).is_none(), "{p}");
        }
    }

    #[test]
    fn node_local_and_static() {
        let lp = caps("rancher.io/local-path", &[]);
        assert_eq!(lp.any_node, Some(false));
        assert_eq!(lp.dynamic_provisioning, Some(true));
        let np = caps("kubernetes.io/no-provisioner", &[]);
        assert_eq!(np.dynamic_provisioning, Some(false));
        assert_eq!(np.any_node, Some(false));
    }

    #[test]
    fn unknown_provisioner() {
        assert!(infer("example.com/fancy", None).is_none());
        assert!(disk_type("example.com/fancy", None).is_none());
        assert!(disk_type("efs.csi.aws.com", None).is_none());
    }

    #[test]
    fn overrides_win_field_by_field() {
        let mut c = caps("nfs.csi.k8s.io", &[]);
        c.apply(&CapabilityOverride {
            ssd: Some(true),
            access_modes: Some(vec![AccessMode::ReadWriteMany]),
            ..Default::default()
        });
        assert_eq!(c.ssd, Some(true));
        assert_eq!(c.nfs, Some(true));
        assert_eq!(c.offers(AccessMode::ReadWriteOnce), Some(false));
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["accessModes"], serde_json::json!(["ReadWriteMany"]));
    }

    #[test]
    fn json_shape() {
        let json = serde_json::to_value(caps("ebs.csi.aws.com", &[])).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "dynamicProvisioning": true,
                "accessModes": ["ReadWriteOnce", "ReadWriteOncePod"],
                "ssd": true, "nfs": false, "anyNode": true, "zonal": true,
                "maxVolumeGiB": 16384
            })
        );
    }

    #[test]
    fn each_cloud_driver_knows_its_cloud() {
        let cloud = |p: &str| Family::of(p).and_then(Family::cloud);
        for p in [
            "ebs.csi.aws.com",
            "ebs.csi.eks.amazonaws.com",
            "kubernetes.io/aws-ebs",
            "efs.csi.aws.com",
        ] {
            assert_eq!(cloud(p), Some(Provider::Aws), "{p}");
        }
        for p in [
            "disk.csi.azure.com",
            "file.csi.azure.com",
            "kubernetes.io/azure-disk",
            "kubernetes.io/azure-file",
        ] {
            assert_eq!(cloud(p), Some(Provider::Azure), "{p}");
        }
        for p in [
            "pd.csi.storage.gke.io",
            "filestore.csi.storage.gke.io",
            "kubernetes.io/gce-pd",
        ] {
            assert_eq!(cloud(p), Some(Provider::Gcp), "{p}");
        }
        for p in [
            "nfs.csi.k8s.io",
            "rbd.csi.ceph.com",
            "rook-ceph.cephfs.csi.ceph.com",
            "driver.longhorn.io",
            "csi.vsphere.vmware.com",
            "rancher.io/local-path",
            "kubernetes.io/no-provisioner",
            "csi.example.com",
        ] {
            assert_eq!(cloud(p), None, "{p}");
        }
        assert!(Family::Efs.is_cloud_file() && Family::Filestore.is_cloud_file());
        assert!(!Family::EbsCsi.is_cloud_file() && !Family::GcePdCsi.is_cloud_file());
    }
}
