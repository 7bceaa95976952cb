"""Checkbox forms: which text an unticked box takes away, whatever side of its label the box is on.

EHR templates put boxes before their labels ("Side: [x] Right [ ] Left") or after them ("L3-4 [ ]  L4-5 [x]").
A scope that always runs forward from the box would take the ticked label in the second layout, so the label of
each box is found from the layout of its line: when the line (after an optional "Key:") starts with a box, each
box owns the text up to the next box; otherwise it owns the text since the previous box. A line whose ticked
answer is "No" ("Procedure aborted: [ ] Yes [x] No", or "Procedure aborted: N" with no box) denies its key.
Grids whose columns are sides ("Level | Right | Left", or aligned by spaces) give each row's ticked sides, and
options answered Y/N ("CT N  US N") count as boxes. Pure text, no spaCy: used by the pipeline and by the intent
model's features. Box glyphs and "No" answers: rules/checkboxes.json; the line layouts are read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nlp.keylines import KEY, KEY_END
from nlp.pipeline.rules import load_rule_file

# "Level(s):", "Levels (joint):" - a parenthesis in a key is not a box.
_KEY = re.compile(
    rf"(?:[^\n:\[(\u2610\u2611\u2612]|\((?!\s*[xX\u2713\u2714*]?\s*\))[^)\n]{{1,20}}\)){{1,60}}?{KEY_END}[ \t]*")


@dataclass(frozen=True)
class FormMarks:
    unticked: tuple[tuple[int, int], ...]  # labels of unticked boxes
    denied_keys: tuple[tuple[int, int], ...]  # keys whose ticked answer is "No"
    # Ticked boxes in a grid whose columns are sides ("Level | Right | Left" / "L4-5 | [x] | [ ]"): (start, end,
    # "right" or "left"), so the row's level takes that side.
    grid_sides: tuple[tuple[int, int, str], ...] = ()
    # Labels of grid rows done on one side and not the other: a "NOT lesioned" cell is about its side only.
    affirmed: tuple[tuple[int, int], ...] = ()
    # A grid with levels as columns and sides as rows ("FACET IA | L45 | L5S1" / "RT | x | x" / "LT | x |"): (level
    # cell start, end, side, mark start, mark end) for each marked cell.
    level_columns: tuple[tuple[int, int, str, int, int], ...] = ()
    # Every level cell of such a grid's header, marked or not: a level mention that runs over several of them
    # ("T9   T10  T11  T12") is read cell by cell.
    level_cells: tuple[tuple[int, int], ...] = ()


_CELL_SPLIT = re.compile(r"\||\t")
# Cells of a grid line: runs of text separated by pipes, tabs or two or more spaces ("Level    Right    Left").
_CELL = re.compile(r"[^\s|]+(?: [^\s|]+)*")
_SIDE_COLUMN = re.compile(r"(right|rt|r|left|lt|l|bilat|bilateral|bil|b/l|both)", re.I)
# A bare mark in a table cell, or a status word ("L5 dorsal ramus     done     NOT DONE" under "Right     Left").
# ... or a dose given there (" C7 MB        0.3 mL         0.3 mL").
_MARK = re.compile(r"[xX*\u2713\u2714\u2022]|Y|Yes|YES|yes|(?i:done|performed|completed|blocked|injected|lesioned)"
                   r"|(?i:\d{1,2}(?:\.\d{1,2})?[ ]?(?:mL|cc|mg))")
_COLUMN_SIDES = {"r": "right", "l": "left", "b": "bilateral"}  # ("RIGHT   LEFT   BILAT": a column for both sides)
_RULE_ROW = re.compile(r"[|:+\s-]*-{3,}[|:+\s-]*")  # "|--------|-------|------|"
_COLUMN_REACH = 4  # characters a box may sit off its column's centre in a space-aligned grid
_INNER_KEY = re.compile(r"[ \t]{2,}[A-Za-z][A-Za-z /]{0,20}:")  # a key further along a row of boxes


def _side_columns(line: str) -> list[tuple[float, str | None]] | None:
    """A grid header's columns as (centre, side) ("Level | Right | Left" -> [(2.5, None), (10.5, "right"), ...]),
    or None when the line is not a header of side columns."""
    cells = [(m.start() + (m.end() - m.start()) / 2, m.group()) for m in _CELL.finditer(line)]
    sides = [(centre, _COLUMN_SIDES[m.group(1).lower()[0]] if (m := _SIDE_COLUMN.fullmatch(cell)) else None)
             for centre, cell in cells]
    n_sides = sum(side is not None for _, side in sides)
    # ("              RIGHT     LEFT": a header whose label column is blank)
    blank_label = len(cells) == 2 and n_sides == 2 and len(line) - len(line.lstrip(" \t")) >= 4
    return sides if (len(cells) >= 3 or blank_label) and n_sides >= 2 else None


def _mark_row(line: str, start: int, columns: list[tuple[float, str | None]]) -> tuple[
        list[tuple[int, int, str]], tuple[int, int], bool] | None:
    """A pipe-table row under side columns: the cells that say their side was done (with the column's side),
    the label's span, and whether a cell says another side was not done; None for any other line. Cells are
    bare marks (an empty cell is not done) or, on a row labelled with a level, values ("80 C / 90 s") and
    not-done words ("NOT lesioned")."""
    cells = list(_CELL.finditer(line))
    if "|" not in line or not cells:
        return None
    if not all(_MARK.fullmatch(c.group()) for c in cells[1:]):
        return _value_row(line, start, columns)
    ticks = []
    for c in cells[1:]:
        side = _column_side(columns, c.start(), c.end())
        if side is None:
            continue  # ("| L4-5 | x | x | Yes" under "| Right | Left | Done? |": the status column)
        ticks.append((start + c.start(), start + c.end(), side))
    if not ticks and len(cells) > 1:
        return None
    return ticks, (start + cells[0].start(), start + cells[0].end()), False


_LEVEL_LABEL = re.compile(r"\b[CTLS]\s?\d|\bTON\b|third\s+occipital", re.I)


def _value_row(line: str, start: int, columns: list[tuple[float, str | None]]) -> tuple[
        list[tuple[int, int, str]], tuple[int, int], bool] | None:
    """ "| L5 dorsal ramus | 80 C / 90 s | NOT lesioned |": the row's cells by position under the header's."""
    parts, pos = [], 0
    for piece in line.split("|"):
        parts.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    parts = [p for k, p in enumerate(parts) if line[p[0] : p[1]].strip() or 0 < k < len(parts) - 1]
    if len(parts) != len(columns) or columns[0][1] is not None:
        return None
    label = line[parts[0][0] : parts[0][1]]
    if not _LEVEL_LABEL.search(label):
        return None
    not_done_re = _patterns()[3]
    ticks, not_done = [], False
    for (a, b), (_, side) in zip(parts[1:], columns[1:], strict=True):
        cell = line[a:b]
        if side is None:
            continue
        if not cell.strip() or not_done_re.match(cell):
            not_done = True
            continue
        lead = len(cell) - len(cell.lstrip())
        ticks.append((start + a + lead, start + a + len(cell.rstrip()), side))
    lead = len(label) - len(label.lstrip())
    return ticks, (start + parts[0][0] + lead, start + parts[0][0] + len(label.rstrip())), bool(ticks) and not_done


# A table's status column ("Needle | Side | Target | ... | Lesion"): a row whose cell there says it was not done
# ("NO", "not done", "aborted") was not done, whatever else the row says.
# (words, "N" of a Y/N column and cross marks, with or without a reason in brackets, "\u2718 (not requested)"; not a
# "0" or a dash, which may be a count or a blank field)
_STATUS_NO = re.compile(r"(?:no|n|not\s+(?:done|performed|lesioned|completed)|aborted|abandoned|skipped|omitted|"
                        r"cancell?ed|deferred|stopped|[\u2715\u2716\u2717\u2718])(?:\s*\([^()\n]{0,40}\))?", re.I)
_STATUS_HEADER = re.compile(r"lesion(?:ed|s|\s+made)?|done\??|performed\??|completed?|ablated|status|y/n|yes/no", re.I)


def _table_cells(line: str) -> list[tuple[int, int]]:
    """A table line's cells as spans: between pipes, or runs of text separated by tabs or two or more spaces."""
    if "|" in line:
        spans, pos = [], 0
        for piece in line.split("|"):
            spans.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        return [sp for k, sp in enumerate(spans) if line[sp[0] : sp[1]].strip() or 0 < k < len(spans) - 1]
    return [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _status_column(line: str) -> tuple[int, int] | None:
    """(index of the status column, number of cells) for a table header with one, else None."""
    cells = _table_cells(line)
    heads = [k for k, (a, b) in enumerate(cells) if _STATUS_HEADER.fullmatch(line[a:b].strip())]
    # (two cells when the status is the last: " Nerve  Y/N" over " C5      N")
    enough = len(cells) >= 3 or (len(cells) == 2 and heads == [1])
    return (heads[0], len(cells)) if enough and len(heads) == 1 else None


def _status_denied(line: str, status: tuple[int, int]) -> bool:
    """Whether a row under a status column says, in that column, that it was not done."""
    cells = _table_cells(line)
    if len(cells) != status[1]:
        return False
    a, b = cells[status[0]]
    return _STATUS_NO.fullmatch(line[a:b].strip()) is not None


_LEVEL_CELL = re.compile(r"[CTLS]\s?\d{1,2}(?:\s?[-/]?\s?[CTLS]?\d{1,2})?", re.I)
_SIDE_ROW = re.compile(r"(right|rt|r|left|lt|l)\b\.?", re.I)


def _level_columns(line: str) -> list[tuple[int, int]] | None:
    """A header whose cells after the first are levels, between pipes ("FACET IA | L45 | L5S1") or aligned by
    spaces ("Joint grid:    T6-7  T7-8  T8-9"): those cells' spans."""
    cells = _table_cells(line)
    if len(cells) < (2 if "|" in line else 3):
        return None
    levels = []
    for a, b in cells[1:]:
        a += len(line[a:b]) - len(line[a:b].lstrip())
        gap = re.search(r"\s{2,}|\t", line[a:b])  # "L5S1      fluoro, kenalog ...": a note after the last column
        levels.append((a, a + gap.start() if gap else a + len(line[a:b].rstrip())))
    if not all(_LEVEL_CELL.fullmatch(line[a:b]) for a, b in levels if a < b) or not any(a < b for a, b in levels):
        return None
    return levels


def _side_row(line: str, start: int, header_start: int, levels: list[tuple[int, int]]) -> list[
        tuple[int, int, str, int, int]] | None:
    """ "RT       |  x  |  x": a row labelled with a side under level columns: its marked cells, each with the level
    cell above it; None for any other line. Without pipes ("   Left        [ ]   [X]   [X]") each box is under the
    level whose column it sits in."""
    cells = _table_cells(line)
    if len(cells) < 2:
        return None
    label = _SIDE_ROW.fullmatch(line[cells[0][0] : cells[0][1]].strip().rstrip(":"))
    if label is None:
        return None
    side = "right" if label.group(1).lower().startswith("r") else "left"
    if "|" not in line:
        return _aligned_side_row(line, start, header_start, levels, cells[1:], side)
    out = []
    for (a, b), (la, lb) in zip(cells[1:], levels, strict=False):
        cell = line[a:b].strip()
        if cell and _MARK.fullmatch(cell) and la < lb:
            lead = len(line[a:b]) - len(line[a:b].lstrip())
            out.append((header_start + la, header_start + lb, side, start + a + lead, start + a + lead + len(cell)))
    return out


def _aligned_side_row(line: str, start: int, header_start: int, levels: list[tuple[int, int]],
                      cells: list[tuple[int, int]], side: str) -> list[tuple[int, int, str, int, int]] | None:
    """The ticked boxes (or bare marks) of a side row under space-aligned level columns, each with the level
    whose column it sits in ("no" and "-" cells are not done); None when a cell is none of these, or sits under
    no column."""
    box_re, _, _, not_done = _patterns()
    out = []
    for a, b in cells:
        cell = line[a:b]
        box = box_re.fullmatch(cell)
        if box is None and not _MARK.fullmatch(cell) and not not_done.match(cell):
            return None
        column = next(((la, lb) for la, lb in levels
                       if abs((a + b) / 2 - (la + lb) / 2) <= max(_COLUMN_REACH, (lb - la) / 2)), None)
        if column is None:
            return None
        ticked = box.lastgroup == "ticked" if box is not None else _MARK.fullmatch(cell) is not None
        if ticked:
            out.append((header_start + column[0], header_start + column[1], side, start + a, start + b))
    return out


# "LEFT                      Done   Not done": a header whose last two columns say done and not done
DONE_HEADER = re.compile(r"(?<![A-Za-z])(?P<done>done|performed|completed|yes)[ \t]{2,}"
                         r"(?P<not>not[ \t]+done|not[ \t]+performed|no|skipped)[ \t]*$", re.I | re.M)


def _done_row(line: str, start: int, columns: tuple[float, float]) -> tuple[int, int] | None:
    """A row under "Done / Not done" columns ("  C3 MB                    X"): the label's span when its mark
    sits under "Not done", else None."""
    cells = _table_cells(line)
    if len(cells) < 2 or not _MARK.fullmatch(line[slice(*cells[-1])]):
        return None
    done, not_done = columns
    centre = sum(cells[-1]) / 2
    if abs(centre - not_done) < abs(centre - done):
        return start + cells[0][0], start + cells[-2][1]
    return None


_SIDE_HEADER = re.compile(r"sides?|laterality|lat\.?", re.I)
_SIDE_HEADER_CELL = re.compile(r"(?:^|[ \t])(?:sides?|laterality)(?:[ \t]{2,}|\t|[ \t]*\r?$)", re.I | re.M)
_SIDE_VALUE = {"r": "right", "rt": "right", "right": "right", "l": "left", "lt": "left", "left": "left",
               "b": "bilateral", "bil": "bilateral", "bilat": "bilateral", "bilateral": "bilateral",
               "both": "bilateral", "r+l": "bilateral", "l+r": "bilateral", "r&l": "bilateral", "r/l": "bilateral"}


def _side_column(line: str) -> float | None:
    """The centre of the "Side" column of a table header ("Level    Side    Entered   Vol"), else None."""
    if "|" in line or not _SIDE_HEADER_CELL.search(line):
        return None
    cells = list(_CELL.finditer(line))
    heads = [c for c in cells if _SIDE_HEADER.fullmatch(c.group())]
    return (heads[0].start() + heads[0].end()) / 2 if len(cells) >= 3 and len(heads) == 1 else None


def _side_cell(line: str, centre: float) -> tuple[int, int, str] | None:
    """A table row's side cell under the "Side" column ("L3-4     B*      R yes"): its span and side."""
    cells = list(_CELL.finditer(line))
    if len(cells) < 2 or "|" in line or not _LEVEL_LABEL.search(cells[0].group()):
        return None
    for c in cells[1:]:
        word = c.group().split()[0]
        side = _SIDE_VALUE.get(word.rstrip("*").lower())
        if side is not None and abs((c.start() + c.start() + len(word)) / 2 - centre) <= _COLUMN_REACH:
            return c.start(), c.start() + len(word), side
    return None


_BLANK_CELL = re.compile(r"-{1,3}|\u2013|\u2014|n/?a|none|", re.I)


def _side_header_row(line: str) -> bool:
    """A table header with a "Side" cell among three or more ("| Joint | Side | Entered | Drug |")."""
    cells = _table_cells(line)
    return len(cells) >= 3 and any(_SIDE_HEADER.fullmatch(line[a:b].strip()) for a, b in cells)


def _blank_row(line: str) -> bool:
    """ "| C5-C6  | R | - | - | - |", "L4-L5    L    n/a    --": a row of a table with a Side column that gives a
    level and its side and nothing else (every other cell blank, a dash or n/a): that side of that level was not
    done."""
    cells = _table_cells(line)
    if len(cells) < 3 or not _LEVEL_LABEL.search(line[cells[0][0] : cells[0][1]]):
        return False
    rest = [line[a:b].strip() for a, b in cells[1:]]
    sides = [c for c in rest if c.rstrip("*").lower() in _SIDE_VALUE]
    blanks = [c for c in rest if _BLANK_CELL.fullmatch(c)]
    return len(sides) == 1 and len(blanks) == len(rest) - 1


_NO_MARK = re.compile(r"(?:N|No|NO|no)\*?|-{1,3}|\u2014|\u2013"  # (a dash: nothing in that cell)
                      r"|(?i:not\s+(?:done|performed|completed|blocked|injected|lesioned)|omitted|skipped|aborted)")


def _aligned_mark_row(line: str, start: int, columns: list[tuple[float, str | None]]) -> tuple[
        list[tuple[int, int, str]], tuple[int, int], bool] | None:
    """ "L5-S1     Y     N*    L4 MB + L5 DR" under "Joint     RT    LT    Nerves": a space-aligned row whose
    cells under the side columns say Y or N."""
    if "|" in line or "\t" in line:
        return None
    cells = list(_CELL.finditer(line))
    # The row's label: its cells before the first under a side column ("Cx        C6-7      ✓" under
    # "REGION    LEVEL     RT    LT": a region column before the level)
    sides = [_column_side(columns, c.start(), c.end()) for c in cells]
    n_label = next((i for i in range(1, len(cells)) if sides[i]), len(cells))
    if len(cells) < 2 or not any(_LEVEL_LABEL.search(c.group()) for c in cells[:n_label]):
        return None
    ticks, not_done, sided = [], False, 0
    for c, side in zip(cells[n_label:], sides[n_label:], strict=True):
        if side is None:
            continue
        if _MARK.fullmatch(c.group()):
            ticks.append((start + c.start(), start + c.end(), side))
        elif _NO_MARK.fullmatch(c.group()):
            not_done = True
        else:
            return None  # not a row of marks
        sided += 1
    if not sided:
        return None
    return ticks, (start + cells[0].start(), start + cells[n_label - 1].end()), bool(ticks) and not_done


def _column_side(columns: list[tuple[float, str | None]], start: int, end: int) -> str | None:
    """The side of the column a mark between `start` and `end` sits under, or None when it is off every column
    or under one that is not a side."""
    centre = (start + end) / 2
    column, side = min(columns, key=lambda c: abs(c[0] - centre))
    return side if abs(column - centre) <= _COLUMN_REACH else None


def _grid_row(line: str, start: int, columns: list[tuple[float, str | None]], box_re: re.Pattern[str]) -> list[
        tuple[int, int, str]] | None:
    """The ticked boxes of one grid row with their column's side: by cell when the row splits into as many
    cells as the header ("L4-5 | [x] | [ ]"), else by position under a space-aligned header; None if the row
    does not fit the grid."""
    out: list[tuple[int, int, str]] = []
    cells = _CELL_SPLIT.split(line)
    if len(cells) == len(columns) and len(cells) > 1:
        offset = start
        for cell, (_, side) in zip(cells, columns, strict=True):
            for m in box_re.finditer(cell):
                if side and m.lastgroup == "ticked":
                    out.append((offset + m.start(), offset + m.end(), side))
            offset += len(cell) + 1
        return out
    # A space-aligned row is a label (one or more cells: "Cx    C6-7    ✓") and boxes alone ("C4-5      [x]
    # [ ]"), not "Medication:  [x] Kenalog".
    row_cells = [c.group() for c in _CELL.finditer(line)]
    n_label = next((i for i, c in enumerate(row_cells) if box_re.fullmatch(c)), len(row_cells))
    if not n_label or n_label == len(row_cells) or not all(box_re.fullmatch(c) for c in row_cells[n_label:]):
        return None
    for m in box_re.finditer(line):
        side = _column_side(columns, m.start(), m.end())
        if side is None:
            return None
        if m.lastgroup == "ticked":
            out.append((start + m.start(), start + m.end(), side))
    return out


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rules = {r["id"]: r["pattern"] for r in load_rule_file("checkboxes")["rules"]}
    box = re.compile(f"(?P<empty>{rules['checkbox.empty']})|(?P<ticked>{rules['checkbox.ticked']})")
    return (box, re.compile(rules["checkbox.answer_no"], re.I), re.compile(rules["checkbox.empty"]),
            re.compile(rules["checkbox.cell_not_done"], re.I))


_KEY_NO = re.compile(rf"[ \t]*(?P<key>{KEY})[ \t]*(?i:n|no)[ \t]*\.?[ \t]*$"
                     # "| Performed          | No        |": a table row answered No
                     r"|[ \t]*\|[ \t]*(?P<cell>[A-Za-z][A-Za-z0-9 /()-]{0,40}?)[ \t]*\|[ \t]*(?:N|No|NO)"
                     r"[ \t]*\|?[ \t]*$")
# "LVL: C45   SIDE: -   DONE: N": a row of keys whose last one says it was not done
_ROW_NOT_DONE = re.compile(r"(?P<row>[^\n]*\S)[ \t]{2,}(?:done|performed|completed|injected|lesioned|blocked)\??[ \t]*:"
                           r"[ \t]*(?:n|no)[ \t]*\.?[ \t]*$", re.I)
# "Guidance: Fluoroscopy Y  CT N  US N", "Right: Y  Left: N": options answered Y or N, two spaces apart.
_ANSWER = re.compile(r"(?P<label>[A-Za-z][A-Za-z0-9 /.()-]{0,30}?)[ \t]*:?[ \t]+(?P<answer>Y|N|Yes|No|YES|NO)")
_GAP = re.compile(r"[ \t]{2,}|\t|[ \t]*\|[ \t]*")


def _answered_no(line: str, start: int) -> list[tuple[int, int]]:
    """Labels answered "N" on a line of two or more answered options; [] for any other line."""
    key = _KEY.match(line)
    found = _answers(line, start, key.end()) if key else []
    return found if found is not None else (_answers(line, start, 0) or [])


def _cells(line: str, body: int, gap_re: re.Pattern[str]) -> list[tuple[int, int]]:
    """The non-empty (start, end) runs of `line` from `body` on between matches of `gap_re`."""
    cells, pos = [], body
    for gap in [*gap_re.finditer(line, body), None]:
        end = gap.start() if gap else len(line)
        if end > pos:
            cells.append((pos, end))
        pos = gap.end() if gap else pos
    return cells


def _answers(line: str, start: int, body: int) -> list[tuple[int, int]] | None:
    """The "N" labels among the cells from `body` on, or None when the cells are not all answered options."""
    cells = _cells(line, body, _GAP)
    answers = [(a, b, m) for a, b in cells if (m := _ANSWER.fullmatch(line, a, b))]
    if len(answers) < 2 or len(answers) != len(cells):
        return None
    return [(start + m.start("label"), start + m.end("label")) for _a, _b, m in answers
            if m.group("answer").upper().startswith("N")]


def _nearest_key(text: str, start: int, box: int) -> tuple[int, int]:
    """The "Key:" right before a line's boxes: "Injectate: 2% lidocaine. Steroid: [ ] yes [x] no" -> "Steroid:"."""
    colon = text.rfind(":", start, box)
    head = start
    for sep in (". ", "  "):
        found = text.rfind(sep, start, colon)
        if found >= 0:
            head = max(head, found + len(sep))
    return head, colon + 1


# A cheap test before reading the lines: "CT N  US N", "Y | N", "Procedure aborted: N" (or "no", typed in lower case).
_ANSWER_WORD = re.compile(r"[ \t:](?:Y|N|Yes|YES|(?i:no|n(?=[ \t]*\.?[ \t]*$)))"
                          r"(?:[ \t]{2,}\S|[ \t]*\||[ \t]*\.?[ \t]*$)", re.M)


# "Targets        Right     Left": a header of side columns, over rows that may hold status words ("done").
_SIDE_COLUMNS_LINE = re.compile(r"[ \t]{2,}(?:right|rt)[ \t]{2,}(?:left|lt)(?:[ \t]{2,}|[ \t]*$)"
                                r"|[ \t]{2,}(?:left|lt)[ \t]{2,}(?:right|rt)(?:[ \t]{2,}|[ \t]*$)", re.I | re.M)


def may_have_marks(text: str) -> bool:
    """Whether a note can have anything `form_marks` reads: a box, a table cell, an option answered Y/N or one
    marked as chosen."""
    return "[" in text or "(" in text or "|" in text or any(c in text for c in "\u2610\u2611\u2612") or any(
        pattern.search(text) for pattern in (_ANSWER_WORD, _SIDE_HEADER_CELL, _SIDE_COLUMNS_LINE, DONE_HEADER,
                                             _chosen_mark()))


@cache
def _chosen_mark() -> re.Pattern[str]:
    return re.compile(next(r["pattern"] for r in load_rule_file("checkboxes")["rules"]
                           if r["id"] == "checkbox.option_chosen"))


# Between options printed side by side: two spaces, a tab, a pipe or a spaced slash ("Left   Right (selected)",
# "C4-C5 | C5-C6 (selected)", "Facet IA / >>Medial branch block<< / RFA")
_OPTION_GAP = re.compile(r"[ \t]{2,}|[ \t]*\|[ \t]*|[ \t]+/[ \t]+")
_OPTION_MAX = 60  # a longer line is prose, not one option of a list printed one per line
_MIN_MARKED_LINES = 2  # lines with a chosen mark before a note is read as marking its chosen options


def _unchosen_options(text: str) -> tuple[list[tuple[int, int]], bool]:
    """In a form that prints every option and marks the chosen ones ("Laterality: Left   Right (selected)
    Bilateral", or one option per line with "<<" after the chosen ones): the options left unmarked beside or
    under a marked one, and whether the note marks its options so (rules/checkboxes.json, option_chosen)."""
    mark = _chosen_mark()
    lines: list[tuple[int, str, bool]] = []  # (start, line, whether it holds a mark)
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        lines.append((pos, line, mark.search(line) is not None))
        pos += len(raw)
    if sum(marked_line for *_, marked_line in lines) < _MIN_MARKED_LINES:
        return [], False
    unchosen: list[tuple[int, int]] = []
    for start, line, marked_line in lines:  # options side by side
        if not marked_line:
            continue
        key = _KEY.match(line)
        cells = [(a, b) for a, b in _cells(line, key.end() if key else 0, _OPTION_GAP) if line[a:b].strip()]
        # a mark alone in a cell marks the cell before it ("C3 medial branch    *")
        marked = [mark.search(line, a, b) is not None for a, b in cells]
        for i, (a, b) in enumerate(cells):
            if mark.fullmatch(line[a:b].strip()) and i:
                marked[i - 1] = True
        options = [(cell, chosen) for cell, chosen in zip(cells, marked, strict=True)
                   if not mark.fullmatch(line[cell[0]:cell[1]].strip())]
        if not key and options and not options[0][1]:
            options = options[1:]  # a row's label ("Region      Cervical (selected)   Thoracic")
        if any(chosen for _, chosen in options) and not all(chosen for _, chosen in options):
            unchosen.extend((start + a, start + b) for (a, b), chosen in options if not chosen)
    # Options one per line at one indent, under a heading ("Step 3 - Target selection", "NERVE   TARGETED"): not
    # lines going on from a marked statement ("=> R L4-5 done.\n   L5-S1 not done\n=> plan RFA").
    group: list[tuple[int, int, str, bool]] = []  # (start, indent, line, marked)
    heading = False  # the line before the group is a heading
    previous, previous_marked = "", False
    for start, line, marked_line in [*lines, (len(text), "", False)]:
        # (the mark blanked at its width: "   =>   T3 MB" lines up with "        T2 MB")
        core = mark.sub(lambda m: " " * len(m.group()), line).rstrip() if marked_line else line.rstrip()
        option = (0 < len(core.strip()) <= _OPTION_MAX and ":" not in core and not core.endswith(".")
                  and not _OPTION_GAP.search(core.strip()))
        indent = len(core) - len(core.lstrip(" \t"))
        if group and (not option or indent != group[0][1]):
            if heading and len(group) > 1 and any(g[3] for g in group) and not all(g[3] for g in group):
                unchosen.extend((s + indent_of, s + len(g.rstrip())) for s, indent_of, g, m in group if not m)
            group = []
        if option:
            if not group:
                heading = (0 < len(previous.strip()) <= _OPTION_MAX and not previous_marked
                           and not previous.rstrip().endswith("."))
            group.append((start, indent, line, marked_line))
        previous, previous_marked = line, marked_line
    return unchosen, True


def box_pattern() -> re.Pattern[str]:
    """A ticked or unticked box (rules/checkboxes.json); group `ticked` or `empty` says which."""
    return _patterns()[0]


def form_marks(text: str) -> FormMarks:
    box_re, no_re, _, _ = _patterns()
    affirmed: list[tuple[int, int]] = []
    unticked: list[tuple[int, int]] = []
    denied: list[tuple[int, int]] = []
    grid: list[tuple[int, int, str]] = []
    columns: list[str | None] | None = None
    side_column: float | None = None  # the centre of a "Side" column in a table of levels
    status: tuple[int, int] | None = None  # a "Lesion" / "Done" column: (index, number of cells)
    side_table = False  # inside a table whose header has a "Side" cell
    level_header: tuple[int, list[tuple[int, int]]] | None = None  # a header of level columns: (start, cells)
    level_marks: list[tuple[int, int, str, int, int]] = []
    level_rows = 0  # side rows read under the level header
    level_cells: list[tuple[int, int]] = []
    done_columns: tuple[float, float] | None = None  # centres of "Done" and "Not done" column headers
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if level_header is not None:
            row = _side_row(line.rstrip("\r\n"), start, *level_header)
            if row is not None:
                level_marks.extend(row)
                level_rows += 1
                continue
            if level_rows:
                _close_level_grid(level_header, level_marks, unticked, level_cells)
            level_header = None
        if not line.strip():
            done_columns = None
        elif done_columns is not None and (row_label := _done_row(line.rstrip("\r\n"), start, done_columns)):
            unticked.append(row_label)  # a row marked under "Not done"
        if (done_head := DONE_HEADER.search(line.rstrip("\r\n"))) is not None:
            done_columns = (sum(done_head.span("done")) / 2, sum(done_head.span("not")) / 2)
            affirmed.append((start, start + done_head.start()))  # ("LEFT ... Not done": a column, not the side)
        if (levels := _level_columns(line.rstrip("\r\n"))) is not None:
            level_header, level_rows = (start, levels), 0
        if not line.strip():
            side_table = False
        elif side_table and _blank_row(line.rstrip("\r\n")):
            unticked.append((start, end))  # "| C5-C6 | R | - | - | - |": that side of that level was not done
        else:
            side_table = side_table or _side_header_row(line.rstrip("\r\n"))
        if not line.strip():
            status = None
        elif status is not None and _status_denied(line.rstrip("\r\n"), status):
            unticked.append((start, end))  # "6 | L | L5 dorsal ramus | 0.5 | L5 myotome | NO"
        elif (header := _status_column(line.rstrip("\r\n"))) is not None:
            status = header
        boxes = [(m.start() + start, m.end() + start, m.lastgroup == "ticked") for m in box_re.finditer(line)]
        if not line.strip():
            side_column = None
        elif side_column is not None and (cell := _side_cell(line, side_column)) is not None:
            grid.append((start + cell[0], start + cell[1], cell[2]))  # "L4-5     B       yes/yes   1 mL"
            continue
        else:
            side_column = _side_column(line)
        if not boxes:
            if columns is not None and _RULE_ROW.fullmatch(line.strip()):
                continue  # "|--------|-------|" under a grid header
            row = (_mark_row(line.rstrip("\r\n"), start, columns) or _aligned_mark_row(
                line.rstrip("\r\n"), start, columns)) if columns is not None else None
            if row is not None:  # "| L4/5 |  X  |  X  |": bare marks under side columns
                ticks, label, one_side = row
                grid.extend(ticks)
                if not ticks:
                    unticked.append(label)  # "| L2/3 |     |     |": a row with nothing marked was not done
                elif one_side:
                    affirmed.append(label)
                continue
            columns = _side_columns(line)
            unticked.extend(_answered_no(line.rstrip("\r\n"), start))
            if (row_no := _ROW_NOT_DONE.match(line.rstrip("\r\n"))) is not None:
                unticked.append((start, start + row_no.end("row")))
            if (no := _KEY_NO.match(line)) is not None:  # "Procedure aborted: N" denies its key
                key = "key" if no.group("key") is not None else "cell"
                denied.append((start + no.start(key), start + no.end(key)))
            continue
        if columns is not None:
            row = _grid_row(line.rstrip("\r\n"), start, columns, box_re)
            if row is not None:
                grid.extend(row)
                if not row:  # "C2-3   [ ]   [ ]": a row with no side ticked was not done
                    unticked.append((start, boxes[0][0]))
                continue
            columns = None
        key = _KEY.match(text, start, end)
        content = key.end() if key and key.end() <= boxes[0][0] else start
        while content < end and text[content] in " \t":
            content += 1
        boxes_first = boxes[0][0] == content
        if not boxes_first and text[boxes[-1][1] : end].strip() and all(
                text[a[1] : b[0]].strip() for a, b in zip(boxes, boxes[1:], strict=False)):
            # "L4-L5   [X] R   [ ] L": a row label, then boxes before their labels. A row with nothing ticked
            # was not done; otherwise each box owns the label after it.
            boxes_first = True
            if not any(ticked for _, _, ticked in boxes):
                unticked.append((content, boxes[0][0]))
        for i, (b_start, b_end, ticked) in enumerate(boxes):
            if boxes_first:
                label = (b_end, boxes[i + 1][0] if i + 1 < len(boxes) else end)
                # "[ ] L5-S1    Other: T12-L1, L1-L2": another key ends the last label
                if (inner := _INNER_KEY.search(text, label[0], label[1])) is not None:
                    label = (label[0], inner.start())
            else:
                label = (boxes[i - 1][1] if i else content, b_start)
            if not ticked:
                unticked.append(label)
            elif key and key.end() <= boxes[0][0] and no_re.match(text[label[0] : label[1]]):
                denied.append(_nearest_key(text, start, boxes[0][0]))
    if level_header is not None and level_rows:
        _close_level_grid(level_header, level_marks, unticked, level_cells)
    unchosen, marks_chosen = _unchosen_options(text)
    if marks_chosen:  # ("[ ] Medial branch block *": the form's own mark for the option chosen, not an empty box)
        mark = _chosen_mark()
        unticked = [span for span in unticked if mark.search(text, *span) is None] + unchosen
    return FormMarks(tuple(unticked), tuple(denied), tuple(grid), tuple(affirmed), tuple(level_marks),
                     tuple(level_cells))


def _close_level_grid(header: tuple[int, list[tuple[int, int]]], marks: list[tuple[int, int, str, int, int]],
                      unticked: list[tuple[int, int]], cells: list[tuple[int, int]]) -> None:
    """At the end of a grid of level columns over side rows: a column with nothing marked in any row was not done,
    and every level cell is noted (a level mention running over several is read cell by cell)."""
    header_start, spans = header
    marked = {a for a, _b, _side, _c, _d in marks}
    unticked.extend((header_start + a, header_start + b) for a, b in spans if a < b and header_start + a not in marked)
    cells.extend((header_start + a, header_start + b) for a, b in spans if a < b)


def without_unticked(text: str) -> str:
    """The text with every unticked option (box and label) blanked out, offsets kept."""
    marks = form_marks(text)
    chars = list(text)
    empty = _patterns()[2]
    for start, end in marks.unticked:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    out = "".join(chars)
    return empty.sub(lambda m: " " * len(m.group(0)), out)
