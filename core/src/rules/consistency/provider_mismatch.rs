//! `provider-mismatch`: a value that belongs to another cloud than `provider` (an instance type,
//! a zone name, a storage driver or an object store).
use crate::analysis::network::subnet_label;
use crate::catalog::instances;
use crate::catalog::provisioners::Family;
use crate::input::model::{ObjectStoreType, Provider};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "provider-mismatch",
    severity: Severity::Warning,
    area: Area::Consistency,
    providers: &[Provider::Aws, Provider::Azure, Provider::Gcp],
    title: "value of another cloud than the provider",
    what: "On `aws`, `azure` and `gcp`, every value whose form or catalog entry ties it to \
another cloud than `provider`, one finding per field:\n\n\
- a node pool's `instanceType` in another cloud's form: AWS `<family>.<size>` (`m5.2xlarge`), \
Azure `Standard_…` (any case), GCP `<series>-<type>-<vCPUs>` (`n2-standard-8`); every type of \
clusterfit's instance catalog is in its cloud's form;\n\
- a zone in `availabilityZones`, in a pool's `zones` or in a subnet's `zone` written in another \
cloud's form: AWS Availability Zones (`us-east-1a`), Local Zones (`us-west-2-lax-1a`) and \
Wavelength Zones (`us-east-1-wl1-bos-wlz-1`); GCP zones (`us-east1-b`); Azure zone numbers \
(`1`, `2`, `3`) and the `<region>-<n>` names AKS gives its nodes (`eastus-1`);\n\
- a storage class whose provisioner is another cloud's driver (EBS and EFS; Azure Disk and \
Azure Files; GCE PD and Filestore, CSI and in-tree);\n\
- an object store in `objectStorage` of another cloud's type (`s3` is AWS S3, `azure-blob` \
Azure, `gcs` GCP; `s3-compatible` and `kfs` belong to no cloud). When another rule already \
reported that field (`backup-storage-provider` for backups), this rule stays silent there.\n\n\
The forms exclude one another, so a value in the provider's own form never fires, and a value \
in no known form (an on-premises name, a typo) is left alone. On `onprem` any name is free.",
    why: "A description whose provider was changed (a plan drafted for EKS and moved to AKS) keeps \
the values of the old cloud, and most of them are wrong in a way no other check sees: the \
instance type cannot be ordered, the zones do not exist in the new region, the CSI driver does \
not run there, the bucket lives in the old cloud. Showing them together with the provider lets \
a form point at everything that still belongs to the old one.",
    source: "Amazon EC2 documentation, \"Regions and Zones\" \
(https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html), and \
AWS documentation, \"AWS Availability Zones\" \
(https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html): \
\"The code for an Availability Zone is its Region code followed by a letter identifier.\"; AWS \
Local Zones documentation, \"Available Local Zones\" \
(https://docs.aws.amazon.com/local-zones/latest/ug/available-local-zones.html): \"For example, \
us-west-2-lax-1a is in Los Angeles where us-west-2 is the parent Region code and lax-1a is the \
location identifier.\"; Compute Engine documentation, \"Regions and zones\" \
(https://cloud.google.com/compute/docs/regions-zones): \"For example, the us-west1 region \
denotes a region on the west coast of the United States that has three zones: us-west1-a, \
us-west1-b, and us-west1-c.\"; Microsoft Azure documentation, \"What are availability zones?\" \
(https://learn.microsoft.com/en-us/azure/reliability/availability-zones-overview): \"Many Azure \
regions provide availability zones, which are separated groups of datacenters within a \
region.\", and Kubernetes Cloud Provider Azure documentation, \"Use Availability Zones\" \
(https://kubernetes-sigs.github.io/cloud-provider-azure/topics/availability-zones/): \"For zoned \
nodes, the value is `<region>-<AZ>`, e.g. `centralus-1`.\" Instance names: Amazon EC2 API Reference, \
\"PerformanceFactorReferenceRequest\" \
(https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PerformanceFactorReferenceRequest.html): \
\"The instance family is everything before the period (.) in the instance type name.\"; Compute \
Engine documentation, \"Machine families resource and comparison guide\" \
(https://cloud.google.com/compute/docs/machine-resource): \"within the N2 machine series in the \
general-purpose machine family, you can select the n2-standard-4 machine type\"; Microsoft Azure \
documentation, \"Virtual machine sizes overview\" \
(https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview): \"Azure VM sizes \
follow specific naming conventions to denote varying features and specifications.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "azure", "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform", "instanceType": "m5.2xlarge"}]
}"#,
        passes: r#"{
  "provider": "azure", "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform", "instanceType": "Standard_D8s_v5"}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(provider) = cx.provider.filter(|p| *p != Provider::Onprem) else {
        return;
    };
    for z in cx.doc.availability_zones.iter().flatten() {
        zone(
            e,
            provider,
            z.value,
            || "in `availabilityZones`".to_string(),
            || msg!("/availabilityZones/", z.index),
        );
    }
    for s in cx.subnets() {
        if let Some(z) = s.zone {
            zone(
                e,
                provider,
                z,
                || msg!("of ", subnet_label(s)),
                || msg!("/network/subnets/", s.index, "/zone"),
            );
        }
    }
    for pool in &cx.pools {
        if let Some(t) = pool.pool.instance_type {
            if let Some(cloud) = instances::cloud_of(t).filter(|c| *c != provider) {
                e.emit(
                    pool.field("instanceType"),
                    msg!(
                        "instance type `",
                        t,
                        "` of ",
                        pool.label(),
                        " is ",
                        article(cloud),
                        " type, but `provider` is `",
                        provider,
                        '`'
                    ),
                    Some(msg!(
                        "use ",
                        instance_example(provider),
                        ", or set `provider` to `",
                        cloud,
                        "` if the cluster runs on ",
                        name(cloud)
                    )),
                );
            }
        }
        for z in pool.pool.zones.iter().flatten() {
            zone(
                e,
                provider,
                z.value,
                || msg!("of ", pool.label()),
                || msg!(pool.field("zones"), '/', z.index),
            );
        }
    }
    for c in &cx.classes {
        let Some(p) = c.class.provisioner else {
            continue;
        };
        let Some(family) = Family::of(p) else {
            continue;
        };
        let Some(cloud) = family.cloud().filter(|c| *c != provider) else {
            continue;
        };
        let class = match c.class.name {
            Some(n) => msg!("class `", n, '`'),
            None => msg!("`storageClasses[", c.class.index, "]`"),
        };
        e.emit(
            c.field("provisioner"),
            msg!(
                "provisioner `",
                p,
                "` of ",
                class,
                " is ",
                article(cloud),
                " driver, but `provider` is `",
                provider,
                '`'
            ),
            Some(msg!(
                "use the ",
                name(provider),
                " driver `",
                equivalent_driver(provider, family.is_cloud_file()),
                "`, or set `provider` to `",
                cloud,
                "` if the cluster runs on ",
                name(cloud)
            )),
        );
    }
    if let Some(stores) = &cx.doc.object_storage {
        for (key, store) in stores.stores() {
            let Some(kind) = store.kind else { continue };
            let Some(cloud) = store_cloud(kind).filter(|c| *c != provider) else {
                continue;
            };
            let path = msg!("/objectStorage/", key, "/type");
            // `backup-storage-provider` (and any rule like it) already says this field is wrong.
            if e.reported(&path) {
                continue;
            }
            e.emit(
                path,
                msg!(
                    "object store type `",
                    kind,
                    "` of `objectStorage.",
                    key,
                    "` is ",
                    article(cloud),
                    " store, but `provider` is `",
                    provider,
                    '`'
                ),
                Some(msg!(
                    "use `",
                    native_store(provider),
                    "`, or set `provider` to `",
                    cloud,
                    "` if the cluster runs on ",
                    name(cloud)
                )),
            );
        }
    }
}

/// One zone name, checked and reported at `path`; `whose` and `path` are only built when the
/// zone is reported (a valid document pays nothing for them).
fn zone(
    e: &mut Emitter<'_>,
    provider: Provider,
    value: &str,
    whose: impl FnOnce() -> String,
    path: impl FnOnce() -> String,
) {
    let Some(cloud) = zone_cloud(value).filter(|c| *c != provider) else {
        return;
    };
    let whose = whose();
    e.emit(
        path(),
        msg!(
            "zone `",
            value,
            "` ",
            whose,
            " is ",
            article(cloud),
            " zone name, but `provider` is `",
            provider,
            '`'
        ),
        Some(msg!(
            "use ",
            zone_example(provider),
            ", or set `provider` to `",
            cloud,
            "` if the cluster runs on ",
            name(cloud)
        )),
    );
}

const fn name(cloud: Provider) -> &'static str {
    match cloud {
        Provider::Aws => "AWS",
        Provider::Azure => "Azure",
        Provider::Gcp => "GCP",
        Provider::Onprem => "on-premises",
    }
}

/// "an AWS", "an Azure", "a GCP".
const fn article(cloud: Provider) -> &'static str {
    match cloud {
        Provider::Aws => "an AWS",
        Provider::Azure => "an Azure",
        Provider::Gcp => "a GCP",
        Provider::Onprem => "an on-premises",
    }
}

fn instance_example(provider: Provider) -> &'static str {
    match provider {
        Provider::Aws => "an EC2 instance type such as `m5.2xlarge`",
        Provider::Azure => "an Azure VM size such as `Standard_D8s_v5`",
        Provider::Gcp => "a Compute Engine machine type such as `n2-standard-8`",
        Provider::Onprem => "the machines of your data center",
    }
}

fn zone_example(provider: Provider) -> &'static str {
    match provider {
        Provider::Aws => "the Availability Zones of the AWS Region (such as `us-east-1a`)",
        Provider::Azure => "the Azure zone numbers (`1`, `2`, `3`)",
        Provider::Gcp => "the zones of the GCP region (such as `us-east1-b`)",
        Provider::Onprem => "the names of your data center's failure domains",
    }
}

/// The provider's own driver for what the foreign one did: shared files or block disks.
fn equivalent_driver(provider: Provider, file: bool) -> &'static str {
    match (provider, file) {
        (Provider::Aws, false) => "ebs.csi.aws.com",
        (Provider::Aws, true) => "efs.csi.aws.com",
        (Provider::Azure, false) => "disk.csi.azure.com",
        (Provider::Azure, true) => "file.csi.azure.com",
        (Provider::Gcp, false) => "pd.csi.storage.gke.io",
        (Provider::Gcp, true) => "filestore.csi.storage.gke.io",
        (Provider::Onprem, _) => "nfs.csi.k8s.io",
    }
}

/// The cloud an object store type belongs to; `s3-compatible` and `kfs` belong to none.
fn store_cloud(kind: ObjectStoreType) -> Option<Provider> {
    match kind {
        ObjectStoreType::S3 => Some(Provider::Aws),
        ObjectStoreType::AzureBlob => Some(Provider::Azure),
        ObjectStoreType::Gcs => Some(Provider::Gcp),
        ObjectStoreType::S3Compatible | ObjectStoreType::Kfs => None,
    }
}

fn native_store(provider: Provider) -> &'static str {
    match provider {
        Provider::Aws => "s3",
        Provider::Azure => "azure-blob",
        Provider::Gcp => "gcs",
        Provider::Onprem => "s3-compatible",
    }
}

// ------------------------------------------------------------------------------------------
// Zone name forms. Each is tight, and they exclude one another: AWS names end in a letter after
// a dash-separated Region number (or, for Wavelength Zones, in `-wlz-<n>`), GCP names end in
// `-<letter>` after a region whose number is glued to its direction, Azure names are a zone
// number alone or after a dash-free region name.
// ------------------------------------------------------------------------------------------

/// The cloud whose zone-name form `zone` has, or `None` for any other name.
fn zone_cloud(zone: &str) -> Option<Provider> {
    let (buf, n) = dash_parts(zone)?;
    let parts = buf.get(..n).unwrap_or_default();
    if is_aws_zone(parts) {
        Some(Provider::Aws)
    } else if is_gcp_zone(parts) {
        Some(Provider::Gcp)
    } else if is_azure_zone(zone, parts) {
        Some(Provider::Azure)
    } else {
        None
    }
}

/// The `-`-separated parts of a zone name, as `str::split('-')` gives them, and how many; `None`
/// past 8 parts. No form has more than 8 (an AWS Wavelength Zone in a partition), so the parts
/// fit a fixed buffer and a longer name is in no form. Byte by byte: zone names are short, and
/// `split`'s searcher costs more than the scan (this runs for every zone the document names).
fn dash_parts(zone: &str) -> Option<([&str; 8], usize)> {
    let mut buf = [""; 8];
    let mut n = 0;
    let mut rest = zone;
    loop {
        let cut = rest.bytes().position(|b| b == b'-');
        *buf.get_mut(n)? = rest.get(..cut.unwrap_or(rest.len()))?;
        n += 1;
        match cut {
            Some(i) => rest = rest.get(i + 1..)?,
            None => return Some((buf, n)),
        }
    }
}

/// The directions in AWS Region codes and GCP region names.
const DIRECTIONS: &[&str] = &[
    "east",
    "west",
    "north",
    "south",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// AWS partitions that sit between the area and the direction (`us-gov-west-1`).
const AWS_PARTITIONS: &[&str] = &["gov", "iso", "isob", "isoe", "isof"];

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
}

fn lowercase(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_lowercase())
}

/// `<digits><one lowercase letter>`: `1a`, `2c`.
fn number_letter(s: &str) -> bool {
    s.strip_suffix(|c: char| c.is_ascii_lowercase())
        .is_some_and(digits)
}

/// How many leading parts form an AWS Region code without its number (`us`, `east` or `us`,
/// `gov`, `west`): 2 or 3, or `None`.
fn aws_area_direction(parts: &[&str]) -> Option<usize> {
    let area = parts.first()?;
    if area.len() != 2 || !lowercase(area) {
        return None;
    }
    let second = parts.get(1)?;
    if DIRECTIONS.contains(second) {
        return Some(2);
    }
    let third = parts.get(2)?;
    (AWS_PARTITIONS.contains(second) && DIRECTIONS.contains(third)).then_some(3)
}

/// AWS Availability Zone (`us-east-1a`, `us-gov-west-1b`), Local Zone (`us-west-2-lax-1a`) or
/// Wavelength Zone (`us-east-1-wl1-bos-wlz-1`).
fn is_aws_zone(parts: &[&str]) -> bool {
    let Some(n) = aws_area_direction(parts) else {
        return false;
    };
    let rest = parts.get(n..).unwrap_or_default();
    match rest {
        // Availability Zone: the Region number and the zone letter.
        [az] => number_letter(az),
        // Local Zone: Region number, location code, number and letter.
        [region, location, zone] => digits(region) && lowercase(location) && number_letter(zone),
        // Wavelength Zone: Region number, `wl<n>`, location code, `wlz`, number.
        [region, wl, location, wlz, number] => {
            digits(region)
                && wl.strip_prefix("wl").is_some_and(digits)
                && lowercase(location)
                && *wlz == "wlz"
                && digits(number)
        }
        _ => false,
    }
}

/// GCP zone: `<area>-<direction><n>-<letter>` (`us-east1-b`, `northamerica-northeast1-a`).
fn is_gcp_zone(parts: &[&str]) -> bool {
    let [area, region, letter] = parts else {
        return false;
    };
    let numbered_direction = DIRECTIONS.iter().any(|d| {
        region
            .strip_prefix(d)
            .is_some_and(|n| digits(n) && !n.starts_with('0'))
    });
    lowercase(area) && numbered_direction && letter.len() == 1 && lowercase(letter)
}

/// Azure zone: a zone number `1`, `2` or `3`, or `<region>-<number>` as AKS labels its nodes
/// (`eastus-1`, `eastus2-3`), the region a dash-free Azure region name (lowercase letters, an
/// optional number, with a direction in it or a US Government region).
fn is_azure_zone(zone: &str, parts: &[&str]) -> bool {
    let number = |s: &str| matches!(s, "1" | "2" | "3");
    if number(zone) {
        return true;
    }
    let [region, n] = parts else {
        return false;
    };
    let letters = region.trim_end_matches(|c: char| c.is_ascii_digit());
    let azure_region = lowercase(letters)
        && (["east", "west", "north", "south", "central"]
            .iter()
            .any(|d| letters.contains(d))
            || letters.starts_with("usgov")
            || letters.starts_with("usdod"));
    number(n) && azure_region
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_forms() {
        for z in [
            "us-east-1a",
            "eu-central-1c",
            "ap-southeast-2b",
            "us-gov-west-1a",
            "cn-north-1a",
            "il-central-1a",
            "us-west-2-lax-1a",
            "us-east-1-atl-2a",
            "us-east-1-wl1-bos-wlz-1",
            "ap-northeast-1-wl1-kix-wlz-1",
        ] {
            assert_eq!(zone_cloud(z), Some(Provider::Aws), "{z}");
        }
        for z in [
            "us-east1-b",
            "us-central1-f",
            "europe-west4-a",
            "europe-west12-c",
            "northamerica-northeast1-a",
            "asia-south2-c",
            "me-central2-a",
        ] {
            assert_eq!(zone_cloud(z), Some(Provider::Gcp), "{z}");
        }
        for z in [
            "1",
            "2",
            "3",
            "eastus-1",
            "eastus2-3",
            "westeurope-2",
            "usgovvirginia-1",
        ] {
            assert_eq!(zone_cloud(z), Some(Provider::Azure), "{z}");
        }
        for z in [
            "",
            "0",
            "4",
            "a",
            "zone-1",
            "dc1",
            "rack-a",
            "us-east-1",
            "us-east1",
            "eastus",
            "use1-az1",
            "westus2-az1",
            "US-EAST-1A",
            "us-east-1-",
            "eu-central-1ab",
            "us-east-1-lax",
            "site-a-1",
        ] {
            assert_eq!(zone_cloud(z), None, "{z:?}");
        }
    }

    #[test]
    fn dash_parts_are_the_parts_split_gives() {
        for z in [
            "",
            "-",
            "--",
            "a",
            "a-",
            "-a",
            "a--b",
            "us-east-1a",
            "é-ü-",
            "1-2-3-4-5-6-7-8",
            "1-2-3-4-5-6-7-8-9",
            "-------",
            "--------",
            "us-gov-west-1-wl1-bos-wlz-1",
        ] {
            let split: Vec<&str> = z.split('-').collect();
            let ours = dash_parts(z).map(|(buf, n)| buf[..n].to_vec());
            assert_eq!(ours, (split.len() <= 8).then_some(split), "{z:?}");
        }
    }
}
