"""Levels: each level, nerve or joint-naming mention added to its procedure as a joint or a nerve (bony
landmarks read as the nerve that lies there), or recorded as a removal when the note says it was not done."""

from __future__ import annotations

import re

from nlp.assembly.base import NERVE_PROCEDURES, AssemblerBase, Instance, rx, sides_of
from nlp.facts import Evidence
from nlp.levels import (
    joint_between,
    joint_index,
    joints_supplied_by,
    nerve_at_landmark,
    parse_levels,
    region_of,
    spoken_as_digits,
)
from nlp.note import CANCEL_SECTIONS, Mention

_NERVE_AFTER = re.compile(r"\s{0,3}(?:medial?\s+branch|mbs?\b|dorsal\s+ram)", re.I)  # "C3 / C4 medial branch blocks"
_BLOCK_AFTER = re.compile(r"\s{0,3}(?:mbbs?\b|facet\s+(?:nerve\s+)?blocks?\b)", re.I)  # "L3-S1 MBB"
_SPACED_PAIR = re.compile(r"[CTLS]\d{1,2}(?:\s+|\s+/\s+)[CTLS]\d{1,2}")  # "L3 L4", "C3 / C4"
_SLASHED_PAIR = re.compile(r"[CTLS]\d{1,2}\s*/\s*[CTLS]\d{1,2}")  # "C3/C4"
_ROOT_AFTER = re.compile(r"\s+(?:distribution|dermatom|myotom|nerve\s+root|root)", re.I)
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")
_OPPOSITE = {"right": "left", "left": "right"}
_FOR_BEFORE = re.compile(r"\b(?:TPs?|SAPs?|process(?:es)?|junctions?|pillars?|ala)\s+for\s+(?:the\s+)?$", re.I)
_RESPECTIVELY = re.compile(r"respectively", re.I)
_SIDE_WORD = re.compile(r"\b(?:right|left|rt|lt|r|l)\b")  # the sides of a pair, "right and left"


class LevelSteps(AssemblerBase):
    """Step 3 of `nlp.assembly`: level, nerve and landmark mentions to joints, nerves and removals."""

    def collect_levels(self) -> None:
        for m in self.note.mentions:
            if m.category not in ("LEVEL", "NERVE", "PROCEDURE"):
                continue
            if m.category == "PROCEDURE" and not (m.meta.get("joints") or m.meta.get("nerves")):
                continue  # only "lumbosacral facet joint" / "third occipital nerve block" name a level themselves
            if m.category == "NERVE" and m.value not in ("third_occipital", "l5_dorsal_ramus"):
                continue
            zone = m.meta["zone"]
            in_cancel_zone = m.section in CANCEL_SECTIONS or zone in ("header", "body")
            # "The left L2 and L3 medial branches were NOT treated", "No lesion was made at the left L5 DR".
            sent_text = self.text[slice(*self._sent_bounds(m.sent))]
            not_done = bool(rx("not_done").search(sent_text)) and (m.negated or self._sole_subject(m)) and not (
                m.meta.get("affirmed"))  # a grid row's "NOT lesioned" cell is about its own column's side
            # "At the C5 position ... lesioning at that level was abandoned"
            stopped = rx("that_level_stopped").search(sent_text)
            not_done = not_done or (stopped is not None and m.category == "LEVEL" and self._sole_subject(m))
            # ("was listed as an option but was not performed": said not done, whatever else it was)
            hypothetical = m.hypothetical and not (not_done and m.negated)
            if (m.cancelled or not_done) and in_cancel_zone and not (m.historical or hypothetical or m.generic):
                if not self._guidance_switch(m.sent) and not self._obstacle(m):
                    self._removal(m)
                continue
            if not self._usable(m):
                continue
            # ("bilat 4-5" is a pair of lumbar joints only beside the procedure it is for)
            if m.rule in ("level.bare_pairs", "level.bare_pairs_spoken") and not any(
                    x.category == "PROCEDURE" for x in self.by_sent.get(m.sent, [])):
                continue
            owner = self._owner_for(m)
            if m.category == "PROCEDURE":
                name = m.meta.get("name", m.meta.get("kind"))
                owner = self.instances.get(name) or (owner if m.meta.get("absorbed") else None)
            if owner is None:
                continue
            self._add_levels(owner, m)
            if m.category == "LEVEL" and m.meta["zone"] == "body" and self._said_only(m):
                sides, _ = self._side_for(m, self.by_sent.get(m.sent, []))
                joints = {j for item in parse_levels(m.text) if item.kind == "joint" for j in item.joints()}
                if joints:
                    owner.only.append((joints, set(sides), m.start))
        self._same_levels()
        self._corrections()
        self._done_instead()

    def _done_instead(self) -> None:
        """ "The TON site received pulsed radiofrequency, with no thermal lesion there": the targets of a sentence
        that says one procedure was done and another was not are not the other's."""
        for mentions in self.by_sent.values():
            procs = [x for x in mentions if x.category == "PROCEDURE" and x.meta["zone"] in ("header", "body")
                     and not (x.historical or x.hypothetical or x.generic or x.finding)]
            denied = {n for x in procs if x.negated and (n := x.meta.get("name", x.meta.get("kind"))) in self.instances}
            done = {n for x in procs if x.asserted and (n := x.meta.get("name", x.meta.get("kind"))) in self.instances}
            if not denied or not done - denied:
                continue
            for m in mentions:
                if m.category in ("LEVEL", "NERVE") and m.asserted and (
                        m.category == "LEVEL" or m.value in ("third_occipital", "l5_dorsal_ramus")):
                    for name in denied - done:
                        self._removal(m, self.instances[name])
                # "The procedure was a LEFT SACROILIAC JOINT injection, not an L5-S1 facet injection": the level
                # of the procedure denied is taken back from it
                elif m.category == "LEVEL" and m.negated and not (m.historical or m.hypothetical):
                    after = next((x for x in procs if x.start >= m.end), None)
                    name = after.meta.get("name", after.meta.get("kind")) if after is not None else None
                    if after is not None and after.negated and name in denied - done:
                        self._removal(m, self.instances[name])

    def _corrections(self) -> None:
        """ "ADDENDUM: correction to the cervical portion: the injections were on the LEFT (left C5-6 and C6-7), not
        the right": the joints a correction states replace those said before it in the same region; "the levels
        above are NOT the levels injected" withdraws them."""
        if "facet_injection" in self.instances and (denied := rx("facet_injection_denied").search(self.text)):
            # "No facet joint was injected." (after a correction to a look-alike): what was named before it goes
            inst = self.instances["facet_injection"]
            inst.joints = [e for e in inst.joints if not (e[2] and e[2][0].start < denied.start())]
        if not (rx("levels_retracted").search(self.text) or rx("correction").search(self.text)):
            return  # (most notes: no per-sentence search)
        for sent in range(len(self.note.sentences)):
            start, end = self._sent_bounds(sent)
            if rx("levels_retracted").search(self.text, start, end) and not any(
                    x.category in ("LEVEL", "NERVE") for x in self.by_sent.get(sent, [])):
                for inst in self.instances.values():  # "the levels above are NOT the levels injected"
                    inst.joints = [e for e in inst.joints if not (e[2] and e[2][0].start < start)]
                continue
            if not rx("correction").search(self.text, start, end):
                continue
            self._side_correction(sent, start)
            # "the levels injected were LEFT C6-7 and LEFT C7-T1, not T1-2": a joint the correction denies goes,
            # whatever region the corrected ones are in
            levels = [x for x in self.by_sent.get(sent, []) if x.category == "LEVEL"]
            denied = {joint_between(i.upper, i.lower) for x in levels if x.negated
                      for i in parse_levels(x.text) if i.kind == "joint"}
            # '"L3-S1" was carried forward from the order template': the levels it says were written wrongly
            miswritten = {x.start for x in levels if self._quoted(x) or rx("written_in_error_after").match(
                self.text, x.end)}
            # ... and so are the joints it names, wherever the note named them before ('"L3-4" was documented in
            # error' after "Procedure: bilateral L3-4 and L4-5 ...")
            denied |= {joint_between(i.upper, i.lower) for x in levels if x.start in miswritten
                       for i in parse_levels(x.text) if i.kind == "joint"}
            for inst in self.instances.values():
                inst.joints = [e for e in inst.joints if not e[2] or not (
                    (e[2][0].start < start and e[0] in denied) or e[2][0].start in miswritten)]
            for inst in self.instances.values():
                here = [name for name, _s, ev, _z, _e in inst.joints if ev and start <= ev[0].start < end]
                # (a lone nerve names no joint: "the C6 pillar could not be visualized ... switched to fluoroscopy")
                stated = {region_of(name.removeprefix("nerve:")) for name in here
                          if not name.startswith("nerve:") or sum(n.startswith("nerve:") for n in here) > 1}
                if stated:
                    inst.joints = [e for e in inst.joints if not (
                        e[2] and e[2][0].start < start and region_of(e[0].removeprefix("nerve:")) in stated)]

    def _side_correction(self, sent: int, start: int) -> None:
        """ "Correction: the blocks were performed on the LEFT side ... 'Right' above was carried over in error": a
        correction that states one side and no level moves everything said before it to that side."""
        mentions = self.by_sent.get(sent, [])
        # (the last side is the corrected one: "corrected from right to left", 'references to "right" should read
        # "left"')
        said = [x for x in mentions if x.category == "SIDE" and not x.historical]
        if not said or any(x.category in ("LEVEL", "NERVE") for x in mentions):
            return
        # "TPI location corrected - the trigger points were in the LEFT quadratus lumborum": about a look-alike only
        named = [x for x in mentions if x.category == "PROCEDURE"]
        if named and all(x.meta.get("kind") == "other" for x in named):
            return
        # ("the LEFT quadratus lumborum, not the right": the side it denies is not the corrected one)
        said = [x for x in said if not x.negated] or said
        side = said[-1].value
        # '"Right" in the note above was a dictation error': a side quoted alone in a correction is the wrong one.
        # ... and so is one the correction says was written wrongly ("the title above incorrectly read LEFT", "the
        # left side was carried over from a template").
        if len(said) == 1 and (self._quoted(said[0]) or rx("wrong_side_named").search(
                self.text[max(0, said[0].start - 40) : said[0].start]) or rx("written_in_error_after").match(
                self.text, said[0].end)):
            side = _OPPOSITE.get(side, side)
        if side not in ("right", "left", "bilateral"):
            return
        for x in self.note.mentions:
            if x.category == "SIDE" and x.start < start and x.value in ("right", "left", "bilateral") \
                    and x.value != side:
                x.negated = True  # the wrong side, wherever it was written before
        for inst in self.instances.values():
            inst.joints = [(name, sides_of(side) if ev and ev[0].start < start else s, ev, zone, explicit)
                           for name, s, ev, zone, explicit in inst.joints]

    def _quoted(self, m: Mention) -> bool:
        return self.text[m.start - 1 : m.start] in _QUOTES and self.text[m.end : m.end + 1] in _QUOTES

    def _same_levels(self) -> None:
        """ "s/p L MBB x2 (L3, L4 MB + L5 DR) -> today L RFA same nerves": a procedure with no level of its own,
        done at "the same levels" as an earlier mention, takes the levels of the last sentence before it that
        names some (with the side its own sentence gives, if any)."""
        for inst in self.instances.values():
            if inst.joints:
                continue
            for p in inst.mentions:
                if not rx("same_levels").search(self.text, *self._sent_bounds(p.sent)):
                    continue
                earlier = [x for x in self.note.mentions if x.category == "LEVEL" and x.start < p.start
                           and not (x.negated or x.cancelled)]
                if not earlier:
                    continue
                source = [x for x in earlier if x.sent == earlier[-1].sent]
                own_sides, own_ev = self._side_for(p, self.by_sent.get(p.sent, []))
                before = len(inst.joints)
                for x in source:
                    self._add_levels(inst, x)
                for k in range(before, len(inst.joints)):
                    level, sides, ev, _zone, explicit = inst.joints[k]
                    inst.joints[k] = (level, set(own_sides) or sides, [*ev, *own_ev], p.meta["zone"], explicit)
                break

    def _guidance_switch(self, sent: int) -> bool:
        """ "The L5 transverse process could not be visualized [under ultrasound]. Converted to fluoroscopy": what
        could not be seen is about the imaging that was given up, not a target left out."""
        for k in range(sent, sent + 4):
            bounds = self._sent_bounds(k)
            # (two sentences on, only a switch of imaging: "... could not be seen. One needle ... We therefore
            # abandoned ultrasound and brought in the C-arm")
            # (not "Instead, a right L5-S1 transforaminal epidural was done": another procedure, not other imaging)
            guidance = any(x.category == "GUIDANCE" for x in self.by_sent.get(k, []))
            other_procedure = any(x.category == "PROCEDURE" and x.asserted and x.meta.get("kind") == "other"
                                  for x in self.by_sent.get(k, []))
            if k in self.by_sent and rx("converted").search(self.text[bounds[0] : bounds[1]]) and (
                    guidance or k <= sent + 1) and not other_procedure:
                return True
        return False

    def _obstacle(self, m: Mention) -> bool:
        """ "The right L5 dorsal ramus could not be reached - an enlarged right L5 transverse process ... blocked every
        trajectory": after the nerve that was not reached, a bone named in the same sentence is the obstacle, not
        another target left out."""
        if m.category != "LEVEL":
            return False
        sent = self.by_sent.get(m.sent, [])
        if self._bound_to(m, sent) not in ("bone", "pillar"):
            return False
        return any(x.category == "LEVEL" and x.end <= m.start and x.cancelled
                   and self._bound_to(x, sent) in ("medial_branch", "dorsal_ramus") for x in sent)

    def _sole_subject(self, m: Mention) -> bool:
        """ "L1-2 facet was not thought to be the generator and was not injected": the only level of a sentence
        that says something was not done, with nothing in it said to be done, is what was not done."""
        sent = self.by_sent.get(m.sent, [])
        # (a root's territory, "twitching in the L5 distribution", is not a second subject)
        if m.category != "LEVEL" or [x for x in sent if x.category == "LEVEL" and not (
                x.finding and _ROOT_AFTER.match(self.text, x.end))] != [m] or any(
                x.category in ("ACTION", "PERFORMED") and x.asserted for x in sent):
            return False
        # "Right L4-5 facet injection ...; no injection was done on the left": a later clause with a side of its
        # own says what was not done on that side.
        start, end = self._sent_bounds(m.sent)
        clause = self.text.find(";", m.end, end)
        return clause < 0 or rx("not_done").search(self.text, start, clause) is not None or not any(
            x.category == "SIDE" and x.start > clause for x in sent)

    def _said_only(self, m: Mention) -> bool:
        """ "so only the right L3-4 joint was done today": the level is all that was done (on its side)."""
        line_start = max(self.text.rfind("\n", 0, m.start) + 1, m.start - 40)
        return bool(rx("levels_only_before").search(self.text[line_start : m.start])) and bool(
            rx("levels_only_after").match(self.text, m.end))

    def _nerve_context(self, owner: Instance, m: Mention) -> bool:
        sent = self.by_sent.get(m.sent, [])
        if any(x.category == "NERVE" for x in sent):
            return True
        return owner.name in NERVE_PROCEDURES

    def _add_levels(self, owner: Instance, m: Mention) -> None:
        sent = self.by_sent.get(m.sent, [])
        sides, side_ev = self._side_for(m, sent)
        zone = m.meta["zone"]
        ev = [self._ev(m), *side_ev]
        if m.meta.get("joints"):  # "lumbosacral facet joint"
            for joint in m.meta["joints"]:
                owner.joints.append((joint, set(sides), ev, zone, True))
            return
        if m.meta.get("nerves"):  # "third occipital nerve block"
            for nerve in m.meta["nerves"]:
                owner.joints.append(("nerve:" + nerve, set(sides), ev, zone, False))
            return
        if m.category == "NERVE":
            if owner.kind == "facet_injection":
                return  # "numbness after TON ablation" names no target of an intra-articular injection
            nerve = "TON" if m.value == "third_occipital" else "L5"
            owner.joints.append(("nerve:" + nerve, set(sides), ev, zone, False))
            return
        nerve_ctx = self._nerve_context(owner, m)
        items = parse_levels(m.text)
        if not items:
            return
        if nerve_ctx and owner.joints and all(i.kind == "vertebra" for i in items) and rx("device_label").match(
                self.text, m.end):
            return  # "the T10 needle just cephalad to the screw", after the targets were named: where a needle is
        bound = self._bound_to(m, sent)
        landmark = bound if bound in ("bone", "pillar", "imaging") else None
        if landmark == "imaging":
            return  # "fluoroscopy squared to the T6-7 endplates": orientation, not a target
        if landmark and nerve_ctx and any(self._bound_to(x, sent) == "medial_branch" for x in sent
                                          if x.category == "LEVEL"):
            return  # "the L4 and L5 transverse processes (for the L3 and L4 medial branches)": a location
        if nerve_ctx and rx("location_for").match(self.text, m.end):
            return  # "junction of SAP and TP of the vertebra below each nerve - T12 for T11, L1 for T12": a location
        # Sides can change inside one expression ("right L4-5 and left L5-S1" is two mentions here,
        # but "L3-4 right, L4-5 left" is one): re-resolve per item when side words sit inside the span.
        inner_sides = [s for s in sent if s.category == "SIDE" and m.start <= s.start < m.end]
        # "The TON was blocked at the lateral C2-3 joint, and the C3 and C4 medial branches ...": C2-3 names the
        # TON's target. With other joints listed ("TON and C3, C4 RFA (C2-3 and C3-4 joints)") it is a joint list.
        joint_words = not any(x.category == "NERVE" for x in sent) and bool(
            rx("joint_words").search(self.text[slice(*self._sent_bounds(m.sent))]))
        other_joints = any(item.kind == "joint" and (item.upper, item.lower) != ("C2", "C3")
                           for x in sent if x.category == "LEVEL" and self._bound_to(x, sent) is None
                           for item in parse_levels(x.text))  # not "the C3/C4 pillars"
        ton_listed = any(x.category == "NERVE" and x.value == "third_occipital" for x in sent)
        # "MB L3/L4, L5 DR": a nerve word right before the pair
        nerve_before = any(x.category == "NERVE" and x.end <= m.start and rx("adjacent").fullmatch(
            self.text, x.end, m.start) for x in sent)
        ton_here = ton_listed and not other_joints
        # "B L4-5 MBB #1 (L3/L4 MB)": a parenthesis glossing a joint with its nerves lists vertebrae
        glossed = self.text[max(0, m.start - 2) : m.start].rstrip(" ").endswith("(") and bool(
            _NERVE_AFTER.match(self.text, m.end))
        # "the L3-4, L4-5 and L5-S1 facet joints -- right, right and left respectively": sides in the items' order
        respective = self._respective_sides(m, sent, len(items))
        # "(T12 TP for T11,\nL1 TP for T12)": the first of the list is the nerve the landmark before it is for
        for_first = landmark is not None and len(items) > 1 and bool(
            _FOR_BEFORE.search(self.text, max(0, m.start - 16), m.start))
        # A nerve read from where its needle lies cites that landmark: named nerves may overrule it (joints.py).
        sites = [x for x in sent if x.category == "LANDMARK"] if landmark in ("bone", "pillar") else []
        site_ev = [self._ev(min(sites, key=lambda x: abs(x.start - m.start)))] if sites else []
        for k, item in enumerate(items):
            item_sides = sides
            if inner_sides:
                prior = [s for s in inner_sides if s.start - m.start <= item.start]
                if prior:
                    item_sides = sides_of(prior[-1].value)
            if respective:
                item_sides = respective[k]
            item_ev = [Evidence(m.start + item.start, m.start + item.end,
                                self.written[m.start + item.start : m.start + item.end], m.section, m.rule), *side_ev]
            # (an intra-articular C2-3 injection is the joint itself)
            nerve_owner = owner.kind != "facet_injection"
            if item.kind == "joint" and f"{item.upper}-{item.lower}" == "C2-C3" and nerve_owner and (
                    ton_here or (len(items) == 1 and self._ton_blocked() and not other_joints)):
                # "identify the C2-3 joint" alone, in a note whose TON is blocked, is the TON's joint too (but
                # "Joints: right C2-C3 (TON) and right C3-C4" is a joint list).
                # "the third occipital nerve was blocked at the lateral C2-3 joint": the joint is the TON's
                # target, not an explicit joint list that would override the other nerves of the sentence.
                owner.joints.append(("nerve:TON", set(item_sides), item_ev, zone, False))
            elif item.kind == "joint" and nerve_ctx and all(i.kind == "vertebra" for i in items if i is not item) \
                    and self._two_vertebrae(self.written[m.start + item.start : m.start + item.end], landmark,
                                            "medial_branch" if _NERVE_AFTER.match(self.text, m.end) else bound,
                                            ton_listed or nerve_before or glossed):
                # (in a list of joints, "C 5-6, C 6-7 and C7 T1 medial branch targets", the pair is a joint too)
                # "the C3/C4 pillars", "the L4/L5 transverse processes", "L3 L4", "C3 / C4 medial branches"
                for v in (item.upper, item.lower):
                    nerve = nerve_at_landmark(v, landmark) if landmark else v
                    if nerve:
                        owner.joints.append(("nerve:" + nerve, set(item_sides), item_ev + site_ev, zone, False))
            elif item.kind == "joint":
                owner.joints.append((f"{item.upper}-{item.lower}", set(item_sides), item_ev, zone, True))
            elif item.kind == "range" and (not nerve_ctx or item.of_joints or joint_words or (
                    item.lower == "S1" and owner.kind == "medial_branch_block" and _BLOCK_AFTER.match(
                        self.text, m.end))):
                # ("bilat L3-S1 MBB": a range down to the sacrum names joints; no S1 medial branch is blocked)
                for joint in item.joints():
                    owner.joints.append((joint, set(item_sides), item_ev, zone, True))
            elif nerve_ctx:
                nerves = item.nerves()
                at_site = landmark is not None and not (for_first and k == 0)
                if at_site:
                    nerves = [n for n in (nerve_at_landmark(v, landmark) for v in nerves) if n]
                for nerve in nerves:
                    owner.joints.append(("nerve:" + nerve, set(item_sides), item_ev + (site_ev if at_site else []),
                                         zone, False))

    @staticmethod
    def _two_vertebrae(written: str, landmark: str | None, bound: str | None, nerve_list: bool = False) -> bool:
        """A pair written as two vertebrae that name two targets: "C3/C4" or "L4 L5" at a bony landmark, after the TON
        in a nerve list ("left TON and C3/C4 MBB"), right after a nerve word ("MB L3/L4") or glossing a joint before a
        nerve word ("L4-5 MBB (L3/L4 MB)"), or "L3 L4" (both region
        letters, a space or a spaced slash between) before a nerve word. "L4/5 MBB" and "L4-L5" stay joints."""
        written = spoken_as_digits(written)  # "L three L four medial branches"
        if landmark is not None:  # ("transverse process of L4 L5 and the sacral ala": two vertebrae)
            return "/" in written or bool(_SPACED_PAIR.fullmatch(written))
        if nerve_list and _SLASHED_PAIR.fullmatch(written):
            return True
        return bound == "medial_branch" and bool(_SPACED_PAIR.fullmatch(written))

    def _ton_blocked(self) -> bool:
        return any(self._usable(x) and ((x.category == "NERVE" and x.value == "third_occipital") or (
            x.category == "PROCEDURE" and "TON" in (x.meta.get("nerves") or ()))) for x in self.note.mentions)

    def _bound_to(self, m: Mention, sent: list[Mention]) -> str | None:
        """What a level expression names: "medial_branch" or another nerve value ("L3 and L4 medial branches",
        "medial branches of L3 and L4"), a bony target "bone" / "pillar" / "imaging" ("L4 and L5 transverse
        processes", "junction of the SAP and TP at L4"), or None. A level the words after it name wins over one
        it is "of" or "at"; "the L1 medial branch at the corresponding point on L2" makes L2 a location."""
        anchors = [x for x in sent if x.category in ("NERVE", "LANDMARK")]
        after = [x for x in anchors if x.start >= m.end and rx("adjacent").fullmatch(self.text, m.end, x.start)]
        if after:
            return after[0].value
        if _FOR_BEFORE.search(self.text, max(0, m.start - 16), m.start):
            return None  # "the T12 TP for T11": the level after "for" is the nerve the landmark is for
        before = [x for x in anchors if x.end <= m.start and rx("of_at").search(self.text[x.end : m.start])]
        if not before:
            # "the junction ... of L4 (for the L3 medial branches) and of L5": bound like the level it parallels
            prev = [y for y in sent if y.category == "LEVEL" and y.end <= m.start]
            # ("... of L four and L five": a list the recogniser wrote as separate levels binds like its first)
            listed = bool(prev) and bool(rx("list_joiner").fullmatch(self.text, prev[-1].end, m.start))
            parallel = bool(rx("parallel_of").search(self.text[max(0, m.start - 32) : m.start]))
            if parallel or listed:
                for y in reversed(prev if parallel else prev[-1:]):
                    kind = self._bound_to(y, sent)
                    if kind in ("bone", "pillar", "imaging"):
                        return kind
            if parallel and not prev:
                # "... junction of the right SAP and TP of L3. The same technique was repeated at the corresponding
                # junction on L4 and on L5": the landmark of the sentence before
                before = self.by_sent.get(m.sent - 1, [])
                last = [y for y in before if y.category == "LEVEL"][-1:]
                if last and self._bound_to(last[0], before) in ("bone", "pillar"):
                    return self._bound_to(last[0], before)
            # "(right T7, T8, T9; left T8, T9 transverse processes)": the other side's list names the landmark
            nxt = [y for y in sent if y.category == "LEVEL" and y.start >= m.end]
            if nxt and rx("side_list_joiner").fullmatch(self.text, m.end, nxt[0].start):
                kind = self._bound_to(nxt[0], sent)
                if kind in ("bone", "pillar"):
                    return kind
            return None
        x = before[-1]
        if x.category == "NERVE" and not rx("of_nerve").search(self.text[x.end : m.start]) and any(
                y.category == "LEVEL" and rx("adjacent").fullmatch(self.text, y.end, x.start) for y in sent):
            return "bone"  # the nerve has its own level; this one says where it lies
        return x.value

    def _respective_sides(self, m: Mention, sent: list[Mention], n: int) -> list[set[str]] | None:
        """One side per listed level, in order, when the sentence says "respectively" after them."""
        if n < 2:
            return None
        found = _RESPECTIVELY.search(self.text, m.end, self._sent_bounds(m.sent)[1])
        if found is None:
            return None
        word = found.start()
        sides: list[set[str]] = []
        for x in sent:
            if x.category == "SIDE" and m.end <= x.start < word and x.value in ("right", "left", "bilateral"):
                if x.rule == "side.bilateral.pair":  # "right, right and left": the pair is two of the list
                    sides += [{"right"} if w[0] == "r" else {"left"} for w in _SIDE_WORD.findall(x.text.lower())]
                else:
                    sides.append(sides_of(x.value))
        if len(sides) != n or any(x.category == "LEVEL" and m.end <= x.start < word for x in sent):
            return None
        return sides

    def _names_a_root(self, m: Mention) -> bool:
        """ "the L2 nerve root", "the L5 root": a level that names a spinal nerve root."""
        return m.category == "LEVEL" and any(
            x.category == "ANCHOR" and x.start >= m.end and rx("adjacent").fullmatch(self.text, m.end, x.start)
            and "root" in x.text.lower() for x in self.by_sent.get(m.sent, []))

    def _removal(self, m: Mention, owner: Instance | None = None, at: int | None = None,
                 sides: set[str] | None = None) -> None:
        """Levels `m` names, said not done (at `at`, the statement, when that is not where `m` is; on `sides` when
        the statement does not say them itself)."""
        if self._names_a_root(m):
            return  # "Given the proximity to the L2 nerve root, this site was not lesioned": anatomy, not a target
        owner = owner or self._owner_for(m)
        at = m.start if at is None else at
        if owner is None:
            # "Left C6-7 facet joint could not be accessed": the procedure words share the cancellation
            # ("The L5-S1 facet injection was listed as an option but was not performed": the option is the one)
            named = [x.meta.get("name", x.meta.get("kind")) for x in self.by_sent.get(m.sent, [])
                     if x.category == "PROCEDURE" and (x.cancelled or x.negated or (x.hypothetical and m.negated))
                     and not (x.historical or x.generic)]
            owner = next((self.instances[n] for n in named if n in self.instances), None)
        if owner is None:
            return
        sent = self.by_sent.get(m.sent, [])
        if sides is None:
            sides, _ = self._side_for(m, sent, removal=True)
        if m.category == "NERVE":  # "the left sacral ala target could not be reached": the L5 dorsal ramus
            nerve = "TON" if m.value == "third_occipital" else "L5"
            for joint in joints_supplied_by(nerve):
                owner.removals.append((joint, sides, at))
            return
        nerve_ctx = self._nerve_context(owner, m)
        if nerve_ctx and any(x is not m and x.category == "LEVEL" and (x.cancelled or x.negated) and any(
                item.kind == "joint" for item in parse_levels(x.text)) for x in sent):
            return  # "the left L3-4 joint was not fully denervated (L3 medial branch only)": the joint is the removal
        # "the needle at the left L3 transverse process ... so that target was abandoned": the L2 medial branch.
        bound = self._bound_to(m, sent)
        landmark = bound if bound in ("bone", "pillar", "imaging") else None
        if landmark == "imaging":
            return
        for item in parse_levels(m.text):
            if item.kind == "joint" or (item.kind == "range" and (not nerve_ctx or item.of_joints)):
                joints = item.joints()
            elif nerve_ctx:  # "left L5 dorsal ramus not performed": its joints were not fully blocked
                nerves = item.nerves()
                if landmark is not None:
                    nerves = [n for n in (nerve_at_landmark(v, landmark) for v in nerves) if n]
                joints = sorted({j for n in nerves for j in joints_supplied_by(n)}, key=joint_index)
            else:
                joints = []
            for joint in joints:
                owner.removals.append((joint, sides, at))
