//! CIDR helpers: `cidr_info` and `plan_subnets`.
use crate::error::Error;
use crate::input::model::{Provider, SubnetType};
use crate::input::ticks;
use crate::profile::Profile;
use crate::profile::ProfileChoice;
use crate::text::msg;
use ipnet::Ipv4Net;
use serde::Serialize;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::net::Ipv4Addr;

/// Facts about one IPv4 block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CidrInfo {
    /// The block as given.
    pub cidr: String,
    /// The network address with the prefix (`10.0.0.0/21`).
    pub network: String,
    pub prefix: u8,
    pub netmask: String,
    /// First and last address of the block.
    pub first: String,
    pub last: String,
    /// Every address in the block.
    pub total: u64,
    /// Hosts on a plain IP network (total − network − broadcast; all of a /31 or /32).
    pub usable: u64,
    /// Usable in an AWS or Azure subnet, which keep 5 addresses each.
    pub usable_cloud: u64,
    /// Whether the text had bits set after the prefix.
    pub host_bits_set: bool,
}

impl CidrInfo {
    /// The value `cidr_info` answers with: `serde_json::to_value` of the derived `Serialize`,
    /// built by hand (no serializer per type in the `.wasm`; a test compares both).
    pub fn to_value(&self) -> Value {
        let mut m = Map::new();
        m.insert("cidr".into(), self.cidr.as_str().into());
        m.insert("network".into(), self.network.as_str().into());
        m.insert("prefix".into(), self.prefix.into());
        m.insert("netmask".into(), self.netmask.as_str().into());
        m.insert("first".into(), self.first.as_str().into());
        m.insert("last".into(), self.last.as_str().into());
        m.insert("total".into(), self.total.into());
        m.insert("usable".into(), self.usable.into());
        m.insert("usableCloud".into(), self.usable_cloud.into());
        m.insert("hostBitsSet".into(), self.host_bits_set.into());
        Value::Object(m)
    }
}

/// Addresses in an IPv4 block of this prefix.
pub fn size(prefix: u8) -> u64 {
    1u64 << (32 - u32::from(prefix.min(32)))
}

/// Facts about an IPv4 CIDR. A string that is not one is an `OPTIONS_INVALID` error (it is the
/// call's argument).
pub fn cidr_info(text: &str) -> Result<CidrInfo, Error> {
    let raw: Ipv4Net = text.trim().parse().map_err(|_| {
        Error::options(msg!(
            '`',
            text,
            "` is not an IPv4 CIDR such as `10.0.0.0/21`"
        ))
    })?;
    let net = raw.trunc();
    let total = size(net.prefix_len());
    let usable = if net.prefix_len() >= 31 {
        total
    } else {
        total - 2
    };
    Ok(CidrInfo {
        cidr: text.trim().to_string(),
        network: net.to_string(),
        prefix: net.prefix_len(),
        netmask: net.netmask().to_string(),
        first: net.network().to_string(),
        last: net.broadcast().to_string(),
        total,
        usable,
        usable_cloud: total.saturating_sub(5),
        host_bits_set: raw != net,
    })
}

/// Most zones [`plan_subnets`] plans for (no AWS region has more than six).
pub const MAX_ZONES: u32 = 6;
/// The public subnet's prefix: 16 addresses hold a NAT gateway and a jump host.
const PUBLIC_PREFIX: u8 = 28;
/// Private subnets EKS needs, in as many zones.
const MIN_PRIVATE: u32 = 2;

const PLAN_KEYS: &[&str] = &["profile", "provider", "zoneNames", "privatePrefix"];

/// Options of [`plan_subnets`] (`planSubnets` in JavaScript): `{"profile", "provider",
/// "zoneNames", "privatePrefix"}`, every key optional; `null` means the default.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "camelCase", optional_fields = nullable))]
pub struct PlanOptions {
    /// The profile whose network rules the plan must pass (default katonic).
    #[cfg_attr(feature = "ts", ts(type = "string | CustomProfile | null", optional = nullable))]
    pub profile: ProfileChoice,
    /// Default aws.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional = nullable))]
    pub provider: Provider,
    /// Zone names, one per private subnet (default `zone-a`, `zone-b`, …): as many as `zones`,
    /// but at least 2 (a 1-zone plan still has private subnets in two zones, as EKS needs).
    pub zone_names: Option<Vec<String>>,
    /// Prefix length of the private subnets; default the profile's (`/24`).
    pub private_prefix: Option<u8>,
}

impl Default for PlanOptions {
    fn default() -> Self {
        PlanOptions {
            profile: ProfileChoice::default(),
            provider: Provider::Aws,
            zone_names: None,
            private_prefix: None,
        }
    }
}

impl PlanOptions {
    /// Reads plan options from a JSON value (`null` for the defaults). Unknown keys and
    /// malformed values are `OPTIONS_INVALID`; a `null` value means the default.
    pub fn from_value(v: &Value) -> Result<Self, Error> {
        let m = match v {
            Value::Null => return Ok(PlanOptions::default()),
            Value::Object(m) => m,
            _ => return Err(Error::options("plan options must be an object")),
        };
        let mut o = PlanOptions::default();
        for (key, value) in m {
            if value.is_null() {
                continue;
            }
            match key.as_str() {
                "profile" => o.profile = ProfileChoice::from_value(value)?,
                "provider" => {
                    o.provider = value.as_str().and_then(Provider::parse).ok_or_else(|| {
                        Error::options(msg!(
                            "`provider` must be one of ",
                            ticks(Provider::ALL.iter())
                        ))
                    })?
                }
                "zoneNames" => {
                    let names = value
                        .as_array()
                        .and_then(|a| {
                            a.iter()
                                .map(|n| n.as_str().map(str::to_string))
                                .collect::<Option<Vec<_>>>()
                        })
                        .ok_or_else(|| Error::options("`zoneNames` must be a list of strings"))?;
                    o.zone_names = Some(names);
                }
                "privatePrefix" => {
                    let p = value
                        .as_u64()
                        .filter(|p| (1..=30).contains(p))
                        .and_then(|p| u8::try_from(p).ok())
                        .ok_or_else(|| {
                            Error::options(
                                "`privatePrefix` must be a prefix length from 1 to 30, such as 24",
                            )
                        })?;
                    o.private_prefix = Some(p);
                }
                other => {
                    let hint = crate::input::closest(other, PLAN_KEYS)
                        .map(|k| msg!(" (did you mean `", k, "`?)"))
                        .unwrap_or_default();
                    return Err(Error::options(msg!(
                        "unknown plan option `",
                        other,
                        '`',
                        hint,
                        ": expected ",
                        ticks(PLAN_KEYS.iter())
                    )));
                }
            }
        }
        Ok(o)
    }
}

/// One subnet of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlannedSubnet {
    /// `private-<zone>` or `public-<first zone>`.
    pub name: String,
    /// `private` or `public`.
    #[serde(rename = "type")]
    pub kind: SubnetType,
    pub cidr: String,
    pub zone: String,
    /// Every address of the block.
    pub addresses: u64,
    /// Addresses left after the provider's reserved ones (AWS and Azure 5, GCP 4, on-prem 2).
    pub usable: u64,
}

/// A subnet plan: a private subnet per zone (at least two, in two zones), one public
/// /28, the rest of the VPC left free.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SubnetPlan {
    /// The VPC network (host bits cleared).
    pub vpc: String,
    pub provider: Provider,
    /// The profile whose network rules the plan passes.
    pub profile: String,
    /// The zones nodes run in: the first `zones` of the zone names.
    pub availability_zones: Vec<String>,
    pub subnets: Vec<PlannedSubnet>,
    /// The unused rest of the VPC, as the fewest CIDR blocks.
    pub free: Vec<String>,
    /// `{vpcCidr, subnets}` in the input schema's shape, ready for a document's `network`.
    #[cfg_attr(feature = "ts", ts(as = "PlannedNetwork"))]
    pub network: Value,
}

impl SubnetPlan {
    /// The value `plan_subnets` answers with: `serde_json::to_value` of the derived `Serialize`,
    /// built by hand (no serializer per type in the `.wasm`; a test compares both).
    pub fn to_value(&self) -> Value {
        let strings = |v: &[String]| Value::Array(v.iter().map(|s| s.as_str().into()).collect());
        let subnets = self.subnets.iter().map(|s| {
            let mut o = Map::new();
            o.insert("name".into(), s.name.as_str().into());
            o.insert("type".into(), s.kind.as_str().into());
            o.insert("cidr".into(), s.cidr.as_str().into());
            o.insert("zone".into(), s.zone.as_str().into());
            o.insert("addresses".into(), s.addresses.into());
            o.insert("usable".into(), s.usable.into());
            Value::Object(o)
        });
        let mut m = Map::new();
        m.insert("vpc".into(), self.vpc.as_str().into());
        m.insert("provider".into(), self.provider.as_str().into());
        m.insert("profile".into(), self.profile.as_str().into());
        m.insert(
            "availabilityZones".into(),
            strings(&self.availability_zones),
        );
        m.insert("subnets".into(), Value::Array(subnets.collect()));
        m.insert("free".into(), strings(&self.free));
        m.insert("network".into(), self.network.clone());
        Value::Object(m)
    }
}

/// The `network` of a [`SubnetPlan`] (built as JSON): the input schema's shape.
#[cfg(feature = "ts")]
#[derive(ts_rs::TS)]
#[ts(rename_all = "camelCase")]
#[allow(dead_code)]
struct PlannedNetwork {
    vpc_cidr: String,
    subnets: Vec<NetworkSubnet>,
}

/// A planned subnet in the input schema's shape (an item of `network.subnets`).
#[cfg(feature = "ts")]
#[derive(ts_rs::TS)]
#[allow(dead_code)]
struct NetworkSubnet {
    name: String,
    cidr: String,
    #[ts(rename = "type")]
    kind: SubnetType,
    zone: String,
    /// AWS only: `kubernetes.io/role/internal-elb` (private) or `kubernetes.io/role/elb`
    /// (public), `"1"`.
    #[ts(optional)]
    tags: Option<std::collections::BTreeMap<String, String>>,
}

/// Plans subnets inside a VPC: one private subnet per zone (at least two, in two distinct zones,
/// because EKS needs two), of the profile's size (`/24`), from the start of the VPC; one public
/// /28 at its end; the rest left free. The plan passes every network rule of the profile.
/// Errors (`OPTIONS_INVALID`): not an IPv4 CIDR, `zones` 0, above [`MAX_ZONES`] or not allowed by
/// the profile, a VPC smaller than the profile needs or larger than AWS allows, no room.
pub fn plan_subnets(vpc: &str, zones: u32, options: &PlanOptions) -> Result<SubnetPlan, Error> {
    let profile: Cow<'static, Profile> = options.profile.resolve()?;
    let provider = options.provider;
    let aws = provider == Provider::Aws;
    let net = parse_vpc(vpc)?;
    let vpc_prefix = net.prefix_len();

    if zones == 0 {
        return Err(Error::options("`zones` must be at least 1"));
    }
    if zones > MAX_ZONES {
        return Err(Error::options(msg!(
            "`zones` is ",
            zones,
            ": plans cover at most ",
            MAX_ZONES,
            " zones"
        )));
    }
    let allowed = &profile.zones.allowed_counts;
    if !allowed.is_empty() && !allowed.contains(&zones) {
        let list: Vec<String> = allowed.iter().map(u32::to_string).collect();
        return Err(Error::options(msg!(
            "the ",
            profile.name,
            " profile allows ",
            or_list(&list),
            " zones, not ",
            zones
        )));
    }
    let count = zones.max(MIN_PRIVATE);
    let names = zone_names(options, zones, count)?;

    if let Some(max) = profile.network.vpc_max_prefix {
        if vpc_prefix > max {
            return Err(Error::options(msg!(
                "VPC `",
                net,
                "` is smaller than /",
                max,
                ": ",
                size(vpc_prefix),
                " addresses, the ",
                profile.name,
                " profile needs ",
                size(max)
            )));
        }
    }
    if aws && vpc_prefix < 16 {
        return Err(Error::options(msg!(
            "VPC `",
            net,
            "` is larger than /16, the largest block AWS allows"
        )));
    }
    if aws && vpc_prefix > PUBLIC_PREFIX {
        return Err(Error::options(msg!(
            "VPC `",
            net,
            "` is smaller than /28, the smallest block AWS allows"
        )));
    }

    let prefix = private_prefix(options, &profile, count, aws)?;
    let private_size = size(prefix);
    let public_size = size(PUBLIC_PREFIX);
    let total = size(vpc_prefix);
    let used = private_size * u64::from(count);
    if prefix < vpc_prefix || used + public_size > total {
        return Err(Error::options(msg!(
            "VPC `",
            net,
            "` has no room for ",
            count,
            " private /",
            prefix,
            " subnets and a public \
             /",
            PUBLIC_PREFIX,
            ": ",
            used + public_size,
            " addresses needed, ",
            total,
            " in the VPC"
        )));
    }

    let base = u64::from(u32::from(net.network()));
    let reserved = provider.reserved_per_subnet();
    let mut subnets = Vec::with_capacity(names.len() + 1);
    for (i, zone) in names.iter().enumerate() {
        let start = base + private_size * i as u64;
        subnets.push(PlannedSubnet {
            name: msg!("private-", zone),
            kind: SubnetType::Private,
            cidr: block(start, prefix),
            zone: zone.clone(),
            addresses: private_size,
            usable: private_size.saturating_sub(reserved),
        });
    }
    let first_zone = names.first().cloned().unwrap_or_default();
    subnets.push(PlannedSubnet {
        name: msg!("public-", first_zone),
        kind: SubnetType::Public,
        cidr: block(base + total - public_size, PUBLIC_PREFIX),
        zone: first_zone,
        addresses: public_size,
        usable: public_size.saturating_sub(reserved),
    });
    let free = aggregate(base + used, base + total - public_size);
    let mut network = Map::new();
    network.insert("vpcCidr".into(), net.to_string().into());
    let planned = subnets
        .iter()
        .map(|s| {
            let mut o = Map::new();
            o.insert("name".into(), s.name.as_str().into());
            o.insert("cidr".into(), s.cidr.as_str().into());
            o.insert("type".into(), s.kind.as_str().into());
            o.insert("zone".into(), s.zone.as_str().into());
            if aws {
                let tag = match s.kind {
                    SubnetType::Public => Some("kubernetes.io/role/elb"),
                    SubnetType::Private => Some("kubernetes.io/role/internal-elb"),
                    // A plan has no pod subnets; they carry no load balancer role.
                    SubnetType::Pod => None,
                };
                if let Some(tag) = tag {
                    let mut tags = Map::new();
                    tags.insert(tag.into(), "1".into());
                    o.insert("tags".into(), Value::Object(tags));
                }
            }
            Value::Object(o)
        })
        .collect();
    network.insert("subnets".into(), Value::Array(planned));
    let network = Value::Object(network);
    Ok(SubnetPlan {
        vpc: net.to_string(),
        provider,
        profile: profile.name.clone(),
        availability_zones: names.iter().take(zones as usize).cloned().collect(),
        subnets,
        free,
        network,
    })
}

fn parse_vpc(vpc: &str) -> Result<Ipv4Net, Error> {
    let text = vpc.trim();
    match text.parse::<Ipv4Net>() {
        Ok(net) => Ok(net.trunc()),
        Err(_) if text.parse::<ipnet::Ipv6Net>().is_ok() => Err(Error::options(msg!(
            '`',
            vpc,
            "` is an IPv6 CIDR: plans need an IPv4 VPC block such as `10.0.0.0/21`"
        ))),
        Err(_) => Err(Error::options(msg!(
            '`',
            vpc,
            "` is not an IPv4 CIDR such as `10.0.0.0/21`"
        ))),
    }
}

/// The zone of each private subnet: `zoneNames`, else `zone-a`, `zone-b`, …
fn zone_names(options: &PlanOptions, zones: u32, count: u32) -> Result<Vec<String>, Error> {
    let Some(given) = &options.zone_names else {
        return Ok((0..count)
            .map(|i| {
                let letter = char::from(b'a' + u8::try_from(i).unwrap_or(0));
                msg!("zone-", letter)
            })
            .collect());
    };
    if given.len() != count as usize {
        let why = if zones < MIN_PRIVATE {
            msg!(
                ": a ",
                zones,
                "-zone plan still puts private subnets in ",
                MIN_PRIVATE,
                " zones, as EKS \
                 needs"
            )
        } else {
            String::new()
        };
        return Err(Error::options(msg!(
            "`zoneNames` has ",
            given.len(),
            " names, ",
            count,
            " needed",
            why
        )));
    }
    for (i, name) in given.iter().enumerate() {
        if name.trim().is_empty() {
            return Err(Error::options(msg!("`zoneNames[", i, "]` is empty")));
        }
        if given.iter().take(i).any(|n| n == name) {
            return Err(Error::options(msg!(
                "`zoneNames` names `",
                name,
                "` twice: each private subnet needs its own zone"
            )));
        }
    }
    Ok(given.clone())
}

/// The private subnets' prefix: `privatePrefix`, else the profile's, grown until the private
/// subnets together hold the profile's pod address space.
fn private_prefix(
    options: &PlanOptions,
    profile: &Profile,
    count: u32,
    aws: bool,
) -> Result<u8, Error> {
    let req = &profile.network;
    let pods = req.pod_address_max_prefix.map(size).unwrap_or(0);
    let prefix = match options.private_prefix {
        Some(p) => {
            if let Some(max) = req.private_subnet_max_prefix {
                if p > max {
                    return Err(Error::options(msg!(
                        "`privatePrefix` /",
                        p,
                        " is smaller than the /",
                        max,
                        " private subnets the ",
                        profile.name,
                        " \
                         profile needs"
                    )));
                }
            }
            if size(p) * u64::from(count) < pods {
                return Err(Error::options(msg!(
                    "`privatePrefix` /",
                    p,
                    " gives ",
                    count,
                    " private subnets ",
                    size(p) * u64::from(count),
                    " addresses, the ",
                    profile.name,
                    " \
                     profile needs ",
                    pods,
                    " for pods"
                )));
            }
            p
        }
        None => {
            let mut p = req.private_subnet_max_prefix.unwrap_or(24);
            while p > 1 && size(p) * u64::from(count) < pods {
                p -= 1;
            }
            p
        }
    };
    if aws && !(16..=PUBLIC_PREFIX).contains(&prefix) {
        return Err(Error::options(msg!(
            "private subnets of /",
            prefix,
            " are outside the /16 to /28 AWS allows"
        )));
    }
    Ok(prefix)
}

/// The block of `prefix` starting at address `start`.
fn block(start: u64, prefix: u8) -> String {
    let addr = Ipv4Addr::from(u32::try_from(start).unwrap_or(u32::MAX));
    Ipv4Net::new(addr, prefix)
        .map(|n| n.to_string())
        .unwrap_or_default()
}

/// The addresses `start..end` as the fewest CIDR blocks, in address order.
fn aggregate(mut start: u64, end: u64) -> Vec<String> {
    let mut out = Vec::new();
    while start < end {
        let mut bits = start.trailing_zeros().min(32);
        while bits > 0 && start + (1u64 << bits) > end {
            bits -= 1;
        }
        let prefix = u8::try_from(32 - bits).unwrap_or(32);
        out.push(block(start, prefix));
        start += 1u64 << bits;
    }
    out
}

/// `1`, `1 or 3`, `1, 3 or 5`.
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => msg!(rest.join(", "), " or ", last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_info_of_a_21() {
        let i = cidr_info("10.0.0.5/21").unwrap();
        assert_eq!(i.network, "10.0.0.0/21");
        assert_eq!(i.first, "10.0.0.0");
        assert_eq!(i.last, "10.0.7.255");
        assert_eq!((i.total, i.usable, i.usable_cloud), (2048, 2046, 2043));
        assert!(i.host_bits_set);
        assert_eq!(
            cidr_info("nope").unwrap_err().code,
            crate::ErrorCode::OptionsInvalid
        );
    }

    #[test]
    fn values_built_by_hand_are_the_derived_serialization() {
        for text in [
            "10.0.0.5/21",
            "192.168.1.1/32",
            "0.0.0.0/0",
            " 172.16.0.0/12 ",
        ] {
            let i = cidr_info(text).unwrap();
            assert_eq!(i.to_value(), serde_json::to_value(&i).unwrap());
        }
        for provider in ["aws", "azure", "gcp", "onprem"] {
            for profile in ["katonic", "domino"] {
                for zones in [1, 2, 3, 6] {
                    let o = serde_json::json!({"provider": provider, "profile": profile});
                    let o = PlanOptions::from_value(&o).unwrap();
                    if let Ok(p) = plan_subnets("10.0.0.0/16", zones, &o) {
                        assert_eq!(p.to_value(), serde_json::to_value(&p).unwrap());
                    }
                }
            }
        }
    }
}
