"""Compares every runtime's conformance results with the Rust reference.

    python3 tests/conformance/compare.py [--dir target/conformance] [--require rust,python,...]

Each `<dir>/<runtime>.json` present (rust, python, node, wasm-node, wasm-browser) must have
exactly the ids of `rust.json` and byte-identical result strings. Prints every difference (id,
runtime, both strings, first differing position) and closes with `N passed, M failed` (runs ×
runtimes compared). Exits non-zero on any difference, or when a required runtime is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Dict, List

RUNTIMES = ["rust", "python", "node", "wasm-node", "wasm-browser"]


def first_difference(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def excerpt(s: str, at: int, width: int = 60) -> str:
    start = max(0, at - width)
    return ("…" if start else "") + s[start : at + width] + ("…" if at + width < len(s) else "")


def load(path: Path) -> Dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ValueError(f"{path}: not an object of result strings")
    return data


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default="target/conformance", type=Path)
    parser.add_argument(
        "--require",
        default="rust",
        help="comma-separated runtimes that must be present (rust is always required)",
    )
    args = parser.parse_args(argv)
    required = {r.strip() for r in args.require.split(",") if r.strip()} | {"rust"}
    unknown = required - set(RUNTIMES)
    if unknown:
        parser.error(f"unknown runtime(s): {', '.join(sorted(unknown))}; known: {', '.join(RUNTIMES)}")

    missing = [r for r in RUNTIMES if r in required and not (args.dir / f"{r}.json").exists()]
    for r in missing:
        print(f"missing: {args.dir / (r + '.json')} (runtime `{r}` is required)")
    ref_path = args.dir / "rust.json"
    if not ref_path.exists():
        print("0 passed, 0 failed")
        return 1
    reference = load(ref_path)
    if not reference:
        print("warning: rust.json has no cases (no fixtures found)")

    passed = failed = 0
    compared = []
    for runtime in RUNTIMES[1:]:
        path = args.dir / f"{runtime}.json"
        if not path.exists():
            continue
        compared.append(runtime)
        got = load(path)
        for case_id, want in reference.items():
            if case_id not in got:
                failed += 1
                print(f"FAIL {runtime} {case_id}: missing from {path.name}")
                continue
            have = got[case_id]
            if have == want:
                passed += 1
                continue
            failed += 1
            at = first_difference(want, have)
            print(f"FAIL {runtime} {case_id}: differs at character {at}")
            print(f"  rust:     {excerpt(want, at)}")
            print(f"  {runtime + ':':<9} {excerpt(have, at)}")
            print(f"  rust (whole):     {want}")
            print(f"  {runtime} (whole): {have}")
        for case_id in sorted(set(got) - set(reference)):
            failed += 1
            print(f"FAIL {runtime} {case_id}: not in rust.json (unknown id)")
    print(
        f"compared {len(reference)} runs of rust with: {', '.join(compared) or 'nothing'}",
    )
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
