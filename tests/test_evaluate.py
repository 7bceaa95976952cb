"""`nlp.evaluate.score` on hand-made records: exact match, field accuracy, false lines on no-line notes."""

from __future__ import annotations

from nlp.evaluate import score


def _line(code: str, modifiers: list[str], units: int = 1) -> dict:
    return {"code": code, "modifiers": modifiers, "units": units}


def _record(note_id: str, lines: list[dict], procedures: list[dict]) -> dict:
    return {"id": note_id, "claim_lines": lines, "procedures": procedures, "needs_review": False}


def _proc(kind: str, joints: list[tuple[str, str | None]]) -> dict:
    return {"kind": kind, "guidance": "fluoroscopy", "intent": "therapeutic",
            "joints": [{"level": level, "side": side} for level, side in joints]}


def test_a_joint_unsided_in_one_procedure_and_sided_in_another_is_scored() -> None:
    # Sorting (level, side) pairs must not compare None with a side.
    gold = [_record("n1", [_line("64493", ["RT"])], [_proc("facet_injection", [("L4-L5", "right")])])]
    predicted = {"n1": _record("n1", [_line("64493", ["RT"])], [
        _proc("facet_injection", [("L4-L5", "right")]), _proc("medial_branch_block", [("L4-L5", None)])])}
    report = score(gold, predicted)
    assert report["exact_match"] == 1.0
    assert report["field_accuracy"]["sides"] == 0.0  # the extra unsided joint is a side error


def test_false_lines_on_no_line_notes_and_missing_predictions() -> None:
    gold = [_record("a", [], []),
            _record("b", [_line("64490", ["50"])], [_proc("facet_injection", [("C5-C6", "bilateral")])])]
    predicted = {"a": _record("a", [_line("64493", ["LT"])], [_proc("facet_injection", [("L4-L5", "left")])])}
    report = score(gold, predicted)
    assert report["no_line_notes"] == 1 and report["false_lines_on_no_line_notes"] == 1
    assert report["exact_match_count"] == 0
    assert {f["id"] for f in report["failures"]} == {"a", "b"}
