"""The `clusterfit` console script and `python -m clusterfit`: the CLI crate through the native
module (check: exit codes, formats; the Terraform external program). Byte identity with the
cargo-built binary over many more runs is tests/conformance/cli.mjs's job."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

MISSING = {"provider": "aws", "kubernetes": {}}
TYPO = {"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCdir": "x"}}
MINIMAL = {"provider": "aws", "kubernetes": {"version": "1.30"}}


SCRIPT = Path(sys.executable).parent / "clusterfit"
ROOT = Path(__file__).resolve().parents[2]


def run(args: List[str], stdin: str = "", cwd: Path | None = None) -> Tuple[int, str, str]:
    p = subprocess.run(
        [sys.executable, "-m", "clusterfit", *args],
        input=stdin, capture_output=True, text=True, cwd=cwd, timeout=60,
    )
    return p.returncode, p.stdout, p.stderr


def run_bytes(argv: List[str]) -> Tuple[int, bytes, bytes]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    p = subprocess.run(argv, capture_output=True, cwd=ROOT, env=env, timeout=60)
    return p.returncode, p.stdout, p.stderr


def rust_binary() -> Path | None:
    target = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
    for profile in ("release", "debug"):
        if (target / profile / "clusterfit").exists():
            return target / profile / "clusterfit"
    return None


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["check", "fixtures/examples/several-problems.json", "--format", "text"],
        ["check", "fixtures/examples/azure-domino.json", "--profile", "domino", "--format", "sarif"],
        ["check", "tests/conformance/cli/quick-poc.yaml", "--format", "json"],
        ["check", "nope.json"],
    ],
)
def test_console_script_is_the_cli(args: List[str]) -> None:
    script = run_bytes([str(SCRIPT), *args])
    assert script == run_bytes([sys.executable, "-m", "clusterfit", *args])
    rust = rust_binary()
    if rust is not None:
        assert script == run_bytes([str(rust), *args])


def write(tmp_path: Path, name: str, doc: Any) -> str:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    return str(path)


def test_check_valid_prints_the_report_json(tmp_path: Path) -> None:
    import clusterfit

    code, out, err = run(["check", write(tmp_path, "ok.json", MINIMAL), "--format", "json"])
    assert code == 0, err
    assert out.strip() == clusterfit.validate(MINIMAL).to_json()


def test_check_exit_codes(tmp_path: Path) -> None:
    assert run(["check", write(tmp_path, "bad.json", MISSING)])[0] == 1
    typo = write(tmp_path, "typo.json", TYPO)
    assert run(["check", typo])[0] == 0
    assert run(["check", typo, "--fail-on", "warning"])[0] == 1
    assert run(["check", typo, "--fail-on", "warning", "--disable", "unknown-field"])[0] == 0


def test_check_stdin_and_profile() -> None:
    code, out, _ = run(["check", "-", "--profile", "domino", "--format", "json"], stdin=json.dumps(MINIMAL))
    assert code == 0 and json.loads(out)["profile"] == "domino"


def test_check_options_file(tmp_path: Path) -> None:
    opts = write(tmp_path, "opts.json", {"failOn": "warning", "profile": "domino"})
    code, out, _ = run(["check", write(tmp_path, "t.json", TYPO), "--options", opts,
                        "--format", "json"])
    assert code == 1 and json.loads(out)["profile"] == "domino"
    # flags win over the file
    code, _, _ = run(["check", write(tmp_path, "t.json", TYPO), "--options", opts,
                      "--fail-on", "error"])
    assert code == 0


@pytest.mark.parametrize(
    "content, args, code",
    [
        ("{nope", [], "INPUT_NOT_JSON"),
        ("7", [], "INPUT_NOT_OBJECT"),
        (json.dumps(MINIMAL), ["--profile", "nope"], "OPTIONS_INVALID"),
    ],
)
def test_check_errors_exit_2(tmp_path: Path, content: str, args: List[str], code: str) -> None:
    rc, out, err = run(["check", write(tmp_path, "x.json", content), "--format", "json", *args])
    assert rc == 2
    assert json.loads(out)["error"]["code"] == code
    rc, out, err = run(["check", write(tmp_path, "x.json", content), "--format", "text", *args])
    assert rc == 2 and out == "" and code in err


def test_check_usage_errors(tmp_path: Path) -> None:
    rc, out, err = run(["check", str(tmp_path / "nope.json")])
    assert rc == 2 and "cannot read" in err
    assert run(["check"])[0] == 2
    assert run(["frobnicate"])[0] == 2
    assert run(["check", "-", "--fail-on", "sometimes"], stdin="{}")[0] == 2


def test_check_text_format(tmp_path: Path) -> None:
    rc, out, _ = run(["check", write(tmp_path, "bad.json", MISSING), "--format", "text"])
    assert rc == 1
    assert "bad.json:1:21  error  required-field" in out and "`kubernetes.version`" in out
    assert "not valid for katonic" in out


def terraform(query: Dict[str, str], cwd: Path | None = None) -> Tuple[int, Dict[str, str], str]:
    rc, out, err = run(["terraform"], stdin=json.dumps(query), cwd=cwd)
    return rc, (json.loads(out) if out.strip() else {}), err


def test_terraform_flat_strings() -> None:
    import clusterfit

    rc, result, err = terraform({"document": json.dumps(TYPO), "profile": "katonic"})
    assert rc == 0, err
    assert all(isinstance(v, str) for v in result.values())
    assert result["valid"] == "true"
    assert result["errors"] == "0" and result["warnings"] == "1" and result["infos"] == "0"
    assert result["report"] == clusterfit.validate(TYPO).to_json()
    assert "unknown-field" in result["messages"]


def test_terraform_invalid_document_and_options() -> None:
    rc, result, _ = terraform({"document": json.dumps(MISSING)})
    assert rc == 0 and result["valid"] == "false" and int(result["errors"]) >= 1
    rc, result, _ = terraform({"document": json.dumps(TYPO), "fail_on": "warning",
                               "disable": "vpc-cidr-size, node-os"})
    assert rc == 0 and result["valid"] == "false"
    rc, result, _ = terraform({"document": json.dumps(TYPO), "options": '{"failOn": "warning"}'})
    assert result["valid"] == "false"
    rc, result, _ = terraform({"document": json.dumps(TYPO), "strict": "true"})
    assert rc == 0


def test_terraform_document_path(tmp_path: Path) -> None:
    write(tmp_path, "cluster.json", MINIMAL)
    rc, result, err = terraform({"document": "cluster.json"}, cwd=tmp_path)
    assert rc == 0, err
    assert result["valid"] == "true"


@pytest.mark.parametrize(
    "query, says",
    [
        ({"document": "{nope"}, "INPUT_NOT_JSON"),
        ({"document": json.dumps(MINIMAL), "profile": "nope"}, "OPTIONS_INVALID"),
        ({}, '"document"'),
        ({"document": "missing.json"}, "cannot read"),
    ],
)
def test_terraform_errors_fail_the_plan(query: Dict[str, str], says: str, tmp_path: Path) -> None:
    rc, out, err = run(["terraform"], stdin=json.dumps(query), cwd=tmp_path)
    assert rc == 1 and out == "" and says in err


def test_terraform_query_not_json() -> None:
    rc, out, err = run(["terraform"], stdin="nope")
    assert rc == 1 and "not JSON" in err


def test_terraform_unknown_key_fails_the_plan() -> None:
    rc, out, err = run(["terraform"], stdin=json.dumps({"document": json.dumps(MINIMAL),
                                                        "profle": "domino"}))
    assert rc == 1 and out == "" and "unknown query key `profle`" in err
