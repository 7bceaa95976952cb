"""spaCy Doc -> `nlp.note.Note`: target spans with ConText flags, sentences and section categories."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from nlp.checkboxes import form_marks, may_have_marks
from nlp.documents import older_document_spans
from nlp.keylines import KEY, LIST_ITEM
from nlp.note import Mention, Note
from nlp.pipeline.components import CONTEXT_ATTRS, SPAN_FLAGS, SPAN_GROUP
from nlp.pipeline.doctext import doc_read, doc_text
from nlp.pipeline.sentences import ends_mid_phrase

# "Dx: lumbar spondylosis", "hx: s/p L4-5 RFA 2022", "plan: f/u 2 wks" on one line end their section at the line end:
# the next line of a terse note is narrative. Only for sections that are key-value lines in practice; a line that
# was hard-wrapped goes on.
ONE_LINE_SECTIONS = frozenset({"diagnosis", "anesthesia", "background", "complications", "consent", "guidance",
                               "home_medications", "indication", "procedure", "history", "plan"})
# These end at a blank line when their header line has inline content ("HPI: ..." then a procedure narrative).
PARAGRAPH_SECTIONS = frozenset({"history", "findings", "consent", "plan", "impression", "background", "indication",
                                "diagnosis"})
# A header alone on its line whose key lines ("Vital signs: ...", "Cervical spine: tender ...") stay its own.
_BLOCK_PARENTS = frozenset({"history", "findings"})
_WRAP_WIDTH = 70  # a longer line without end punctuation is a hard-wrapped paragraph that goes on
# fields side by side on one line, not words of a sentence (also "[X] Consent  [X] Allergies: sulfa  [X] ...")
_FIELD_GAP = re.compile(r"\S[ \t]{3,}\S|\S\t\S|\S[ \t]{2,}(?:\[[^\]\n]{0,2}\]|\([^)\n]{0,2}\))")
_INDENT = re.compile(r"[ \t]*")
_KEY_LINE = re.compile(rf"[ \t]*{KEY}[ \t]")  # "Planned: ...", "Prior dx blocks: ..."


def _sections(doc: Doc, sent_starts: frozenset[int] = frozenset()) -> list[tuple[int, int, str | None]]:
    text = doc_text(doc)
    spans: list[tuple[int, int, str | None]] = []
    parent: str | None = None  # "PHYSICAL EXAMINATION:" on its own line, whose key lines ("Vital signs: ...") follow

    def rest(line_end: int, end: int) -> None:
        """What follows a one-line section: the rest of its paragraph is the enclosing history block's, if any."""
        para_end = text.find("\n\n", line_end, end)
        if parent is not None and para_end != line_end:
            para_end = end if para_end < 0 else para_end
            spans.append((line_end, para_end, parent))
            line_end = para_end
        if line_end < end:
            spans.append((line_end, end, None))

    for section in getattr(doc._, "sections", None) or []:
        start = doc[section.title_start].idx if section.title_start < len(doc) else len(text)
        end_tok = min(section.body_end, len(doc)) - 1
        end = doc[end_tok].idx + len(doc[end_tok]) if end_tok >= 0 else len(text)
        header_end = text.find("\n", start)
        if section.category not in _BLOCK_PARENTS:
            parent = None  # ("PROCEDURE: Right C2-3 ..." after the exam is not the exam's)
        elif section.title_end < len(doc) and header_end >= 0 and not text[
                doc[section.title_end].idx : header_end].strip(" \t,:"):
            parent = section.category
        if section.category in ONE_LINE_SECTIONS and section.title_end < len(doc):
            title_end = doc[section.title_end].idx if section.title_end < len(doc) else end
            line_end = text.find("\n", title_end)
            line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]
            inline = text[title_end:line_end].strip(" \t,:") if line_end >= 0 else ""
            # A blank line ends a paragraph however long its last line, and so does a "Key: value" line after it.
            key_next = line_end >= 0 and bool(_KEY_LINE.match(text, line_end + 1))
            # A long line without end punctuation, or one stopping mid-phrase ("If relief is"), is wrapped.
            goes_on = ends_mid_phrase(line) and line_end >= 0 and text[line_end + 1 : line_end + 2].islower()
            # ... and so is a line whose sentence the splitter carried on to the next line (nlp.pipeline.sentences),
            # but for the procedure line, whose section already runs on when wrapped
            goes_on = goes_on or (0 <= line_end and bool(sent_starts) and section.category != "procedure"
                                  and _INDENT.match(text, line_end + 1).end() not in sent_starts)
            blank_next = line_end >= 0 and text[line_end + 1 : line_end + 2] in ("\n", "\r", "")
            # (a row of fields, "Encounter: Procedure Visit    DOS 03/06/2025    Provider: ...", is not prose)
            wrapped = ((_fills_width(text, line, line_end) or goes_on) and not line.rstrip().endswith((".", ":", ";"))
                       and not blank_next and not key_next and not _FIELD_GAP.search(line.strip()))
            if inline and 0 <= line_end < end and not wrapped:
                line_end = _aligned_run_end(text, title_end, line_end, end)
                spans.append((start, line_end, section.category))
                rest(line_end, end)
                continue
            # (not the procedure line itself: what it goes on to say is the same procedure)
            run_end = _wrapped_run_end(text, line_end, end, sent_starts) if (
                inline and wrapped and section.category != "procedure") else None
            if run_end is not None:
                spans.append((start, run_end, section.category))
                rest(run_end, end)
                continue
        if section.category in PARAGRAPH_SECTIONS and section.title_end < len(doc):
            title_end = doc[section.title_end].idx
            line_end = text.find("\n", title_end)
            blank = text.find("\n\n", title_end)
            # "Hx: ... facet tender. MRI: L lumbosacral facet hypertrophy.\nC-arm flouro, ...": a key inside a line
            # of prose, its line ending a sentence, is that line's
            mid_line = text[text.rfind("\n", 0, start) + 1 : start].rstrip().endswith((".", "!", "?"))
            if mid_line and 0 <= line_end < end and text[title_end:line_end].strip(" \t,:") and text[
                    :line_end].rstrip().endswith((".", "!", "?")):
                spans.append((start, line_end, section.category))
                rest(line_end, end)
                continue
            if 0 <= line_end and text[title_end:line_end].strip(" \t,:") and 0 <= blank < end:
                spans.append((start, blank, section.category))
                spans.append((blank, end, None))
                continue
            restart = _restarted_list(text, title_end, end)
            if restart is None and section.category == "plan":
                restart = _list_block_end(text, title_end, end)
            if restart is not None:
                spans.append((start, restart, section.category))
                spans.append((restart, end, None))
                continue
        spans.append((start, end, section.category))
    return spans


def _aligned_run_end(text: str, value_start: int, line_end: int, end: int) -> int:
    """ "Targets:  RIGHT - L2, L3, L4 ...\n          LEFT  - L3, L4 ...": lines indented to the column where a key
    line's value starts go on with that value; the end of the last one (or `line_end`)."""
    line_start = text.rfind("\n", 0, value_start) + 1
    value = text[value_start:line_end]
    column = value_start - line_start + len(value) - len(value.lstrip(" "))
    if column < 6 or "\t" in text[line_start:value_start]:
        return line_end
    while line_end < end:
        nxt_end = text.find("\n", line_end + 1)
        nxt_end = min(end, len(text) if nxt_end < 0 else nxt_end)
        nxt = text[line_end + 1 : nxt_end]
        if not nxt.strip() or len(nxt) - len(nxt.lstrip(" ")) != column:
            break
        line_end = nxt_end
    return line_end


def _wrapped_run_end(text: str, line_end: int, end: int, sent_starts: frozenset[int]) -> int | None:
    """ "Indication: ... CT: degenerative\n  facet changes T7-8 and T8-9.\n  Consent obtained. Patient prone.": a
    hard-wrapped key line ends with the line that ends its sentence, when the next line starts a new one (for the
    sentence splitter: "dx: ... (good\nx 11 mo), now recurrent.\ntoday: bilat l4-5 ...")."""
    pos = line_end
    while 0 <= pos < end:
        nxt = text.find("\n", pos + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[pos + 1 : nxt].strip()
        if not line:
            return pos  # a blank line ends the paragraph
        if nxt < end and text[nxt + 1 : nxt + 2] not in ("\n", "\r") and _INDENT.match(text, nxt + 1).end() in \
                sent_starts:
            return nxt
        if line.endswith(".") and nxt < end:
            following = text[nxt + 1 : text.find("\n", nxt + 1) if text.find("\n", nxt + 1) >= 0 else len(text)]
            return nxt if following.strip()[:1].isupper() or not following.strip() else None
        pos = nxt
    return None


def _fills_width(text: str, line: str, line_end: int) -> bool:
    """A long line that a hard wrap ended: the next line's first word would not have fitted on it within the
    note's own width (its longest line). "Dx: ... C2-3 + C3-4" (73 characters) followed by "Block #1 ..." in a
    note whose lines run to 110 was not wrapped."""
    if len(line) < _WRAP_WIDTH:
        return False
    width = max(map(len, text.split("\n")))
    first_word = text[line_end + 1 :].lstrip(" \t").split(maxsplit=1)[:1]
    return len(line.rstrip()) + 1 + len(first_word[0] if first_word else "") > 0.9 * width  # wrapped by hand


# "Procedures listed on consent:" then items 1-3, a blank line, then "1. Right side. Under fluoroscopy...": a list
# that starts again at 1 after a blank line is a new block (the record of what was done), not more of the section.
_FIRST_ITEM = re.compile(r"^[ \t]*(?:#\s?)?1[.)][ \t]", re.M)
_BLANK_THEN_FIRST_ITEM = re.compile(r"\n[ \t]*\r?\n(?=[ \t]*(?:#\s?)?1[.)][ \t])")


def _restarted_list(text: str, body_start: int, end: int) -> int | None:
    first = _FIRST_ITEM.search(text, body_start, end)
    if first is None:
        return None
    again = _BLANK_THEN_FIRST_ITEM.search(text, first.end(), end)
    return again.start() + 1 if again else None


def _list_block_end(text: str, body_start: int, end: int) -> int | None:
    """ "Scheduled procedures:\n  1. ...\n  2. ...\n\nProcedure 1 was performed as described below.": a plan
    header whose list starts on the next line ends at the blank line after the list."""
    line_end = text.find("\n", body_start)
    if line_end < 0 or text[body_start:line_end].strip(" \t,:") or not LIST_ITEM.match(text, line_end + 1):
        return None
    blank = text.find("\n\n", line_end, end)
    return blank + 1 if blank >= 0 else None


def doc_to_mentions(doc: Doc) -> Note:
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    sent_starts = [s for s, _ in sentences]
    text = doc_text(doc)
    sections = _sections(doc, frozenset(sent_starts))
    sec_starts = [s for s, _, _ in sections]
    mentions = []
    read = _extension_reader(doc)
    enclosed = _enclosed_modifiers(doc, text)
    for span in doc.spans.get(SPAN_GROUP, []):
        start, end = span.start_char, span.end_char
        rule = read("target_rule", start, end, span)
        meta = dict(rule.metadata or {})
        s_idx = bisect_right(sec_starts, start) - 1
        section = sections[s_idx][2] if s_idx >= 0 else None
        shut = enclosed.get((start, end), ())
        negated, historical, hypothetical, cancelled, generic, skin, finding = (
            read(flag, start, end, span) and flag not in shut for flag in SPAN_FLAGS
        )
        mentions.append(
            Mention(
                category=span.label_,
                rule=meta.get("id", rule.literal),
                start=start,
                end=end,
                text=text[start:end],
                sent=max(0, bisect_right(sent_starts, start) - 1),
                section=section,
                meta=meta,
                negated=negated,
                historical=historical,
                hypothetical=hypothetical,
                cancelled=cancelled,
                generic=generic,
                skin=skin,
                finding=finding,
            )
        )
    _apply_form_marks(text, mentions, sent_starts, sections, sec_starts)
    for start, end in older_document_spans(text):  # an earlier procedure note inside an EHR export
        for m in mentions:
            if start <= m.start < end:
                m.historical = True
    mentions.sort(key=lambda m: (m.start, -m.end))
    return Note(text, sentences, mentions, sections, read=doc_read(doc))


def _enclosed_modifiers(doc: Doc, text: str) -> dict[tuple[int, int], set[str]]:
    """Per target (character offsets), the flags it has only from modifiers shut inside a parenthetical it is not
    part of: "(dx #1, lido 0.5cc/nerve, no steroid) under fluoro" does not deny fluoroscopy, and "Right L5-S1 facet
    injection, therapeutic (known right L5-S1 synovial cyst on MRI)" is no imaging finding. A parenthesis right after
    a target is about it ("L4-5 (not done)", "lidocaine (skin)")."""
    graph = doc._.context_graph if Doc.has_extension("context_graph") else None
    if graph is None or "(" not in text:
        return {}
    by_target: dict[tuple[int, int], dict[str, list[bool]]] = {}
    for target, modifier in graph.edges:
        flag = _FLAG_OF.get(modifier.category)
        if flag is None:
            continue
        start = doc[modifier.modifier_span[0]].idx
        span = (target.start_char, target.end_char)
        by_target.setdefault(span, {}).setdefault(flag, []).append(_shut_away(text, span, start))
    return {span: {flag for flag, shut in flags.items() if all(shut)} for span, flags in by_target.items()}


def _shut_away(text: str, target: tuple[int, int], modifier: int) -> bool:
    """The modifier at `modifier` is inside a parenthetical that closes before the target, or that opens after the
    target and not right after it."""
    if modifier >= target[1]:  # the target first: "facet injection, therapeutic (... on MRI)"
        depth, opened = 0, -1
        for i in range(target[1], modifier):
            if text[i] == "(":
                depth += 1
                opened = i if depth == 1 else opened
            elif text[i] == ")" and depth > 0:
                depth -= 1
        return depth > 0 and text[target[1] : opened].strip() != ""
    depth = 0  # the modifier first: "(..., no steroid) under fluoro"
    for ch in text[modifier : target[0]]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return True
    return False


def _apply_form_marks(text: str, mentions: list[Mention], sent_starts: list[int],
                      sections: list[tuple[int, int, str | None]], sec_starts: list[int]) -> None:
    """Unticked options are negated; "Procedure aborted: [ ] Yes [x] No" un-cancels, "Steroid: [x] No" negates;
    a ticked box under a side column of a grid becomes that side, written where the box is."""
    if not may_have_marks(text):
        return
    marks = form_marks(text)
    if marks.level_cells:  # "Side grid:  T9   T10  T11  T12" over rows of boxes: one mention per level column
        mentions[:] = [piece for m in mentions for piece in _by_cell(m, marks.level_cells, text)]
    for start, end, side in marks.grid_sides:
        s_idx = bisect_right(sec_starts, start) - 1
        mentions.append(Mention(
            category="SIDE", rule="checkbox.grid", start=start, end=end, text=text[start:end],
            sent=max(0, bisect_right(sent_starts, start) - 1), section=sections[s_idx][2] if s_idx >= 0 else None,
            meta={"id": "checkbox.grid", "value": side}))
    for m in mentions:
        if m.category == "LEVEL":  # "FACET IA | L45 | L5S1" over "RT | x | x": the sides marked under the level
            cells = [(side, a, b) for start, end, side, a, b in marks.level_columns if start <= m.start < end]
            if cells:
                m.meta["column_sides"] = cells
        if any(start <= m.start < end for start, end in marks.affirmed):
            m.negated = m.cancelled = False  # the row's "NOT lesioned" cell took away its side only
            m.meta["affirmed"] = True
        if any(start <= m.start < end for start, end in marks.unticked):
            m.negated = True
        if any(start <= m.start < end for start, end in marks.denied_keys):
            if m.cancelled:
                m.cancelled = False
            else:
                m.negated = True


def _by_cell(m: Mention, cells: tuple[tuple[int, int], ...], text: str) -> list[Mention]:
    """A level mention cut into the grid header cells it runs over (itself when it covers fewer than two)."""
    inside = [(a, b) for a, b in cells if m.start <= a and b <= m.end]
    if m.category != "LEVEL" or len(inside) < 2:
        return [m]
    return [replace(m, start=a, end=b, text=text[a:b], meta=dict(m.meta)) for a, b in inside]


_FLAG_OF = {category: flag for category, attrs in CONTEXT_ATTRS.items() for flag in attrs}  # "FINDING" -> "sc_finding"


@cache
def _plain_span_keys() -> bool:
    """Whether spaCy keeps a Span's extension values in `doc.user_data` under ("._.", name, start_char,
    end_char), as spaCy 3.7 does: then they can be read with one dict lookup instead of an Underscore object
    and a `__getattr__` each (measured: a third of this module's time)."""
    doc = Doc(Vocab(), words=["a", "b"])
    span = doc[1:2]
    span._.is_negated = True
    return doc.user_data.get(("._.", "is_negated", span.start_char, span.end_char)) is True


def _extension_reader(doc: Doc) -> Callable[[str, int, int, Span], Any]:
    """name, start_char, end_char, span -> the span's extension value (None or False when unset)."""
    extensions = {name: Span.get_extension(name) for name in (*SPAN_FLAGS, "target_rule")}
    plain = all(ext is not None and ext[1:] == (None, None, None) and not isinstance(ext[0], (list, dict, set))
                for ext in extensions.values())  # stored values with immutable defaults: no getters to run
    if not plain or not _plain_span_keys():
        return lambda name, start, end, span: getattr(span._, name)
    data = doc.user_data
    defaults = {name: ext[0] for name, ext in extensions.items()}
    return lambda name, start, end, span: data.get(("._.", name, start, end), defaults[name])
