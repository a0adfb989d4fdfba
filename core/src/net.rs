//! CIDR helpers (SPEC §9): `cidr_info` and `plan_subnets`.
use crate::error::Error;
use ipnet::Ipv4Net;
use serde::Serialize;

/// Facts about one IPv4 block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// Addresses in an IPv4 block of this prefix.
pub fn size(prefix: u8) -> u64 {
    1u64 << (32 - u32::from(prefix.min(32)))
}

/// Facts about an IPv4 CIDR. A string that is not one is an `OPTIONS_INVALID` error (it is the
/// call's argument).
pub fn cidr_info(text: &str) -> Result<CidrInfo, Error> {
    let raw: Ipv4Net = text.trim().parse().map_err(|_| {
        Error::options(format!(
            "`{text}` is not an IPv4 CIDR such as `10.0.0.0/21`"
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

/// Options of [`plan_subnets`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanOptions {}

impl PlanOptions {
    /// Reads plan options from a JSON value (`null` for the defaults).
    pub fn from_value(v: &serde_json::Value) -> Result<Self, Error> {
        match v {
            serde_json::Value::Null => Ok(PlanOptions::default()),
            serde_json::Value::Object(_) => Ok(PlanOptions::default()),
            _ => Err(Error::options("plan options must be an object")),
        }
    }
}

/// A subnet plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SubnetPlan {}

/// Plans subnets inside a VPC.
pub fn plan_subnets(_vpc: &str, _zones: u32, _options: &PlanOptions) -> Result<SubnetPlan, Error> {
    Err(Error::options("plan_subnets is not built yet"))
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
}
