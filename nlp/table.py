"""A readable terminal view of one record: claim lines, the evidence behind them, warnings."""

from __future__ import annotations

from typing import Any


def render_table(record: dict[str, Any]) -> str:
    out: list[str] = []
    lines = record["claim_lines"]
    header = f"{'#':>2}  {'code':<6} {'modifiers':<10} {'units':>5}  joints"
    out.append(f"spinecode  payer={record['payer']}  needs_review={'yes' if record['needs_review'] else 'no'}")
    out.append("")
    if not lines:
        out.append("no claim lines")
    else:
        out.append(header)
        out.append("-" * len(header) + "-" * 24)
        for i, line in enumerate(lines, start=1):
            joints = ", ".join(f"{j['level']} {j['side'] or 'side?'}" for j in line["joints"])
            mods = "-".join(line["modifiers"]) or "-"
            out.append(f"{i:>2}  {line['code']:<6} {mods:<10} {line['units']:>5}  {joints}")
            out.append(f"    {line['label']}")
            quotes = []
            for ev in line["evidence"]:
                quote = f"\"{ev['text']}\" @{ev['start']}"
                if quote not in quotes:
                    quotes.append(quote)
            out.append("    evidence: " + "; ".join(quotes[:8]) + (" ..." if len(quotes) > 8 else ""))
    procs = record.get("procedures") or []
    if procs:
        out.append("")
        out.append("procedures found:")
        for p in procs:
            joints = ", ".join(f"{j['level']} {j['side'] or 'side?'}" for j in p["joints"]) or "no joints"
            out.append(f"  - {p['name']} ({p['region'] or 'region?'}): {joints}; guidance {p['guidance']}; "
                       f"intent {p['intent']}")
    if record["warnings"]:
        out.append("")
        out.append("warnings:")
        for w in record["warnings"]:
            detail = f" [{w['detail']}]" if w.get("detail") else ""
            out.append(f"  ! {w['code']}{detail}: {w['message']}")
    if record.get("error"):
        out.append(f"error: {record['error']['code']}: {record['error']['message']}")
    return "\n".join(out)
