//! storage rules, one file each, in catalog order.
mod backup_storage_missing;
mod backup_storage_provider;
mod bucket_name;
mod datasets_efs;
mod object_store_provider;
mod storage_access_mode;
mod storage_any_node;
mod storage_binding_mode;
mod storage_class_missing;
mod storage_dynamic_provisioning;
mod storage_nfs_block;
mod storage_premium_azure;
mod storage_ssd;
mod storage_unknown_provisioner;
mod storage_volume_size;
mod storage_zonal_binding;

use super::{ClassView, Context, Rule};
use crate::text::msg;

/// The storage rules, in registry order.
pub static RULES: &[&Rule] = &[
    &storage_class_missing::RULE,
    &storage_dynamic_provisioning::RULE,
    &storage_access_mode::RULE,
    &storage_binding_mode::RULE,
    &storage_any_node::RULE,
    &storage_ssd::RULE,
    &storage_premium_azure::RULE,
    &storage_nfs_block::RULE,
    &storage_volume_size::RULE,
    &storage_zonal_binding::RULE,
    &storage_unknown_provisioner::RULE,
    &datasets_efs::RULE,
    &backup_storage_missing::RULE,
    &backup_storage_provider::RULE,
    &object_store_provider::RULE,
    &bucket_name::RULE,
];

/// The block and shared classes that exist among `storageClasses`, each once, with how messages
/// name its role: "block class", "shared class", or "block and shared class" when one class
/// plays both.
fn role_classes<'c, 'a>(
    cx: &'c Context<'a>,
) -> impl Iterator<Item = (&'static str, &'c ClassView<'a>)> {
    let block = cx.block();
    let shared = cx.shared();
    let same = matches!((block, shared), (Some(b), Some(s)) if b.class.index == s.class.index);
    let first = block.map(|b| {
        if same {
            ("block and shared class", b)
        } else {
            ("block class", b)
        }
    });
    let second = shared.filter(|_| !same).map(|s| ("shared class", s));
    first.into_iter().chain(second)
}

/// `/storageClasses/i/provisioner`, or the class itself when it has no provisioner.
fn provisioner_path(c: &ClassView<'_>) -> String {
    c.field(if c.class.provisioner.is_some() {
        "provisioner"
    } else {
        ""
    })
}

/// `/storageClasses/i/parameters`, or the class itself when it has no parameters.
fn parameters_path(c: &ClassView<'_>) -> String {
    c.field(if c.class.parameters.is_some() {
        "parameters"
    } else {
        ""
    })
}

/// Why clusterfit believes what it says about a class: its `capabilities` when they state the
/// field, else its provisioner: "`capabilities.nfs` is true" or "provisioner `nfs.csi.k8s.io`".
fn basis(c: &ClassView<'_>, field: &str, stated: Option<bool>) -> String {
    match (stated, c.class.provisioner) {
        (Some(v), _) => msg!("`capabilities.", field, "` is ", v),
        (None, Some(p)) => msg!("provisioner `", p, '`'),
        (None, None) => "its capabilities".to_string(),
    }
}

/// GiB for messages: whole numbers without `.0`, else one decimal.
fn gib(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        msg!(v as i64)
    } else {
        format!("{v:.1}")
    }
}
