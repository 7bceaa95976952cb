"""Build corpora/gold/{dev,test}.jsonl from the hand-labelled facts in corpora/facts/*.jsonl.

Claim lines, warnings and needs_review are computed from the facts with the deterministic mapper under each
payer profile (the mapper is tested rule by rule in tests/test_mapper_table.py). The split is fixed by the
note's number (`split_of`), so it never depends on what else is in the corpus. Run: `make gold`.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from nlp.facts import KINDS, NON_FACET, SIDES, Procedure  # noqa: E402
from nlp.levels import JOINTS, region_of  # noqa: E402
from nlp.mapper import BUILTIN_PROFILES, load_profile  # noqa: E402
from nlp.suggestion import from_procedures  # noqa: E402

OTHER_NAMES = (*NON_FACET, "pulsed_radiofrequency", "chemical_neurolysis", "cryoneurolysis")
REQUIRED = {"id", "style", "phenomena", "procedures"}


def split_of(note_id: str) -> str:
    """Fixed split: within every batch, notes whose number leaves 1 or 4 when divided by 5 are test (40%)."""
    number = int(re.sub(r"\D", "", note_id) or 0)
    return "test" if number % 5 in (1, 4) else "dev"


def validate(row: dict, notes_dir: Path) -> list[str]:
    problems = []
    if set(row) != REQUIRED:
        problems.append(f"keys {sorted(row)} != {sorted(REQUIRED)}")
    if not (notes_dir / f"{row.get('id')}.txt").is_file():
        problems.append("no note file")
    for p in row.get("procedures", []):
        if p.get("kind") not in KINDS:
            problems.append(f"kind {p.get('kind')!r}")
        if p.get("kind") == "other" and p.get("name") not in OTHER_NAMES:
            problems.append(f"other name {p.get('name')!r}")
        for j in p.get("joints", []):
            if j.get("level") not in JOINTS:
                problems.append(f"level {j.get('level')!r}")
            elif p.get("region") and region_of(j["level"]) != p["region"]:
                problems.append(f"level {j['level']} outside region {p['region']}")
            if j.get("side") not in (*SIDES, None):
                problems.append(f"side {j.get('side')!r}")
        if p.get("guidance") not in ("fluoroscopy", "ct", "ultrasound", "none"):
            problems.append(f"guidance {p.get('guidance')!r}")
        if p.get("intent") not in ("diagnostic", "therapeutic", "unknown"):
            problems.append(f"intent {p.get('intent')!r}")
    return problems


def build(root: Path = HERE) -> dict[str, int]:
    notes_dir = root / "notes"
    rows = []
    for path in sorted((root / "facts").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                row = json.loads(line)
                problems = validate(row, notes_dir)
                if problems:
                    raise SystemExit(f"{path.name}:{n} ({row.get('id')}): {'; '.join(problems)}")
                rows.append(row)
    ids = Counter(r["id"] for r in rows)
    duplicated = [i for i, c in ids.items() if c > 1]
    if duplicated:
        raise SystemExit(f"duplicate ids: {duplicated}")
    missing = sorted({p.stem for p in notes_dir.glob("*.txt")} - set(ids))
    if missing:
        raise SystemExit(f"notes without facts: {missing}")
    out: dict[str, list[dict]] = {"dev": [], "test": []}
    for row in sorted(rows, key=lambda r: r["id"]):
        procedures = [Procedure.from_dict(p) for p in row["procedures"]]
        gold = {}
        for payer in BUILTIN_PROFILES:
            record = from_procedures(procedures, load_profile(payer), row["id"]).to_dict()
            gold[payer] = {k: record[k] for k in ("claim_lines", "warnings", "needs_review")}
            for line in gold[payer]["claim_lines"]:
                line.pop("evidence", None)
                line.pop("rules", None)
        split = split_of(row["id"])
        out[split].append({**row, "split": split, "gold": gold})
    (root / "gold").mkdir(exist_ok=True)
    for split, records in out.items():
        with (root / "gold" / f"{split}.jsonl").open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return {split: len(records) for split, records in out.items()}


if __name__ == "__main__":
    print(json.dumps(build()))
