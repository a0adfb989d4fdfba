//! storage rules (SPEC §7), one file each, in catalog order.
mod backup_storage_missing;
mod backup_storage_provider;
mod bucket_name;
mod datasets_efs;
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

use super::Rule;

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
    &bucket_name::RULE,
];
