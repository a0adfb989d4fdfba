//! The analysis layer: what every rule and the facts see. The parsed document, the profile, and
//! values derived once (effective pool sizes and zones, storage capabilities, the block and
//! shared classes, the valid FQDN), plus the derived values more than one rule or the facts read
//! (`network`: pod-IP estimate, private blocks, cluster ranges; `ingress`: add-on hosts).
//! Rules and facts read this layer; they never read each other.
pub(crate) mod ingress;
pub(crate) mod network;

use crate::catalog::instances;
use crate::catalog::provisioners::{self, Capabilities};
use crate::input::model::*;
use crate::profile::Profile;
use crate::text::{msg, piece, Tpl};
use std::collections::BTreeSet;
use std::rc::Rc;

/// A node pool with its effective values.
#[derive(Debug, Clone)]
pub struct PoolView<'a> {
    pub pool: &'a NodePool<'a>,
    /// vCPU: the document's, else the instance catalog's.
    pub cpu: Option<f64>,
    /// GiB: the document's, else the instance catalog's.
    pub memory: Option<f64>,
    /// The document's, else the instance catalog's.
    pub gpus: Option<u32>,
    /// Which of `cpu`, `memory`, `gpus` came from the instance catalog.
    pub from_catalog: Vec<&'static str>,
    /// The zones the pool runs in: its own `zones`, else every `availabilityZones` entry (then
    /// shared with every such pool, not copied: pools × zones must not cost pools × zones).
    pub zones: Rc<[&'a str]>,
    /// Whether `zones` came from the pool itself.
    pub own_zones: bool,
}

impl PoolView<'_> {
    /// `/nodePools/<index>/<field>`.
    pub fn field(&self, field: &str) -> String {
        msg!("/nodePools/", self.pool.index, '/', field)
    }

    /// How messages name the pool: `` node pool `gpu` `` or `` node pool `nodePools[2]` ``
    /// (a piece of a message).
    pub fn label(&self) -> Tpl<'_, 1> {
        match &self.pool.name {
            Some(n) => piece!("node pool `", *n, '`'),
            None => piece!("node pool `nodePools[", self.pool.index, "]`"),
        }
    }
}

/// A storage class with the capabilities clusterfit infers (catalog, then `capabilities`).
#[derive(Debug, Clone)]
pub struct ClassView<'a> {
    pub class: &'a StorageClass<'a>,
    /// Whether the provisioner is in the catalog.
    pub known: bool,
    pub caps: Capabilities,
}

impl ClassView<'_> {
    /// `/storageClasses/<index>/<field>` (`/storageClasses/items/<index>/<field>` in a List
    /// object), or the class itself when `field` is empty.
    pub fn field(&self, field: &str) -> String {
        if field.is_empty() {
            self.class.path.clone()
        } else {
            crate::input::pointer::join(&self.class.path, field)
        }
    }

    /// The class's name for messages.
    pub fn name(&self) -> &str {
        self.class.name.unwrap_or("(unnamed)")
    }
}

/// The class that plays the block or shared role.
#[derive(Debug, Clone)]
pub struct ClassRef {
    /// The name looked for.
    pub name: String,
    /// Whether `storage.blockClass` / `storage.sharedClass` named it (else the profile default).
    pub explicit: bool,
    /// Its index in `classes`, when a class of that name exists.
    pub index: Option<usize>,
}

/// Everything a rule's check reads.
pub struct Context<'a> {
    pub doc: &'a Cluster<'a>,
    pub profile: &'a Profile,
    pub provider: Option<Provider>,
    /// The stated distribution, else the provider's default.
    pub distribution: Option<Distribution>,
    /// Distinct `availabilityZones`, in document order.
    pub zones: Vec<&'a str>,
    pub pools: Vec<PoolView<'a>>,
    pub classes: Vec<ClassView<'a>>,
    /// Only when `storageClasses` is present.
    pub block_class: Option<ClassRef>,
    pub shared_class: Option<ClassRef>,
    /// The normalised `ingress.fqdn` when it is a valid DNS name (see `ingress::valid_fqdn`).
    pub fqdn: Option<String>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(doc: &'a Cluster<'a>, profile: &'a Profile) -> Self {
        let provider = doc.provider;
        let distribution = doc
            .kubernetes
            .as_ref()
            .and_then(|k| k.distribution)
            .or_else(|| provider.map(Provider::default_distribution));
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let zones: Vec<&str> = doc
            .availability_zones
            .iter()
            .flatten()
            .map(|z| z.value)
            .filter(|z| seen.insert(z))
            .collect();
        let shared: Rc<[&str]> = Rc::from(zones.as_slice());
        let pools = doc
            .node_pools
            .iter()
            .flatten()
            .map(|pool| pool_view(pool, &shared))
            .collect();
        let classes: Vec<ClassView> = doc
            .storage_classes
            .iter()
            .flatten()
            .map(class_view)
            .collect();
        let (block_class, shared_class) = match &doc.storage_classes {
            Some(_) => {
                let roles = doc.storage.as_ref();
                let pick = |explicit: Option<&&str>, default: Option<&String>| {
                    let (name, explicit) = match (explicit, default) {
                        (Some(n), _) => (n.to_string(), true),
                        (None, Some(d)) => (d.clone(), false),
                        (None, None) => return None,
                    };
                    let index = classes
                        .iter()
                        .position(|c| c.class.name == Some(name.as_str()));
                    Some(ClassRef {
                        name,
                        explicit,
                        index,
                    })
                };
                (
                    pick(
                        roles.and_then(|s| s.block_class.as_ref()),
                        profile.storage.block_class.get(provider),
                    ),
                    pick(
                        roles.and_then(|s| s.shared_class.as_ref()),
                        profile.storage.shared_class.get(provider),
                    ),
                )
            }
            None => (None, None),
        };
        Context {
            doc,
            profile,
            provider,
            distribution,
            zones,
            pools,
            classes,
            block_class,
            shared_class,
            fqdn: ingress::normalized_valid_fqdn(doc),
        }
    }

    /// The block class, when it exists among `storageClasses`.
    pub fn block(&self) -> Option<&ClassView<'a>> {
        self.block_class
            .as_ref()
            .and_then(|r| r.index)
            .and_then(|i| self.classes.get(i))
    }

    /// The shared class, when it exists among `storageClasses`.
    pub fn shared(&self) -> Option<&ClassView<'a>> {
        self.shared_class
            .as_ref()
            .and_then(|r| r.index)
            .and_then(|i| self.classes.get(i))
    }

    pub fn network(&self) -> Option<&'a Network<'a>> {
        self.doc.network.as_ref()
    }

    /// Parsed subnets (empty when absent).
    pub fn subnets(&self) -> &'a [Subnet<'a>] {
        self.doc
            .network
            .as_ref()
            .and_then(|n| n.subnets.as_deref())
            .unwrap_or(&[])
    }

    pub fn kubernetes_version(&self) -> Option<&'a semver::Version> {
        self.doc
            .kubernetes
            .as_ref()
            .and_then(|k| k.version.as_ref())
            .map(|v| &v.version)
    }
}

fn pool_view<'a>(pool: &'a NodePool<'a>, cluster_zones: &Rc<[&'a str]>) -> PoolView<'a> {
    let spec = pool.instance_type.and_then(instances::lookup);
    let mut from_catalog = Vec::new();
    let cpu = pool.cpu.as_ref().map(|q| q.value).or_else(|| {
        let v = spec.map(|s| s.cpu);
        if v.is_some() {
            from_catalog.push("cpu");
        }
        v
    });
    let memory = pool.memory.as_ref().map(|q| q.value).or_else(|| {
        let v = spec.map(|s| s.memory_gib);
        if v.is_some() {
            from_catalog.push("memory");
        }
        v
    });
    let gpus = pool.gpus.or_else(|| {
        let v = spec.map(|s| s.gpus);
        if v.is_some() {
            from_catalog.push("gpus");
        }
        v
    });
    let (zones, own_zones) = match &pool.zones {
        Some(z) => (z.iter().map(|i| i.value).collect(), true),
        None => (Rc::clone(cluster_zones), false),
    };
    PoolView {
        pool,
        cpu,
        memory,
        gpus,
        from_catalog,
        zones,
        own_zones,
    }
}

fn class_view<'a>(class: &'a StorageClass<'a>) -> ClassView<'a> {
    let inferred = class
        .provisioner
        .and_then(|p| provisioners::infer(p, class.parameters.as_ref()));
    let known = inferred.is_some();
    let mut caps = inferred.unwrap_or_default();
    if let Some(o) = &class.capabilities {
        caps.apply(o);
    }
    ClassView { class, known, caps }
}
