"""Phenomenon, style and split counts of the corpus, as the Markdown tables in corpora/README.md."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def counts(root: Path = HERE) -> dict[str, Counter]:
    out = {"split": Counter(), "style": Counter(), "phenomena": Counter(), "batch": Counter()}
    for split in ("dev", "test"):
        path = root / "gold" / f"{split}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out["split"][split] += 1
            out["batch"][row["id"].rstrip("0123456789")] += 1
            out["style"].update(row["style"])
            out["phenomena"].update(row["phenomena"])
            if not row["gold"]["medicare"]["claim_lines"]:
                out["split"][f"{split}: no claim lines"] += 1
    return out


def markdown(c: dict[str, Counter]) -> str:
    parts = []
    for name in ("split", "batch", "style", "phenomena"):
        parts.append(f"| {name} | notes |\n|---|---:|")
        parts.extend(f"| {k} | {v} |" for k, v in sorted(c[name].items()))
        parts.append("")
    return "\n".join(parts)


if __name__ == "__main__":
    print(markdown(counts()))
