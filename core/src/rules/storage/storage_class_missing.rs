//! `storage-class-missing`: the block or shared class is not among `storageClasses`.
use crate::rules::{Area, ClassRef, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-class-missing",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "block or shared storage class not defined",
    what: "The platform uses two storage classes: a **block** class (`storage.blockClass`, else \
the profile's default name: katonic `kdisk`, on aws `kfs`; domino `dominodisk`) and a **shared** \
class (`storage.sharedClass`, else katonic `kfs`, on aws `kfs-shared`; domino `dominoshared`). \
When `storageClasses` is present, each of the two names must be the `metadata.name` of one of \
its classes.\n\nThe finding points at `storage.blockClass` / `storage.sharedClass` when the \
document named the class there, and at `storageClasses` (`storageClasses/items` when the \
classes come as the List object `kubectl get sc -o json` prints) when the profile's default name \
was looked for. Without `storageClasses` the rule stays silent (under `strict`, `storageClasses` is \
reported as not described).",
    why:
        "The installer creates every persistent volume through these two class names. A name that \
matches no StorageClass leaves claims `Pending` forever, and the platform's databases, Git \
service and user workspaces never start.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Storage requirements\": \
\"Katonic uses 2 storage classes.\" … \"By default, this storage class is named kdisk.\" … \"By \
default, this storage class is named kfs(Katonic file system).\"; Katonic documentation, \
\"Katonic AWS Private Cluster — Dynamic Block Storage\": \"you will need to create an EBS \
gp3-based storage class named kfs\"; \"Dynamic Shared Storage\": \"configure the kfs-shared \
storage class to utilize it\". Domino Data Lab documentation, \"Cluster requirements — Storage \
classes\": \"Domino requires at least two storage classes.\" … \"By default, this storage class \
is named dominodisk\" … \"dominoshared\".",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "kdisk", "sharedClass": "kfs"},
  "storageClasses": [
    {"metadata": {"name": "kdisk"}, "provisioner": "rbd.csi.ceph.com"}
  ]
}"#,
        passes: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "kdisk", "sharedClass": "kfs"},
  "storageClasses": [
    {"metadata": {"name": "kdisk"}, "provisioner": "rbd.csi.ceph.com"},
    {"metadata": {"name": "kfs"}, "provisioner": "cephfs.csi.ceph.com"}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    if cx.doc.storage_classes.is_none() {
        e.need(
            "/storageClasses",
            "that the block and shared storage classes exist",
        );
        return;
    }
    let roles: [(&str, &str, Option<&ClassRef>); 2] = [
        ("block class", "blockClass", cx.block_class.as_ref()),
        ("shared class", "sharedClass", cx.shared_class.as_ref()),
    ];
    for (role, key, r) in roles {
        let Some(r) = r.filter(|r| r.index.is_none()) else {
            continue;
        };
        let name = &r.name;
        let (path, subject, hint) = if r.explicit {
            (
                msg!("/storage/", key),
                msg!(role, " `", name, '`'),
                msg!(
                    "add a StorageClass named `",
                    name,
                    "`, or set `storage.",
                    key,
                    "` to an existing class"
                ),
            )
        } else {
            (
                cx.doc.storage_classes_path.to_string(),
                msg!(
                    role,
                    " `",
                    name,
                    "` (the ",
                    cx.profile.name,
                    " profile's default name)"
                ),
                msg!(
                    "add a StorageClass named `",
                    name,
                    "`, or name the ",
                    role,
                    " in `storage.",
                    key,
                    '`'
                ),
            )
        };
        e.emit(
            path,
            msg!(subject, " is not among `storageClasses`: ", found(cx)),
            Some(hint),
        );
    }
}

/// "found `a`, `b`", or why there is nothing to list.
fn found(cx: &Context<'_>) -> String {
    let mut names = cx.classes.iter().filter_map(|c| c.class.name);
    match names.next() {
        None if cx.classes.is_empty() => "the list is empty".to_string(),
        None => "no class there has a name".to_string(),
        Some(first) => {
            let mut s = msg!("found `", first, '`');
            for n in names {
                s.push_str(", `");
                s.push_str(n);
                s.push('`');
            }
            s
        }
    }
}
