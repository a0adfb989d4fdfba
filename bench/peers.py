"""clusterfit beside fastjsonschema and a pydantic model on the same documents (`make bench`).

    .venv/bin/python bench/peers.py --model MODEL.py DOC...

clusterfit `validate(dict)` and `validate(str)` (the full report) beside:

- fastjsonschema, compiled once from the description's JSON Schema (core/src/schema/schema.json;
  it compiles this draft 2020-12 schema with its newest generator, draft 2019-09, which covers
  every keyword the schema uses); per call the dict, or `json.loads` + the dict for text;
- a pydantic v2 model of the description generated from the same schema by
  datamodel-code-generator (MODEL.py, written by `make bench`); per call `model_validate(dict)`,
  or `model_validate_json(str)` for text.

fastjsonschema stops at the first error, pydantic collects every error; neither writes more than
that. Prints a Markdown table: document | what | clusterfit | peer | budget | met?. Medians of 31
rounds, each a batch (5–10 ms) of every contender in turn, by the wall clock and the thread's CPU
clock; budgets and ratios are judged on CPU time. Missing a budget is reported, never an error.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable, List, NamedTuple, Sequence

import fastjsonschema

import clusterfit

ROOT = Path(__file__).resolve().parent.parent
BUDGET_US = 15.0  # Python validate(dict), ~2 KB description


class Time(NamedTuple):
    """Median µs per call by the wall clock and by the thread's CPU clock (which leaves out the
    time the thread waits for a core: on a shared machine the closer one to a quiet machine's)."""

    wall: float
    cpu: float


def medians(fns: Sequence[Callable[[], object]]) -> List[Time]:
    """Median µs per call of each function over 31 rounds; each round runs a batch of every
    function in turn (a batch lasts 5–10 ms), so a change of load touches all of them alike."""
    batches = []
    for fn in fns:  # warm up for 20 ms, then double the batch until it lasts 5 ms
        start = time.perf_counter()
        while time.perf_counter() - start < 0.02:
            fn()
        batch = 1
        while True:
            start = time.perf_counter()
            for _ in range(batch):
                fn()
            if time.perf_counter() - start >= 0.005 or batch >= 1 << 20:
                break
            batch *= 2
        batches.append(batch)
    wall: List[List[float]] = [[] for _ in fns]
    cpu: List[List[float]] = [[] for _ in fns]
    for _ in range(31):
        for fn, batch, w, c in zip(fns, batches, wall, cpu):
            c0 = time.thread_time()
            start = time.perf_counter()
            for _ in range(batch):
                fn()
            w.append((time.perf_counter() - start) / batch * 1e6)
            c.append((time.thread_time() - c0) / batch * 1e6)
    return [Time(statistics.median(w), statistics.median(c)) for w, c in zip(wall, cpu)]


def us(x: float) -> str:
    return f"{x / 1000:.2f} ms" if x >= 1000 else f"{x:.2f} µs"


def cell(t: Time) -> str:
    return f"{us(t.wall)} (CPU {us(t.cpu)})"


def load_model(path: str) -> Any:
    spec = importlib.util.spec_from_file_location("clusterfit_bench_model", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the pydantic model {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the module's names through sys.modules
    spec.loader.exec_module(module)
    return module.ClusterDescription


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--model", required=True, help="pydantic model generated from schema.json")
    parser.add_argument("docs", nargs="+")
    args = parser.parse_args()

    schema = json.loads((ROOT / "core" / "src" / "schema" / "schema.json").read_text())
    fast = fastjsonschema.compile(schema)
    model = load_model(args.model)

    def fast_ok(doc: Any) -> bool:
        try:
            fast(doc)
            return True
        except fastjsonschema.JsonSchemaException:
            return False

    def pydantic_ok(doc: Any) -> bool:
        try:
            model.model_validate(doc)
            return True
        except ValueError:  # pydantic.ValidationError
            return False

    def pydantic_json_ok(text: str) -> bool:
        try:
            model.model_validate_json(text)
            return True
        except ValueError:
            return False

    print("### Python\n")
    print("| document | what | clusterfit | peer | budget | met? |")
    print("|---|---|---|---|---|---|")
    for path in args.docs:
        doc = json.loads(Path(path).read_text())
        text = json.dumps(doc, separators=(",", ":"))
        findings = len(clusterfit.validate(doc).findings)
        small = len(text) <= 4096
        plural = "" if findings == 1 else "s"
        name = (f"`{Path(path).name}` ({len(text)} B, {findings} finding{plural}; "
                f"fastjsonschema: {'valid' if fast_ok(doc) else 'invalid'}, "
                f"pydantic: {'valid' if pydantic_ok(doc) else 'invalid'})")
        cf_dict, cf_str, fast_dict, pyd_dict, fast_str, pyd_str = medians([
            lambda: clusterfit.validate(doc),
            lambda: clusterfit.validate(text),
            lambda: fast_ok(doc),
            lambda: pydantic_ok(doc),
            lambda: fast_ok(json.loads(text)),
            lambda: pydantic_json_ok(text),
        ])
        rows = [
            ("`validate(dict)` vs fastjsonschema (dict)", True, cf_dict, fast_dict),
            ("`validate(dict)` vs pydantic `model_validate(dict)`", True, cf_dict, pyd_dict),
            ("`validate(str)` vs `json.loads` + fastjsonschema", False, cf_str, fast_str),
            ("`validate(str)` vs pydantic `model_validate_json(str)`", False, cf_str, pyd_str),
        ]
        for what, budgeted, cf, other in rows:  # judged on CPU time (see Time)
            if budgeted and small:
                budget = f"≤ {BUDGET_US:g} µs"
                verdict = "met" if cf.cpu <= BUDGET_US else "**missed**"
            else:
                budget, verdict = "—", "—"
            print(f"| {name} | {what} | {cell(cf)} | {cell(other)} | {budget} | "
                  f"{verdict} ({cf.cpu / other.cpu:.2f}× the peer) |")
    print()


if __name__ == "__main__":
    main()
