"""Score suggestions against gold: note-level exact match of claim lines, per-code P/R/F1, per-field accuracy."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from nlp.facts import FACET_FAMILY

FACET_KINDS = (*FACET_FAMILY, "radiofrequency_ablation")


def line_key(line: dict[str, Any]) -> tuple[str, tuple[str, ...], int]:
    return (line["code"], tuple(line.get("modifiers", [])), int(line.get("units", 1)))


def lines_of(record: dict[str, Any]) -> list[tuple[str, tuple[str, ...], int]]:
    return sorted(line_key(x) for x in record.get("claim_lines", []))


def _facet_procs(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in record.get("procedures", []) if p.get("kind") in FACET_KINDS]


def _field_values(record: dict[str, Any]) -> dict[str, Any]:
    procs = _facet_procs(record)
    return {
        "joints": sorted({j["level"] for p in procs for j in p.get("joints", [])}),
        # (a joint may be unsided in one procedure and sided in another: None sorts first)
        "sides": sorted(((j["level"], j.get("side")) for p in procs for j in p.get("joints", [])),
                        key=lambda pair: (pair[0], pair[1] or "")),
        "guidance": sorted({p.get("guidance") for p in procs}),
        "intent": sorted({p.get("intent") for p in procs if p.get("kind") != "radiofrequency_ablation"}),
        "needs_review": bool(record.get("needs_review")),
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(gold: Iterable[dict[str, Any]], predicted: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Compare gold records with predictions (by id). Gold needs `claim_lines`; procedures are optional."""
    from sklearn.metrics import precision_recall_fscore_support

    gold = list(gold)
    exact = 0
    failures: list[dict[str, Any]] = []
    field_hits: dict[str, list[int]] = {}
    y_true: list[str] = []
    y_pred: list[str] = []
    no_line_notes = false_line_notes = 0
    for g in gold:
        p = predicted.get(g["id"], {"claim_lines": [], "procedures": [], "needs_review": False})
        g_lines, p_lines = lines_of(g), lines_of(p)
        ok = g_lines == p_lines
        exact += ok
        if not g_lines:
            no_line_notes += 1
            false_line_notes += bool(p_lines)
        # Per-code multiset alignment for precision/recall.
        g_codes = sorted(f"{c}" for c, _, _ in g_lines)
        p_codes = sorted(f"{c}" for c, _, _ in p_lines)
        remaining = list(p_codes)
        for code in g_codes:
            if code in remaining:
                remaining.remove(code)
                y_true.append(code)
                y_pred.append(code)
            else:
                y_true.append(code)
                y_pred.append("NONE")
        for code in remaining:
            y_true.append("NONE")
            y_pred.append(code)
        if "procedures" in g:
            gv, pv = _field_values(g), _field_values(p)
            facet_gold = bool(_facet_procs(g))
            for name in gv:
                if name in ("joints", "sides", "guidance", "intent") and not facet_gold:
                    continue
                if name == "intent" and not gv["intent"]:
                    continue
                field_hits.setdefault(name, []).append(int(gv[name] == pv[name]))
        elif "needs_review" in g:
            same = bool(g["needs_review"]) == bool(p.get("needs_review"))
            field_hits.setdefault("needs_review", []).append(int(same))
        if not ok or ("needs_review" in g and bool(g["needs_review"]) != bool(p.get("needs_review"))):
            failures.append({
                "id": g["id"],
                "gold": [f"{c}{'-' + '-'.join(m) if m else ''} x{u}" for c, m, u in g_lines],
                "predicted": [f"{c}{'-' + '-'.join(m) if m else ''} x{u}" for c, m, u in p_lines],
                "gold_needs_review": g.get("needs_review"),
                "predicted_needs_review": p.get("needs_review"),
                "warnings": [w["code"] for w in p.get("warnings", [])],
            })
    codes = sorted({c for c in y_true + y_pred if c != "NONE"})
    per_code = {}
    if codes:
        prec, rec, f1, support = precision_recall_fscore_support(
            y_true, y_pred, labels=codes, zero_division=0
        )
        per_code = {
            c: {"precision": round(float(prec[i]), 4), "recall": round(float(rec[i]), 4),
                "f1": round(float(f1[i]), 4), "support": int(support[i])}
            for i, c in enumerate(codes)
        }
    n = len(gold)
    return {
        "notes": n,
        "exact_match": round(exact / n, 4) if n else 0.0,
        "exact_match_count": exact,
        "no_line_notes": no_line_notes,
        "false_lines_on_no_line_notes": false_line_notes,
        "per_code": per_code,
        "field_accuracy": {k: round(sum(v) / len(v), 4) for k, v in sorted(field_hits.items()) if v},
        "failures": failures,
    }


def _notes_dir_for(gold_path: Path) -> Path:
    for candidate in (gold_path.parent, gold_path.parent.parent / "notes"):
        if any(candidate.glob("*.txt")):
            return candidate
    raise FileNotFoundError(f"no notes found beside {gold_path}; pass --notes")


def evaluate_file(
    gold_path: Path, payer: str = "medicare", predictions: Path | None = None, notes_dir: Path | None = None,
    n_process: int = 1,
) -> dict[str, Any]:
    """Evaluate a gold JSONL: gold records hold `claim_lines` for the payer, or `gold.<payer>` per profile.
    Without predictions the suggester runs on the notes (`n_process` worker processes)."""
    gold_rows = read_jsonl(gold_path)
    gold = []
    for row in gold_rows:
        if "gold" in row:
            entry = dict(row["gold"][payer])
            entry["id"] = row["id"]
            entry["procedures"] = row.get("procedures", [])
            gold.append(entry)
        elif row.get("payer", payer) == payer:
            gold.append(row)
    if predictions is not None:
        predicted = {r["id"]: r for r in read_jsonl(predictions)}
    else:
        from nlp.suggestion import suggest_many

        folder = notes_dir or _notes_dir_for(gold_path)
        items = [(g["id"], (folder / f"{g['id']}.txt").read_bytes()) for g in gold]
        predicted = {s.id: s.to_dict() for s in suggest_many(items, payer=payer, n_process=n_process)}
    report = score(gold, predicted)
    report["gold"] = str(gold_path)
    report["payer"] = payer
    return report


def format_report(report: dict[str, Any]) -> str:
    out = [
        f"gold: {report['gold']}  payer: {report['payer']}",
        f"notes: {report['notes']}  claim-line exact match: {report['exact_match']:.3f} "
        f"({report['exact_match_count']}/{report['notes']})",
        f"no-line notes: {report['no_line_notes']}  with false lines: {report['false_lines_on_no_line_notes']}",
    ]
    if report["field_accuracy"]:
        out.append("field accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in report["field_accuracy"].items()))
    if report["per_code"]:
        out.append("")
        out.append(f"{'code':<7}{'precision':>10}{'recall':>8}{'f1':>7}{'support':>9}")
        for code, m in report["per_code"].items():
            out.append(f"{code:<7}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>7.3f}{m['support']:>9}")
    if report["failures"]:
        out.append("")
        out.append(f"failing notes ({len(report['failures'])}):")
        for f in report["failures"]:
            out.append(f"  {f['id']}: gold {f['gold'] or '[]'} review={f['gold_needs_review']}  "
                       f"predicted {f['predicted'] or '[]'} review={f['predicted_needs_review']}  "
                       f"warnings {f['warnings']}")
    return "\n".join(out)
