//! Provisioner catalog (SPEC §7, storage): what a StorageClass can do, inferred from its
//! provisioner and parameters. Explicit `capabilities` in the document win field by field.
use crate::input::model::{AccessMode, CapabilityOverride};
use serde::Serialize;
use std::collections::BTreeMap;

/// What a storage class can do; `None` means unknown, and rules that need it stay silent.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Capabilities {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dynamic_provisioning: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_modes: Option<Vec<AccessMode>>,
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
        serialize_with = "whole"
    )]
    pub max_volume_gib: Option<f64>,
}

fn whole<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    use serde::Serialize;
    v.map(crate::facts::number).serialize(s)
}

impl Capabilities {
    /// Applies the document's explicit capabilities over the inferred ones.
    pub fn apply(&mut self, o: &CapabilityOverride) {
        if o.dynamic_provisioning.is_some() {
            self.dynamic_provisioning = o.dynamic_provisioning;
        }
        if o.access_modes.is_some() {
            self.access_modes.clone_from(&o.access_modes);
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
}

/// The capabilities of a provisioner in the catalog, or `None` when it is not in it.
pub fn infer(
    provisioner: &str,
    _parameters: Option<&BTreeMap<String, String>>,
) -> Option<Capabilities> {
    match provisioner {
        "ebs.csi.aws.com" => Some(Capabilities {
            dynamic_provisioning: Some(true),
            access_modes: Some(vec![AccessMode::ReadWriteOnce]),
            ssd: Some(true),
            nfs: Some(false),
            any_node: Some(true),
            zonal: Some(true),
            max_volume_gib: Some(16384.0),
        }),
        _ => None,
    }
}
