"""Conformance runner for the Python binding.

Runs every fixture case through `clusterfit.validate`, once with the document as a dict and once
as JSON text (`json.dumps`, id suffix `~text`), every importer case (fixtures/import/) through
`clusterfit.describe`, and writes `{id: result string}` to the path given as the first argument
(`target/conformance/python.json`). Protocol: docs/python.md, and
tests/conformance/compare.py compares the result with the Rust reference.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Dict, Iterator, Optional, Tuple


import clusterfit

ROOT = Path(__file__).resolve().parents[2]
# CLUSTERFIT_FIXTURES points the harness at another fixtures folder (for testing it).
FIXTURES = Path(os.environ.get("CLUSTERFIT_FIXTURES") or ROOT / "fixtures")


def cases() -> Iterator[Tuple[str, Optional[Dict[str, Any]], Any, Optional[str]]]:
    """(id, options, input, inputText) for every case, in protocol order."""
    found = FIXTURES.rglob("*.json") if FIXTURES.is_dir() else iter(())
    files = [(p.relative_to(FIXTURES).as_posix(), p) for p in found if p.is_file()]
    files.sort(key=lambda rp: rp[0].encode())
    for rel, path in files:
        if rel.startswith("import/"):
            continue
        if rel.startswith("examples/"):
            if rel.endswith(".expected.json"):
                continue
            expected = path.with_name(path.name[: -len(".json")] + ".expected.json")
            options = None
            if expected.exists():
                options = json.loads(expected.read_text(encoding="utf-8")).get("options")
            yield rel, options, json.loads(path.read_text(encoding="utf-8")), None
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or not isinstance(doc.get("cases"), list):
            continue
        for i, case in enumerate(doc["cases"]):
            text = case.get("inputText")
            # A hostile text too large to write out: [[piece, times], …], concatenated.
            repeat = case.get("inputTextRepeat")
            if isinstance(repeat, list):
                text = "".join(str(piece) * int(times) for piece, times in repeat)
            yield (
                f"{rel}#{i}",
                case.get("options"),
                case.get("input"),
                text if isinstance(text, str) else None,
            )


def import_runs() -> Iterator[Tuple[str, str, str, Optional[Dict[str, str]]]]:
    """(id, kind, text, roles) of every importer run: `describe` on the input's JSON form."""
    found = FIXTURES.rglob("*.case.json") if FIXTURES.is_dir() else iter(())
    files = [(p.relative_to(FIXTURES).as_posix(), p) for p in found if p.is_file()]
    files.sort(key=lambda rp: rp[0].encode())
    for rel, path in files:
        if not rel.startswith("import/"):
            continue
        case = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(case.get("inputJson") or case["input"]).read_text(encoding="utf-8")
        for i, run in enumerate(case["runs"]):
            roles = (run.get("options") or {}).get("roles")
            yield f"{rel}#{i}", case["kind"], text, roles


def described(kind: str, text: str, roles: Optional[Dict[str, str]]) -> str:
    try:
        answer: Any = clusterfit.describe(kind, text, roles=roles)  # type: ignore[arg-type]
    except clusterfit.ClusterfitError as e:
        answer = {"error": {"code": e.code, "message": e.message}}
    return json.dumps(answer, separators=(",", ":"), ensure_ascii=False)


def result(doc: Any, options: Optional[Dict[str, Any]]) -> str:
    try:
        return clusterfit.validate(doc, options=options).to_json()
    except clusterfit.ClusterfitError as e:
        error = {"error": {"code": e.code, "message": e.message}}
        return json.dumps(error, separators=(",", ":"), ensure_ascii=False)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python_runner.py OUT.json", file=sys.stderr)
        return 2
    out: Dict[str, str] = {}
    for case_id, options, value, text in cases():
        if text is not None:
            out[f"{case_id}~text"] = result(text, options)
            continue
        out[case_id] = result(value, options)
        out[f"{case_id}~text"] = result(json.dumps(value), options)
    for run_id, kind, text, roles in import_runs():
        out[run_id] = described(kind, text, roles)
    target = Path(argv[1])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"python: {len(out)} runs written to {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
