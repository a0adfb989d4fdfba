#!/usr/bin/env python3
"""`make stress`: hostile inputs against time and memory bounds, in every runtime.

Each case is generated here (a few are megabytes), written under target/stress/, and run through
the CLI (`/usr/bin/time -v` gives the peak RSS), Python, Node native and WASM in Node (each in a
child process timed the same way). A case passes when the runtime answers with the expected
outcome (an error code, or a report with `findings` bounded to 1,001 entries) within the time
and RSS bounds. Not part of `make test`: timings depend on the machine.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Callable, Dict, List, Tuple

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "target" / "stress"
MAX_SECONDS = float(os.environ.get("STRESS_MAX_SECONDS", "5"))
MAX_RSS_MB = float(os.environ.get("STRESS_MAX_RSS_MB", "400"))
BASE = '"provider":"aws","kubernetes":{"version":"1.30"}'


def texts() -> Dict[str, Tuple[str, str]]:
    """name -> (text, expected outcome: an error code or `report`)."""
    subnets = ",".join('{"cidr":"10.0.0.0/24"}' for _ in range(2500))
    zones = ",".join("1" for _ in range(400_000))
    return {
        "identical-subnets": ("{" + BASE + ',"network":{"vpcCidr":"10.0.0.0/16","subnets":[' + subnets + "]}}", "report"),
        "many-findings": ("{" + BASE + ',"availabilityZones":[' + zones + "]}", "report"),
        "deep-arrays": ("[" * 100_000 + "]" * 100_000, "INPUT_TOO_DEEP"),
        "over-1-mib": ('{"a":"' + "x" * (1024 * 1024) + '"}', "INPUT_TOO_LARGE"),
        "long-string": ("{" + BASE + ',"x":"' + "\\u0001" * 170_000 + '"}', "report"),
        "not-utf8": ("", "INPUT_NOT_JSON"),
    }


HOST: Dict[str, Dict[str, object]] = {
    # Generator descriptions, run in the host language: each builds a value in memory.
    "self-containing": {
        "python": "d = dict(BASE); d['a'] = d; d['b'] = d; doc = d",
        "js": "const d = { ...BASE }; d.a = d; d.b = d; doc = d",
        "expected": "INPUT_TOO_DEEP",
    },
    "ten-million-shared": {
        "python": "leaf = [0] * 1000; mid = [leaf] * 100; doc = dict(BASE, x=[mid] * 100)",
        "js": "const leaf = new Array(1000).fill(0); const mid = new Array(100).fill(leaf); doc = { ...BASE, x: new Array(100).fill(mid) }",
        "expected": "INPUT_TOO_LARGE",
    },
    "400-mb-string": {
        "python": "doc = dict(BASE, big='x' * (400 << 20))",
        "js": "doc = { ...BASE, big: 'x'.repeat(400 << 20) }",
        "expected": "INPUT_TOO_LARGE",
        # The host builds the 400 MB string itself; the conversion must add next to nothing.
        "rss": 400 + MAX_RSS_MB,
    },
}

PY = """
import json, sys, clusterfit
BASE = {"provider": "aws", "kubernetes": {"version": "1.30"}}
doc = None
%s
try:
    r = clusterfit.validate(doc)
    print(json.dumps({"findings": len(r.findings)}))
except clusterfit.ClusterfitError as e:
    print(json.dumps({"code": e.code}))
"""

JS = """
const cf = require(%s);
const BASE = { provider: 'aws', kubernetes: { version: '1.30' } };
let doc;
%s
try { console.log(JSON.stringify({ findings: cf.validate(doc).findings.length })) }
catch (e) { console.log(JSON.stringify({ code: e.code })) }
"""


def timed(cmd: List[str], stdin: bytes | None = None) -> Tuple[str, float, float]:
    """stdout, seconds, peak RSS in MB (GNU time -v)."""
    p = subprocess.run(["/usr/bin/time", "-v", *cmd], input=stdin, capture_output=True, timeout=120)
    err = p.stderr.decode(errors="replace")
    rss = float(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1)) / 1024  # type: ignore[union-attr]
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", err)
    assert wall, err
    secs = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return p.stdout.decode(errors="replace"), secs, rss


def outcome(stdout: str) -> str:
    try:
        v = json.loads(stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return "no answer: " + stdout[-200:]
    if "error" in v:
        return str(v["error"]["code"])
    if "code" in v:
        return str(v["code"])
    n = len(v["findings"]) if isinstance(v.get("findings"), list) else v.get("findings")
    return "report" if isinstance(n, int) and n <= 1001 else f"report of {n} findings"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    cli = ROOT / os.environ.get("CARGO_TARGET_DIR", "target") / "release" / "clusterfit"
    vpy = ROOT / ".venv" / "bin" / "python"
    failures: List[str] = []
    rows: List[str] = []

    def check(
        runtime: str, name: str, expected: str, run: Callable[[], Tuple[str, float, float]], max_rss: float = MAX_RSS_MB
    ) -> None:
        got, secs, rss = run()
        got = outcome(got)
        ok = got == expected and secs <= MAX_SECONDS and rss <= max_rss
        rows.append(f"{'ok ' if ok else 'FAIL'} {runtime:10} {name:20} {got:18} {secs:6.2f} s {rss:7.1f} MB")
        if not ok:
            failures.append(f"{runtime} {name}: expected {expected}, got {got} in {secs:.2f} s, {rss:.0f} MB")

    for name, (text, expected) in texts().items():
        path = OUT / f"{name}.json"
        data = b'{"a":"\xff"}' if name == "not-utf8" else text.encode()
        path.write_bytes(data)
        check("cli", name, expected, lambda: timed([str(cli), "check", str(path), "--format", "json"]))
        code = f"import json,clusterfit\ntry:\n r=clusterfit.validate(open({str(path)!r},'rb').read().decode('utf-8','surrogateescape'))\n print(json.dumps({{'findings':len(r.findings)}}))\nexcept clusterfit.ClusterfitError as e:\n print(json.dumps({{'code':e.code}}))"
        check("python", name, expected, lambda: timed([str(vpy), "-c", code]))
        for runtime, module in (("node", ROOT / "node" / "index.js"), ("wasm-node", ROOT / "wasm" / "pkg" / "node" / "index.cjs")):
            js = f"const cf=require({json.dumps(str(module))});const b=require('fs').readFileSync({json.dumps(str(path))});try{{console.log(JSON.stringify({{findings:cf.validate(b).findings.length}}))}}catch(e){{console.log(JSON.stringify({{code:e.code}}))}}"
            check(runtime, name, expected, lambda: timed(["node", "-e", js]))

    for name, gen in HOST.items():
        max_rss = float(gen.get("rss", MAX_RSS_MB))  # type: ignore[arg-type]
        check("python", name, str(gen["expected"]), lambda: timed([str(vpy), "-c", PY % gen["python"]]), max_rss)
        for runtime, module in (("node", ROOT / "node" / "index.js"), ("wasm-node", ROOT / "wasm" / "pkg" / "node" / "index.cjs")):
            js = JS % (json.dumps(str(module)), gen["js"])
            check(runtime, name, str(gen["expected"]), lambda: timed(["node", "-e", js]), max_rss)

    print("\n".join(rows))
    if failures:
        print("\nmake stress: FAILED\n" + "\n".join(failures))
        return 1
    print(f"\nmake stress: every case within {MAX_SECONDS} s and {MAX_RSS_MB} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
