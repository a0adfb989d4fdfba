# The three ways README's Quick start gives to get the `clusterfit` command, each installed into a
# fresh temporary prefix (nothing outside it is touched), then run: `clusterfit --version`.
#   test-install-cargo   cargo install --path cli
#   test-install-pip     pip install ./python     (a new venv; pip builds the wheel with maturin)
#   test-install-npm     npm install -g ./node    (after build-node; the bin runs the native module)
.PHONY: test-install test-install-cargo test-install-pip test-install-npm

test-install-cargo:
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	  $(CARGO) install --quiet --locked --path cli --root "$$tmp" --target-dir target; \
	  "$$tmp/bin/clusterfit" --version | grep -qx "clusterfit [0-9.]*"; \
	  echo "cargo install --path cli: ok"

test-install-pip:
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	  $(PYTHON) -m venv "$$tmp/venv"; \
	  "$$tmp/venv/bin/pip" install --quiet --disable-pip-version-check ./python; \
	  "$$tmp/venv/bin/clusterfit" --version | grep -qx "clusterfit [0-9.]*"; \
	  "$$tmp/venv/bin/python" -m clusterfit --version | grep -qx "clusterfit [0-9.]*"; \
	  echo "pip install ./python: ok"

test-install-npm: build-node
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	  npm install -g --prefix "$$tmp" --no-audit --no-fund --loglevel=error ./node; \
	  "$$tmp/bin/clusterfit" --version | grep -qx "clusterfit [0-9.]*"; \
	  echo "npm install -g ./node: ok"

## test-install: the README's three installs of the command, each in a temporary prefix
test-install: test-install-cargo test-install-pip test-install-npm

BINDING_TESTS += test-install
