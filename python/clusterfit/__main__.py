"""`python -m clusterfit`: the command line of the Python package, for scripts and Terraform.

    python -m clusterfit check FILE|- [--profile P | --profile-file F] [--options F]
                                      [--disable RULE]... [--strict] [--fail-on error|warning]
                                      [--format json|text]
    python -m clusterfit terraform   # a Terraform `external` data source program (stdin → stdout)

`check` exits 0 when the cluster is valid, 1 when a finding is at or above `--fail-on`, 2 on an
input, options or usage error. With `--format json` (the default here, for scripts) the report,
or `{"error": {"code", "message"}}`, goes to stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, TextIO

import clusterfit

EXIT_VALID, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A problem with the command line or a file it names (exit 2)."""


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        return stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise UsageError(f"cannot read `{path}`: {e.strerror or e}") from e


def _document(path: str, stdin: TextIO) -> Any:
    """JSON text as it is (the core parses it); YAML converted when PyYAML is installed."""
    text = _read(path, stdin)
    if path.endswith((".yaml", ".yml")):
        try:
            import yaml  # type: ignore[import-untyped,unused-ignore]
        except ImportError as e:
            raise UsageError(
                f"`{path}` is YAML: install PyYAML (`pip install pyyaml`) or use the clusterfit CLI"
            ) from e
        try:
            return yaml.safe_load(text)
        except yaml.YAMLError as e:
            raise clusterfit.InputError("INPUT_NOT_JSON", f"the document is not YAML: {e}") from e
    return text


def _json_file(path: str, what: str) -> Any:
    try:
        return json.loads(_read(path, sys.stdin))
    except json.JSONDecodeError as e:
        raise UsageError(f"{what} `{path}` is not JSON: {e}") from e


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def format_text(report: clusterfit.Report) -> str:
    """A plain table: one line per finding, its hint below."""
    s = report.summary
    lines = [
        f"clusterfit: profile {report.profile}: {'valid' if report.valid else 'invalid'}, "
        f"{_plural(s.errors, 'error')}, {_plural(s.warnings, 'warning')}, "
        f"{_plural(s.infos, 'info')}"
    ]
    for f in report.findings:
        lines.append(f"  {f.severity:<7} {f.rule:<28} {f.path or '/'}")
        lines.append(f"          {f.message}")
        if f.hint:
            lines.append(f"          hint: {f.hint}")
    return "\n".join(lines)


def _error_json(e: clusterfit.ClusterfitError) -> str:
    return json.dumps(
        {"error": {"code": e.code, "message": e.message}}, separators=(",", ":"), ensure_ascii=False
    )


def check(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    try:
        options: Dict[str, Any] = {}
        if args.options:
            loaded = _json_file(args.options, "options file")
            if not isinstance(loaded, dict):
                raise clusterfit.OptionsError(
                    "OPTIONS_INVALID", f"the options file `{args.options}` must hold a JSON object"
                )
            options.update(loaded)
        if args.profile_file:
            options["profile"] = _json_file(args.profile_file, "profile file")
        elif args.profile:
            options["profile"] = args.profile
        if args.disable:
            options["disable"] = list(options.get("disable") or []) + args.disable
        if args.strict:
            options["strict"] = True
        if args.fail_on:
            options["failOn"] = args.fail_on
        report = clusterfit.validate(_document(args.file, stdin), options=options)
    except clusterfit.ClusterfitError as e:
        if args.format == "json":
            print(_error_json(e), file=stdout)
        print(f"clusterfit: {e.code}: {e.message}", file=stderr)
        return EXIT_ERROR
    print(report.to_json() if args.format == "json" else format_text(report), file=stdout)
    return EXIT_VALID if report.valid else EXIT_FINDINGS


def terraform(stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    """Terraform `external` data source: a flat JSON object of strings in and out.

    Query keys (all strings): `document` (JSON text, or the path of a JSON/YAML file),
    `profile`, `fail_on`, `strict` ("true"/"false"), `disable` (comma-separated rule ids) and
    `options` (a JSON object as text; the other keys win over it). Result: `valid`, `errors`,
    `warnings`, `infos` (numbers as text, as Terraform wants), `messages` (one line per finding)
    and `report` (the report JSON). An input or options error exits 1 with the message on
    stderr, which fails the plan.
    """
    try:
        query = json.loads(stdin.read() or "{}")
        if not isinstance(query, dict):
            raise UsageError("the query must be a JSON object")
        document = query.get("document")
        if not isinstance(document, str) or not document.strip():
            raise UsageError('the query needs "document": the cluster as JSON text, or a file path')
        options: Dict[str, Any] = {}
        if query.get("options"):
            loaded = json.loads(query["options"])
            if not isinstance(loaded, dict):
                raise clusterfit.OptionsError("OPTIONS_INVALID", '"options" must be a JSON object')
            options.update(loaded)
        if query.get("profile"):
            options["profile"] = query["profile"]
        fail_on = query.get("fail_on") or query.get("failOn")
        if fail_on:
            options["failOn"] = fail_on
        if query.get("strict"):
            options["strict"] = str(query["strict"]).lower() in ("true", "1", "yes")
        if query.get("disable"):
            options["disable"] = [r.strip() for r in str(query["disable"]).split(",") if r.strip()]
        doc: Any = document if document.lstrip().startswith("{") else _document(document, stdin)
        report = clusterfit.validate(doc, options=options)
    except json.JSONDecodeError as e:
        print(f"clusterfit: the query is not JSON: {e}", file=stderr)
        return 1
    except (UsageError, clusterfit.ClusterfitError) as e:
        print(f"clusterfit: {e}", file=stderr)
        return 1
    s = report.summary
    messages = "\n".join(
        f"{f.severity} {f.rule} at {f.path or '/'}: {f.message}" for f in report.findings
    )
    result = {
        "valid": "true" if report.valid else "false",
        "errors": str(s.errors),
        "warnings": str(s.warnings),
        "infos": str(s.infos),
        "messages": messages,
        "report": report.to_json(),
    }
    print(json.dumps(result, separators=(",", ":"), ensure_ascii=False), file=stdout)
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m clusterfit",
        description="Does a Kubernetes cluster description meet an ML platform's requirements?",
    )
    p.add_argument("--version", action="version", version=f"clusterfit {clusterfit.__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="validate a cluster description (JSON, or YAML with PyYAML)")
    c.add_argument("file", metavar="FILE", help="the description, or - for stdin")
    prof = c.add_mutually_exclusive_group()
    prof.add_argument("--profile", help="katonic (default) or domino")
    prof.add_argument("--profile-file", metavar="F", help="a custom profile (JSON)")
    c.add_argument("--options", metavar="F", help="the options object (JSON); flags win over it")
    c.add_argument("--disable", metavar="RULE", action="append", help="a rule not to run")
    c.add_argument("--strict", action="store_true", help="report what the document left out")
    c.add_argument("--fail-on", choices=["error", "warning"], help="what makes it invalid")
    c.add_argument("--format", choices=["json", "text"], default="json", help="default: json")
    sub.add_parser("terraform", help="Terraform external data source (query on stdin)")
    return p


def main(
    argv: Optional[List[str]] = None,
    stdout: Optional[TextIO] = None,
    stderr: Optional[TextIO] = None,
    stdin: Optional[TextIO] = None,
) -> int:
    out, err, inp = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    try:
        args = parser().parse_args(argv)
    except SystemExit as e:  # argparse: usage errors exit 2, --help / --version exit 0
        return int(e.code or 0)
    try:
        if args.command == "terraform":
            return terraform(out, err, inp)
        return check(args, out, err, inp)
    except UsageError as e:
        print(f"clusterfit: {e}", file=err)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
