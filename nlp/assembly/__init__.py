"""Assemble mentions into performed-procedure facts (pure Python; the rules of coding-rules.md sections 2-5).

The steps, in order:
1. keep mentions that are asserted (not negated, historical, planned, cancelled, generic or a finding) and lie
   in a section that describes this encounter (header: procedure title, impression; body: technique, ...);
   (checkbox forms, "planned ... R side done", documents that are not a procedure record are settled first);
2. procedure mentions become procedure instances, one per procedure name (a verb or a nerve list names one
   where no procedure noun does);
3. each level mention goes to the procedure mentioned in its sentence, else to the one its nerve or joint words
   point to, else to the procedure last mentioned;
4. sides distribute over lists; a side after a level applies back to it; "the same procedure on the other side"
   makes the joints bilateral; levels named by nerves become joints; a level naming a bony target ("the L4 and
   L5 transverse processes") is read as the nerve that lies there;
5. body joints win over header joints, explicit joints over nerve arithmetic (per region and side); levels or
   sides said not to be done are removed unless the body names them as done afterwards;
6. guidance, intent and region per procedure; look-alikes and the local anaesthetic before RF lesioning are
   absorbed where the rules say so.
"""

from __future__ import annotations

import re

from nlp.assembly.attributes import AttributeSteps
from nlp.assembly.base import rx
from nlp.assembly.joints import JointSteps
from nlp.assembly.levels import LevelSteps
from nlp.assembly.procedures import ProcedureSteps
from nlp.assembly.sides import SideSteps
from nlp.facts import Joint, Procedure
from nlp.levels import CERVICAL_THORACIC, LUMBAR_SACRAL, region_of
from nlp.note import Mention, Note

__all__ = ["assemble"]


class _Assembler(ProcedureSteps, LevelSteps, SideSteps, JointSteps, AttributeSteps):
    """One note's assembly: the steps above, in order."""

    def _document_title(self, done: bool) -> bool:
        """ "INFORMED CONSENT FOR PROCEDURE" as the first line, or as an upper-case title under a letterhead line
        or two ("LAKESHORE PAIN CENTER"); not "Informed consent obtained." opening a terse note's second line."""
        lines = [line.strip() for line in self.text.lstrip().splitlines()[:5] if line.strip(" \t-=*_")][:3]
        # (a note typed all in lower case has no capitals to set a title apart: a line that is not a sentence)
        caseless = not any(c.isupper() for c in self.text)
        # ("SUMMIT ORTHOPAEDIC & SPINE - PROCEDURE ORDER / SCHEDULING REQUEST": the part after the practice name)
        title = next((line for k, line in enumerate(lines) if (rx("not_a_procedure_title").match(line) or rx(
            "not_a_procedure_title").match(re.split(r"\s[-\u2013\u2014]\s", line)[-1])) and (
                k == 0 or line.upper() == line or caseless and not line.endswith("."))), None)
        if title is None:
            return False
        # "PRE-OP H&P ... PROCEDURE\nbilat L4 5 and L5 S1 facet jt injections ...": a procedure-day document whose
        # H&P comes first has the procedure's own section after it.
        after = self.text.find(title) + len(title)
        # ("PRE-PROCEDURE NURSING ASSESSMENT ... PHYSICIAN PROCEDURE NOTE": an ambulatory surgery record)
        if not done or not (any(start > after and category in ("procedure", "technique")
                                for start, _, category in self.note.section_spans)
                            or rx("procedure_record_heading").search(self.text, after)):
            return True
        # "ORDER - PROCEDURE REQUEST\nProcedure: Lumbar medial branch blocks ...": the procedure field is what is
        # ordered; only a procedure act written after the title makes it a record of one done.
        return bool(rx("ordering_title").search(title)) and not any(
            x.category == "ACTION" and self._usable(x) and not x.skin and x.start > after for x in self.note.mentions)

    def _about_a_procedure(self, x: Mention) -> bool:
        """An action, or a "performed" statement unless its sentence is about conservative care or earlier or later
        procedures and names no procedure or level of today ("She has completed six weeks of physical therapy" is
        not a procedure done)."""
        sentence = self.by_sent.get(x.sent, [])
        if x.category == "ACTION" or any(y.category in ("PROCEDURE", "LEVEL", "NERVE", "PROCREF") and self._usable(y)
                                         for y in sentence):
            return True
        # "He completed two diagnostic medial branch blocks ... on 09/29/2026": the procedures of its sentence are
        # in the past (or the future).
        if any(y.category in ("PROCEDURE", "PROCREF") and (y.historical or y.hypothetical) for y in sentence):
            return False
        return not rx("conservative_care").search(self.text, *self._sent_bounds(x.sent))

    def run(self) -> list[Procedure]:
        # "No procedure today"; an authorization request or a pre-op checklist (but not a procedure note with a
        # checklist section that goes on to say what was done).
        done = any(x.category in ("ACTION", "PERFORMED") and self._usable(x) and self._about_a_procedure(x)
                   for x in self.note.mentions)
        # "0.5 mL 0.5% bupivacaine at each target": a dose given in the account of the procedure.
        done = done or any(x.category == "DRUG" and x.meta["zone"] == "body" and x.asserted and not x.skin
                           and rx("dose").search(self.text, *self._sent_bounds(x.sent)) for x in self.note.mentions)
        # A first line ("REQUEST FOR PRIOR AUTHORIZATION") says what the whole document is, whatever its history
        # says was done.
        other_record = rx("not_a_procedure_record").search(self.text)
        titled = other_record is not None and "\n" not in self.text[: other_record.start()].lstrip()
        titled = titled or self._document_title(done)
        if rx("no_procedure_today").search(self.text) or (other_record and not done) or titled or rx(
                "claim_correspondence").search(self.text):
            return []
        self.collect_procedures()
        if not self.instances or self.cancelled_encounter():
            return []
        self.collect_levels()
        self.collect_side_only()
        fallback = self.unattached_sides()
        joints = {name: self.resolve_joints(inst, self.block_sides(inst, fallback))
                  for name, inst in self.instances.items()}
        self.absorb(joints)
        out: list[Procedure] = []
        for name, inst in sorted(self.instances.items(), key=lambda kv: kv[1].mentions[0].start):
            evidence = [self._ev(m) for m in inst.mentions]
            if inst.kind == "other" and name not in ("pulsed_radiofrequency", "chemical_neurolysis",
                                                     "cryoneurolysis"):
                guidance, g_ev = self.guidance(inst)
                out.append(Procedure("other", name, None, [], guidance, "unknown", None, None, evidence[:1] + g_ev))
                continue
            guidance, g_ev = self.guidance(inst)
            intent, source, i_ev = self.intent(inst)
            evidence = evidence + g_ev + i_ev
            found = joints.get(name, [])
            if not found and inst.joints and inst.removals and inst.kind != "other":
                continue  # "2) Bilateral L4-5 facet joint injections - NOT PERFORMED": every joint named was not done
            by_region: dict[str, list[Joint]] = {}
            for j in found:
                by_region.setdefault(region_of(j.level), []).append(j)
            if not by_region:
                by_region[self.region_words(inst) or ""] = []
            for region in (CERVICAL_THORACIC, LUMBAR_SACRAL, ""):
                if region in by_region:
                    own_guidance, own_evidence = guidance, evidence
                    if len(by_region) > 1 and region:  # each region under the imaging written beside it
                        own_guidance, own_ev = self.guidance(inst, region)
                        if own_guidance != guidance:
                            own_evidence = [e for e in evidence if e not in g_ev] + own_ev
                    out.append(Procedure(inst.kind, name, region or None, by_region[region], own_guidance, intent,
                                         source, None, own_evidence))
        return out


def assemble(note: Note) -> list[Procedure]:
    """Performed procedures, each with joints, sides, guidance, intent and the evidence behind them."""
    return _Assembler(note).run()
