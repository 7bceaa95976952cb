"""Checkbox forms (nlp.checkboxes): the label an unticked box takes away, in either layout."""

from __future__ import annotations

import pytest

from nlp.checkboxes import form_marks, without_unticked


@pytest.mark.parametrize(
    ("line", "unticked", "denied"),
    [
        ("Side: [x] Right [ ] Left [ ] Bilateral", ["Left", "Bilateral"], []),
        ("Levels: L3-4 [ ]  L4-5 [x]  L5-S1 [x]", ["L3-4"], []),
        ("Guidance: Ultrasound [ ]  Fluoroscopy [x]", ["Ultrasound"], []),
        ("Level(s):    [ ] L2-L3  [x] L4-L5", ["L2-L3"], []),
        ("Levels (joint):   [ ] C2-3  [x] C5-6", ["C2-3"], []),
        ("Side: (X) Right ( ) Left", ["Left"], []),
        ("Side: \u2612 Bilateral \u2610 Right", ["Right"], []),
        ("[ ] Facet injection  [x] Medial branch block  [ ] RFA", ["Facet injection", "RFA"], []),
        ("Procedure aborted: [ ] Yes [x] No", ["Yes"], ["Procedure aborted:"]),
        ("Steroid: [x] yes [ ] no", ["no"], []),
        ("Imaging: fluoroscopy", [], []),
        # printed forms align values with dotted leaders instead of colons
        ("Procedure aborted ........ N", [], ["Procedure aborted ........"]),
        ("Side .......... [ ] R  [x] L", ["R"], []),
        # forms typed in lower case answer in lower case
        ("procedure aborted: no", [], ["procedure aborted:"]),
        ("steroid: n", [], ["steroid:"]),
        # boxes answered Y or N, bare check marks, and blanks left after options
        ("Procedure    MBB [Y]   Facet IA [N]   RFA [N]", ["Facet IA", "RFA"], []),
        ("Levels:  \u2713 L4-5 R  \u2713 L4-5 L  \u2610 L5-S1 R  \u2610 L5-S1 L", ["L5-S1 R", "L5-S1 L"], []),
        ("Side:  Right ___  Left ___  Bilateral ___", ["Right", "Left", "Bilateral"], []),
        # a row of keys whose last says it was not done
        ("LVL: C45   SIDE: R   DONE: N", ["LVL: C45   SIDE: R"], []),
    ],
)
def test_form_marks(line: str, unticked: list[str], denied: list[str]) -> None:
    marks = form_marks(line)
    assert [line[a:b].strip() for a, b in marks.unticked] == unticked
    assert [line[a:b].strip() for a, b in marks.denied_keys] == denied


def test_without_unticked_keeps_offsets_and_ticked_labels() -> None:
    text = "Side: [x] Right [ ] Left\nLevels: L3-4 [ ]  L4-5 [x]\n"
    out = without_unticked(text)
    assert len(out) == len(text) and out.count("\n") == 2
    assert "Right" in out and "L4-5" in out
    assert "Left" not in out and "L3-4" not in out


def test_grid_with_side_columns_gives_each_row_its_ticked_sides() -> None:
    text = "Level   | Right | Left\nL3-L4   |  [x]  |  [ ]\nL4-L5   |  [x]  |  [x]\nL5-S1   |  [ ]  |  [x]\n"
    marks = form_marks(text)
    rows = [(text[: s].count("\n"), side) for s, _, side in marks.grid_sides]
    assert rows == [(1, "right"), (2, "right"), (2, "left"), (3, "left")]
    assert marks.unticked == ()  # a grid's empty cells negate nothing: the row's level is still there


def test_space_aligned_grid_reads_sides_by_column_and_drops_rows_with_nothing_ticked() -> None:
    text = ("Level        Right    Left\nC3-4         [ ]      [ ]\nC4-5         [x]      [ ]\n"
            "C5-6         [x]      [x]\nC6-7         [ ]      [x]\nMedication:  [x] Kenalog\n")
    marks = form_marks(text)
    rows = [(text[: s].count("\n"), side) for s, _, side in marks.grid_sides]
    assert rows == [(2, "right"), (3, "right"), (3, "left"), (4, "left")]
    # The row with no tick is not done; the line after the grid is an ordinary checkbox line again.
    assert [text[a:b].strip() for a, b in marks.unticked] == ["C3-4"]


def test_a_bilateral_column_beside_the_side_columns() -> None:
    text = ("Joints:\n            Rt     Lt     Both\n  L3-4      [ ]    [x]    [ ]\n  L4-5      [ ]    [ ]    [x]\n"
            "  L5-S1     [ ]    [ ]    [ ]\n")
    marks = form_marks(text)
    rows = [(text[: s].count("\n"), side) for s, _, side in marks.grid_sides]
    assert rows == [(2, "left"), (3, "bilateral")]
    assert [text[a:b].strip() for a, b in marks.unticked] == ["L5-S1"]


def test_space_aligned_yes_no_cells_under_side_columns() -> None:
    text = "Joint     RT    LT    Nerves\nL4-5      Y     Y     L3 + L4 MB\nL5-S1     Y     N*    L4 MB + L5 DR\n"
    marks = form_marks(text)
    rows = [(text[: s].count("\n"), side) for s, _, side in marks.grid_sides]
    assert rows == [(1, "right"), (1, "left"), (2, "right")]
    assert [text[a:b] for a, b in marks.affirmed] == ["L5-S1"]  # its "N" is about the left side only


def test_side_column_of_a_table_of_levels() -> None:
    text = "Level    Side    Entered   Vol\nL2-3     R       yes       1 mL\nL4-5     B*      yes/yes   1 mL each\n\n" \
        "Dx       R       L4-5 pain\n"
    marks = form_marks(text)
    rows = [(text[: s].count("\n"), side) for s, _, side in marks.grid_sides]
    assert rows == [(1, "right"), (2, "bilateral")]  # (the table ends at the blank line)
    text = "Level    Vol     Side\nL2-3     1 mL    R\nL4-5     1 mL    L\n"  # the side as the last column
    assert [side for _, _, side in form_marks(text).grid_sides] == ["right", "left"]


def test_boxes_off_the_side_columns_are_not_a_grid_row() -> None:
    text = "Level        Right    Left\nLevels: L4-5 [x]  L5-S1 [ ]\n"
    marks = form_marks(text)
    assert marks.grid_sides == ()
    assert [text[a:b].strip() for a, b in marks.unticked] == ["L5-S1"]


def test_options_answered_y_or_n() -> None:
    text = "Guidance: Fluoroscopy Y  CT N  US N\nRight: Y  Left: N\nPatient: Yusuf N  DOB 1970\n"
    marks = form_marks(text)
    assert [text[a:b] for a, b in marks.unticked] == ["CT", "US", "Left"]


def test_rows_with_boxes_before_their_side_labels() -> None:
    text = "Joint / side:\n  L3-L4   [ ] R   [ ] L\n  L4-L5   [X] R   [X] L\n  L5-S1   [X] R   [ ] L\n"
    marks = form_marks(text)
    # L3-L4 has nothing ticked (not done); at L5-S1 only the left box is empty.
    assert [text[a:b].strip() for a, b in marks.unticked] == ["L3-L4", "R", "L", "L"]
    assert marks.unticked[-1][0] > text.index("L5-S1")


def test_a_no_answer_denies_the_key_right_before_the_boxes() -> None:
    text = "Injectate: 2% lidocaine 0.5 mL per target. Steroid: [ ] yes  [x] no\n"
    assert [text[a:b] for a, b in form_marks(text).denied_keys] == ["Steroid:"]


def test_level_columns_aligned_by_spaces() -> None:
    """A header of level columns over rows of boxes, aligned by spaces: each ticked box gives its column's level
    that row's side; a column with nothing ticked was not done."""
    text = ("Joint grid:    T6-7  T7-8  T8-9\n"
            "   Right       [ ]   [X]   [ ]\n"
            "   Left        [ ]   [X]   no\n")
    marks = form_marks(text)
    assert sorted((text[a:b], side) for a, b, side, _c, _d in marks.level_columns) == [("T7-8", "left"),
                                                                                        ("T7-8", "right")]
    assert [text[a:b] for a, b in marks.unticked if text[a:b].startswith("T")] == ["T6-7", "T8-9"]
    assert [text[a:b] for a, b in marks.level_cells] == ["T6-7", "T7-8", "T8-9"]


def test_done_and_not_done_columns() -> None:
    """Rows marked under a "Not done" column are not done; the header's side is not negated by its column."""
    text = ("RIGHT             Done   Not done\n"
            "  C4 MB            X\n"
            "  C6 MB                    X\n")
    marks = form_marks(text)
    assert [text[a:b] for a, b in marks.unticked] == ["C6 MB"]
    assert [text[a:b].strip() for a, b in marks.affirmed] == ["RIGHT"]


@pytest.mark.parametrize(
    ("text", "unchosen"),
    [
        # options side by side, the chosen ones marked in the form's own way; a row label is not an option
        ("Laterality: Left   Right (selected)   Bilateral\nImaging: CT   Fluoroscopy (selected)   US\n",
         ["Left", "Bilateral", "CT", "US"]),
        ("Levels:  C4-C5 | C5-C6 [chosen] | C6-C7 [chosen]\nSide       Right    Left [chosen]\n", ["C4-C5", "Right"]),
        ("Procedure type:  Facet IA / >>Medial branch block<< / RFA\nSide: >>Left<<\n", ["Facet IA", "RFA"]),
        # one option per line at one indent (a leading mark counts at its own width), or a mark in its own column
        ("Targets\n   L3 MB\n=> L4 MB\n=> L5 MB\n   S1\nSide\n=> Left\n   Right\n", ["L3 MB", "S1", "Right"]),
        ("NERVE          TARGETED\nC3 medial branch    *\nC4 medial branch    *\nC5 medial branch\n",
         ["C5 medial branch"]),
        # an empty box beside the form's own mark is the option chosen
        ("Procedure\n  [ ] Facet intra-articular\n  [ ] Medial branch block *\nRegion\n  Lumbar *\n",
         ["Facet intra-articular"]),
        # a single marked line, or marks with nothing unmarked beside them, choose nothing away
        ("Guidance: Fluoroscopy <<\nSide: Right\nLevels: L4-5, L5-S1\n", []),
        ("Side: Right (selected)\nGuidance: Fluoroscopy (selected)\n  L4 MB\n  L5 MB\n", []),
        # arrows that are not marks: a conclusion line, an answer saying none was chosen
        ("=> R L4-5 done.\n   L5-S1 not done\n=> plan RFA\nLaterality: Left / Right ==> (none selected)\n", []),
    ],
)
def test_options_marked_as_chosen(text: str, unchosen: list[str]) -> None:
    marks = form_marks(text)
    assert sorted({text[a:b].replace("[ ]", "").strip() for a, b in marks.unticked}) == sorted(unchosen)
