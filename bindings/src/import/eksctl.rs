//! An eksctl `ClusterConfig` (`apiVersion: eksctl.io/v1alpha5`), YAML or JSON.
use super::{listed, not_this_kind, strings, Draft, Pool};
use crate::Error;
use serde_json::{Map, Value};

/// eksctl's documented default VPC CIDR, used when eksctl creates the VPC.
const DEFAULT_VPC_CIDR: &str = "192.168.0.0/16";
/// eksctl's documented default node volume: 80 GiB of gp3.
const DEFAULT_VOLUME_GIB: u64 = 80;

/// Reads the config: JSON when it is JSON, else YAML (the YAML reader is behind feature
/// `yaml`; the WASM build reads JSON only).
pub(crate) fn read(text: &str) -> Result<Value, Error> {
    if text.trim_start().starts_with('{') {
        return crate::parse_json(text);
    }
    #[cfg(feature = "yaml")]
    {
        crate::yaml_to_value(text)
    }
    #[cfg(not(feature = "yaml"))]
    {
        Err(Error::new(
            crate::ErrorCode::InputNotJson,
            "the eksctl config is not JSON, and this build reads eksctl configs as JSON only (the \
             WebAssembly package has no YAML reader): convert the YAML first, e.g. `yq -o json cluster.yaml`",
        ))
    }
}

pub(crate) fn import(doc: &Value) -> Result<Draft, Error> {
    let o = doc.as_object();
    let kind = o.and_then(|o| o.get("kind")).and_then(Value::as_str);
    let api = o.and_then(|o| o.get("apiVersion")).and_then(Value::as_str);
    let (Some(o), Some("ClusterConfig"), Some(api)) = (o, kind, api) else {
        return Err(not_this_kind(format!(
            "the document is not an eksctl ClusterConfig (`kind` is {}, `apiVersion` is {})",
            kind.map_or("absent".to_string(), |k| format!("`{k}`")),
            api.map_or("absent".to_string(), |a| format!("`{a}`")),
        )));
    };
    if !api.starts_with("eksctl.io/") {
        return Err(not_this_kind(format!(
            "the document is not an eksctl ClusterConfig: `apiVersion` is `{api}`, not `eksctl.io/v1alpha5`"
        )));
    }
    let mut d = Draft {
        provider: Some("aws"),
        ..Draft::default()
    };
    d.name = doc
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .map(str::to_string);
    match doc.pointer("/metadata/version") {
        Some(Value::String(v)) => {
            d.kubernetes.insert("version".into(), Value::String(v.clone()));
        }
        Some(Value::Number(n)) => d.note(
            "/kubernetes/version",
            "/metadata/version",
            format!("`metadata.version` is the number `{n}`, which YAML may have shortened (`1.30` reads as `1.3`): quote it; left out"),
        ),
        _ => d.note(
            "/kubernetes/version",
            "/metadata/version",
            "no `metadata.version`: eksctl then creates its release's default Kubernetes version, which the config does not name; set `kubernetes.version`",
        ),
    }
    network(&mut d, doc);
    zones(&mut d, o);
    for group in ["nodeGroups", "managedNodeGroups"] {
        let Some(list) = o.get(group).and_then(Value::as_array) else {
            continue;
        };
        for (i, ng) in list.iter().enumerate() {
            pool(&mut d, ng, &format!("/{group}/{i}"));
        }
    }
    Ok(d)
}

fn network(d: &mut Draft, doc: &Value) {
    let vpc = doc.get("vpc");
    let existing = vpc.is_some_and(|v| v.get("id").is_some() || v.get("subnets").is_some());
    match vpc.and_then(|v| v.get("cidr")).and_then(Value::as_str) {
        Some(cidr) => {
            d.network
                .insert("vpcCidr".into(), Value::String(cidr.into()));
        }
        None if !existing => {
            d.network
                .insert("vpcCidr".into(), Value::String(DEFAULT_VPC_CIDR.into()));
            d.note(
                "/network/vpcCidr",
                "/vpc/cidr",
                format!("`{DEFAULT_VPC_CIDR}` is eksctl's documented default VPC CIDR: the config sets no `vpc.cidr`"),
            );
        }
        None => d.note(
            "/network/vpcCidr",
            "/vpc/cidr",
            "the config uses an existing VPC and gives no `vpc.cidr`: set `network.vpcCidr`",
        ),
    }
    for kind in ["private", "public"] {
        let Some(Value::Object(subnets)) = vpc.and_then(|v| v.pointer(&format!("/subnets/{kind}")))
        else {
            continue;
        };
        for (key, s) in subnets {
            let mut out = Map::new();
            out.insert("name".into(), Value::String(key.clone()));
            if let Some(cidr) = s.get("cidr").and_then(Value::as_str) {
                out.insert("cidr".into(), Value::String(cidr.into()));
            }
            out.insert("type".into(), Value::String(kind.into()));
            // Keyed by zone, or by name with `az`.
            let zone = s.get("az").and_then(Value::as_str).unwrap_or(key);
            out.insert("zone".into(), Value::String(zone.into()));
            d.subnets.push(Value::Object(out));
        }
    }
    if let Some(cidr) = doc
        .pointer("/kubernetesNetworkConfig/serviceIPv4CIDR")
        .and_then(Value::as_str)
    {
        d.network
            .insert("serviceCidr".into(), Value::String(cidr.into()));
    }
}

/// `availabilityZones`, else the subnets' zones (eksctl creates the cluster in those).
fn zones(d: &mut Draft, o: &Map<String, Value>) {
    let listed_zones: Vec<String> = o
        .get("availabilityZones")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    if !listed_zones.is_empty() {
        d.zone_list = Some(listed_zones);
        return;
    }
    for s in &d.subnets {
        if let Some(z) = s.get("zone").and_then(Value::as_str) {
            d.zones.insert(z.to_string());
        }
    }
    if d.zones.is_empty() {
        d.note(
            "/availabilityZones",
            "/availabilityZones",
            "no `availabilityZones`: eksctl picks the zones when it creates the cluster; set `availabilityZones`",
        );
    }
}

fn pool(d: &mut Draft, ng: &Value, at: &str) {
    let name = ng
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("(unnamed)")
        .to_string();
    let mut p = Pool::new(name, at);
    let launch_template = ng
        .pointer("/launchTemplate/id")
        .and_then(Value::as_str)
        .map(str::to_string);

    // Instance type.
    let types: Vec<&str> = match ng.get("instanceType").and_then(Value::as_str) {
        Some(t) if t != "mixed" => vec![t],
        _ => ng
            .get("instanceTypes")
            .or_else(|| ng.pointer("/instancesDistribution/instanceTypes"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default(),
    };
    match (types.as_slice(), &launch_template) {
        ([one], _) => p.set("instanceType", Value::String((*one).to_string())),
        ([], Some(lt)) => p.note(
            "instanceType",
            format!("{at}/launchTemplate"),
            format!("the instance type comes from launch template `{lt}`, which the config does not show: left out"),
        ),
        ([], None) => p.note(
            "instanceType",
            format!("{at}/instanceType"),
            "no `instanceType`: eksctl's default instance type applies, which clusterfit does not assume; left out",
        ),
        (many, _) => p.note(
            "instanceType",
            format!("{at}/instanceTypes"),
            format!("several instance types ({}): left out", listed(many.iter().copied())),
        ),
    }

    // Size.
    let count = |key: &str| ng.get(key).and_then(Value::as_u64);
    if let Some(n) = count("minSize") {
        p.set("minNodes", Value::from(n));
    }
    if let Some(n) = count("maxSize") {
        p.set("maxNodes", Value::from(n));
    }
    if let (None, None, Some(n)) = (count("minSize"), count("maxSize"), count("desiredCapacity")) {
        p.note(
            "minNodes",
            format!("{at}/desiredCapacity"),
            format!("`desiredCapacity` is `{n}` without `minSize` or `maxSize`: `minNodes` and `maxNodes` left out"),
        );
    }

    // Boot disk.
    match (ng.get("volumeSize").and_then(Value::as_u64), &launch_template) {
        (Some(gib), _) => p.set("bootDisk", Value::from(gib)),
        (None, Some(lt)) => p.note(
            "bootDisk",
            format!("{at}/launchTemplate"),
            format!("the volume comes from launch template `{lt}`, which the config does not show: left out"),
        ),
        (None, None) => {
            p.set("bootDisk", Value::from(DEFAULT_VOLUME_GIB));
            p.note(
                "bootDisk",
                format!("{at}/volumeSize"),
                format!("`{DEFAULT_VOLUME_GIB}` GiB of gp3 is eksctl's documented default node volume: the node group sets no `volumeSize`"),
            );
        }
    }

    if let Some(zones) = ng.get("availabilityZones").and_then(Value::as_array) {
        let zones: Vec<String> = zones
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect();
        if !zones.is_empty() {
            p.set("zones", strings(zones));
        }
    }
    p.labels = super::string_map(ng.get("labels"));
    let tags = super::string_map(ng.get("tags"));
    if !tags.is_empty() {
        p.set("tags", Value::Object(tags));
    }
    d.pools.push(p);
}
