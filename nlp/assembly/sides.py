"""Sides: which side words apply to a level or procedure mention, side-only sentences ("repeated on the
other side", "the left side was aborted") and sides stated on their own."""

from __future__ import annotations

import re
from itertools import pairwise

from nlp.assembly.base import AssemblerBase, Instance, rx, sides_of
from nlp.checkboxes import DONE_HEADER, box_pattern
from nlp.facts import Evidence
from nlp.keylines import COLUMN_GAP
from nlp.levels import parse_levels, region_of
from nlp.note import Mention


def _regions(m: Mention) -> set[str]:
    return {region_of(j) for item in parse_levels(m.text) for j in item.joints() or item.nerves()}


_SIDE_KEY = re.compile(r"\b(?:side|laterality)\s*:", re.I)
_YES_ANSWER = re.compile(r"^[ \t]*:[ \t]*(?:yes|y)\b", re.I)
_LEVEL_KEY_LINE = re.compile(r"[ \t]*(?:levels?|joint|target|site)[ \t]*:[ \t]*", re.I)
_SIDE_KEY_LINE = re.compile(r"[ \t]*(?:side|laterality)[ \t]*:", re.I)
_SIDE_REACH = 40  # characters between a side word and the mention it attaches to
_OPEN_PAREN = re.compile(r"\s*\(\s*")
# "the L5 dorsal ramus cannula", "the right L2 medial branch site": a target named as a site
_SITE_AFTER = re.compile(r"[ \t]+(?:(?:medial\s+branch|mb|dorsal\s+ramus|dr)[ \t]+)?(?:site|cannula|target|needle)\b",
                         re.I)


# "... L4-5 then same on the left": what comes between the levels and a repeat that opens a clause of its own
_REPEAT_THEN = re.compile(r"\bthen\b|,|;", re.I)


class SideSteps(AssemblerBase):
    """Step 4 of `nlp.assembly`: side words."""

    def _sides_postposed(self, sides: list[Mention], anchors: list[Mention]) -> bool:
        """A sentence that writes its sides after the levels: its first level has a side right after it and
        none before ("T11-12 right and left, T12-L1 right and left, L1-2 right")."""
        first = next((a for a in anchors if a.category == "LEVEL"), None)
        if first is None:
            return False
        after = any(s.start >= first.end and not self.text[first.end : s.start].strip() for s in sides)
        return after and not any(s.end <= first.start and rx("adjacent").fullmatch(self.text, s.end, first.start)
                                 for s in sides)

    def _side_for(
        self, m: Mention, sent_mentions: list[Mention], removal: bool = False
    ) -> tuple[set[str], list[Evidence]]:
        """Side of a level or procedure mention from the side words of its sentence.

        A side word that precedes a level, nerve or procedure word modifies what follows it ("right L4-5 and
        L5-S1", "bilateral facet injections at L3-4"); one that follows nothing applies back to the mention
        just before it ("L4-5 on the left", "L5-S1 (R)").
        """
        # For a removal the side word shares the cancellation ("left L5 dorsal ramus not performed").
        sides = [
            s for s in sent_mentions if s.category == "SIDE" and s.value != "other"
            and (s.asserted or (removal and (s.cancelled or s.negated or s.finding) and not (
                s.historical or (s.hypothetical and not s.negated))))  # ("the right L3-4 joint is ankylosed ...
            # could not be entered"; "will be read knowing the left L5-S1 was not covered")
        ]
        if column := m.meta.get("column_sides"):  # a grid with sides as rows: the rows marked under this level
            return ({x for side, _a, _b in column for x in sides_of(side)},
                    [Evidence(a, b, self.written[a:b], m.section, "checkbox.grid") for _side, a, b in column])
        if (keyed := self._row_side_key(m)) is not None:  # "LVL: C56   SIDE: R   DONE: Y"
            return sides_of(keyed.value), [self._ev(keyed)]
        anchors = [x for x in sent_mentions if x.category in ("LEVEL", "PROCEDURE", "NERVE")]
        grid = [s for s in sides if s.rule == "checkbox.grid" and s.start >= m.end
                and "\n" not in self.text[m.end : s.start]]  # the row's own boxes
        if grid:  # "L4-L5 | [x] | [x]" under "Level | Right | Left": every ticked column
            return {side for s in grid for side in sides_of(s.value)}, [self._ev(s) for s in grid]
        # "1\tT5 medial branch (superolateral corner of T6 TP)\tR\t22G ...": a table row's one side cell is its side
        row = self.text[slice(*self._sent_bounds(m.sent))]
        values = {s.value for s in sides}
        # (or a pipe table's: "C5 MB | Bilateral | waist of C5 pillar | 0.25 mL")
        if len(values) == 1 and "\n" not in row.strip() and (len(COLUMN_GAP.findall(row)) >= 2 or row.count("|") >= 2):
            return sides_of(values.pop()), [self._ev(sides[0])]
        # "the right L5 S one joint and then at the left L4-5": a side right before the mention is its own
        adjacent = any(s.end <= m.start and (rx("adjacent").fullmatch(self.text, s.end, m.start) or rx(
            "side_word_then_level").fullmatch(self.text, s.end, m.start)) for s in sides)
        for s in ([] if adjacent else sides):
            # ("Level(s): C5-6          Side: [ ] Right  [ ] Left  [x] Bilateral": the row's own side key, however far)
            keyed = "\n" not in self.text[m.end : s.start] and _SIDE_KEY.search(self.text, m.end, s.start) is not None
            if s.start < m.end or (s.start - m.end > _SIDE_REACH and not keyed):
                continue
            if any(a.category == "LEVEL" and m.end <= a.start < s.start and not self._apposition(m, a)
                   for a in anchors if a is not m):
                break
            if ";" in self.text[m.end : s.start]:
                break  # "right L4-5 RFA; left side next month"
            if any(x.category == "REPEAT" and m.end <= x.start and x.end <= s.start and _REPEAT_THEN.search(
                    self.text, m.end, x.start) and len(self.text[x.end : s.start]) <= 8 for x in sent_mentions):
                break  # "right L3-4 and L4-5 then same on the left": the repeat's side, not the levels'
            if rx("inline_item").search(self.text, m.end, s.start):
                break  # "... L4 5 and L5 S1   2. right SI jt injection": the next item's side
            if any(rx("side_leads").fullmatch(self.text, s.end, a.start) for a in anchors if a.start >= s.end):
                break  # "on the right at L2 ... and the sacral ala, and on the left at the L4 ...": the next one's
            if rx("side_after").search(self.text[max(m.end, s.start - 8) : s.start]):
                # "L3-4 on the right and L4-5 on the left", "(left)", "C4, C5 on the right and then on the left"
                return self._with_coordinated(s, sides, anchors)
            if s.text.lower().endswith("ly"):
                return sides_of(s.value), [self._ev(s)]  # "L4-5 bilaterally and L5-S1 on the left"
            if not self.text[m.end : s.start].strip() and self._sides_postposed(sides, anchors):
                return self._with_coordinated(s, sides, anchors)  # "(T12-L1 right and left, L1-2 right, ...)"
            # (not a procedure word past a comma: "C5 6 7 MBs LT, dx block #2")
            modifies_next = any(0 <= a.start - s.end <= 14 and ";" not in self.text[s.end : a.start] and (
                a.category == "LEVEL" or "," not in self.text[s.end : a.start]) for a in anchors)
            if not modifies_next:
                return self._with_coordinated(s, sides, anchors)  # "L4-L5  [X] R  [X] L": both
            break
        before = [s for s in sides if s.end <= m.start]
        if before and self._phrase_closed(before[-1], m, anchors):
            before = []
        if before:
            s = before[-1]
            out, ev = sides_of(s.value), [self._ev(s)]
            # "into the right and then the left C5-6 facet joints": sides joined before their level
            for prev in reversed(before[:-1]):
                if not rx("coordinated_sides").fullmatch(self.text, prev.end, s.start) or any(
                        prev.end <= a.start < s.start for a in anchors):
                    break
                if prev.value == "bilateral" and s.value != "bilateral":
                    break  # "... pillars on both sides and at the right C7 SAP": the right one alone
                if prev.text.endswith(".") and not self.text[prev.end : s.start].strip():
                    break  # "RFTC R>L. rt L4/5": a full stop ends the list of sides
                out |= sides_of(prev.value)
                ev.append(self._ev(prev))
                s = prev
            return out, ev
        # "the L4-5 and L5-S1 joints were injected with Kenalog on both sides": an adverbial side at the end of
        # the sentence applies to the levels before it that have none.
        for s in sides:
            if s.start < m.end:
                continue
            if any(0 <= a.start - s.end <= 14 for a in anchors) or any(
                    x.category == "SIDE" and m.end <= x.start < s.start for x in sent_mentions):
                break
            if s.text.lower().endswith("ly") or rx("on_the").search(self.text[max(m.end, s.start - 10) : s.start]):
                return sides_of(s.value), [self._ev(s)]
            break
        # "Left:\nC6, C7 and C8 medial branches": the side sub-header of the block the mention is in
        block = self._side_block(m.start)
        if block is not None:
            return sides_of(block.value), [self._ev(block)]
        # "the right side was addressed first. For each of the C5, C6 and C7 medial branches ...": the side the
        # note said it started on, while no other side has been named since
        if (first := self._side_first(m)) is not None:
            return sides_of(first.value), [self._ev(first)]
        # "LEFT SIDE: ... C3 was not targeted on this side": the side last named before the sentence
        if rx("this_side").search(self.text, *self._sent_bounds(m.sent)):
            named = [x for x in self.note.mentions if x.category == "SIDE" and x.end <= m.start
                     and x.value in ("right", "left", "bilateral") and not (x.historical or x.hypothetical)]
            if named:
                return sides_of(named[-1].value), [self._ev(named[-1])]
        return set(), []

    def _side_first(self, m: Mention) -> Mention | None:
        """The side of a "right side was addressed first" sentence before `m`'s, in the same paragraph, when it is
        the last side named before `m`."""
        named = [x for x in self.note.mentions if x.category == "SIDE" and x.end <= m.start and x.asserted
                 and x.value in ("right", "left")]
        if not named or named[-1].sent == m.sent:
            return None
        last = named[-1]
        start, end = self._sent_bounds(last.sent)
        if "\n\n" in self.text[last.end : m.start] or not rx("side_first").search(self.text, start, end):
            return None
        return last

    def _phrase_closed(self, s: Mention, m: Mention, anchors: list[Mention]) -> bool:
        """ "Bilateral C 5-6 and C 6-7 facet joint injections, and L4 5 facet joint injection": a procedure noun after
        the side's levels closes its phrase, and a level of another region after it starts a new one."""
        if m.category != "LEVEL":
            return False
        closing = [x for x in anchors if x.category == "PROCEDURE" and not x.meta.get("weak")
                   and s.end <= x.start and x.end <= m.start]
        if not closing:
            return False
        levels = [x for x in anchors if x.category == "LEVEL" and s.end <= x.start < closing[0].start]
        own = _regions(m)
        return bool(levels) and bool(own) and not own & {r for x in levels for r in _regions(x)}

    def _with_coordinated(self, s: Mention, sides: list[Mention], anchors: list[Mention]) -> tuple[
            set[str], list[Evidence]]:
        out, ev = sides_of(s.value), [self._ev(s)]
        for nxt in sides:
            if nxt.start <= s.start:
                continue
            gap = box_pattern().sub(" ", self.text[s.end : nxt.start])  # "[X] R  [X] L": boxes between sides
            gap = _YES_ANSWER.sub(" ", gap, count=1)  # "Right: Yes   Left: Yes": a side answered yes
            if not rx("coordinated_sides").fullmatch(gap) or any(
                    0 <= a.start - nxt.end <= 14 for a in anchors):
                break
            out |= sides_of(nxt.value)
            ev.append(self._ev(nxt))
            s = nxt
        return out, ev

    def _site_not_done(self, bounds: tuple[int, int]) -> None:
        """ "At the L5 dorsal ramus cannula, motor stimulation produced leg contraction ... no lesion was made at
        that site": the target named last before it as a site, in its paragraph and the two sentences before, is
        removed."""
        start = bounds[0]
        para = self.text.rfind("\n\n", 0, start)
        sent = next((x.sent for x in self.note.mentions if x.start >= start), None)
        if sent is None:
            return
        # (a target named as a site: "At the L5 dorsal ramus cannula", "the right L2 medial branch site")
        before = [x for x in self.note.mentions if x.category == "LEVEL" and para < x.start < start
                  and sent - 2 <= x.sent < sent and x.meta["zone"] == "body" and _SITE_AFTER.match(self.text, x.end)]
        if not before:
            return
        m = before[-1]
        # "At the right L2 medial branch site (L3 SAP-TP junction) ...": the side written before the target in its
        # sentence, else its side block's
        side = next((x for x in reversed(self.by_sent.get(m.sent, [])) if x.category == "SIDE" and x.value in (
            "right", "left") and x.end <= m.start), None) or self._side_block(m.start)
        self._removal(m, at=start, sides=sides_of(side.value) if side is not None else None)

    def _row_side_key(self, m: Mention) -> Mention | None:
        """The side keyed later on a level's own line ("LVL: C56   SIDE: R   DONE: Y"), when no other level comes
        between: a form row's side, though the key starts a sentence of its own."""
        if m.category != "LEVEL":
            return None
        line_end = self.text.find("\n", m.end)
        line_end = len(self.text) if line_end < 0 else line_end
        key = _SIDE_KEY.search(self.text, m.end, line_end)
        if key is None:
            return self._next_line_side_key(m, line_end)
        between = [x for x in self.note.mentions if m.end <= x.start < key.start() and x.category == "LEVEL"]
        side = next((x for x in self.note.mentions if x.category == "SIDE" and key.end() <= x.start < line_end
                     and not self.text[key.end() : x.start].strip()), None)
        return side if side is not None and side.asserted and not between else None

    def _next_line_side_key(self, m: Mention, line_end: int) -> Mention | None:
        """ "Level: L3-4\n Side: (o) Right ( ) Left ( ) Bilateral": a form's level line and the row of side options
        under it (the option ticked there)."""
        if not _LEVEL_KEY_LINE.fullmatch(self.text, self.text.rfind("\n", 0, m.start) + 1, m.start) or \
                self.text[m.end : line_end].strip():
            return None
        next_end = self.text.find("\n", line_end + 1)
        next_end = len(self.text) if next_end < 0 else next_end
        key = _SIDE_KEY_LINE.match(self.text, line_end + 1, next_end)
        # (a row of options, not a plain "Side: Bilateral" header key, which the body may narrow)
        if key is None or not box_pattern().search(self.text, key.end(), next_end):
            return None
        return next((x for x in self.note.mentions if x.category == "SIDE" and key.end() <= x.start < next_end
                     and x.asserted), None)

    def _apposition(self, m: Mention, a: Mention) -> bool:
        """ "TON (C2-3)   Right": a level in parentheses right after the mention names the same target."""
        return bool(_OPEN_PAREN.fullmatch(self.text, m.end, a.start)) and self.text[a.end :].lstrip().startswith(")")

    def collect_side_only(self) -> None:
        """Sentences with a side but no level: "repeated on the other side", "the left side was aborted"."""
        for mentions, bounds in self._clauses():
            if not any(x.category in ("LEVEL", "SIDE") for x in mentions) and all(
                    any(x.category == c and x.negated for x in mentions) for c in ("REGION", "NERVE")):
                # "No lumbar facet medial branch lesions." after an SI ablation: every facet procedure of the region
                self._region_not_done(mentions, facet_family=True)
                continue
            # (a clause with a level or a nerve target, "the left sacral ala target could not be reached", is
            # about that target; not "The identical procedure was then performed on the right side at the same three
            # medial branches", a repeat whose nerves name no level)
            targets = [x for x in mentions if x.category in ("LEVEL", "NERVE") and not self._names_a_root(x)]
            unnamed = all(x.category == "NERVE" and x.value not in ("third_occipital", "l5_dorsal_ramus")
                          for x in targets) and any(x.category == "REPEAT" and x.asserted for x in mentions)
            if targets and not unnamed:
                self._trailing_repeat(mentions)
                self._side_stopped(mentions, bounds)
                continue
            if rx("converted").search(self.text[bounds[0] : bounds[1]]) or (
                    mentions and self._guidance_switch(mentions[0].sent)):
                continue  # "could not be seen on either side, so ... completed under fluoroscopy" (or "... on
                # either side. Switched to the C-arm")
            # ... or "no R side blocks done": a negated statement that something was done
            # ... or "No thermal lesion on the left": a procedure said not done on a side
            clause = self.text[bounds[0] : bounds[1]]
            # (not "LEFT      Done   Not done", a header of columns)
            not_done = bool(rx("not_done").search(clause) and not DONE_HEADER.search(clause)) or any(
                x.category in ("PERFORMED", "ACTION", "PROCEDURE") and x.negated and not x.finding for x in mentions)
            if not_done:
                self._region_not_done(mentions)
                if not any(x.category == "SIDE" for x in mentions) and rx("that_site").search(self.text, *bounds):
                    self._site_not_done(bounds)
            # "The left side was not treated": negated as a statement of what was not done, i.e. a removal.
            sides = [s for s in mentions if s.category == "SIDE" and (not s.negated or not_done)]
            repeat_here = [x for x in mentions if x.category == "REPEAT" and x.asserted]
            if not sides and repeat_here and repeat_here[0].meta["zone"] in ("header", "body"):
                # "RIGHT:\nNeedles at the mirror-image targets": the repeat is on the block's side
                block = self._side_block(repeat_here[0].start)
                owner = self._last_before(repeat_here[0])
                # (only when the block names no targets of its own before the repeat: "LEFT: C4 and C5 only.
                # Same technique." keeps its own)
                same_paragraph = block is not None and "\n\n" not in self.text[block.end : repeat_here[0].start]
                own_targets = block is not None and any(
                    x.category in ("LEVEL", "NERVE") and block.end <= x.start < repeat_here[0].start
                    for x in self.note.mentions)
                if same_paragraph and not own_targets and owner is not None:
                    owner.repeat_sides.append(block.value)
            if not sides and not_done:
                sides = self._block_opening(mentions, bounds)
            if not sides:
                continue
            zone = sides[0].meta["zone"]
            if zone not in ("header", "body", "complications"):
                continue
            if zone == "body" and len(sides) == 1 and rx("all_done").search(self.text, *bounds):
                self._all_done_on(sides[0])  # "L: all 3 done."
                continue
            repeat = any(x.category == "REPEAT" and x.asserted for x in mentions)
            done_here = any(x.category in ("PERFORMED", "ACTION") and x.asserted and not self._denied_here(x)
                            for x in mentions)  # not "Not performed."
            # "Left RFA to be rescheduled": the procedure the sentence names, whatever its flags, else the last one
            named = [self.instances[n] for x in mentions if x.category == "PROCEDURE"
                     and (n := x.meta.get("name", x.meta.get("kind"))) in self.instances]
            if not named and any(x.category == "PROCEDURE" and not x.meta.get("weak") for x in mentions):
                continue  # "2. R SIJ inj - DEFERRED": the side of a procedure that is not one of this note's
            if not named and "radiofrequency_ablation" in self.instances and any(
                    x.category == "ACTION" and x.value == "lesion" for x in mentions) and not rx("pulsed").search(
                    self.text, *bounds):
                named = [self.instances["radiofrequency_ablation"]]  # "No thermal lesion was made on the left"
            owner = named[0] if named else self._last_before(sides[0])
            if owner is None:
                continue
            for s in sides:
                if rx("time_reference").search(self.text[max(0, s.start - 32) : s.start]):
                    continue  # "after the right side the patient became distressed": when, not what
                # (a side said of the symptoms, "pain is strictly left-sided", is not one said not to be done)
                # ("No lesion was made on the right side": the side of a clause that says nothing was done)
                unflagged_not_done = (not_done and not done_here and s.asserted and s.value in ("right", "left")
                                      and len({x.value for x in sides}) == 1)
                if rx("side_of_symptom").match(self.text, s.end) or rx("symptom_before_side").search(
                        self.text[max(0, s.start - 40) : s.start]):
                    continue  # "the patient's right buttock pain was gone", "similar pain on the left, never tested"
                # (a side planned for later may still be said not done today: "The left side was NOT performed and
                # will be scheduled separately")
                if (s.cancelled or (s.negated and not s.finding) or unflagged_not_done) and not (s.historical or (
                        s.hypothetical and not rx("side_not_done_after").match(self.text, s.end))):
                    # "Left neck and right low back not blocked": a side of one region
                    region = next((x for x in mentions if x.category == "REGION"
                                   and rx("adjacent").fullmatch(self.text, s.end, x.start)), None)
                    level = None if region is None else f"region:{region.value}"
                    owner.removals.append((level, sides_of(s.value), s.start))
                elif repeat and s.asserted and zone in ("header", "body"):
                    owner.repeat_sides.append(s.value)
                elif s.asserted and zone in ("header", "body") and s.value in ("right", "left") and done_here and (
                        rx("side_only_after").match(self.text, s.end)
                        or rx("side_only_before").search(self.text[max(0, s.start - 16) : s.start])):
                    # "Performed: right side only": the other side was not done
                    other = {"right", "left"} - {s.value}
                    owner.removals.append((None, other, s.start))

    def _side_stopped(self, mentions: list[Mention], bounds: tuple[int, int]) -> None:
        """ "... a needle at the right L3 medial branch, vasovagal episode ... the right side blocks were aborted": a
        clause with a level that also stops a whole side removes every target on that side."""
        stop = rx("side_stopped").search(self.text, *bounds)
        if stop is None:
            return
        side = next((s for s in mentions if s.category == "SIDE" and s.start == stop.start("side")), None)
        if side is None or side.historical or side.hypothetical or side.meta["zone"] not in ("header", "body"):
            return
        owner = self._last_before(side)
        if owner is not None:
            owner.removals.append(("side:all", sides_of(side.value), side.start))

    def _all_done_on(self, side: Mention) -> None:
        """ "Proc: B L3-4, L4-5, L5-S1 FJI / L: all 3 done.": the procedure's listed joints, done on that side."""
        owner = self._last_before(side)
        if owner is None or any(j[0].startswith("nerve:") for j in owner.joints):
            return  # (joints listed, not reached through nerves)
        listed = [j for j in owner.joints if j[4] and j[3] == "header"]
        for name, _, ev, _, _ in listed:
            owner.joints.append((name, sides_of(side.value), [*ev[:1], self._ev(side)], "body", True))

    def _trailing_repeat(self, mentions: list[Mention]) -> None:
        """ "needles at the T11, T12 and L1 medial branches on the right, then the same three nerves on the left": a
        repeat after the clause's last target, with a side of its own, adds that side to what was done."""
        targets = [x for x in mentions if x.category in ("LEVEL", "NERVE")]
        repeats = [x for x in mentions if x.category == "REPEAT" and x.asserted and x.start > targets[-1].start
                   and x.meta["zone"] in ("header", "body")]
        if not repeats:
            return
        after = [s for s in mentions if s.category == "SIDE" and s.asserted and s.start >= repeats[0].end
                 and s.start - repeats[0].end <= 30]
        # ("L4/5 and L5/S1 injections on the affected side, and the contralateral side as well": the side the
        # repeat follows)
        after = after or [s for s in mentions if s.category == "SIDE" and s.asserted and s.start > targets[-1].end
                          and 0 <= repeats[0].start - s.end <= 2][-1:]
        owner = self._last_before(repeats[0])
        if after and owner is not None:
            owner.repeat_sides.append(after[0].value)

    def _block_opening(self, mentions: list[Mention], bounds: tuple[int, int]) -> list[Mention]:
        """ "LEFT SIDE:\nNot performed. Whilst positioning ...": a not-done clause that opens a side's block, with
        no level or side of its own, is about that side."""
        block = self._side_block(bounds[0])
        header = rx("side_header").match(self.text, block.end) if block is not None else None
        if header is None or self.text[header.end() : bounds[0]].strip(" \t\r\n:-") or any(
                x.category in ("LEVEL", "NERVE", "PROCEDURE") for x in mentions):
            return []
        return [block]

    def _region_not_done(self, mentions: list[Mention], facet_family: bool = False) -> None:
        """ "Lumbar: NOT DONE." in a note with cervical and lumbar blocks: the region's joints were not done (by the
        procedure before it, or with `facet_family` by every facet-family procedure)."""
        # (not "after the cervical blocks the patient became lightheaded": when, not what)
        regions = [x for x in mentions if x.category == "REGION" and x.meta["zone"] in ("header", "body")
                   and not (x.historical or x.hypothetical or x.generic)
                   and not rx("time_reference").search(self.text[max(0, x.start - 32) : x.start])]
        if not regions or any(x.category in ("PROCEDURE", "SIDE") for x in mentions):
            return
        owners = [i for i in self.instances.values() if i.kind != "other"] if facet_family else [
            self._last_before(regions[0])]
        for owner in (o for o in owners if o is not None):
            owner.removals.extend((f"region:{x.value}", set(), x.start) for x in regions)

    def _clauses(self) -> list[tuple[list[Mention], tuple[int, int]]]:
        """Each sentence's clauses (split at semicolons) with their mentions: "IA R L3-4 & L4-5, fluoro ...; same
        on L" has a side-only clause after its levels."""
        out = []
        for sent, mentions in self.by_sent.items():
            start, end = self._sent_bounds(sent)
            cuts = [start]
            while (semi := self.text.find(";", cuts[-1], end)) >= 0:
                cuts.append(semi + 1)
            cuts.append(end)
            for a, b in pairwise(cuts):
                part = [x for x in mentions if a <= x.start < b]
                if part:
                    out.append((part, (a, b)))
        return out

    def unattached_sides(self, within: tuple[int, int] | None = None) -> set[str]:
        """Sides stated on their own (template "Side: Right", "the left side was prepped"), in the note or in
        one span of it (a form's per-procedure block)."""
        out: set[str] = set()
        for mentions in self.by_sent.values():
            has_level = any(x.category == "LEVEL" for x in mentions)
            for s in mentions:
                if s.category != "SIDE" or not self._usable(s) or s.value == "other":
                    continue
                if within is not None and not within[0] <= s.start < within[1]:
                    continue
                if any(x.category == "PROCEDURE" and x.meta.get("kind") == "other" and x.start >= s.end
                       and rx("adjacent").fullmatch(self.text, s.end, x.start) for x in mentions):
                    continue  # "right sacroiliac joint injection": the look-alike's side
                if rx("side_of_symptom").match(self.text, s.end):
                    continue  # "Post: ambulating, strength intact bilat LE": the limbs examined
                # "all levels bilateral except left L5-S1": a side said of every level, beside a level list.
                if not has_level or rx("all_levels").search(self.text[max(0, s.start - 20) : s.start]):
                    out |= sides_of(s.value)
        return out or (self._planned_sides() if within is None else set())

    def block_sides(self, inst: Instance, fallback: set[str]) -> set[str]:
        """The sides stated on their own in the form block that names the procedure, else the note's."""
        blocks = {self._block_of(x.start) for x in inst.mentions if x.category == "PROCEDURE"}
        if len(blocks) != 1 or None in blocks:
            return fallback
        return self.unattached_sides(blocks.pop()) or fallback

    def _planned_sides(self) -> set[str]:
        """ "Lt L3/4/5 MBB planned ... L3 + L4 MB done": with no side stated for what was done, the side of the
        plan it carries out (only when the note states no other side anywhere it counts)."""
        if any(s.category == "SIDE" and self._usable(s) and s.value != "other" for s in self.note.mentions):
            return set()
        sides: set[str] = set()
        for sent, mentions in self.by_sent.items():
            text = self.text[slice(*self._sent_bounds(sent))]
            if not rx("planned").search(text) or rx("future").search(text):
                continue  # "left RFA planned next month" is not today's plan
            for s in mentions:
                if s.category == "SIDE" and s.hypothetical and s.meta["zone"] in ("header", "body") and not (
                        s.negated or s.historical or s.cancelled or s.generic or s.finding):
                    sides.add(s.value)
        return sides_of(sides.pop()) if len(sides) == 1 else set()
