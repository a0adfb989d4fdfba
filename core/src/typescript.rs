//! TypeScript declarations of the public types, for the npm packages (feature `ts`, off by
//! default: no build that ships turns it on). The report, options, profile, rule and plan types
//! are read from the Rust types themselves (`ts_rs::TS`, derived under the feature next to each
//! type); the cluster description from the input's JSON Schema. `make types` writes them into
//! both packages' `index.d.ts` (the generator is a test of `clusterfit-bindings`).
use crate::input::model;
use serde_json::Value;
use std::fmt::Write;
use ts_rs::{Config, TypeVisitor, TS};

/// The ts-rs configuration: every integer of a report fits a JavaScript number.
fn config() -> Config {
    Config::new().with_large_int("number")
}

/// Collects the declarations of types and of everything they name, each once: a type, then
/// the types it names in the order of their names (ts-rs's own order of dependencies is not
/// stable from one build to the next).
#[derive(Default)]
pub struct Declarations {
    seen: Vec<String>,
    out: String,
}

/// Declares one type (with what it names).
type Declare = fn(&mut Declarations);

/// The types one type names, each with the function that declares it.
struct Dependencies(Vec<(String, Declare)>);

impl TypeVisitor for Dependencies {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Primitives and std types have no declaration of their own.
        if T::output_path().is_some() {
            self.0.push((T::ident(&config()), |d| {
                d.add::<T>();
            }));
        }
    }
}

impl Declarations {
    /// Declares `T` and every type it names not declared yet.
    pub fn add<T: TS + 'static + ?Sized>(&mut self) -> &mut Self {
        let cfg = config();
        let name = T::ident(&cfg);
        if T::output_path().is_none() || self.seen.contains(&name) {
            return self;
        }
        self.seen.push(name);
        let decl = <T::WithoutGenerics as TS>::decl(&cfg);
        self.out.push_str(&format_decl(T::docs().as_deref(), &decl));
        self.out.push('\n');
        let mut deps = Dependencies(Vec::new());
        T::visit_dependencies(&mut deps);
        deps.0.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, declare) in deps.0 {
            declare(self);
        }
        self
    }

    /// Adds text as it is (a hand-written declaration: a TypeScript utility type).
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.out.push_str(text.trim_end());
        self.out.push_str("\n\n");
        self
    }

    /// The declarations, each followed by a blank line.
    pub fn finish(&self) -> String {
        self.out.clone()
    }
}

/// The declarations of the core's public types: severities, the report, the options, profiles,
/// rules, `cidr_info` and `plan_subnets`, the error codes and the cluster description.
pub fn core_declarations() -> String {
    let mut d = Declarations::default();
    d.add::<crate::severity::Severity>()
        .add::<crate::severity::SeverityLevel>()
        .add::<model::Provider>()
        .add::<model::Distribution>()
        .add::<model::Role>()
        .add::<model::SubnetType>()
        .add::<crate::error::ErrorCode>()
        .add::<crate::engine::report::Report>()
        .add::<crate::engine::options::Options>()
        .add::<crate::profile::Profile>()
        .text(MERGE_PATCH)
        .text(&custom_profile())
        .add::<crate::rules::RuleInfo>()
        .add::<crate::net::CidrInfo>()
        .add::<crate::net::PlanOptions>()
        .add::<crate::net::SubnetPlan>();
    let mut used = Vec::new();
    let description = description_declarations(&mut used);
    d.text(&description);
    for name in used {
        declare_enum(&mut d, name);
    }
    d.finish()
}

/// A merge patch of a type: how a custom profile changes a built-in one.
const MERGE_PATCH: &str = "\
/**
 * A JSON merge patch (RFC 7386) of `T`: every key optional, objects merged key by key, `null`
 * removes a key, anything else (arrays included) replaces.
 */
export type MergePatch<T> = {
  [K in keyof T]?:
    | (NonNullable<T[K]> extends readonly unknown[]
        ? NonNullable<T[K]>
        : NonNullable<T[K]> extends object
          ? MergePatch<NonNullable<T[K]>>
          : NonNullable<T[K]>)
    | null;
};";

/// `CustomProfile`, with the built-in profiles' names.
fn custom_profile() -> String {
    let names: Vec<String> = crate::profile::profiles()
        .iter()
        .map(|p| format!("\"{}\"", p.name))
        .collect();
    format!(
        "/**\n * A custom profile: `extends` a built-in and a merge patch of the values to change, or\n \
         * a whole profile. Without a `name` a profile that extends another is called `custom`.\n \
         */\nexport type CustomProfile = MergePatch<Profile> & {{ extends?: {} | (string & {{}}) }};",
        names.join(" | ")
    )
}

// ---- the cluster description, from the JSON Schema ----------------------------------------

/// The closed sets of strings of the description (the model's `str_enum`s): `string_enums()`
/// lists each by the name of its TypeScript type, `declare_enum` declares one by that name.
macro_rules! description_enums {
    ($($t:ident),* $(,)?) => {
        fn string_enums() -> Vec<(&'static str, &'static [&'static str])> {
            vec![$((stringify!($t), model::$t::ALL)),*]
        }

        /// Declares a string enum of the description (once: the report types declare some).
        fn declare_enum(d: &mut Declarations, name: &str) {
            match name {
                $(stringify!($t) => { d.add::<model::$t>(); })*
                _ => {}
            }
        }
    };
}

description_enums!(
    Provider,
    Distribution,
    ContainerRuntime,
    SubnetType,
    Cni,
    NetworkPolicyEngine,
    Role,
    ObjectStoreType,
    StorageClassListKind,
    NamespaceMode,
    VolumeBindingMode,
    ReclaimPolicy,
    AccessMode,
);

/// The TypeScript name of a `$defs` entry of the schema: `nodePool` → `NodePool`; the root is
/// `ClusterDescription`.
fn def_name(key: &str) -> String {
    let mut chars = key.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The cluster description (`ClusterDescription`) and its parts, from `schema()`; `used`
/// collects the string enums they name.
fn description_declarations(used: &mut Vec<&'static str>) -> String {
    let schema = crate::schema::schema();
    let mut out = named("ClusterDescription", &schema, used);
    if let Some(Value::Object(defs)) = schema.get("$defs") {
        for (key, def) in defs {
            out.push_str(&named(&def_name(key), def, used));
        }
    }
    out
}

/// `export interface Name { … }` for an object schema, else `export type Name = …;`, with the
/// schema's description as the doc comment.
fn named(name: &str, schema: &Value, used: &mut Vec<&'static str>) -> String {
    let mut out = doc(schema.get("description"), "");
    if is_object_literal(schema) {
        let _ = writeln!(out, "export interface {name} {}\n", ts(schema, "", used));
    } else {
        let _ = writeln!(out, "export type {name} = {};\n", ts(schema, "", used));
    }
    out
}

fn is_object_literal(s: &Value) -> bool {
    s.get("type").and_then(Value::as_str) == Some("object") && s.get("properties").is_some()
}

/// A JSDoc comment at `indent` (nothing for no description).
fn doc(description: Option<&Value>, indent: &str) -> String {
    let Some(text) = description.and_then(Value::as_str) else {
        return String::new();
    };
    jsdoc(text, indent)
}

/// Text as a JSDoc comment: one line when short, else wrapped at 100 columns.
fn jsdoc(text: &str, indent: &str) -> String {
    let one = format!("{indent}/** {text} */\n");
    if one.len() <= 101 && !text.contains('\n') {
        return one;
    }
    let mut out = format!("{indent}/**\n");
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && indent.len() + 3 + line.len() + 1 + word.len() > 100 {
                let _ = writeln!(out, "{indent} * {line}");
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if line.is_empty() {
            let _ = writeln!(out, "{indent} *");
        } else {
            let _ = writeln!(out, "{indent} * {line}");
        }
    }
    let _ = writeln!(out, "{indent} */");
    out
}

/// The TypeScript type of a schema node.
fn ts(s: &Value, indent: &str, used: &mut Vec<&'static str>) -> String {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return def_name(r.trim_start_matches("#/$defs/"));
    }
    if let Some(Value::Array(alternatives)) = s.get("oneOf").or_else(|| s.get("anyOf")) {
        let parts: Vec<String> = alternatives.iter().map(|a| ts(a, indent, used)).collect();
        return parts.join(" | ");
    }
    if let Some(c) = s.get("const") {
        return c.to_string();
    }
    if let Some(Value::Array(values)) = s.get("enum") {
        let strings: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
        if strings.len() == values.len() {
            if let Some((name, _)) = string_enums().into_iter().find(|(_, all)| *all == strings) {
                if !used.contains(&name) {
                    used.push(name);
                }
                return name.to_string();
            }
        }
        let parts: Vec<String> = values.iter().map(Value::to_string).collect();
        return parts.join(" | ");
    }
    match s.get("type").and_then(Value::as_str) {
        Some("string") => "string".into(),
        Some("number") | Some("integer") => "number".into(),
        Some("boolean") => "boolean".into(),
        Some("null") => "null".into(),
        Some("array") => {
            let item = s
                .get("items")
                .map_or_else(|| "unknown".to_string(), |i| ts(i, indent, used));
            format!("Array<{item}>")
        }
        Some("object") => object(s, indent, used),
        _ => "unknown".into(),
    }
}

/// An object schema: its properties (required ones without `?`), then what other keys it takes.
fn object(s: &Value, indent: &str, used: &mut Vec<&'static str>) -> String {
    let extra = match s.get("additionalProperties") {
        Some(Value::Bool(false)) => None,
        Some(Value::Bool(true)) | None => Some("unknown".to_string()),
        Some(other) => Some(ts(other, indent, used)),
    };
    let Some(Value::Object(props)) = s.get("properties") else {
        return format!(
            "Record<string, {}>",
            extra.unwrap_or_else(|| "never".into())
        );
    };
    let required: Vec<&str> = s
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let inner = format!("{indent}  ");
    let mut out = String::from("{\n");
    for (key, prop) in props {
        out.push_str(&doc(prop.get("description"), &inner));
        let q = if required.contains(&key.as_str()) {
            ""
        } else {
            "?"
        };
        let _ = writeln!(out, "{inner}{}{q}: {};", ident(key), ts(prop, &inner, used));
    }
    if let Some(extra) = extra {
        let _ = writeln!(out, "{inner}[key: string]: {extra};");
    }
    out.push_str(indent);
    out.push('}');
    out
}

/// A property name as TypeScript spells it: quoted unless an identifier.
fn ident(key: &str) -> String {
    let plain = key.chars().enumerate().all(|(i, c)| {
        c == '_' || c == '$' || c.is_ascii_alphabetic() || (i > 0 && c.is_ascii_digit())
    });
    if plain && !key.is_empty() {
        key.to_string()
    } else {
        format!("{key:?}")
    }
}

// ---- ts-rs declarations, pretty-printed ----------------------------------------------------

/// One ts-rs declaration (`type Name<T> = body;`, on one line) as an exported, indented
/// declaration: an interface for an object type, else a type alias.
pub fn format_decl(docs: Option<&str>, decl: &str) -> String {
    let mut out = docs.map(|d| jsdoc(&doc_text(d), "")).unwrap_or_default();
    let decl = decl
        .trim()
        .trim_start_matches("type ")
        .trim_end_matches(';');
    let Some((head, body)) = decl.split_once(" = ") else {
        return format!("{out}export type {decl};\n");
    };
    let body = body.trim();
    match object_fields(body) {
        Some(fields) => {
            let _ = writeln!(out, "export interface {head} {}", object_text(&fields, ""));
        }
        None => {
            let line = format!("export type {head} = {};\n", inline(body, ""));
            let parts = split_top(body, '|');
            if line.len() > 101 && parts.len() > 1 {
                // A long union: one member a line.
                let _ = writeln!(out, "export type {head} =");
                for (i, p) in parts.iter().enumerate() {
                    let end = if i + 1 == parts.len() { ";" } else { "" };
                    let _ = writeln!(out, "  | {p}{end}");
                }
            } else {
                out.push_str(&line);
            }
        }
    }
    out
}

/// The text of a ts-rs doc comment (`/**\n * line\n */\n`) without its markers: the lines of
/// a paragraph joined, paragraphs kept, rustdoc links (``[`crate::validate`]``) as code.
fn doc_text(d: &str) -> String {
    let lines: Vec<&str> = d
        .lines()
        .map(str::trim)
        .filter(|l| *l != "/**" && *l != "*/")
        .map(|l| l.trim_start_matches('*').trim())
        .collect();
    let paragraphs: Vec<String> = lines
        .split(|l| l.is_empty())
        .filter(|p| !p.is_empty())
        .map(|p| p.join(" "))
        .collect();
    unlink(&paragraphs.join("\n"))
}

/// ``[`a::b`]`` → `` `b` ``.
fn unlink(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("[`") {
        let Some(len) = rest.get(start + 2..).and_then(|r| r.find("`]")) else {
            break;
        };
        let path = rest.get(start + 2..start + 2 + len).unwrap_or_default();
        let name = path.rsplit("::").next().unwrap_or(path);
        out.push_str(rest.get(..start).unwrap_or_default());
        out.push('`');
        out.push_str(name);
        out.push('`');
        rest = rest.get(start + 2 + len + 2..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// One field of an object type: its doc, name (with `?`) and type.
struct Field {
    doc: Option<String>,
    name: String,
    ty: String,
}

/// The fields of `{ a: T, /** doc */ b?: U, }`, or `None` when `body` is not an object type
/// (a union, a mapped type, a primitive).
fn object_fields(body: &str) -> Option<Vec<Field>> {
    let inner = body.strip_prefix('{')?.strip_suffix('}')?;
    if inner.trim_start().starts_with('[') || depth(inner) != 0 {
        return None;
    }
    let mut fields = Vec::new();
    for part in split_top(inner, ',') {
        let mut part = part.trim();
        if part.is_empty() {
            continue;
        }
        let mut doc = None;
        if let Some(rest) = part.strip_prefix("/**") {
            let end = rest.find("*/")?;
            doc = Some(doc_text(rest.get(..end)?));
            part = rest.get(end + 2..)?.trim();
        }
        let colon = top_colon(part)?;
        fields.push(Field {
            doc,
            name: part.get(..colon)?.trim().to_string(),
            ty: part.get(colon + 1..)?.trim().to_string(),
        });
    }
    Some(fields)
}

/// `{ … }` with one field a line at `indent`.
fn object_text(fields: &[Field], indent: &str) -> String {
    let inner = format!("{indent}  ");
    let mut out = String::from("{\n");
    for f in fields {
        if let Some(d) = &f.doc {
            out.push_str(&jsdoc(d, &inner));
        }
        let _ = writeln!(out, "{inner}{}: {};", f.name, inline(&f.ty, &inner));
    }
    out.push_str(indent);
    out.push('}');
    out
}

/// A type expression: object types one field a line, mapped types over `string` as `Record`,
/// everything else as ts-rs wrote it.
fn inline(ty: &str, indent: &str) -> String {
    let ty = ty.trim();
    if let Some(fields) = object_fields(ty) {
        return object_text(&fields, indent);
    }
    // `{ [key in string]: V }` → `Record<string, V>`.
    if let Some(rest) = ty.strip_prefix("{ [key in string]: ") {
        if let Some(v) = rest.strip_suffix(" }") {
            return format!("Record<string, {}>", inline(v, indent));
        }
    }
    // A list of object types.
    if let Some(item) = ty.strip_prefix("Array<").and_then(|r| r.strip_suffix('>')) {
        if depth(item) == 0 {
            return format!("Array<{}>", inline(item, indent));
        }
    }
    // A union with an object type in it (`{ … } | null`).
    let parts = split_top(ty, '|');
    if parts.len() > 1 {
        let parts: Vec<String> = parts.iter().map(|p| inline(p, indent)).collect();
        return parts.join(" | ");
    }
    ty.to_string()
}

/// The bracket depth at the end of `s` (0: balanced).
fn depth(s: &str) -> i32 {
    let mut end = 0;
    scan(s, |c, d| {
        end = match c {
            '{' | '<' | '(' | '[' => d + 1,
            _ => d,
        }
    });
    end
}

/// Splits at `sep` where no bracket is open (outside strings and doc comments).
fn split_top(s: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    scan(s, |c, depth| {
        if c == sep && depth == 0 {
            parts.push(String::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(c);
        }
    });
    parts
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The byte offset of the first `:` where no bracket is open.
fn top_colon(s: &str) -> Option<usize> {
    let mut at = None;
    let mut offset = 0;
    scan(s, |c, depth| {
        if c == ':' && depth == 0 && at.is_none() {
            at = Some(offset);
        }
        offset += c.len_utf8();
    });
    at
}

/// Calls `f` with every character and the bracket depth before it (brackets inside string
/// literals and `/** … */` comments do not count; a closing bracket is reported at the inner
/// depth).
fn scan(s: &str, mut f: impl FnMut(char, i32)) {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut prev = '\0';
    for c in s.chars() {
        if comment {
            f(c, 1);
            if prev == '*' && c == '/' {
                comment = false;
            }
        } else if let Some(q) = quote {
            f(c, 1);
            if c == q && prev != '\\' {
                quote = None;
            }
        } else if c == '"' || c == '\'' {
            quote = Some(c);
            f(c, 1);
        } else if prev == '/' && c == '*' {
            comment = true;
            f(c, 1);
        } else {
            match c {
                '{' | '<' | '(' | '[' => {
                    f(c, depth);
                    depth += 1;
                }
                '}' | '>' | ')' | ']' => {
                    depth -= 1;
                    f(c, depth);
                }
                _ => f(c, depth),
            }
        }
        prev = c;
    }
}
