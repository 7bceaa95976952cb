"""Template regression suite: >= 1,000 slot-filled notes through the suggester in one pass.

The gold facts come from the slot values (tests/templates/generate.py) and the gold claim lines from those facts
through the mapper, so a failure here is an NLP failure (or a template/gold bug), never a mapper one. All failures
are reported at once, counted per slot value and per slot pattern, with a capped set of examples.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pytest

import nlp
from nlp.facts import FACET_FAMILY
from tests.templates.generate import Case, generate

N_CASES = 1200
SEED = 20261123
MAX_EXAMPLES = 30
FACET_KINDS = (*FACET_FAMILY, "radiofrequency_ablation")
SLOT_KEYS = ("layout", "kind", "region", "n_joints", "notation", "sep", "side", "side_style", "guidance", "drug",
             "intent_stmt", "intent_place", "intent_src")


def _lines(record: dict[str, Any]) -> list[tuple[str, tuple[str, ...], int]]:
    return [(c["code"], tuple(c["modifiers"]), c["units"]) for c in record["claim_lines"]]


def _facts(procedures: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Facet-family procedures as comparable tuples: kind, region, joints with sides, guidance, intent."""
    out = []
    for p in procedures:
        if p["kind"] in FACET_KINDS:
            joints = tuple((j["level"], j["side"]) for j in p["joints"])
            out.append((p["kind"], p["region"], joints, p["guidance"], p["intent"]))
    return sorted(out, key=repr)


def _fmt_lines(lines: list[tuple[str, tuple[str, ...], int]]) -> str:
    return " ".join(code + "".join("-" + m for m in mods) + (f"x{units}" if units > 1 else "")
                    for code, mods, units in lines) or "(none)"


def _diagnose(case: Case, record: dict[str, Any]) -> list[str]:
    """What differs, as short tags (used to group failures)."""
    if record.get("error"):
        return [f"error:{record['error']['code']}"]
    tags = []
    want, got = _facts(case.gold_procedures), _facts(record["procedures"])
    if len(want) != len(got):
        tags.append(f"procedures:{len(want)}->{len(got)}")
    for w, g in zip(want, got, strict=False):
        for name, i in (("kind", 0), ("region", 1), ("guidance", 3), ("intent", 4)):
            if w[i] != g[i]:
                tags.append(f"{name}:{w[i]}->{g[i]}")
        if [lvl for lvl, _ in w[2]] != [lvl for lvl, _ in g[2]]:
            tags.append("levels")
        elif w[2] != g[2]:
            tags.append("sides")
    if _lines(record) != case.gold_lines:
        tags.append("lines")
    return tags


def report(failures: list[tuple[Case, dict[str, Any], list[str]]], cases: list[Case]) -> str:
    totals = {key: Counter(str(c.slots.get(key)) for c in cases) for key in SLOT_KEYS}
    failed = {key: Counter(str(c.slots.get(key)) for c, _, _ in failures) for key in SLOT_KEYS}
    out = [f"{len(failures)} of {len(cases)} template cases failed"]
    tags = Counter(t for _, _, ts in failures for t in ts)
    out.append("by difference: " + ", ".join(f"{t}={n}" for t, n in tags.most_common()))
    out.append("failure rate by slot value (values with >= 20% failing):")
    for key in SLOT_KEYS:
        bad = [(v, failed[key][v], totals[key][v]) for v in totals[key] if failed[key][v] / totals[key][v] >= 0.2]
        if bad:
            out.append(f"  {key}: " + ", ".join(f"{v} {f}/{t}" for v, f, t in sorted(bad, key=lambda x: -x[1])))
    groups: dict[str, list[tuple[Case, dict[str, Any], list[str]]]] = defaultdict(list)
    for item in failures:
        groups["/".join(item[2]) + " | " + item[0].pattern()].append(item)
    out.append(f"{len(groups)} failure groups (difference | layout|kind|notation|side_style|guidance|intent_src); "
               f"examples, one per group first:")
    shown = 0
    ordered = sorted(groups.values(), key=len, reverse=True)
    depth = 0
    while shown < MAX_EXAMPLES and any(len(g) > depth for g in ordered):
        for group in ordered:
            if depth < len(group) and shown < MAX_EXAMPLES:
                case, record, tags = group[depth]
                got_facts = _facts(record["procedures"]) if not record.get("error") else record["error"]
                out.append(
                    f"--- {case.id} [{'/'.join(tags)} | {case.pattern()}] ({len(group)} in group)\n"
                    f"{case.text.strip()}\n"
                    f"  want lines: {_fmt_lines(case.gold_lines)}   got: {_fmt_lines(_lines(record))}\n"
                    f"  want facts: {_facts(case.gold_procedures)}\n  got facts:  {got_facts}")
                shown += 1
        depth += 1
    return "\n".join(out)


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return generate(N_CASES, SEED)


def test_generation_is_deterministic(cases: list[Case]) -> None:
    again = generate(60, SEED)
    assert [c.text for c in again] == [c.text for c in cases[:60]]
    assert [c.gold_lines for c in again] == [c.gold_lines for c in cases[:60]]
    assert [c.text for c in generate(60, SEED + 1)] != [c.text for c in again]


def test_templates_are_varied(cases: list[Case]) -> None:
    assert len(cases) >= 1000
    assert len({c.slots["layout"] for c in cases}) >= 8
    assert len({c.text for c in cases}) == len(cases)
    for key in ("kind", "notation", "side_style", "guidance", "intent_src"):
        assert len({c.slots[key] for c in cases}) >= 3, key


def test_template_notes(cases: list[Case]) -> None:
    records = [s.to_dict() for s in nlp.suggest_many([(c.id, c.text) for c in cases], payer="medicare")]
    assert [r["id"] for r in records] == [c.id for c in cases]
    failures = []
    for case, record in zip(cases, records, strict=True):
        tags = _diagnose(case, record)
        if tags:
            failures.append((case, record, tags))
    assert not failures, report(failures, cases)
