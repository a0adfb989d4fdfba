"""The growth budget, from the two scaling tables `make bench` writes (no dependencies):

    python3 bench/scaling-budget.py WALL.md [INSTRUCTIONS.md]

WALL.md: the table of `cargo run --release -p clusterfit --example scaling` (wall time);
INSTRUCTIONS.md: the table of `core/examples/scaling-callgrind.sh` (instructions per call).
Budget: per shape, the marginal cost per input byte from 200 KB to 1 MiB within 1.5x of the
one from 20 KB to 200 KB (judged on instructions when counted, else on wall time), and a 1 MiB
document in under 50 ms native (wall time). Prints a Markdown table; always exits 0.
"""

from __future__ import annotations

import sys
from typing import Dict, List, Optional, Tuple

SLOPE_RATIO = 1.5
MAX_MS_1M = 50.0


def rows(path: str) -> List[List[str]]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if line.startswith("|") and len(cells) >= 4 and cells[0] not in ("shape", "---"):
                out.append(cells)
    return out


def ns(text: str) -> Optional[float]:
    for unit, factor in (("µs", 1e3), ("ms", 1e6), ("s", 1e9)):
        if text.endswith(" " + unit):
            return float(text[: -len(unit) - 1]) * factor
    return None


def marginals(points: Dict[str, Tuple[int, float]]) -> Optional[Tuple[float, float]]:
    if not all(k in points for k in ("20k", "200k", "1m")):
        return None
    (b20, c20), (b200, c200), (b1m, c1m) = points["20k"], points["200k"], points["1m"]
    return (c200 - c20) / (b200 - b20), (c1m - c200) / (b1m - b200)


def main() -> None:
    wall: Dict[str, Dict[str, Tuple[int, float]]] = {}
    for c in rows(sys.argv[1]):  # shape | size | bytes | findings | time | ...
        t = ns(c[4]) if len(c) > 4 else None
        if t is not None:
            wall.setdefault(c[0], {})[c[1]] = (int(c[2]), t)
    instr: Dict[str, Dict[str, Tuple[int, float]]] = {}
    if len(sys.argv) > 2:
        for c in rows(sys.argv[2]):  # shape | size | bytes | instructions | ...
            if c[3].isdigit():
                instr.setdefault(c[0], {})[c[1]] = (int(c[2]), float(c[3]))
    print("| shape | marginal cost per byte, 20 KB → 200 KB | 200 KB → 1 MiB | ratio "
          "(budget ≤ 1.5×) | met? | 1 MiB wall time (budget < 50 ms) | met? |")
    print("|---|---|---|---|---|---|---|")
    for shape in wall:
        unit = "instr." if shape in instr else "ns"
        m = marginals(instr.get(shape) or wall[shape])
        if m is None:
            growth = ["—", "—", "—", "not measured"]
        else:
            ratio = m[1] / m[0] if m[0] > 0 else float("inf")
            growth = [f"{m[0]:.1f} {unit}", f"{m[1]:.1f} {unit}", f"{ratio:.2f}×",
                      "met" if ratio <= SLOPE_RATIO else "**missed**"]
        t1m = wall[shape].get("1m")
        if t1m is None:
            big = ["—", "not measured"]
        else:
            ms = t1m[1] / 1e6
            big = [f"{ms:.1f} ms", "met" if ms < MAX_MS_1M else "**missed**"]
        print(f"| {shape} | " + " | ".join(growth + big) + " |")


if __name__ == "__main__":
    main()
