//! The parsed tree → [`Cluster`], reporting every structural problem as a typed [`Issue`]
//! instead of stopping at the first. The engine maps each issue kind to its input rule
//! (`required-field`, `invalid-type`, …); this layer knows no rules.
use super::fields::{self, Known};
use super::json::{Json, Obj};
use super::model::*;
use super::pointer::{escape, push_index};
use super::quantity::{parse_quantity, GIB};
use super::suggest::closest;
use super::version::parse_kube_version;
use super::{Issue, IssueKind};
use crate::num::json_number;
use crate::text::msg;
use ipnet::IpNet;
use std::collections::BTreeMap;

/// Parses the top-level object. Structural findings are appended to `out`.
pub(crate) fn parse_cluster<'v>(root: &'v Obj<'v>, out: &mut Vec<Issue>) -> Cluster<'v> {
    let mut p = Parser {
        out,
        hints: BTreeMap::new(),
    };
    let root = p.fields(root, &At::Root, fields::known::ROOT);
    let provider = p.enumeration(root, &At::Root, "provider", Provider::parse, Provider::ALL);
    if provider.is_none() && get(root, "provider").is_none() {
        p.required("/provider", "one of `aws`, `azure`, `gcp`, `onprem`");
    }
    let kubernetes = p.kubernetes(root);
    let mut classes_path = "";
    Cluster {
        name: p.string(root, &At::Root, "name"),
        provider,
        kubernetes,
        availability_zones: p.string_list(root, &At::Root, "availabilityZones"),
        network: p
            .object(root, &At::Root, "network", fields::known::NETWORK)
            .map(|(m, path)| p.network(m, &path)),
        node_pools: p.node_pools(root),
        storage: p
            .object(root, &At::Root, "storage", fields::known::STORAGE)
            .map(|(m, path)| StorageRoles {
                block_class: p.string(m, &path, "blockClass"),
                shared_class: p.string(m, &path, "sharedClass"),
            }),
        storage_classes: p.storage_classes(root, &mut classes_path),
        storage_classes_path: classes_path,
        object_storage: p.object_storage(root),
        ingress: p.ingress(root),
        addons: p
            .object(root, &At::Root, "addons", fields::known::ADDONS)
            .map(|(m, path)| Addons {
                superset: p.boolean(m, &path, "superset"),
                airbyte: p.boolean(m, &path, "airbyte"),
            }),
        ntp: p.boolean(root, &At::Root, "ntp"),
        namespaces: p
            .object(root, &At::Root, "namespaces", fields::known::NAMESPACES)
            .map(|(m, path)| Namespaces {
                mode: p.enumeration(m, &path, "mode", NamespaceMode::parse, NamespaceMode::ALL),
                template: p.string(m, &path, "template"),
                auto_create: p.boolean(m, &path, "autoCreate"),
                sample_logins: p.string_list(m, &path, "sampleLogins"),
            }),
    }
}

/// Where a value is: its JSON Pointer, written out only when a finding needs it (a valid
/// document builds no path at all).
#[derive(Clone, Copy)]
enum At<'p> {
    Root,
    /// A pointer known as text (`/storageClasses/items`).
    Text(&'p str),
    Key(&'p At<'p>, &'p str),
    Index(&'p At<'p>, usize),
}

impl<'p> At<'p> {
    fn key<'q>(&'q self, key: &'q str) -> At<'q>
    where
        'p: 'q,
    {
        At::Key(self, key)
    }

    fn index<'q>(&'q self, index: usize) -> At<'q>
    where
        'p: 'q,
    {
        At::Index(self, index)
    }

    fn is_root(&self) -> bool {
        matches!(self, At::Root) || matches!(self, At::Text(t) if t.is_empty())
    }

    fn write(&self, s: &mut String) {
        match self {
            At::Root => {}
            At::Text(t) => s.push_str(t),
            At::Key(parent, key) => {
                parent.write(s);
                s.push('/');
                s.push_str(&escape(key));
            }
            At::Index(parent, index) => {
                parent.write(s);
                push_index(s, *index);
            }
        }
    }

    /// The JSON Pointer.
    fn pointer(&self) -> String {
        let mut s = String::new();
        self.write(&mut s);
        s
    }
}

/// `parent` + `/` + escaped `key`, as a JSON Pointer.
fn join(parent: &At<'_>, key: &str) -> String {
    parent.key(key).pointer()
}

/// `parent` + `/` + `index`, as a JSON Pointer.
fn join_index(parent: &At<'_>, index: usize) -> String {
    parent.index(index).pointer()
}

/// An object being read, with, for a small object of a known kind, the position of each known
/// key (found in the one pass over its keys that `unknown-field` makes anyway), so that reading
/// a field is an index instead of a search of the keys.
#[derive(Clone, Copy)]
struct Fields<'v> {
    obj: &'v Obj<'v>,
    known: Known,
    /// Per known key, its entry's position + 1 (0: absent); `None`: search `obj`.
    slots: Option<[u8; SLOTS]>,
}

/// Known keys per object kind, at most (a test checks every list).
const SLOTS: usize = 16;

impl<'v> Fields<'v> {
    /// Without positions: every read searches the object.
    fn plain(obj: &'v Obj<'v>) -> Self {
        Fields {
            obj,
            known: Known::NONE,
            slots: None,
        }
    }

    /// The fields, and whether every key is known.
    fn new(obj: &'v Obj<'v>, known: Known) -> (Self, bool) {
        if !obj.is_small() {
            let all = obj.all_keys(known.has);
            return (
                Fields {
                    obj,
                    known,
                    slots: None,
                },
                all,
            );
        }
        let mut slots = [0u8; SLOTS];
        let mut all = true;
        // Document order: of a repeated key, the last position stays (as `Obj::get` answers).
        for (i, key) in obj.raw_keys().enumerate() {
            match (known.index)(key).and_then(|j| slots.get_mut(j)) {
                Some(slot) => *slot = u8::try_from(i + 1).unwrap_or(0),
                None => all = false,
            }
        }
        (
            Fields {
                obj,
                known,
                slots: Some(slots),
            },
            all,
        )
    }

    fn get(&self, key: &str) -> Option<&'v Json<'v>> {
        if let Some(slots) = &self.slots {
            if let Some(&at) = (self.known.index)(key).and_then(|j| slots.get(j)) {
                return usize::from(at)
                    .checked_sub(1)
                    .and_then(|i| self.obj.value_at(i));
            }
        }
        self.obj.get(key)
    }

    fn iter(&self) -> impl Iterator<Item = (&'v str, &'v Json<'v>)> {
        self.obj.iter()
    }
}

/// A field's value; JSON `null` counts as absent (forms send it for empty inputs).
fn get<'v>(m: Fields<'v>, key: &str) -> Option<&'v Json<'v>> {
    m.get(key).filter(|v| !v.is_null())
}

/// `/nodePools/1/name` → `nodePools[1].name`, how messages name a field.
pub fn display(path: &str) -> String {
    let mut s = String::with_capacity(path.len());
    for token in path.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        if !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) {
            s.push('[');
            s.push_str(&token);
            s.push(']');
        } else {
            if !s.is_empty() {
                s.push('.');
            }
            s.push_str(&token);
        }
    }
    s
}

fn describe_str(s: &str) -> String {
    if s.chars().count() > 40 {
        let cut: String = s.chars().take(37).collect();
        msg!("string `", cut, "…`")
    } else {
        msg!("string `", s, '`')
    }
}

/// [`describe`] for the parser's borrowed tree.
pub(crate) fn describe_json(v: &Json<'_>) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(b) => msg!("boolean `", b, '`'),
        Json::Number(n) => msg!("number `", json_number(&n.to_number()), '`'),
        Json::String(s) => describe_str(s),
        Json::Array(_) => "an array".into(),
        Json::Object(_) => "an object".into(),
    }
}

/// The hint for a string that spells a boolean (`"yes"`, YAML 1.1's `on`, a quoted `"true"`):
/// JSON and YAML 1.2 read these as strings, so say which boolean to write.
fn boolean_word_hint(s: &str) -> Option<String> {
    let word = s.trim().to_ascii_lowercase();
    let value = match word.as_str() {
        "yes" | "on" | "true" => "true",
        "no" | "off" | "false" => "false",
        _ => return None,
    };
    Some(msg!(
        "write `",
        value,
        "` without quotes: `",
        s.trim(),
        "` is a string in JSON and in YAML 1.2"
    ))
}

/// `'v`: the parsed tree, which the model borrows its strings from.
struct Parser<'o, 'v> {
    out: &'o mut Vec<Issue>,
    /// The hint of each unknown key already reported, by its list of known keys (address) and
    /// the key: a document that repeats a typo in every pool looks for the closest key once.
    hints: BTreeMap<(usize, &'v str), String>,
}

#[derive(Clone, Copy)]
enum Unit {
    Cpu,
    Size,
}

impl<'v> Parser<'_, 'v> {
    fn push(&mut self, kind: IssueKind, path: String, message: String, hint: Option<String>) {
        self.out.push(Issue {
            kind,
            path,
            message,
            hint,
        });
    }

    fn required(&mut self, path: &str, hint: &str) {
        let msg = msg!('`', display(path), "` is required");
        let hint = (!hint.is_empty()).then(|| hint.to_string());
        self.push(IssueKind::RequiredField, path.to_string(), msg, hint);
    }

    fn wrong_type(&mut self, path: String, expected: &str, found: &Json<'_>) {
        let msg = msg!(
            '`',
            display(&path),
            "` must be ",
            expected,
            ", found ",
            describe_json(found)
        );
        self.push(IssueKind::InvalidType, path, msg, None);
    }

    fn bad_value(&mut self, path: String, message: String, hint: Option<String>) {
        self.push(IssueKind::InvalidValue, path, message, hint);
    }

    fn unknown_keys(&mut self, m: &'v Obj<'v>, path: &At<'_>, known: Known) {
        // Usually every key is known: that needs no key order.
        if m.all_keys(known.has) {
            return;
        }
        for key in m.keys() {
            if (known.has)(key) {
                continue;
            }
            let known = known.keys;
            let at = join(path, key);
            let where_ = if path.is_root() {
                "at the top level".to_string()
            } else {
                msg!("in `", display(&path.pointer()), '`')
            };
            let msg = msg!("unknown field `", key, "` ", where_);
            let hint = self
                .hints
                .entry((known.as_ptr() as usize, key))
                .or_insert_with(|| match closest(key, known) {
                    Some(k) => msg!("did you mean `", k, "`?"),
                    None => msg!(
                        "known fields: ",
                        ticks(known.iter().filter(|k| !k.starts_with('$')))
                    ),
                })
                .clone();
            self.push(IssueKind::UnknownField, at, msg, Some(hint));
        }
    }

    /// An object of a known kind: its fields, its unknown keys reported.
    fn fields(&mut self, o: &'v Obj<'v>, path: &At<'_>, known: Known) -> Fields<'v> {
        let (fields, all_known) = Fields::new(o, known);
        if !all_known {
            self.unknown_keys(o, path, known);
        }
        fields
    }

    /// A nested object: type-checked, its unknown keys reported (none when `known` is empty).
    fn object<'p>(
        &mut self,
        m: Fields<'v>,
        parent: &'p At<'p>,
        key: &'p str,
        known: Known,
    ) -> Option<(Fields<'v>, At<'p>)> {
        let v = get(m, key)?;
        let path = parent.key(key);
        match v {
            Json::Object(o) => {
                let fields = if known.keys.is_empty() {
                    Fields::plain(o)
                } else {
                    self.fields(o, &path, known)
                };
                Some((fields, path))
            }
            other => {
                self.wrong_type(path.pointer(), "an object", other);
                None
            }
        }
    }

    fn array<'p>(
        &mut self,
        m: Fields<'v>,
        parent: &'p At<'p>,
        key: &'p str,
    ) -> Option<(&'v [Json<'v>], At<'p>)> {
        let v = get(m, key)?;
        let path = parent.key(key);
        match v {
            Json::Array(a) => Some((*a, path)),
            other => {
                self.wrong_type(path.pointer(), "an array", other);
                None
            }
        }
    }

    fn string(&mut self, m: Fields<'v>, parent: &At<'_>, key: &str) -> Option<&'v str> {
        match get(m, key)? {
            Json::String(s) => Some(s),
            other => {
                self.wrong_type(join(parent, key), "a string", other);
                None
            }
        }
    }

    fn required_string(
        &mut self,
        m: Fields<'v>,
        parent: &At<'_>,
        key: &str,
        hint: &str,
    ) -> Option<&'v str> {
        if get(m, key).is_none() {
            self.required(&join(parent, key), hint);
            return None;
        }
        self.string(m, parent, key)
    }

    fn boolean(&mut self, m: Fields<'v>, parent: &At<'_>, key: &str) -> Option<bool> {
        match get(m, key)? {
            Json::Bool(b) => Some(*b),
            other => {
                let path = join(parent, key);
                self.wrong_type(path, "`true` or `false`", other);
                if let Json::String(s) = other {
                    if let Some(hint) = boolean_word_hint(s) {
                        if let Some(last) = self.out.last_mut() {
                            last.hint = Some(hint);
                        }
                    }
                }
                None
            }
        }
    }

    /// A whole number in `min..=max`.
    fn uint(
        &mut self,
        m: Fields<'v>,
        parent: &At<'_>,
        key: &str,
        min: u64,
        max: u64,
    ) -> Option<u32> {
        let v = get(m, key)?;
        let Json::Number(n) = v else {
            self.wrong_type(join(parent, key), "a whole number", v);
            return None;
        };
        let whole = n.as_u64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= u32::MAX as f64)
                .map(|f| f as u64)
        });
        match whole {
            Some(w) if (min..=max).contains(&w) => u32::try_from(w).ok(),
            _ => {
                let path = join(parent, key);
                let msg = msg!(
                    '`',
                    display(&path),
                    "` is `",
                    json_number(&n.to_number()),
                    "`, not a whole number from ",
                    min,
                    " to ",
                    max
                );
                self.bad_value(path, msg, None);
                None
            }
        }
    }

    fn enumeration<E>(
        &mut self,
        m: Fields<'v>,
        parent: &At<'_>,
        key: &str,
        parse: fn(&str) -> Option<E>,
        all: &[&str],
    ) -> Option<E> {
        let v = get(m, key)?;
        let Json::String(s) = v else {
            let expected = msg!("one of ", ticks(all.iter()));
            self.wrong_type(join(parent, key), &expected, v);
            return None;
        };
        if let Some(e) = parse(s) {
            return Some(e);
        }
        let path = join(parent, key);
        let msg = msg!(
            '`',
            display(&path),
            "` is `",
            s,
            "`, not one of ",
            ticks(all.iter())
        );
        let hint = closest(s, all).map(|c| msg!("did you mean `", c, "`?"));
        self.bad_value(path, msg, hint);
        None
    }

    fn quantity(
        &mut self,
        m: Fields<'v>,
        parent: &At<'_>,
        key: &str,
        unit: Unit,
    ) -> Option<Quantity<'v>> {
        let v = get(m, key)?;
        let path = || join(parent, key);
        let (expected, example) = match unit {
            Unit::Cpu => ("a number of vCPU or a quantity string", "`8` or `7910m`"),
            Unit::Size => ("a number of GiB or a quantity string", "`32` or `32Gi`"),
        };
        let (value, written) = match v {
            Json::Number(n) => match n.as_f64() {
                Some(f) => (f, Written::Number(*n)),
                None => return None,
            },
            Json::String(s) => match parse_quantity(s) {
                Some(q) => match unit {
                    Unit::Cpu => (q, Written::Text(s)),
                    Unit::Size => (q / GIB, Written::Text(s)),
                },
                None => {
                    let path = path();
                    let msg = msg!(
                        '`',
                        display(&path),
                        "` is `",
                        s,
                        "`, not a Kubernetes quantity"
                    );
                    let hint = msg!("write ", expected, " such as ", example);
                    self.bad_value(path, msg, Some(hint));
                    return None;
                }
            },
            other => {
                self.wrong_type(path(), &msg!(expected, " such as ", example), other);
                return None;
            }
        };
        if value < 0.0 {
            let path = path();
            let msg = msg!(
                '`',
                display(&path),
                "` is `",
                written.text(),
                "`, a negative amount"
            );
            self.bad_value(path, msg, None);
            return None;
        }
        Some(Quantity { value, written })
    }

    fn string_list(
        &mut self,
        m: Fields<'v>,
        parent: &At<'_>,
        key: &str,
    ) -> Option<Vec<Item<&'v str>>> {
        let (items, path) = self.array(m, parent, key)?;
        let mut list = Vec::with_capacity(items.len());
        for (index, v) in items.iter().enumerate() {
            match v {
                Json::String(s) => list.push(Item { index, value: *s }),
                other => self.wrong_type(join_index(&path, index), "a string", other),
            }
        }
        Some(list)
    }

    /// A free-form map of strings (labels, tags, parameters): keys are never flagged, values must
    /// be strings as Kubernetes requires.
    fn string_map(
        &mut self,
        m: Fields<'v>,
        parent: &At<'_>,
        key: &str,
    ) -> Option<BTreeMap<&'v str, &'v str>> {
        let (o, path) = self.object(m, parent, key, Known::NONE)?;
        let mut map = BTreeMap::new();
        for (k, v) in o.iter() {
            match v {
                Json::String(s) => {
                    map.insert(k, *s);
                }
                other => self.wrong_type(join(&path, k), "a string", other),
            }
        }
        Some(map)
    }

    fn cidr_text<'j>(&mut self, path: impl Fn() -> String, v: &Json<'j>) -> Option<&'j str> {
        match v {
            Json::String(s) => Some(s.trim()),
            other => {
                self.wrong_type(path(), "a CIDR string such as `10.0.0.0/16`", other);
                None
            }
        }
    }

    /// Parses any CIDR, reporting `invalid-cidr` and `cidr-host-bits`; `path` is only built when
    /// there is something to report.
    fn any_cidr(&mut self, path: impl Fn() -> String, v: &Json<'_>, v4_only: bool) -> Option<Cidr> {
        let text = self.cidr_text(&path, v)?;
        let Ok(net) = text.parse::<IpNet>() else {
            let path = path();
            let hint = if text.parse::<std::net::IpAddr>().is_ok() {
                msg!("add a prefix length, for example `", text, "/16`")
            } else {
                "write an address and a prefix length, for example `10.0.0.0/16`".to_string()
            };
            let msg = msg!('`', display(&path), "` is `", text, "`, not a valid CIDR");
            self.push(IssueKind::InvalidCidr, path, msg, Some(hint));
            return None;
        };
        if v4_only && matches!(net, IpNet::V6(_)) {
            let path = path();
            let msg = msg!(
                '`',
                display(&path),
                "` is `",
                text,
                "`, an IPv6 CIDR where an IPv4 CIDR is required"
            );
            self.push(
                IssueKind::InvalidCidr,
                path,
                msg,
                Some("use an IPv4 block such as `10.0.0.0/16`".into()),
            );
            return None;
        }
        let trunc = net.trunc();
        if trunc != net {
            let path = path();
            let msg = msg!(
                '`',
                display(&path),
                "` is `",
                text,
                "`, which has host bits set; the network is `",
                trunc,
                '`'
            );
            self.push(
                IssueKind::CidrHostBits,
                path,
                msg,
                Some(msg!("write `", trunc, '`')),
            );
        }
        Some(Cidr { net: trunc })
    }

    fn cidr4(&mut self, m: Fields<'v>, parent: &At<'_>, key: &str) -> Option<Cidr4> {
        let v = get(m, key)?;
        let c = self.any_cidr(|| join(parent, key), v, true)?;
        match c.net {
            IpNet::V4(net) => Some(Cidr4 { net }),
            IpNet::V6(_) => None,
        }
    }

    fn cidr(&mut self, m: Fields<'v>, parent: &At<'_>, key: &str) -> Option<Cidr> {
        let v = get(m, key)?;
        self.any_cidr(|| join(parent, key), v, false)
    }

    fn kubernetes(&mut self, root: Fields<'v>) -> Option<Kubernetes<'v>> {
        let Some((m, path)) = self.object(root, &At::Root, "kubernetes", fields::known::KUBERNETES)
        else {
            if get(root, "kubernetes").is_none() {
                self.required("/kubernetes/version", "for example `1.30`");
            }
            return None;
        };
        let version = match get(m, "version") {
            None => {
                self.required(&join(&path, "version"), "for example `1.30`");
                None
            }
            Some(Json::Number(n)) => {
                // YAML reads an unquoted `1.30` as the number 1.3: say so, and how to fix it.
                let at = join(&path, "version");
                let msg = msg!(
                    "`kubernetes.version` must be a string, found number `",
                    json_number(&n.to_number()),
                    '`'
                );
                let hint = "write the version as a string, for example `\"1.30\"`: \
                            YAML reads an unquoted `1.30` as the number 1.3";
                self.push(IssueKind::InvalidType, at, msg, Some(hint.to_string()));
                None
            }
            Some(_) => {
                self.string(m, &path, "version")
                    .and_then(|text| match parse_kube_version(text) {
                        Some(version) => Some(KubeVersion { version, text }),
                        None => {
                            let at = join(&path, "version");
                            let msg = msg!(
                                "`kubernetes.version` is `",
                                text,
                                "`, not a Kubernetes version"
                            );
                            self.bad_value(
                                at,
                                msg,
                                Some("write `1.30`, `v1.30.2` or `1.30.2-eks-abc`".into()),
                            );
                            None
                        }
                    })
            }
        };
        Some(Kubernetes {
            version,
            distribution: self.enumeration(
                m,
                &path,
                "distribution",
                Distribution::parse,
                Distribution::ALL,
            ),
            container_runtime: self.enumeration(
                m,
                &path,
                "containerRuntime",
                ContainerRuntime::parse,
                ContainerRuntime::ALL,
            ),
            fargate: self.boolean(m, &path, "fargate"),
        })
    }

    fn network(&mut self, m: Fields<'v>, path: &At<'_>) -> Network<'v> {
        let subnets = self.array(m, path, "subnets").map(|(items, list)| {
            let mut out = Vec::with_capacity(items.len());
            for (index, v) in items.iter().enumerate() {
                let at = list.index(index);
                let Some(o) = self.item_object(v, &at, fields::known::SUBNET) else {
                    continue;
                };
                if get(o, "cidr").is_none() {
                    self.required(&join(&at, "cidr"), "for example `10.0.0.0/24`");
                }
                if get(o, "type").is_none() {
                    self.required(&join(&at, "type"), "`private`, `public` or `pod`");
                }
                out.push(Subnet {
                    index,
                    name: self.string(o, &at, "name"),
                    cidr: self.cidr4(o, &at, "cidr"),
                    kind: self.enumeration(o, &at, "type", SubnetType::parse, SubnetType::ALL),
                    zone: self.string(o, &at, "zone"),
                    tags: self.string_map(o, &at, "tags"),
                });
            }
            out
        });
        let peered_cidrs = self.array(m, path, "peeredCidrs").map(|(items, list)| {
            items
                .iter()
                .enumerate()
                .filter_map(|(index, v)| {
                    self.any_cidr(|| join_index(&list, index), v, false)
                        .map(|value| Item { index, value })
                })
                .collect()
        });
        let secondary_cidrs = self.array(m, path, "secondaryCidrs").map(|(items, list)| {
            items
                .iter()
                .enumerate()
                .filter_map(|(index, v)| {
                    let c = self.any_cidr(|| join_index(&list, index), v, true)?;
                    match c.net {
                        IpNet::V4(net) => Some(Item {
                            index,
                            value: Cidr4 { net },
                        }),
                        IpNet::V6(_) => None,
                    }
                })
                .collect()
        });
        Network {
            vpc_cidr: self.cidr4(m, path, "vpcCidr"),
            secondary_cidrs,
            subnets,
            dns_support: self.boolean(m, path, "dnsSupport"),
            dns_hostnames: self.boolean(m, path, "dnsHostnames"),
            cni: self.enumeration(m, path, "cni", Cni::parse, Cni::ALL),
            network_policy: self.enumeration(
                m,
                path,
                "networkPolicy",
                NetworkPolicyEngine::parse,
                NetworkPolicyEngine::ALL,
            ),
            pod_cidr: self.cidr(m, path, "podCidr"),
            service_cidr: self.cidr(m, path, "serviceCidr"),
            max_pods_per_node: self.uint(m, path, "maxPodsPerNode", 1, 1_000_000),
            peered_cidrs,
        }
    }

    /// An element of a list of objects.
    fn item_object(&mut self, v: &'v Json<'v>, at: &At<'_>, known: Known) -> Option<Fields<'v>> {
        match v {
            Json::Object(o) => Some(self.fields(o, at, known)),
            other => {
                self.wrong_type(at.pointer(), "an object", other);
                None
            }
        }
    }

    fn node_pools(&mut self, root: Fields<'v>) -> Option<Vec<NodePool<'v>>> {
        let (items, list) = self.array(root, &At::Root, "nodePools")?;
        let mut pools: Vec<NodePool> = Vec::with_capacity(items.len());
        // Name → position of the first pool with it (binary search: duplicates cost n log n
        // comparisons, not n²).
        let mut first_named: Vec<(&str, usize)> = Vec::new();
        for (index, v) in items.iter().enumerate() {
            let at = list.index(index);
            let Some(o) = self.item_object(v, &at, fields::known::NODE_POOL) else {
                continue;
            };
            let name = self.required_string(o, &at, "name", "a unique pool name");
            if get(o, "role").is_none() {
                self.required(
                    &join(&at, "role"),
                    &msg!("one of ", ticks(Role::ALL.iter())),
                );
            }
            let pool = NodePool {
                index,
                role: self.enumeration(o, &at, "role", Role::parse, Role::ALL),
                instance_type: self.string(o, &at, "instanceType"),
                cpu: self.quantity(o, &at, "cpu", Unit::Cpu),
                memory: self.quantity(o, &at, "memory", Unit::Size),
                boot_disk: self.quantity(o, &at, "bootDisk", Unit::Size),
                additional_disk: self.quantity(o, &at, "additionalDisk", Unit::Size),
                gpus: self.uint(o, &at, "gpus", 0, 1024),
                min_nodes: self.uint(o, &at, "minNodes", 0, 100_000),
                max_nodes: self.uint(o, &at, "maxNodes", 0, 100_000),
                zones: self.string_list(o, &at, "zones"),
                labels: self.string_map(o, &at, "labels"),
                os: self.string(o, &at, "os"),
                tags: self.string_map(o, &at, "tags"),
                name,
            };
            if let (Some(min), Some(max)) = (pool.min_nodes, pool.max_nodes) {
                if min > max {
                    let msg = msg!(
                        '`',
                        display(&join(&at, "minNodes")),
                        "` is ",
                        min,
                        ", more than `maxNodes` ",
                        max
                    );
                    self.bad_value(
                        join(&at, "minNodes"),
                        msg,
                        Some("make `minNodes` at most `maxNodes`".into()),
                    );
                }
            }
            if let Some(name) = pool.name {
                let at_first = first_position(&mut first_named, name, pools.len());
                if let Some(first) = pools.get(at_first) {
                    let msg = msg!(
                        "duplicate node pool name `",
                        name,
                        "`: `nodePools[",
                        first.index,
                        "]` has it already"
                    );
                    self.bad_value(
                        join(&at, "name"),
                        msg,
                        Some("give every node pool a unique name".into()),
                    );
                }
            }
            pools.push(pool);
        }
        Some(pools)
    }

    /// `storageClasses`: an array of StorageClass objects, or the List object `kubectl get sc
    /// -o json` prints (`kind` `List` or `StorageClassList`, the classes in `items`). `list_path`
    /// is set to where the classes are, `/storageClasses` or `/storageClasses/items`.
    fn storage_classes(
        &mut self,
        root: Fields<'v>,
        list_path: &mut &'static str,
    ) -> Option<Vec<StorageClass<'v>>> {
        const ARRAY: &str = "/storageClasses";
        const ITEMS: &str = "/storageClasses/items";
        let value = get(root, "storageClasses")?;
        let items = match value {
            Json::Array(a) => {
                *list_path = ARRAY;
                *a
            }
            Json::Object(o) => {
                *list_path = ITEMS;
                self.storage_class_list(value, o)?
            }
            other => {
                self.wrong_type(
                    ARRAY.to_string(),
                    "an array of StorageClass objects or a `List` object with `items`",
                    other,
                );
                return None;
            }
        };
        let list = At::Text(list_path);
        let mut classes: Vec<StorageClass> = Vec::with_capacity(items.len());
        // Name → position of the first class with it (duplicates in n log n comparisons).
        let mut first_named: Vec<(&str, usize)> = Vec::new();
        for (index, v) in items.iter().enumerate() {
            let at = list.index(index);
            let Some(o) = self.item_object(v, &at, fields::known::STORAGE_CLASS) else {
                continue;
            };
            let name = match self.object(o, &at, "metadata", Known::NONE) {
                Some((meta, mpath)) => {
                    self.required_string(meta, &mpath, "name", "the StorageClass name")
                }
                None => {
                    if get(o, "metadata").is_none() {
                        self.required(&join(&at.key("metadata"), "name"), "the StorageClass name");
                    }
                    None
                }
            };
            if let Some(n) = name {
                let at_first = first_position(&mut first_named, n, classes.len());
                if let Some(first) = classes.get(at_first) {
                    let msg = msg!(
                        "duplicate storage class name `",
                        n,
                        "`: `",
                        display(&first.path),
                        "` has it already"
                    );
                    self.bad_value(join(&at.key("metadata"), "name"), msg, None);
                }
            }
            let provisioner =
                self.required_string(o, &at, "provisioner", "for example `ebs.csi.aws.com`");
            let capabilities = self
                .object(o, &at, "capabilities", fields::known::CAPABILITIES)
                .map(|(c, cpath)| self.capabilities(c, &cpath));
            classes.push(StorageClass {
                index,
                name,
                provisioner,
                parameters: self.string_map(o, &at, "parameters"),
                volume_binding_mode: self.enumeration(
                    o,
                    &at,
                    "volumeBindingMode",
                    VolumeBindingMode::parse,
                    VolumeBindingMode::ALL,
                ),
                allow_volume_expansion: self.boolean(o, &at, "allowVolumeExpansion"),
                reclaim_policy: self.enumeration(
                    o,
                    &at,
                    "reclaimPolicy",
                    ReclaimPolicy::parse,
                    ReclaimPolicy::ALL,
                ),
                capabilities,
                path: at.pointer(),
            });
        }
        Some(classes)
    }

    /// The List object: its own keys checked, its `items` returned. An object without `items`
    /// is `invalid-type` at `/storageClasses` (`invalid-value` when its `kind` says it is a
    /// List), so the classes are unknown; with `items`, a `kind` other than `List` or
    /// `StorageClassList` is `invalid-value` at `/storageClasses/kind` and the items are read.
    fn storage_class_list(
        &mut self,
        value: &'v Json<'v>,
        list: &'v Obj<'v>,
    ) -> Option<&'v [Json<'v>]> {
        const PATH: &str = "/storageClasses";
        const EXPECTED: &str = "an array of StorageClass objects or a `List` object with `items`";
        // Its keys are checked below, where the order of findings wants them.
        let o = Fields::plain(list);
        let kind = get(o, "kind");
        let list_kind = match kind {
            Some(Json::String(s)) => StorageClassListKind::parse(s),
            _ => None,
        };
        let Some(items) = get(o, "items") else {
            match (list_kind, kind) {
                (Some(k), _) => {
                    // A List: its other keys may hold the misspelt `items`.
                    self.unknown_keys(list, &At::Text(PATH), fields::known::STORAGE_CLASS_LIST);
                    self.bad_value(
                        PATH.to_string(),
                        msg!("`storageClasses` is a `", k, "` without `items`"),
                        Some(
                            "add `items` with the StorageClass objects, or give `storageClasses` as an array"
                                .to_string(),
                        ),
                    );
                }
                (None, Some(Json::String(s))) => {
                    let shown: String = if s.chars().count() > 40 {
                        s.chars().take(37).chain(['…']).collect()
                    } else {
                        s.to_string()
                    };
                    let msg = msg!(
                        "`storageClasses` must be ",
                        EXPECTED,
                        ", found a `",
                        shown,
                        "` object"
                    );
                    let hint = if *s == "StorageClass" {
                        "put the StorageClass in an array: `\"storageClasses\": [{…}]`"
                    } else {
                        "give an array of StorageClass objects, or the `List` that `kubectl get sc -o json` prints"
                    };
                    self.push(
                        IssueKind::InvalidType,
                        PATH.to_string(),
                        msg,
                        Some(hint.to_string()),
                    );
                }
                (None, _) => self.wrong_type(PATH.to_string(), EXPECTED, value),
            }
            return None;
        };
        self.unknown_keys(list, &At::Text(PATH), fields::known::STORAGE_CLASS_LIST);
        // `apiVersion` and `metadata` are type-checked only: clusterfit reads nothing from them.
        let _ = self.string(o, &At::Text(PATH), "apiVersion");
        if list_kind.is_none() && kind.is_some() {
            let _ = self.enumeration(
                o,
                &At::Text(PATH),
                "kind",
                StorageClassListKind::parse,
                StorageClassListKind::ALL,
            );
        }
        let _ = self.object(o, &At::Text(PATH), "metadata", Known::NONE);
        match items {
            Json::Array(a) => Some(*a),
            other => {
                self.wrong_type(
                    join(&At::Text(PATH), "items"),
                    "an array of StorageClass objects",
                    other,
                );
                None
            }
        }
    }

    fn capabilities(&mut self, c: Fields<'v>, path: &At<'_>) -> CapabilityOverride {
        let access_modes = self.array(c, path, "accessModes").map(|(items, list)| {
            items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| {
                    let at = join_index(&list, i);
                    match v {
                        Json::String(s) => match AccessMode::parse(s) {
                            Some(a) => Some(a),
                            None => {
                                let msg = msg!(
                                    '`',
                                    display(&at),
                                    "` is `",
                                    s,
                                    "`, not one of ",
                                    ticks(AccessMode::ALL.iter())
                                );
                                self.bad_value(
                                    at,
                                    msg,
                                    closest(s, AccessMode::ALL)
                                        .map(|c| msg!("did you mean `", c, "`?")),
                                );
                                None
                            }
                        },
                        other => {
                            self.wrong_type(at, "an access mode string", other);
                            None
                        }
                    }
                })
                .collect()
        });
        CapabilityOverride {
            dynamic_provisioning: self.boolean(c, path, "dynamicProvisioning"),
            access_modes,
            ssd: self.boolean(c, path, "ssd"),
            nfs: self.boolean(c, path, "nfs"),
            any_node: self.boolean(c, path, "anyNode"),
            zonal: self.boolean(c, path, "zonal"),
            max_volume_gib: self
                .quantity(c, path, "maxVolumeGiB", Unit::Size)
                .map(|q| q.value),
        }
    }

    fn object_storage(&mut self, root: Fields<'v>) -> Option<ObjectStorage<'v>> {
        let (m, path) = self.object(
            root,
            &At::Root,
            "objectStorage",
            fields::known::OBJECT_STORAGE,
        )?;
        let store = |p: &mut Self, key: &str| {
            let Some((o, at)) = p.object(m, &path, key, fields::known::OBJECT_STORE) else {
                // Present but not an object: `invalid-type` said so; the store exists with
                // unknown contents, so `backup-storage-missing` does not report it again.
                return get(m, key).map(|_| ObjectStore::default());
            };
            if get(o, "type").is_none() {
                p.required(
                    &join(&at, "type"),
                    &msg!("one of ", ticks(ObjectStoreType::ALL.iter())),
                );
            }
            Some(ObjectStore {
                kind: p.enumeration(o, &at, "type", ObjectStoreType::parse, ObjectStoreType::ALL),
                bucket: p.string(o, &at, "bucket"),
                region: p.string(o, &at, "region"),
                endpoint: p.string(o, &at, "endpoint"),
            })
        };
        Some(ObjectStorage {
            backups: store(self, "backups"),
            blob: store(self, "blob"),
            logs: store(self, "logs"),
            costs: store(self, "costs"),
        })
    }

    fn ingress(&mut self, root: Fields<'v>) -> Option<Ingress<'v>> {
        let (m, path) = self.object(root, &At::Root, "ingress", fields::known::INGRESS)?;
        let fqdn = self.required_string(
            m,
            &path,
            "fqdn",
            "the platform's DNS name, for example `ml.example.com`",
        );
        let tls = self
            .object(m, &path, "tls", fields::known::TLS)
            .map(|(t, tpath)| Tls {
                certificate_sans: self.string_list(t, &tpath, "certificateSans"),
            });
        let load_balancer = self
            .object(m, &path, "loadBalancer", fields::known::LOAD_BALANCER)
            .map(|(lb, lpath)| self.load_balancer(lb, &lpath));
        Some(Ingress {
            fqdn,
            existing_installs: self.string_list(m, &path, "existingInstalls"),
            tls,
            load_balancer,
        })
    }

    fn load_balancer(&mut self, lb: Fields<'v>, path: &At<'_>) -> LoadBalancer<'v> {
        let listeners = self.array(lb, path, "listeners").map(|(items, list)| {
            let mut out = Vec::with_capacity(items.len());
            for (index, v) in items.iter().enumerate() {
                let at = list.index(index);
                if let Some(o) = self.item_object(v, &at, fields::known::LISTENER) {
                    out.push(Listener {
                        index,
                        port: self.uint(o, &at, "port", 1, 65535),
                        target_port: self.uint(o, &at, "targetPort", 1, 65535),
                    });
                }
            }
            out
        });
        let health_check = self
            .object(lb, path, "healthCheck", fields::known::HEALTH_CHECK)
            .map(|(h, hpath)| HealthCheck {
                protocol: self.string(h, &hpath, "protocol"),
                port: self.uint(h, &hpath, "port", 1, 65535),
                path: self.string(h, &hpath, "path"),
            });
        LoadBalancer {
            tls_termination: self.boolean(lb, path, "tlsTermination"),
            listeners,
            websockets: self.boolean(lb, path, "websockets"),
            x_forwarded_proto: self.boolean(lb, path, "xForwardedProto"),
            health_check,
        }
    }
}

/// `` `a`, `b`, `c` ``
pub fn ticks<'a>(items: impl Iterator<Item = &'a &'a str>) -> String {
    let mut s = String::new();
    for (i, item) in items.enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push('`');
        s.push_str(item);
        s.push('`');
    }
    s
}
/// The position recorded for `name` in `seen` (sorted by name), recording `position` when it is
/// the first time: a sorted vector instead of a `BTreeMap` (less code in the `.wasm`).
fn first_position<'v>(seen: &mut Vec<(&'v str, usize)>, name: &'v str, position: usize) -> usize {
    match seen.binary_search_by(|(k, _)| k.cmp(&name)) {
        Ok(i) => seen.get(i).map_or(position, |(_, p)| *p),
        Err(i) => {
            seen.insert(i, (name, position));
            position
        }
    }
}
