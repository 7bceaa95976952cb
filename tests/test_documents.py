"""EHR exports that join several documents: older documents are found by their dated headers and by a
"Previous notes" line; an ordinary note has none."""

from __future__ import annotations

from nlp.documents import older_document_spans

EXPORT = (
    "Encounter date: 03/04/2026\n"
    "----- Procedure Note (03/04/2026) -----\n"
    "Right L4-5 facet joint injection under fluoroscopy, Kenalog 40 mg.\n"
    "----- Addendum (03/05/2026) -----\n"
    "Side confirmed right.\n"
    "Previous notes:\n"
    "----- Procedure Note (11/12/2025) -----\n"
    "Left L5-S1 facet joint injection under fluoroscopy.\n"
)


def _older_text(text: str) -> str:
    return "".join(text[a:b] for a, b in older_document_spans(text))


def test_an_earlier_dated_document_is_older_and_a_later_addendum_is_not() -> None:
    older = _older_text(EXPORT)
    assert "Left L5-S1" in older
    assert "Right L4-5" not in older and "Side confirmed right" not in older


def test_previous_notes_line_without_headers() -> None:
    text = ("Encounter date: 05/26/2026\nProc: Lt C6-7 IA facet inj, fluoro.\n"
            "Previous notes:\n  03/03/2026 Rt C6-7 MBB\n")
    assert "Rt C6-7 MBB" in _older_text(text) and "Lt C6-7" not in _older_text(text)


def test_a_banner_wrapped_over_two_lines_still_marks_the_copied_note() -> None:
    text = ("Right L5-S1 facet joint injection today, fluoroscopy, Kenalog 40 mg.\n"
            "=============== copied from prior encounter 02/02/2024\n(reference only) ===============\n"
            "Left L3-4 facet joint injection.\n=============== end of copied text ===============\n")
    older = _older_text(text)
    assert "Left L3-4" in older and "Right L5-S1" not in older


def test_ordinary_notes_have_no_older_documents() -> None:
    note = ("PROCEDURE: Bilateral L4-5 facet injections.\nPrior procedures: L4-5 RFA 2023.\n"
            "=====================\nPLAN: follow up.\n")
    assert older_document_spans(note) == []


TIMELINE = (
    "DOS: 09/10/2025\n"
    "Course:\n"
    "  03/2023  bilateral L4-5 facet injections with triamcinolone, about\n"
    "           six weeks of relief\n"
    "  - 2024: left L3, L4 MBB x2, 90%\n"
    "  09/10/2025  left L4-5 RFA today\n"
    "Pain came back after the 2024 blocks\n"
    "2025 has been a hard year for her back.\n"
)


def test_timeline_lines_dated_before_the_encounter_are_older_with_their_continuations() -> None:
    older = _older_text(TIMELINE)
    assert "bilateral L4-5 facet injections" in older and "six weeks of relief" in older
    assert "left L3, L4 MBB" in older
    assert "left L4-5 RFA today" not in older  # the encounter's own date
    assert "2025 has been" not in older  # prose wrapped before a year is not a dated line


def test_a_timeline_without_a_date_of_service_keeps_its_latest_line() -> None:
    text = "Hx:\n- 2022: right C5-6 IA injection\n- 2024: right C5, C6 MBB\n"
    older = _older_text(text)
    assert "2022: right C5-6" in older and "2024: right C5, C6" not in older
    assert _older_text("- 2022: right C5-6 IA injection\n") == ""  # one dated line is not a timeline


def test_an_addendum_withdrawn_by_a_later_one_says_nothing() -> None:
    text = ("Left L4-5 facet joint injection under fluoroscopy.\n\nAddendum 1 (02/03): Side should read RIGHT.\n\n"
            "Addendum 2 (02/04): Please disregard Addendum 1, entered on this chart in error. Left as dictated.\n")
    assert _older_text(text).strip() == "Addendum 1 (02/03): Side should read RIGHT."
    # ... and "the previous addendum" is the one just before the withdrawal's own
    text = text.replace("Please disregard Addendum 1", "Please disregard the previous addendum")
    assert _older_text(text).strip() == "Addendum 1 (02/03): Side should read RIGHT."


def test_an_addendum_that_corrects_withdraws_nothing() -> None:
    text = ("Left L4-5 facet joint injection under fluoroscopy.\n\nAddendum 1 (02/03): Side should read RIGHT.\n\n"
            "Addendum 2 (02/04): Pain score at two hours 2/10.\n")
    assert _older_text(text) == ""
