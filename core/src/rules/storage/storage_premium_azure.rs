//! `storage-premium-azure`: on azure, the block class is not a premium SKU.
use super::parameters_path;
use crate::catalog::provisioners::{disk_type, is_premium_sku, Family};
use crate::input::model::Provider;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-premium-azure",
    severity: Severity::Warning,
    area: Area::Storage,
    providers: &[Provider::Azure],
    title: "azure block storage class not premium",
    what: "On azure, the block class should provision premium disks: its SKU (`skuName` for \
`disk.csi.azure.com`, `storageaccounttype` or `skuName` for `kubernetes.io/azure-disk`, and the \
same for Azure Files) must be `Premium_LRS`, `Premium_ZRS`, `PremiumV2_LRS` or `UltraSSD_LRS` \
(Ultra is a tier above premium). Without the parameter the drivers provision `StandardSSD_LRS` \
disks (Azure Files: `Standard_LRS` shares), which are not premium. Classes of other \
provisioners are left alone.\n\nThe severity is the profile's: a warning for katonic, an error \
for domino.",
    why: "Standard SSD and standard HDD disks have far lower IOPS and throughput limits than \
premium disks of the same size; the platform's databases and executions on them are slow. AKS's \
built-in `managed-csi-premium` (CSI) and `managed-premium` (in-tree) classes are premium.",
    source: "Katonic documentation, \"Kubernetes — Katonic on AKS — Dynamic block storage\": \
\"AKS clusters come equipped with several kubernetes.io/azure-disk backed storage classes by \
default. Domino requires use of premium disks for adequate input and output performance. The \
managed-premium class that is created by default can be used.\" (its example sets \
`storageaccounttype: Premium_LRS`). Premium SKUs: Azure documentation, \"Azure managed disk \
types\" (https://learn.microsoft.com/en-us/azure/virtual-machines/disks-types); the CSI default \
when no SKU is given: Azure Disk CSI driver, \"Driver Parameters\" \
(https://github.com/kubernetes-sigs/azuredisk-csi-driver/blob/master/docs/driver-parameters.md), \
`skuName` default `StandardSSD_LRS`.",
    example: Example {
        options: r#"{"profile": "domino"}"#,
        fails: r#"{
  "provider": "azure", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "managed-csi"},
  "storageClasses": [
    {"metadata": {"name": "managed-csi"}, "provisioner": "disk.csi.azure.com",
     "parameters": {"skuName": "StandardSSD_LRS"}, "volumeBindingMode": "WaitForFirstConsumer"}
  ]
}"#,
        passes: r#"{
  "provider": "azure", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "managed-csi-premium"},
  "storageClasses": [
    {"metadata": {"name": "managed-csi-premium"}, "provisioner": "disk.csi.azure.com",
     "parameters": {"skuName": "Premium_LRS"}, "volumeBindingMode": "WaitForFirstConsumer"}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(c) = cx.block() else { return };
    let Some(provisioner) = c.class.provisioner else {
        return;
    };
    if !Family::of(provisioner).is_some_and(Family::is_azure) {
        return;
    }
    let Some(d) = disk_type(provisioner, c.class.parameters.as_ref()) else {
        return;
    };
    if is_premium_sku(d.value) {
        return;
    }
    let name = c.name();
    let profile = &cx.profile.name;
    let message = if d.defaulted {
        msg!(
            "block class `",
            name,
            "` has no `",
            d.key,
            "` parameter, so `",
            provisioner,
            "` provisions `",
            d.value,
            "`, not a premium SKU; the ",
            profile,
            " profile expects premium disks on azure"
        )
    } else {
        msg!(
            "block class `",
            name,
            "` uses `",
            d.key,
            ": ",
            d.value,
            "`, not a premium SKU; the ",
            profile,
            " profile expects premium disks on azure"
        )
    };
    let builtin = match Family::of(provisioner) {
        Some(Family::AzureDiskCsi) => " (AKS's built-in `managed-csi-premium` class)",
        Some(Family::AzureDiskInTree) => " (AKS's built-in `managed-premium` class)",
        _ => "",
    };
    e.emit(
        parameters_path(c),
        message,
        Some(msg!("set `", d.key, ": Premium_LRS`", builtin)),
    );
}
