"""Level notation parsing and nerve-to-joint arithmetic (nlp.levels, pure Python)."""

from __future__ import annotations

import pytest

from nlp.levels import (
    JOINTS,
    joints_from_nerves,
    joints_in_range,
    joints_supplied_by,
    nerve_at_landmark,
    parse_levels,
    region_of,
)


def _joints(text: str) -> list[str]:
    out = []
    for item in parse_levels(text):
        out.extend(item.joints())
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L4-5", ["L4-L5"]),
        ("L4-L5", ["L4-L5"]),
        ("L4/5", ["L4-L5"]),
        ("L4\u2013L5", ["L4-L5"]),
        ("L4 5", ["L4-L5"]),
        ("L45", ["L4-L5"]),
        ("L5S1", ["L5-S1"]),
        ("L5-S1", ["L5-S1"]),
        ("L5/S1", ["L5-S1"]),
        ("C7-T1", ["C7-T1"]),
        ("T12-L1", ["T12-L1"]),
        ("T12L1", ["T12-L1"]),
        ("C 5-6", ["C5-C6"]),
        ("c2-3", ["C2-C3"]),
        ("L3 through S1", ["L3-L4", "L4-L5", "L5-S1"]),
        ("L3-S1", ["L3-L4", "L4-L5", "L5-S1"]),
        ("L3 to L5", ["L3-L4", "L4-L5"]),
        ("L3-4, L4-5 and L5-S1", ["L3-L4", "L4-L5", "L5-S1"]),
        ("L4/5 & L5/S1", ["L4-L5", "L5-S1"]),
        ("L3-4, 4-5, and 5-S1", ["L3-L4", "L4-L5", "L5-S1"]),
        ("L34, L45, L5S1", ["L3-L4", "L4-L5", "L5-S1"]),
        ("L2-3 through L5-S1", ["L2-L3", "L3-L4", "L4-L5", "L5-S1"]),
        ("C3-4 to C6-7", ["C3-C4", "C4-C5", "C5-C6", "C6-C7"]),
        ("L1-2 down to L5-S1", ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"]),  # ranges dictated with a direction
        ("C2-3 on down to C5-6", ["C2-C3", "C3-C4", "C4-C5", "C5-C6"]),
        ("L3 down through S1", ["L3-L4", "L4-L5", "L5-S1"]),
        ("T10 up to T12", ["T10-T11", "T11-T12"]),
        # ... and ending at the sacrum in words
        ("L2-3 down to the lumbosacral joint", ["L2-L3", "L3-L4", "L4-L5", "L5-S1"]),
        ("L4 to the sacrum", ["L4-L5", "L5-S1"]),
        ("L3-4 - L4-5", ["L3-L4", "L4-L5"]),
        ("C34/C45/C56", ["C3-C4", "C4-C5", "C5-C6"]),
        ("T11-12", ["T11-T12"]),
        ("L4-5 and L5-Sl", ["L4-L5", "L5-S1"]),  # OCR: "1" read as "l" after a region letter
        ("T12-Ll", ["T12-L1"]),
        ("L45 + L5Sl", ["L4-L5", "L5-S1"]),  # ... also in a concatenated joint
        ("L four five", ["L4-L5"]),  # spoken numbers, as speech recognition writes them
        ("C seven T one", ["C7-T1"]),
        ("L three through S one", ["L3-L4", "L4-L5", "L5-S1"]),
        ("L4 L5 and L5 S1", ["L4-L5", "L5-S1"]),  # side-by-side pairs alone are joints ...
        ("between the fifth lumbar vertebra and the sacrum", ["L5-S1"]),
        ("L4-L5 and L5-L6", ["L4-L5", "L5-S1"]),  # six lumbar vertebrae: L5-L6 is the lowest lumbar joint
        ("L5/6", ["L5-S1"]),
    ],
)
def test_notation_to_joints(text: str, expected: list[str]) -> None:
    assert _joints(text) == expected


@pytest.mark.parametrize("text", ["T12", "L4", "C3, C4, C5", "L4 5 mg", "S1", "L4-level",
                                  "C4 C5 and C6"])  # (... but beside a single vertebra, a list of vertebrae)
def test_single_vertebrae_are_not_joints(text: str) -> None:
    items = parse_levels(text)
    assert items and all(item.kind == "vertebra" for item in items)


def test_offsets_index_the_expression() -> None:
    text = "right L3-4, L4-5 and L5-S1"
    assert [text[i.start : i.end] for i in parse_levels(text)] == ["L3-4", "L4-5", "L5-S1"]


@pytest.mark.parametrize(
    ("nerves", "expected"),
    [
        (["L3", "L4"], ["L4-L5"]),
        (["L4", "L5"], ["L5-S1"]),  # L4 medial branch + L5 dorsal ramus
        (["L3", "L4", "L5"], ["L4-L5", "L5-S1"]),
        (["L2", "L3", "L4", "L5"], ["L3-L4", "L4-L5", "L5-S1"]),
        (["T11", "T12"], ["T12-L1"]),
        (["T12", "L1"], ["L1-L2"]),
        (["T4", "T5"], ["T5-T6"]),
        (["C4", "C5"], ["C4-C5"]),
        (["C3", "C4", "C5", "C6"], ["C3-C4", "C4-C5", "C5-C6"]),
        (["C7", "C8"], ["C7-T1"]),
        (["TON"], ["C2-C3"]),
        (["TON", "C3", "C4"], ["C2-C3", "C3-C4"]),
        (["L5", "S1"], []),  # an S1 target adds no joint
        (["L4"], []),  # a lone nerve completes no joint
        (["L3", "L5"], []),  # not contiguous
    ],
)
def test_nerves_to_joints(nerves: list[str], expected: list[str]) -> None:
    assert joints_from_nerves(nerves) == expected


def test_regions_and_joint_list() -> None:
    assert JOINTS[0] == "C2-C3" and JOINTS[-1] == "L5-S1" and len(JOINTS) == 23
    assert region_of("T12-L1") == "cervical_thoracic"
    assert region_of("L1-L2") == "lumbar_sacral"
    assert joints_in_range("S1", "L3") == ["L3-L4", "L4-L5", "L5-S1"]


@pytest.mark.parametrize(
    ("vertebra", "landmark", "nerve"),
    [
        ("L4", "bone", "L3"),  # the L3 medial branch crosses the L4 transverse process
        ("S1", "bone", "L5"),  # S1 SAP / sacral ala: the L5 dorsal ramus
        ("L1", "bone", "T12"),
        ("T1", "bone", "C8"),
        ("T8", "bone", "T7"),
        ("C5", "pillar", "C5"),  # cervical: the waist of its own pillar
        ("C7", "bone", "C7"),
    ],
)
def test_nerve_at_landmark(vertebra: str, landmark: str, nerve: str) -> None:
    assert nerve_at_landmark(vertebra, landmark) == nerve


def test_joint_range_is_never_a_nerve_range() -> None:
    (item,) = parse_levels("L2-3 through L5-S1")
    assert item.kind == "range" and item.of_joints
    assert not parse_levels("L3 through S1")[0].of_joints


def test_chained_vertebrae_are_the_span_they_cover() -> None:
    # three or more consecutive vertebrae in a chain: their joints, or their nerves before a nerve word
    for text in ("T11/T12/L1", "T11-T12-L1", "T11-12-L1"):
        (item,) = parse_levels(text)
        assert (item.kind, item.upper, item.lower) == ("range", "T11", "L1")
        assert item.joints() == ["T11-T12", "T12-L1"] and item.nerves() == ["T11", "T12", "L1"]
    (item,) = parse_levels("L3-4-5")
    assert item.joints() == ["L3-L4", "L4-L5"]
    # not consecutive: each vertebra on its own
    assert [(i.kind, i.upper) for i in parse_levels("L2/L4/L5")] == [
        ("vertebra", "L2"), ("vertebra", "L4"), ("vertebra", "L5")]
    assert [i.kind for i in parse_levels("L4/5")] == ["joint"]


def test_spoken_numbers_keep_offsets_into_what_was_written() -> None:
    text = "L four five and L5 S one"
    assert [text[i.start : i.end] for i in parse_levels(text)] == ["L four five", "L5 S one"]


def test_bare_numbers_continue_a_list_of_vertebrae() -> None:
    assert [(i.kind, i.upper) for i in parse_levels("L2,3,4")] == [("vertebra", "L2"), ("vertebra", "L3"),
                                                                  ("vertebra", "L4")]
    assert [(i.kind, i.upper) for i in parse_levels("L4, 2 mL")] == [("vertebra", "L4")]


@pytest.mark.parametrize(
    ("nerve", "expected"),
    [
        ("L4", ["L4-L5", "L5-S1"]),  # a missing L4 medial branch leaves both of its joints incomplete
        ("L5", ["L5-S1"]),
        ("C3", ["C3-C4"]),  # C2-3 is the TON's alone: a C3 left out does not undo a TON block
        ("TON", ["C2-C3"]),
        ("S1", []),
    ],
)
def test_joints_a_nerve_supplies(nerve: str, expected: list[str]) -> None:
    assert joints_supplied_by(nerve) == expected


def test_homophone_for_four_only_inside_a_level() -> None:
    assert [(i.kind, i.upper, i.lower) for i in parse_levels("L3 for")] == [("joint", "L3", "L4")]
    assert [(i.kind, i.upper, i.lower) for i in parse_levels("L2 to L3")] == [("range", "L2", "L3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el five ess one", [("joint", "L5", "S1", "el five ess one")]),
        # (a mention read from "ess one" as "s1" ends at the sacrum's letter)
        ("el five ess", [("joint", "L5", "S1", "el five ess")]),
        ("el three through ess", [("range", "L3", "S1", "el three through ess")]),
        ("C. three and C. four", [("vertebra", "C3", "C3", "C. three"), ("vertebra", "C4", "C4", "C. four")]),
        ("L. five S. one", [("joint", "L5", "S1", "L. five S. one")]),
    ],
)
def test_dictated_letters(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Dictation's letters: "ess" for S, and a letter written with a full stop ("C. three")."""
    assert [(i.kind, i.upper, i.lower, text[i.start : i.end]) for i in parse_levels(text)] == expected
