"""`clusterfit` (the console script) and `python -m clusterfit`: the one clusterfit command line.

This is the CLI crate itself, run through the native module: same flags, same output bytes, same
exit codes as the `clusterfit` binary built by cargo and the Node package's bin.
"""

from __future__ import annotations

import sys

from clusterfit import _native


def main() -> int:
    """Runs the command line on `sys.argv` and returns its exit code."""
    # The native code writes to the process's file descriptors: what Python buffered goes first.
    sys.stdout.flush()
    sys.stderr.flush()
    return _native.run_cli(["clusterfit", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
