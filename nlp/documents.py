"""EHR exports that join several documents: which parts of a note are older documents (an earlier procedure
note, a clinic visit from another date) rather than the record of this encounter.

A billing feed often receives "Encounter date: 04/02/2025 ... ----- Procedure Note (04/02/2025) ----- ...
Previous notes: ----- Procedure Note (09/24/2024) -----". What an older document says was done was done then.
A document whose header carries a date before the encounter's, and everything after a "Previous notes" line
(until a header dated on the encounter's own date), is older; a later-dated one (an addendum, a coder's query,
a call about this procedure) and an addendum or correction of any date belong to this encounter. Pure text, no
spaCy; patterns in rules/documents.json.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from nlp.pipeline.rules import load_rule_file


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {r["id"].removeprefix("document."): re.compile(r["pattern"], re.I | re.M)
            for r in load_rule_file("documents")["rules"]}


def _parse_date(text: str) -> date | None:
    """ "04/02/2025", "4.2.25", "2025-04-02" as a date (month first, as US records write it), else None."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            y, m, d = (int(x) for x in text.split("-"))
        else:
            m, d, y = (int(x) for x in re.split(r"[/.-]", text))
            y += 2000 if y < 100 else 0
        return date(y, m, d)
    except ValueError:
        return None


def older_document_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the older documents in an export; [] for an ordinary note."""
    p = _patterns()
    headers = [(m.start(), m.end(), m.group("title")) for m in p["header"].finditer(text)]
    previous = [m.start() for m in p["previous"].finditer(text)]
    if not headers and not previous:
        return []  # an ordinary note: no document boundaries
    found = p["encounter_date"].search(text)
    encounter = _parse_date(found.group("date")) if found else None
    # Boundaries in order: (position, is this an older document from here on?)
    marks: list[tuple[int, bool | None]] = [(start, True) for start in previous]
    for start, _end, title in headers:
        dated = [d for m in p["date"].finditer(title) if (d := _parse_date(m.group("date")))]
        if p["same_encounter"].search(title):
            marks.append((start, False))  # "----- Addendum (08/20/2024) -----" amends this encounter's record
        elif dated and encounter:
            marks.append((start, dated[0] < encounter))  # later: an addendum, a query, a call about this one
        elif not previous or start < previous[0]:
            marks.append((start, False))  # an undated document before any "Previous notes" line is this one's
        else:
            marks.append((start, None))  # undated, after "Previous notes": as before
    marks.sort(key=lambda mark: mark[0])
    spans: list[tuple[int, int]] = []
    older = False
    for i, (start, state) in enumerate(marks):
        older = older if state is None else state
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        if older and start < end:
            spans.append((start, end))
    return spans
