"""How much claim-line accuracy depends on how a note is typed: the dev notes as written, all in lower case, all in
upper case, and with every line longer than 60 characters hard-wrapped at 60 (as a fax or a fixed-width export
does). The gold is the same for every version. Prints a table; asserts nothing.

Usage: python benchmarks/robustness.py [--gold corpora/gold/dev.jsonl] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def wrap_lines(width: int) -> Callable[[str], str]:
    def wrap(text: str) -> str:
        return "\n".join("\n".join(textwrap.wrap(line, width, break_long_words=False)) if len(line) > width else line
                         for line in text.split("\n"))
    return wrap


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text, "lower case": str.lower, "upper case": str.upper,
    "lines wrapped at 60": wrap_lines(60),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "corpora" / "gold" / "dev.jsonl")
    parser.add_argument("--notes", type=Path, default=ROOT / "corpora" / "notes")
    parser.add_argument("--limit", type=int, default=0, help="first N gold notes only (0: all)")
    args = parser.parse_args()

    from nlp.evaluate import evaluate_file

    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[: args.limit] if args.limit else rows
    print(f"{len(rows)} notes from {args.gold.name}")
    print(f"{'version':<22}{'exact':>8}{'false lines':>14}{'sides':>8}{'guidance':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        for name, transform in TRANSFORMS.items():
            folder = Path(tmp) / name.replace(" ", "_")
            folder.mkdir()
            for row in rows:
                text = (args.notes / f"{row['id']}.txt").read_text(encoding="utf-8")
                (folder / f"{row['id']}.txt").write_text(transform(text), encoding="utf-8")
            report = evaluate_file(gold, notes_dir=folder)
            fields = report["field_accuracy"]
            false_lines = f"{report['false_lines_on_no_line_notes']}/{report['no_line_notes']}"
            print(f"{name:<22}{report['exact_match']:>8.3f}{false_lines:>14}{fields['sides']:>8.3f}"
                  f"{fields['guidance']:>10.3f}", flush=True)


if __name__ == "__main__":
    main()
