"""Validates the CLI's SARIF and JUnit output against the published schemas (tests/schemas/).

    python3 tests/schemas/check_reports.py path/to/clusterfit

Closes with `N passed, M failed`; exits non-zero on any failure.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import List, Tuple

import jsonschema
import xmlschema

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def cases(tmp: Path) -> List[Tuple[str, List[str]]]:
    examples = sorted(
        p for p in (ROOT / "fixtures" / "examples").glob("*.json") if not p.name.endswith(".expected.json")
    )
    bad = tmp / "not-json.json"
    bad.write_text("{ this is not json", encoding="utf-8")
    ignore = tmp / "ignore.json"
    ignore.write_text(
        json.dumps({"ignore": [{"rule": "vpc-cidr-size", "reason": "legacy VPC, migration planned"}]}),
        encoding="utf-8",
    )
    several = ROOT / "fixtures" / "examples" / "several-problems.json"
    out = [(p.name, [str(p)]) for p in examples]
    out.append(("several files", [str(p) for p in examples]))
    out.append(("suppressed findings", [str(several), "--options", str(ignore)]))
    out.append(("an input error", [str(bad)]))
    return out


def main(argv: List[str]) -> int:
    cli = argv[1] if len(argv) > 1 else str(ROOT / "target" / "release" / "clusterfit")
    sarif_schema = json.loads((HERE / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    sarif = jsonschema.Draft4Validator(sarif_schema)
    junit = xmlschema.XMLSchema10(str(HERE / "junit-10.xsd"))
    passed, failed = 0, 0
    with tempfile.TemporaryDirectory() as t:
        for name, args in cases(Path(t)):
            for fmt in ("sarif", "junit"):
                run = subprocess.run(
                    [cli, "check", *args, "--format", fmt], capture_output=True, text=True
                )
                problems: List[str] = []
                if run.returncode not in (0, 1, 2):
                    problems.append(f"exit {run.returncode}: {run.stderr.strip()}")
                if not run.stdout.strip():
                    problems.append("no output")
                elif fmt == "sarif":
                    try:
                        log = json.loads(run.stdout)
                        problems += [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in sarif.iter_errors(log)]
                    except json.JSONDecodeError as e:
                        problems.append(f"not JSON: {e}")
                else:
                    problems += [str(e.reason or e) for e in junit.iter_errors(run.stdout)]
                if problems:
                    failed += 1
                    print(f"FAIL {name} ({fmt}):")
                    for p in problems[:10]:
                        print(f"  {p}")
                else:
                    passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
