"""Guidance, intent and region words per procedure."""

from __future__ import annotations

import re
from functools import cached_property

from nlp.assembly.base import AssemblerBase, Instance, rx
from nlp.checkboxes import box_pattern
from nlp.facts import Evidence
from nlp.levels import parse_levels, region_of
from nlp.note import INTENT_SECTIONS, Mention

_ITEM_START = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]", re.M)  # "2. Prone. ..." / "2) Left L5-S1 facet joint injection"


class AttributeSteps(AssemblerBase):
    """Step 6 of `nlp.assembly`: guidance, intent and region."""

    def guidance(self, inst: Instance, region: str | None = None) -> tuple[str, list[Evidence]]:
        """The imaging a procedure was done under; with `region`, the one written beside that region's levels
        when the session treated two ("1. Right C5-6 facet injection, ultrasound guided 2. L4-5 and L5-S1 facet
        injections, fluoroscopic"), else the procedure's."""
        cands = self._guidance_candidates(inst)
        if region is not None:
            beside = [m for m in cands if {region_of(item.upper) for x in self.by_sent.get(m.sent, [])
                                           if x.category == "LEVEL" for item in parse_levels(x.text)} == {region}]
            if beside:
                return self._chosen_guidance(beside)
        # The guidance the procedure was converted to is the one it was done under, wherever it is said.
        converted = [m for m in cands if rx("converted_to").search(self.text[max(0, m.start - 40) : m.start])]
        own_sents = {m.sent for m in inst.mentions}
        near = [m for m in cands if m.sent in own_sents]
        return self._chosen_guidance(converted or near or cands)

    def _chosen_guidance(self, chosen: list[Mention]) -> tuple[str, list[Evidence]]:
        for value in ("ct", "fluoroscopy", "ultrasound", "none"):
            hits = [m for m in chosen if m.value == value]
            if hits:
                return value, [self._ev(hits[0])]
        return "none", []

    def _guidance_candidates(self, inst: Instance) -> list[Mention]:
        """The imaging statements that may say how this procedure was guided."""
        # "the ultrasound was abandoned and the procedure converted to fluoroscopy": the target of a conversion
        # was used, whatever cancellation its sentence states.
        cands = [m for m in self.note.mentions if m.category == "GUIDANCE" and (self._usable(m) or (
            m.cancelled and m.meta["zone"] in ("header", "body")
            and rx("converted_to").search(self.text[max(0, m.start - 40) : m.start])))]
        # "Sched: ... under ultrasound" ... "Landmark technique, no imaging": the body's guidance, not the booking's.
        cands = [m for m in cands if not m.meta.get("planned")] or cands
        # "L side aborted - vasovagal after R side ... fluoro": a procedure that was done (in part) was done under
        # the imaging written beside what was called off, when no other imaging is written.
        cands = cands or [m for m in self.note.mentions if m.category == "GUIDANCE" and m.cancelled
                          and not (m.negated or m.historical or m.hypothetical) and m.meta["zone"] in ("header", "body")
                          and not rx("imaging_denied").search(self.text, *self._sent_bounds(m.sent))]
        cands = [m for m in cands if m.value not in self._imaging_denied] or cands
        # "C-arm in Rm 4 down for service ... done by palpation": the machine written about was not used.
        cands = [m for m in cands if not any(a <= m.start < b for a, b in self._imaging_down)]
        # "1. SI joint injection under ultrasound. 2. Facet injections by landmark technique": each its own.
        if len(self.instances) > 1:
            cands = [m for m in cands if self._guidance_owner(m) in (inst, None)] or cands
        return cands

    def _guidance_owner(self, m: Mention) -> Instance | None:
        """The procedure an imaging statement is about, if its sentence or paragraph names one: "Fluoroscopy was
        used throughout the ablation" after a list of the session's procedures is about none in particular."""
        if any(x.category == "PROCEDURE" for x in self.by_sent.get(m.sent, [])) or self._by_paragraph(m) \
                or self._by_anchor(m):  # ("The right GON was then blocked by landmark technique")
            return self._owner_for(m)
        return None

    def intent(self, inst: Instance) -> tuple[str, str | None, list[Evidence]]:
        if inst.kind == "radiofrequency_ablation":
            return "therapeutic", "rule:intent.rfa_always", []
        own_sents = {m.sent for m in inst.mentions}
        # Relief testing after the block ("pain diary given") is usually written in the plan or disposition.
        cues = [
            m for m in self.note.mentions
            if m.category == "INTENT" and m.asserted
            and (m.section in INTENT_SECTIONS or (m.section == "plan" and m.meta.get("strength") == "testing"))
        ]
        # A statement in a sentence that names another procedure is about that one ("cervical: C6, C7, C8 MBB,
        # diagnostic block #1. Lumbar: L4-5 facet steroid injections").
        other_mentions = [m for i in self.instances.values() if i is not inst for m in i.mentions
                          if m.sent not in own_sents]
        stated = [m for m in cues if m.meta.get("strength") == "stated" and not self._other_in_clause(m, other_mentions)
                  and not self._other_region(inst, m) and not self._other_region_paragraph(inst, m)
                  and self._cue_procedure(m) in (None, inst.name)
                  and self._paragraph_owner(m) in (None, inst)]
        near = [m for m in stated if m.sent in own_sents]
        for group in (near, stated):
            values = {m.value for m in group}
            if len(values) == 1:
                return values.pop(), f"rule:{group[0].rule}", [self._ev(group[0])]
        testing = [m for m in cues if m.meta.get("strength") == "testing"]
        if inst.kind != "medial_branch_block" and "medial_branch_block" in self.instances:
            testing = []  # a pain diary in a note with blocks and another procedure is about the blocks
        # A drug counts for the procedure its sentence belongs to ("80 mg Depo-Medrol" into the epidural space
        # says nothing about the medial branch blocks of the same session).
        drugs = [m for m in self.note.mentions if m.category == "DRUG" and m.meta["zone"] in ("header", "body")
                 and m.asserted and not m.skin and self._owner_for(m) in (inst, None)
                 and self._numbered_owner(m) in (inst, None)]
        drugs = [d for m in drugs for d in (self._same_as(m) if m.value == "same" else [m])]
        steroid = [m for m in drugs if m.value == "steroid"]
        local = [m for m in drugs if m.value == "local"]
        if steroid and testing:
            return "unknown", None, []
        if steroid:
            return "therapeutic", f"rule:{steroid[0].rule}", [self._ev(steroid[0])]
        if testing:
            return "diagnostic", f"rule:{testing[0].rule}", [self._ev(testing[0])]
        if local:
            return "diagnostic", "rule:intent.local_only", [self._ev(local[0])]
        return "unknown", None, []

    @cached_property
    def _imaging_denied(self) -> set[str]:
        """The imaging the note says was not used, wherever written (once per note, not per procedure):
        "Amendment: Fluoroscopy box checked in error. No fluoroscopy was used" (not an unticked option, "[ ]
        Fluoroscopic guidance was used" on a form); "No fluoroscopy used - template default left in above": the
        denial stands beside the template's default."""
        denied = set()
        for m in self.note.mentions:
            if m.category == "GUIDANCE" and rx("box_in_error").match(self.text, m.end):
                denied.add(m.value)  # "Correction - the fluoroscopy box was checked in error."
                continue
            if not (m.category == "GUIDANCE" and (m.negated or m.cancelled) and not m.historical
                    and m.meta["zone"] in ("header", "body")):
                continue
            bounds = self._sent_bounds(m.sent)
            if (m.hypothetical and not rx("template_default").search(self.text, *bounds)) or not rx(
                    "imaging_denied").search(self.text, *bounds) or box_pattern().search(self.text, *bounds):
                continue
            denied.add(m.value)
        return denied

    @cached_property
    def _imaging_down(self) -> list[tuple[int, int]]:
        """Where the note says an imaging machine was out of use (once per note, not per procedure)."""
        return [(u.start(), u.end()) for u in rx("imaging_unavailable").finditer(self.text)]

    def _numbered_owner(self, m: Mention) -> Instance | None:
        """ "Procedures: 1. Genicular RFA 2. Left L5-S1 facet joint injection ... Details: 1. ... lidocaine 1 mL
        each": a numbered paragraph of details is about the procedure listed under the same number above it."""
        items = list(_ITEM_START.finditer(self.text, 0, m.start))
        if not items or "\n\n" in self.text[items[-1].start() : m.start]:
            return None
        number, item_start = items[-1].group(1), items[-1].start()
        listed = next((x for x in reversed(items[:-1]) if x.group(1) == number), None)
        if listed is None:
            return None
        line_end = self.text.find("\n", listed.end())
        line_end = len(self.text) if line_end < 0 else line_end
        if line_end >= item_start:
            return None
        named = [x.meta.get("name", x.meta.get("kind")) for x in self.note.mentions
                 if x.category == "PROCEDURE" and listed.end() <= x.start < line_end]
        return next((self.instances[n] for n in named if n in self.instances), None)

    def _other_in_clause(self, m: Mention, others: list[Mention]) -> bool:
        """Whether another procedure is named in the cue's clause: "The facet joint received bupivacaine only, as a
        diagnostic injection; all of the Kenalog went to the transforaminal epidural injection" keeps the cue."""
        same = [x for x in others if x.sent == m.sent]
        return any(";" not in self.text[min(x.end, m.end) : max(x.start, m.start)] for x in same)

    def _cue_procedure(self, m: Mention) -> str | None:
        """ "an intra-articular steroid injection; the joint above with diagnostic medial branch blocks": a stated
        intent belongs to the procedure named nearest to it in its sentence, when that is one of the note's."""
        named = [x for x in self.by_sent.get(m.sent, []) if x.category == "PROCEDURE"
                 and x.meta.get("name", x.meta.get("kind")) in self.instances]
        for x in named:  # "diagnostic medial branch blocks", "MBB #1": the cue is part of the procedure's name
            gap = self.text[m.end : x.start] if x.start >= m.end else self.text[x.end : m.start]
            if len(gap) <= 25 and not any(c in gap for c in ",;.:()"):
                return x.meta.get("name", x.meta.get("kind"))
        if len({x.meta.get("name", x.meta.get("kind")) for x in named}) < 2:
            return None
        nearest = min(named, key=lambda x: min(abs(x.start - m.end), abs(m.start - x.end)))
        return nearest.meta.get("name", nearest.meta.get("kind"))

    def _paragraph_owner(self, m: Mention) -> Instance | None:
        """ "PROCEDURE ONE, C5-6 MEDIAL BRANCH BLOCKS ... This is a diagnostic block." then "PROCEDURE TWO, L5-S1
        FACET JOINT INJECTION ... methylprednisolone": a statement in a paragraph that names only one of the note's
        procedures is about that one."""
        return self._by_paragraph(m) if len(self.instances) > 1 else None

    def _other_region(self, inst: Instance, m: Mention) -> bool:
        """ "(a) right neck pain, first diagnostic block": with procedures in two regions, a statement whose
        sentence names only the region of the other one is about that one."""
        if len(self.instances) < 2:
            return False
        own = {region_of(name.removeprefix("nerve:")) for name, *_ in inst.joints} - {None}
        said = {x.value for x in self.by_sent.get(m.sent, []) if x.category == "REGION"}
        return bool(own and said) and not own & said

    def _other_region_paragraph(self, inst: Instance, m: Mention) -> bool:
        """ "... right C3, C4 and C5 articular pillars ... No steroid was used because this is a diagnostic block.":
        with procedures in two regions, a statement in a paragraph whose levels are all in the other one's region
        is about that one."""
        if len(self.instances) < 2:
            return False
        own = {region_of(name.removeprefix("nerve:")) for name, *_ in inst.joints} - {None}
        start = self.text.rfind("\n\n", 0, m.start)
        end = self.text.find("\n\n", m.end)
        end = len(self.text) if end < 0 else end
        regions = {region_of(item.upper) for x in self.note.mentions
                   if x.category == "LEVEL" and start <= x.start < end and self._usable(x)
                   for item in parse_levels(x.text)} - {None}
        return bool(own and regions) and not own & regions

    def _same_as(self, m: Mention) -> list[Mention]:
        """ "0.5 mL of the same mixture at each": the drugs of the last sentence before it that names any."""
        named = [x for x in self.note.mentions if x.category == "DRUG" and x.value in ("steroid", "local")
                 and x.end <= m.start and x.meta["zone"] in ("header", "body") and x.asserted and not x.skin]
        return [x for x in named if x.sent == named[-1].sent] if named else []

    def region_words(self, inst: Instance) -> str | None:
        own_sents = {m.sent for m in inst.mentions}
        regions = [m for m in self.note.mentions if m.category == "REGION" and self._usable(m)]
        near = [m for m in regions if m.sent in own_sents] or regions
        values = {m.value for m in near}
        if len(values) == 1:
            return values.pop()
        return None
