"""EHR exports that join several documents: which parts of a note are older documents (an earlier procedure
note, a clinic visit from another date) rather than the record of this encounter.

A billing feed often receives "Encounter date: 04/02/2025 ... ----- Procedure Note (04/02/2025) ----- ...
Previous notes: ----- Procedure Note (09/24/2024) -----". What an older document says was done was done then.
A document whose header carries a date before the encounter's, and everything after a "Previous notes" line
(until a header dated on the encounter's own date), is older; a later-dated one (an addendum, a coder's query,
a call about this procedure) and an addendum or correction of any date belong to this encounter. Within one
note the same holds for the lines of a dated treatment timeline ("03/2022  bilateral L4-5 facet injections") and
for sentences that date what they report ("left L4-5 RFA completed 10/08/2025") before the date of service. Pure
text, no spaCy; patterns in rules/documents.json.
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


_NEW_LINE_ITEM = re.compile(r"[ \t]+\S|[-*\u2022]|[A-Z]")  # a line that starts an item or a sentence
_SENTENCE_END = re.compile(r"\.(?:\s+|$)|\n\s*\n|\n(?=[ \t]*[A-Z][A-Za-z ]{0,30}:)")  # rough: text only, no spaCy
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def _parse_date(text: str) -> date | None:
    """ "04/02/2025", "4.2.25", "2025-04-02", "2024.09.24", "13 Nov 2024", "Nov 13, 2024" as a date (month first,
    as US records write it), else None."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    try:
        if words and words[0].isalpha():  # "Nov 13, 2024"
            m, d, y = _MONTHS[words[0][:3].lower()], int(words[1]), int(words[2])
        elif len(words) == 3 and words[1].isalpha():  # "13 Nov 2024"
            d, m, y = int(words[0]), _MONTHS[words[1][:3].lower()], int(words[2])
        elif re.fullmatch(r"\d{4}[-.]\d{1,2}[-.]\d{1,2}", text):
            y, m, d = (int(x) for x in re.split(r"[-.]", text))
        else:
            m, d, y = (int(x) for x in re.split(r"[/.-]", text))
            y += 2000 if y < 100 else 0
        return date(y, m, d)
    except (ValueError, KeyError, IndexError):
        return None


def _encounter_date(text: str) -> date | None:
    found = _patterns()["encounter_date"].search(text) or _patterns()["plain_date"].search(text)
    return _parse_date(found.group("date")) if found else None


def dated_event_spans(text: str) -> list[tuple[int, int]]:
    """Sentences that date what they report before the encounter ("left L4-5 RFA completed 10/08/2025")."""
    events = list(_patterns()["dated_event"].finditer(text))
    encounter = _encounter_date(text) if events else None
    spans = []
    for m in events:
        when = _parse_date(m.group("date"))
        if encounter and when and when < encounter:
            before = [b.end() for b in _SENTENCE_END.finditer(text, 0, m.start())]
            after = _SENTENCE_END.search(text, m.end())
            start, end = (before[-1] if before else 0), (after.start() if after else len(text))
            # a list line ("  N/A - left L4-5 RFA completed 10/08/2025") ends where the next line starts anew
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if line_end >= 0 and _NEW_LINE_ITEM.match(text, line_end + 1):
                end = min(end, line_end)
            if _NEW_LINE_ITEM.match(text, line_start):
                start = max(start, line_start)
            spans.append((start, end))
    return spans


def _partial_date(text: str) -> tuple[int, ...]:
    """ "03/2022" -> (2022, 3), "2021" -> (2021,), "11/20/2024" -> (2024, 11, 20), "2024-11" -> (2024, 11),
    "Jun 2022" -> (2022, 6)."""
    if text[:1].isalpha():
        return int(text.split()[-1]), _MONTHS[text[:3].lower()]
    if "-" in text or "." in text:
        return tuple(int(x) for x in re.split(r"[-.]", text))
    parts = [int(x) for x in text.split("/")]
    return (parts[-1], *parts[:-1])


def timeline_spans(text: str) -> list[tuple[int, int]]:
    """A treatment timeline ("03/2022  bilateral L4-5 facet injections ... 04/2023  bilateral L4-5 RFA"): each
    line dated before the encounter's date of service, with its indented continuation lines. Without a date of
    service, the lines of a run of two or more dated lines that are older than the run's last date."""
    items = list(_patterns()["timeline_item"].finditer(text))
    if not items:
        return []
    encounter = _encounter_date(text)
    today = (encounter.year, encounter.month, encounter.day) if encounter else None
    if today is None:
        if len(items) < 2:
            return []
        today = max(_partial_date(m.group("date")) for m in items)
    spans = []
    for m in items:
        dated = _partial_date(m.group("date"))
        if dated >= today[: len(dated)]:
            continue  # the encounter's own day (or month or year: not known to be earlier)
        end = text.find("\n", m.end())
        # continuation lines: indented deeper than the item, not themselves dated
        while end >= 0:
            nxt = text.find("\n", end + 1)
            line = text[end + 1 : nxt if nxt >= 0 else len(text)]
            indent = len(line) - len(line.lstrip(" \t"))
            if not line.strip() or indent <= len(m.group("indent")) or _patterns()["timeline_item"].match(line):
                break
            end = nxt
        spans.append((m.start(), end if end >= 0 else len(text)))
    return spans


def older_document_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the older documents in an export (and of documents in it that are not a procedure
    record: a pasted earlier note, authorization correspondence), and of the earlier lines of a dated treatment
    timeline; [] for an ordinary note."""
    p = _patterns()
    headers = sorted((m.start(), m.end(), m.group("title")) for rule in ("header", "numbered_header", "wrapped_header")
                     for m in p[rule].finditer(text))
    previous = [m.start() for m in p["previous"].finditer(text)]
    if not headers and not previous:
        return _inline_spans(text)  # an ordinary note: no boundaries
    encounter = _encounter_date(text)
    # Boundaries in order: (position, is this an older document from here on?)
    marks: list[tuple[int, bool | None]] = [(start, True) for start in previous]
    for start, _end, title in headers:
        dated = [d for m in p["date"].finditer(title) if (d := _parse_date(m.group("date")))]
        if p["end_title"].search(title) or p["template_banner"].search(title):
            # "==== end of copied text ====", "[Prior note carried forward - edit as needed]" (today's, edited)
            marks.append((start, False))
        elif p["copied_title"].search(title) or p["other_record_title"].search(title):
            # "==== copied from prior encounter 06/12/2023 (reference only) ====", "DOCUMENT 1 of 2: AUTHORIZATION"
            marks.append((start, True))
        elif p["same_encounter"].search(title):
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
    return spans + _inline_spans(text)


def _inline_spans(text: str) -> list[tuple[int, int]]:
    """What inside one document is not about this encounter: earlier timeline lines, dated earlier events, struck
    text and withdrawn addenda."""
    return timeline_spans(text) + dated_event_spans(text) + struck_spans(text) + retracted_addendum_spans(text)


def retracted_addendum_spans(text: str) -> list[tuple[int, int]]:
    """ "Addendum 2: Please disregard Addendum 1, which was entered on this chart in error": the addendum a later
    one withdraws (named by its number, or the one just before) says nothing about this encounter."""
    if "ddendum" not in text and "DDENDUM" not in text:
        return []
    p = _patterns()
    headings = [(m.start(), m.group("n")) for m in p["addendum_heading"].finditer(text)]
    spans = []
    for m in p["addendum_retracted"].finditer(text):
        number = m.group("n") or m.group("n2")
        earlier = [(i, start) for i, (start, n) in enumerate(headings) if start < m.start()
                   and (n == number if number else True)]
        if not number:
            earlier = earlier[-2:-1]  # the addendum before the one that withdraws it
        if not earlier:
            continue
        i, start = earlier[-1]
        end = headings[i + 1][0] if i + 1 < len(headings) else m.start()
        if start < end <= m.start():
            spans.append((start, end))
    return spans


def struck_spans(text: str) -> list[tuple[int, int]]:
    """ "[Original text struck through in the EHR: "... the right L4-5 facet joint was entered and injected ..."]":
    text the record itself shows as struck out says nothing about this encounter; nor does what a correction
    quotes of the note's earlier version ("The original version of this note stated "right L3-4 and L4-5"")."""
    if "[" not in text and '"' not in text and "\u201c" not in text:
        return []
    return [(m.start(), m.end()) for m in _patterns()["struck_text"].finditer(text)]
