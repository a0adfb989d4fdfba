# SARIF and JUnit output validated against the published schemas (tests/schemas/, sources in
# tests/schemas/SOURCES.md), with the Python validators installed into the project's venv.
SCHEMA_TOOLS_STAMP := $(VENV)/.schema-tools-jsonschema-4.23.0-xmlschema-3.4.3

.PHONY: test-schemas

$(SCHEMA_TOOLS_STAMP): | $(VPY)
	$(VPY) -m pip install --quiet --disable-pip-version-check jsonschema==4.23.0 xmlschema==3.4.3
	touch $@

## test-schemas: the CLI's SARIF and JUnit for every example, several files, suppressed findings and an input error
test-schemas: $(SCHEMA_TOOLS_STAMP)
	$(CARGO) build --release -q -p clusterfit-cli
	$(VPY) tests/schemas/check_reports.py target/release/clusterfit

BINDING_TESTS += test-schemas
