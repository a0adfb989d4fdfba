//! namespaces rules, one file each, in catalog order, and the template syntax they
//! share (Dataiku DSS variables, "Setup with Kubernetes").
mod namespace_auto_create;
mod namespace_template;
mod namespace_template_variable;

use super::Rule;

/// The namespaces rules, in registry order.
pub static RULES: &[&Rule] = &[
    &namespace_template::RULE,
    &namespace_template_variable::RULE,
    &namespace_auto_create::RULE,
];

/// The per-user variable: DSS replaces it with the login of the user running the job.
pub const USER_LOGIN: &str = "${dssUserLogin}";

/// Whether the template references an admin property, `${adminProperty:NAME}` with a non-empty
/// `NAME`: the per-team variable, whose value is set per user inside DSS.
pub fn has_admin_property(template: &str) -> bool {
    let mut rest = template;
    while let Some(at) = rest.find("${adminProperty:") {
        let after = rest.get(at + "${adminProperty:".len()..).unwrap_or("");
        match after.find('}') {
            Some(end) if end > 0 => return true,
            Some(_) => rest = after,
            // No `}` after this one, so none after any later one either: stop here rather than
            // search the rest again for every later occurrence.
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::has_admin_property;

    #[test]
    fn admin_property_needs_a_name_and_a_closing_brace() {
        assert!(has_admin_property("${adminProperty:k8sNS}"));
        assert!(has_admin_property("team-${adminProperty:team}-ns"));
        assert!(!has_admin_property("${adminProperty:}"));
        assert!(!has_admin_property("${adminProperty:k8sNS"));
        assert!(!has_admin_property("dss-ns-${dssUserLogin}"));
        assert!(has_admin_property("${adminProperty:}${adminProperty:x}"));
    }

    /// The earlier loop, which searched the rest of the template for `}` again after every
    /// occurrence, as the reference.
    fn quadratic(template: &str) -> bool {
        let mut rest = template;
        while let Some(at) = rest.find("${adminProperty:") {
            let after = rest.get(at + "${adminProperty:".len()..).unwrap_or("");
            if let Some(end) = after.find('}') {
                if end > 0 {
                    return true;
                }
            }
            rest = after;
        }
        false
    }

    #[test]
    fn same_answer_as_the_quadratic_loop() {
        let mut rng = crate::rules::zones::testing::Lcg(3);
        let pieces = ["${adminProperty:", "}", "x", "${", ":", "-ns"];
        let mut found = 0;
        for _ in 0..2000 {
            let template: String = (0..rng.below(8)).map(|_| rng.pick(&pieces)).collect();
            let want = quadratic(&template);
            found += usize::from(want);
            assert_eq!(has_admin_property(&template), want, "{template}");
        }
        assert!(found > 100, "only {found} templates with an admin property");
    }
}
