"""`make demo`: a short summary of the records `spinecode annotate` wrote for the sample notes."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def summarise(path: Path) -> str:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(raw)
        if record.get("error"):
            out.append(f"{record['id']}: error {record['error']['code']}")
            continue
        lines = ", ".join(
            f"{line['code']}{''.join('-' + m for m in line['modifiers'])}" + (f" x{line['units']}" if line["units"] > 1
                                                                              else "")
            for line in record["claim_lines"]
        ) or "no lines"
        warnings = ", ".join(w["code"] for w in record["warnings"])
        review = "  [review]" if record["needs_review"] else ""
        out.append(f"{record['id']:<32} {lines}{'  (' + warnings + ')' if warnings else ''}{review}")
    return "\n".join(out)


if __name__ == "__main__":
    print(summarise(Path(sys.argv[1] if len(sys.argv) > 1 else "out/samples.jsonl")))
