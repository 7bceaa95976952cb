"""Procedure instances: from procedure nouns, from verbs with nerve or facet words, from nerve lists; which
instance a mention belongs to; whole-session cancellations; look-alikes absorbed."""

from __future__ import annotations

import re
from bisect import bisect_right

from nlp.assembly.base import (
    EPIDURAL_NAMES,
    FACET_KINDS,
    NERVE_PROCEDURES,
    SI_NAMES,
    AssemblerBase,
    Instance,
    rx,
    side_name,
    sides_of,
)
from nlp.facts import Joint
from nlp.keylines import LIST_ITEM
from nlp.levels import parse_levels, region_of
from nlp.note import Mention

_WORD = re.compile(r"[A-Za-z]{3,}")  # a word, not only numbers and units ("80 C x 90 s")
_SETTINGS_KEY = re.compile(r"\b(?:parameters?|settings?|protocol)\s*:\s*$", re.I)  # "Lesion parameters: 80 C x 90 s"
_KEY_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*:")  # "PROCEDURE PERFORMED:", "Procedures performed (CPT):"
# "facet denervation", "medial branch neurotomy": a name for ablating the nerve that says nothing of how
_GENERIC_DENERVATION = re.compile(
    r"(?:(?:facet|medial\s+branch|lumbar|cervical|thoracic|joint)\s+)*(?:denervations?|neurotomy|neurotomies|rhizotomy|"
    r"rhizotomies)", re.I)

# SI lateral branch procedures name the L5 dorsal ramus and sacral nerves: not medial branch blocks of their own.
_SI_NERVE_WORK = tuple(name for name in SI_NAMES if "lateral_branch" in name)


class ProcedureSteps(AssemblerBase):
    """Steps 2 and 6 of `nlp.assembly`: procedure instances, mention ownership, cancellations, absorption."""

    def _action_procedures(self) -> None:
        """ "The right L3 and L4 medial branches were blocked", "I injected the right L3-S1 facets": a verb with
        nerve or facet words names the procedure when no procedure noun does in that sentence."""
        lookalike = any(x.category == "PROCEDURE" and x.meta.get("kind") == "other" and self._usable(x)
                        for x in self.note.mentions)
        rfa_named = any(x.category == "PROCEDURE" and x.meta.get("kind") == "radiofrequency_ablation"
                        and self._usable(x) for x in self.note.mentions)
        for sent, mentions in list(self.by_sent.items()):
            # "Confirmatory block of the left L3, L4 medial branches": the noun "block" is matched as a
            # reference to the procedure, and names it here.
            actions = [x for x in mentions if self._usable(x) and (
                (x.category == "ACTION" and not x.skin)  # not "the skin was anesthetized"
                or (x.category == "PROCREF" and x.text.lower().startswith("block")))]
            if not actions or any(x.category == "PROCEDURE" and not x.meta.get("weak") and not x.meta.get(
                    "title_only") and self._usable(x) for x in mentions):
                continue
            bounds = self._sent_bounds(sent)
            words = self.text[bounds[0] : bounds[1]].lower()
            nerves = any(x.category == "NERVE" for x in mentions)
            levels = any(x.category == "LEVEL" for x in mentions)
            if not (nerves or levels) and not rfa_named and any(
                    x.category == "ACTION" and x.value == "lesion" for x in actions):
                # "... cannulae at the L3 and L4 medial branches. Each site was ... lesioned at 80 C": the lesion
                # names the procedure of the targets before it in its paragraph (after the stimulation tests).
                para = self.text.rfind("\n\n", 0, bounds[0])
                # (the whole paragraph: a dictation hard-wrapped into one-line fragments has many sentences)
                previous = [x for k in range(sent) for x in self.by_sent.get(k, []) if x.start > para]
                # (or their bony targets: "cannulae ... at the junction of the SAP and TP of L3, L4 and L5")
                nerves = any(x.category in ("NERVE", "LANDMARK") and self._usable(x) for x in previous)
            rank = {"lesion": 0, "block": 1, "inject": 2}
            action = min(actions, key=lambda x: rank.get(x.value if x.category == "ACTION" else "block", 3))
            value = action.value if action.category == "ACTION" else "block"
            kind = None
            if value == "lesion" and (nerves or levels):
                kind = "radiofrequency_ablation"
            elif value in ("block", "inject") and nerves:
                kind = "medial_branch_block"
            elif value == "inject" and levels and ("facet" in words or "joint" in words or not (
                    lookalike or any(x.category == "ANCHOR" and self._usable(x) for x in mentions))):
                # "L3-4 was injected on the right": with no other procedure in the note, the joint is the target
                # (not "a needle at the left L5 foramen ... was injected": a look-alike's own target).
                kind = "facet_injection"
            if kind is None:
                continue
            synthetic = Mention("PROCEDURE", f"proc.{kind}.action", action.start, action.end, action.text, sent,
                                action.section, {**action.meta, "kind": kind, "name": kind, "action": True})
            synthetic.meta.pop("value", None)
            self.note.mentions.append(synthetic)
            mentions.append(synthetic)

    def _nerve_only_procedure(self) -> None:
        """ "T11/T12/L1 MB lt, fluoro. lido 2% only ... block #2": nerves with levels and a drug or a block, and
        no procedure named anywhere (a weak "facet" naming where the pain is does not count), are medial branch
        blocks."""
        named = [x for x in self.note.mentions
                 if x.category == "PROCEDURE" and self._usable(x) and not x.meta.get("weak")]
        # (a look-alike done too, "three trigger points were injected", leaves medial branches named with levels a
        # block of their own; an L5 dorsal ramus alone may be an SI lateral branch procedure's)
        lookalikes_only = all(x.meta.get("kind") == "other" and x.meta.get("name") not in NERVE_PROCEDURES
                              and x.meta.get("name") not in _SI_NERVE_WORK for x in named)
        if named and not lookalikes_only:
            return
        cue = any(self._usable(x) and (x.category in ("DRUG", "ACTION") or (
            x.category == "PROCREF" and x.text.lower().startswith("block"))) for x in self.note.mentions)
        for sent, mentions in self.by_sent.items():
            nerves = [x for x in mentions if x.category == "NERVE" and self._usable(x) and x.value in (
                ("medial_branch",) if named else ("medial_branch", "dorsal_ramus", "third_occipital"))]
            if cue and nerves and any(x.category == "LEVEL" and self._usable(x) for x in mentions):
                n = nerves[0]
                kind = "medial_branch_block"
                synthetic = Mention("PROCEDURE", f"proc.{kind}.nerves", n.start, n.end, n.text, sent, n.section,
                                    {**n.meta, "kind": kind, "name": kind, "action": True})
                synthetic.meta.pop("value", None)
                self.note.mentions.append(synthetic)
                mentions.append(synthetic)
                return

    def collect_procedures(self) -> None:
        self._action_procedures()
        self._nerve_only_procedure()
        named = [m for m in self.note.mentions if m.category == "PROCEDURE" and self._usable(m)
                 and not (m.meta.get("title_only") and m.meta["zone"] != "header")]
        # A named facet or nerve procedure makes "into the L4-5 facet" / "(L4-5 facet)" narrative, not a new one.
        strong_facet = any(not m.meta.get("weak") and (
            m.meta.get("kind") in FACET_KINDS or m.meta.get("name") in NERVE_PROCEDURES) for m in named)
        for m in named:
            if m.meta.get("weak") and strong_facet:
                m.meta["absorbed"] = True  # "into the facet joint" narrates a procedure named elsewhere
                continue
            kind = m.meta["kind"]
            name = m.meta.get("name", kind)
            inst = self.instances.setdefault(name, Instance(name, kind))
            inst.mentions.append(m)
        # A generic epidural word ("epidural space", "Tuohy") belongs to the specific epidural the note names.
        if any(n in self.instances for n in ("transforaminal_epidural", "caudal_epidural")):
            il = self.instances.get("interlaminar_epidural")
            if il and all(m.meta.get("generic") for m in il.mentions):
                del self.instances["interlaminar_epidural"]
        # "a 22-gauge spinal needle advanced into the joint with a loss of resistance": the feel of entering the
        # facet joint of a named facet procedure, not an epidural
        il = self.instances.get("interlaminar_epidural")
        if il and strong_facet and all(m.meta.get("generic") and rx("joint_words").search(
                self.text, *self._sent_bounds(m.sent)) for m in il.mentions):
            for m in il.mentions:
                m.meta["absorbed"] = True  # (nor does it claim the levels of its sentence)
            del self.instances["interlaminar_epidural"]
        if any(n in self.instances for n in ("si_lateral_branch_block", "si_lateral_branch_rfa")):
            si = self.instances.get("sacroiliac_joint_injection")
            if si and all(m.meta.get("generic") for m in si.mentions):
                del self.instances["sacroiliac_joint_injection"]
        # Weak facet mentions ("into the ... facet") narrate a look-alike's landmark when a look-alike is named.
        if "facet_injection" in self.instances and all(
            m.meta.get("weak") for m in self.instances["facet_injection"].mentions
        ) and any(n in self.instances for n in EPIDURAL_NAMES + SI_NAMES):
            del self.instances["facet_injection"]
        self._drop_denied()

    def _split_thermal_pulsed(self, joints: dict[str, list[Joint]]) -> None:
        """A joint side both procedures reached is the one whose own title names it ("2. Left TON pulsed RF (left
        C2-3)"), else the RFA's ("cannulae at L4, L5 and the ala, each side; right thermal, left pulsed")."""
        def named_by(name: str) -> set[str]:
            sents = {m.sent for m in self.instances[name].mentions}
            said = [x for x in self.note.mentions if x.sent in sents]
            out = {f"{item.upper}-{item.lower}" for x in said if x.category == "LEVEL"
                   for item in parse_levels(x.text) if item.kind == "joint"}
            if any(x.category == "NERVE" and x.value == "third_occipital" for x in said):
                out.add("C2-C3")
            return out

        pulsed_named = named_by("pulsed_radiofrequency") - named_by("radiofrequency_ablation")
        thermal = {(j.level, s) for j in joints["radiofrequency_ablation"] for s in sides_of(j.side)}
        pulsed = {(j.level, s) for j in joints["pulsed_radiofrequency"] for s in sides_of(j.side)}
        for name, lose in (("radiofrequency_ablation", {p for p in thermal & pulsed if p[0] in pulsed_named}),
                           ("pulsed_radiofrequency", {p for p in thermal & pulsed if p[0] not in pulsed_named})):
            kept = []
            for j in joints[name]:
                left = {s for s in sides_of(j.side) if (j.level, s) not in lose}
                if not sides_of(j.side):
                    kept.append(j)
                elif left:
                    j.side = side_name(left)
                    kept.append(j)
            if kept:
                joints[name] = kept

    def _drop_denied(self) -> None:
        """ "PROCEDURE: Bilateral L4-5 RFA" ... "No radiofrequency lesioning today": a procedure the note says was
        not done (a sentence with no level or side, so about the whole procedure) is dropped unless it is named
        as done after that."""
        for m in self.note.mentions:
            # ("The medial branch blocks were aborted and will be rebooked" with nothing said done beside it)
            called_off = m.category == "PROCEDURE" and m.cancelled and not any(
                x.category in ("PERFORMED", "ACTION") and x.asserted for x in self.by_sent.get(m.sent, [])) \
                and rx("called_off").match(self.text, m.end, self._sent_bounds(m.sent)[1]) is not None
            if m.category not in ("PROCEDURE", "ACTION") or not (m.negated or called_off) or m.historical \
                    or m.hypothetical or m.generic:
                continue
            if m.category == "ACTION" and m.value != "lesion":
                continue  # "No radiofrequency lesioning was performed" denies the RFA
            name = "radiofrequency_ablation" if m.category == "ACTION" else m.meta.get("name", m.meta.get("kind"))
            inst = self.instances.get(name)
            if inst is None or m.meta["zone"] not in ("header", "body") or any(
                    x.category in ("LEVEL", "SIDE", "REGION") or (
                        x.category == "NERVE" and x.value in ("third_occipital", "l5_dorsal_ramus"))
                    for x in self.by_sent.get(m.sent, [])) \
                    or rx("one_site").search(self.text, *self._sent_bounds(m.sent)):
                continue  # about one level, side, region or site ("No thermal lesion was made in the neck", "No
                # thermal lesion of the TON")
            if m.negated and not called_off and not self._negates_procedure(m):
                continue  # "No steroid was given with the facet nerve blocks": the negation is about the steroid
            block = self._side_block(m.start)
            if block is not None and block.value in ("right", "left"):
                # "LEFT: pulsed RF 42 deg C ... No local, no thermal lesion.": not done on the block's side only
                inst.removals.append((None, sides_of(block.value), m.start))
                continue
            if not any(x.start > m.start for x in inst.mentions):
                del self.instances[name]

    def _owner_for(self, m: Mention) -> Instance | None:
        """The procedure a level mention belongs to."""
        # "the right L5-S1 foramen": a look-alike's anatomy written right after the level claims it first.
        for x in self.by_sent.get(m.sent, []):
            if x.category == "ANCHOR" and x.start >= m.end and rx("adjacent").fullmatch(self.text, m.end, x.start):
                owner = self._anchor_owner(x)
                if owner is not None:
                    return owner
        # A procedure merely negated ("[ ] RF ablation" on a checkbox line) does not claim the levels.
        same = [p for p in self.by_sent.get(m.sent, []) if p.category == "PROCEDURE" and p is not m
                and (p.asserted or not p.negated or p.historical or p.hypothetical or p.cancelled)]
        # "Right T7, T8 and T9 medial branches lesioned ... (two prior positive thoracic MBBs)": an aside about
        # another time, in parentheses, does not claim the levels outside it.
        same = [p for p in same if p.asserted or not self._aside_apart(p, m)]
        # "bupivacaine for MBB; Kenalog for SI joint": a procedure in the same clause first.
        clause = [p for p in same if ";" not in self.text[min(p.end, m.end) : max(p.start, m.start)]]
        same = clause or same
        # "C6, C7, C8 medial branch blocks (C6-7 and C7-T1 facet joints)": the facet words narrate the named one.
        naming = [p for p in same if not (p.meta.get("absorbed") or (
            p.meta.get("title_only") and p.meta["zone"] != "header"))]
        # "needles were placed to the medial branches supplying the right L3-4 and L4-5 facet joints": facet words
        # that only narrate, in a sentence about nerves, do not claim its levels for the intra-articular injection
        nerves_here = any(x.category == "NERVE" for x in self.by_sent.get(m.sent, []))
        same = naming or ([] if nerves_here and "facet_injection" in self.instances else same)
        if same:
            # "TPI: After the RFA, taut bands ... were found by palpation": a procedure that labels its sentence
            # owns it, however near another one is named.
            label = [p for p in same if self.text[p.end : p.end + 3].lstrip(" \t").startswith(":")
                     and not self.text[self._sent_bounds(p.sent)[0] : p.start].strip()]
            nearest = label[0] if label else min(same, key=lambda p: min(abs(p.start - m.end), abs(m.start - p.end)))
            if not nearest.asserted:
                return None  # "prior L4-5 RFA", "imaging showed ... L4-5": the level shares that context
            name = nearest.meta.get("name", nearest.meta.get("kind"))
            if name in self.instances and self._usable(nearest):
                return self.instances[name]
            if not (nearest.meta.get("title_only") or nearest.meta.get("weak") or nearest.meta.get("absorbed")):
                return None  # belongs to a procedure outside this encounter's sections
        return (self._by_block(m) or self._by_side_block(m) or self._by_facet_nerve(m) or self._by_named_joint(m)
                or self._by_side(m) or self._by_paragraph(m) or self._by_anchor(m) or self._by_region(m)
                or self._last_before(m))

    def _denervation_in_name_only(self) -> bool:
        """Every RFA mention is a general name ("facet denervation") and no lesion is made anywhere."""
        return all(_GENERIC_DENERVATION.fullmatch(m.text) for m in self.instances["radiofrequency_ablation"].mentions) \
            and not any(x.category == "ACTION" and x.value == "lesion" and self._usable(x) for x in self.note.mentions)

    def _aside_apart(self, p: Mention, m: Mention) -> bool:
        """Whether `p` sits in a parenthesis of its sentence that `m` is not in."""
        start = self._sent_bounds(p.sent)[0]
        opened = self.text.rfind("(", start, p.start)
        if opened < 0 or ")" in self.text[opened : p.start]:
            return False
        closed = self.text.find(")", p.end)
        return closed >= 0 and not opened < m.start < closed

    def _by_block(self, m: Mention) -> Instance | None:
        """ "--- PROCEDURE 2 ---\nProcedure: Cervical medial branch block\nSide: Left\nJoints: C3-C4, C4-C5": in a
        form with a block per procedure, a level belongs to the one procedure its block names."""
        block = self._block_of(m.start)
        if block is None or len(self.instances) < 2:
            return None
        names = {x.meta.get("name", x.meta.get("kind")) for x in self.note.mentions
                 if x.category == "PROCEDURE" and block[0] <= x.start < block[1] and self._usable(x)
                 and not x.meta.get("weak")} & set(self.instances)
        return self.instances[names.pop()] if len(names) == 1 else None

    def _by_side_block(self, m: Mention) -> Instance | None:
        """ "RIGHT: cannulae to the right L3 and L4 medial branches ... thermal RF lesions\nLEFT: ... Pulsed RF only":
        a level in a side's block belongs to the one procedure that block names (thermal on one side, pulsed on the
        other)."""
        thermal_and_pulsed = {"radiofrequency_ablation", "pulsed_radiofrequency"} <= set(self.instances)
        block = self._side_block(m.start) if thermal_and_pulsed else None
        if block is None:
            return None
        end = next((h.start for h in self._side_headers() if h.start > block.start), len(self.text))
        names = {x.meta.get("name", x.meta.get("kind")) for x in self.note.mentions
                 if x.category == "PROCEDURE" and block.start <= x.start < end and self._usable(x)
                 and not x.meta.get("weak")} & set(self.instances)
        return self.instances[names.pop()] if len(names) == 1 else None

    def _by_facet_nerve(self, m: Mention) -> Instance | None:
        """ "Greater occipital nerve  R ... / Third occipital nerve (C2-3)  R  fluoroscopy": a facet joint's nerve
        (medial branch, dorsal ramus, TON) belongs to the one procedure on such nerves, not to a look-alike named
        nearer."""
        if len(self.instances) < 2:
            return None
        sent = self.by_sent.get(m.sent, [])
        if not (m.category == "NERVE" or (m.category == "LEVEL" and any(x.category == "NERVE" for x in sent))):
            return None
        owners = [inst for inst in self.instances.values() if inst.name in NERVE_PROCEDURES]
        return owners[0] if len(owners) == 1 and len(owners) < len(self.instances) else None

    def _by_named_joint(self, m: Mention) -> Instance | None:
        """ "1. Bilateral L5-S1 facet injections 2. Bilateral L3-4 and L4-5 MBB ... L5-S1: needle into each joint": with
        several procedures, a joint only one of them has named so far, restated without a procedure, is its."""
        if m.category != "LEVEL" or len(self.instances) < 2:
            return None
        items = parse_levels(m.text)
        if not items or any(item.kind != "joint" for item in items):
            return None
        wanted = {joint for item in items for joint in item.joints()}
        owners = [inst for inst in self.instances.values()
                  if wanted <= {name for name, _s, _ev, _z, explicit in inst.joints if explicit}]
        return owners[0] if len(owners) == 1 else None

    def _by_side(self, m: Mention) -> Instance | None:
        """ "1. RFA of the right T5-T7 MBs 2. MBB, left T6 and T7 ... Left: needles to the T7 and T8 TPs": with two
        facet procedures on different sides so far, a level on one of those sides belongs to that side's one."""
        facet = [i for i in self.instances.values() if i.kind in FACET_KINDS]
        if m.category != "LEVEL" or len(facet) < 2:
            return None
        sides, _ = self._side_for(m, self.by_sent.get(m.sent, []))
        if not sides or len(sides) > 1:
            return None
        owners = [i for i in facet if self._instance_sides(i) == sides]
        return owners[0] if len(owners) == 1 else None

    def _instance_sides(self, inst: Instance) -> set[str]:
        """The sides of a procedure's joints so far, else of its own words ("here for right lumbar radiofrequency
        ablation and a left-sided medial branch block")."""
        sides = {s for e in inst.joints for s in e[1]}
        if inst.joints:
            return sides
        for p in inst.mentions:
            if p.category == "PROCEDURE":
                sides |= self._side_for(p, self.by_sent.get(p.sent, []))[0]
        return sides

    def _by_region(self, m: Mention) -> Instance | None:
        """With several procedures, a level in the region only one of them has reached so far belongs to it
        ("1) right C5 and C6 MBB 2) bilateral L5-S1 RFA ... 1) Cervical: needles to the C5 and C6 pillars")."""
        if m.category != "LEVEL" or len(self.instances) < 2:
            return None
        items = parse_levels(m.text)
        regions = {region_of(item.upper) for item in items}
        if len(regions) != 1:
            return None
        region = regions.pop()
        owners = [inst for inst in self.instances.values()
                  if (inst.kind in FACET_KINDS or inst.name in NERVE_PROCEDURES)
                  and any(region_of(name.removeprefix("nerve:")) == region for name, *_ in inst.joints)]
        return owners[0] if len(owners) == 1 else None

    def _by_paragraph(self, m: Mention) -> Instance | None:
        """With several procedures, a level in a paragraph that names (or lesions for) only one of them belongs to
        it: "1. right C3-5 RFA 2. right TON pulsed RF ... cannulas at the C3, C4 and C5 pillars ... thermal lesions
        were made" is the RFA's, though the pulsed RF was named last."""
        if len(self.instances) < 2:
            return None
        start = self.text.rfind("\n\n", 0, m.start)
        end = self.text.find("\n\n", m.end)
        start, end = (0 if start < 0 else start), (len(self.text) if end < 0 else end)
        # "A. Bilateral lumbar medial branch blocks ... Diagnostic (first block).\nB. Left C5-6 ... with steroid":
        # in a lettered or numbered list, the item is the paragraph.
        items = [i.start() for i in LIST_ITEM.finditer(self.text, start, end)]
        if len(items) > 1:
            before = [i for i in items if i <= m.start]
            after = [i for i in items if i > m.start]
            start, end = (before[-1] if before else start), (after[0] if after else end)
        # "Facet: prone, ... Injected 40 mg Depo-Medrol ...\nTPI: taut bands ...": lines led by a procedure and a
        # colon split a paragraph the same way.
        labels = [x for x in self.note.mentions if x.category == "PROCEDURE" and start <= x.start < end
                  and self.text[x.end : x.end + 2].lstrip(" \t").startswith(":")
                  and not self.text[self.text.rfind("\n", 0, x.start) + 1 : x.start].strip()]
        if len(labels) > 1 and labels[0].start <= m.start:
            label = [x for x in labels if x.start <= m.start][-1]
            name = label.meta.get("name", label.meta.get("kind"))
            if name in self.instances:
                return self.instances[name]
        names = set()
        for x in self.note.mentions:
            if not start <= x.start < end or not self._usable(x):
                continue
            if x.category == "PROCEDURE" and not (x.meta.get("weak") or x.meta.get("title_only")
                                                  or x.meta.get("generic")):  # not "loss of resistance"
                names.add(x.meta.get("name", x.meta.get("kind")))
            elif x.category == "ACTION" and x.value == "lesion":
                names.add("radiofrequency_ablation")
        names &= set(self.instances)
        if not names:
            # "Lumbar -- left L5-S1 facet joint: under fluoroscopy ...": the paragraph's label names its procedure
            # with a facet word alone
            line_end = self.text.find("\n", start + 2)
            colon = self.text.find(":", start, end if line_end < 0 else line_end)
            names = {x.meta.get("name", x.meta.get("kind")) for x in self.note.mentions
                     if x.category == "PROCEDURE" and start <= x.start < colon and self._usable(x)}
            names &= set(self.instances)
        return self.instances[names.pop()] if len(names) == 1 else None

    def _by_anchor(self, m: Mention) -> Instance | None:
        words = self.text[self._sent_bounds(m.sent)[0] : self._sent_bounds(m.sent)[1]].lower()
        # "The right L5-S1 foramen was accessed": a look-alike's anatomy claims the level for that procedure.
        anchors = [x for x in self.by_sent.get(m.sent, []) if x.category == "ANCHOR"]
        if anchors and "facet" not in words:
            for anchor in anchors:
                owner = self._anchor_owner(anchor)
                if owner is not None:
                    return owner
        nerve_words = any(
            x.category == "NERVE" and x.value != "third_occipital" for x in self.by_sent.get(m.sent, [])
        )
        nerve_procedures = [n for n in NERVE_PROCEDURES if n in self.instances]
        if nerve_words and nerve_procedures:
            return self._prefer_last(m, nerve_procedures)
        if "facet" in words or "joint" in words:
            if "facet_injection" in self.instances:
                return self.instances["facet_injection"]
        return None

    def _anchor_owner(self, anchor: Mention) -> Instance | None:
        name = anchor.meta["name"]
        names = [name] + (list(EPIDURAL_NAMES) if name in EPIDURAL_NAMES else list(SI_NAMES) if name in SI_NAMES
                          else [])
        return next((self.instances[n] for n in names if n in self.instances), None)

    def _prefer_last(self, m: Mention, names: list[str]) -> Instance | None:
        best: tuple[int, Instance] | None = None
        for name in names:
            inst = self.instances[name]
            before = [p.start for p in inst.mentions if p.start <= m.start]
            pos = max(before) if before else -1
            if best is None or pos > best[0]:
                best = (pos, inst)
        return best[1] if best else None

    def _last_before(self, m: Mention) -> Instance | None:
        if not self.instances:
            return None
        return self._prefer_last(m, list(self.instances))

    def cancelled_encounter(self) -> bool:
        """ "The procedure was cancelled", "no injection was performed": a statement about the whole session
        (no level or side in the sentence) that stops every procedure named in this note."""
        if rx("note_void").search(self.text):
            return True  # "This note was pre-charted ... and signed in error. Please void the associated charges."
        used_guidance = [x for x in self.note.mentions if x.category == "GUIDANCE" and self._usable(x)]
        # (and the sentences with no mention at all that deny anything was given: "... Will reschedule once BP
        # controlled. No needle placed.")
        silent = {bisect_right(self.note.sentences, (m.start(), len(self.text))) - 1
                  for m in rx("nothing_injected").finditer(self.text)} - set(self.by_sent)
        for sent in sorted({*self.by_sent, *silent}):
            mentions = self.by_sent.get(sent, [])
            if any(x.category in ("LEVEL", "SIDE", "REGION") or (x.category == "PERFORMED" and x.asserted
                                                         and not self._denied_here(x)) for x in mentions):
                continue  # about one level, side or region ("After the cervical injections ... we stopped"), or says
                # something was done after all (not "NOT performed")
            if rx("one_site").search(self.text, *self._sent_bounds(sent)):
                continue  # "No injection at this site": a denial about one site, not the whole session
            if rx("nothing_more").search(self.text, *self._sent_bounds(sent)):
                continue  # "(No additional procedure performed with this addendum.)": something was, before
            if rx("converted").search(self.text[slice(*self._sent_bounds(sent))]) or len(
                    {x.value for x in mentions if x.category == "GUIDANCE"}) > 1:
                continue  # "ultrasound was abandoned and the procedure was converted to / done under fluoroscopy"
            if any(x.category == "GUIDANCE" and x.value not in (g.value, "none")
                   for x in mentions for g in used_guidance):
                continue  # "No injection was made under ultrasound" in a note done under fluoroscopy (but "cannot be
                # safely performed without imaging, the procedure was cancelled" names no other modality)
            if (self._nothing_given(mentions) or rx("nothing_injected").search(self.text, *self._sent_bounds(sent))) \
                    and not self._done_elsewhere(sent):
                return True  # "No steroid or local anesthetic was injected into the joint or elsewhere."
            for x in mentions:
                if x.category != "PROCREF" or x.meta["zone"] not in ("header", "body", "complications"):
                    continue
                if x.historical or x.hypothetical or x.generic:
                    continue
                if x.cancelled or (x.negated and self._negates_procedure(x)):
                    side = self._side_block(x.start)
                    if side is None:
                        if self._done_elsewhere(sent):
                            continue  # "0.5 mL lidocaine was injected at each right-sided target ... procedure
                            # stopped": what was done stays; the rest is removed where the note says so
                        return True
                    # "LEFT SIDE:\nProcedure aborted: [x] Yes": only that side stops; what the block says was done
                    # before the stop stays ("the left L4-5 joint was entered ... The procedure was stopped").
                    if any(y.category == "ACTION" and self._usable(y) and not y.skin and side.start <= y.start < x.start
                           for y in self.note.mentions):
                        continue
                    # "RIGHT: ... intravascular pattern. The injection was stopped. The needle was redirected ...
                    # bupivacaine was then injected there": the side went on after the stop.
                    if any(y.category == "ACTION" and self._usable(y) and not y.skin and y.start > x.start
                           and self._side_block(y.start) is side for y in self.note.mentions):
                        continue
                    for inst in self.instances.values():
                        inst.removals.append((None, sides_of(side.value), x.start))
        return False

    @staticmethod
    def _nothing_given(mentions: list[Mention]) -> bool:
        """A sentence denying that anything was injected, local anaesthetic included ("No steroid or local
        anesthetic was injected"): an injection or block that gave no anaesthetic was not done. ("No steroid was
        injected" alone says nothing about the anaesthetic of a diagnostic block.)"""
        return any(x.category == "ACTION" and x.value == "inject" and x.negated and not x.skin for x in mentions) and \
            any(x.category == "DRUG" and x.value == "local" and x.negated and not x.skin for x in mentions)

    def _done_elsewhere(self, sent: int) -> bool:
        """Another sentence says something was injected, blocked or lesioned, or that a named procedure or level
        was done ("right L4-L5 and L5-S1 medial branch blocks completed")."""
        for other, mentions in self.by_sent.items():
            if other == sent or rx("not_done").search(self.text[slice(*self._sent_bounds(other))]):
                continue  # (not "Nothing was injected", whose verb the negation overlaps)
            for x in mentions:
                if not self._usable(x):
                    continue
                # (not bare settings, "Lesion parameters: 80 C x 90 s", which a template fills in before the case)
                # ("nothing injected, procedure paused ... resumed ... 0.3 mL 2% lidocaine per site": a dose after it)
                dosed = other > sent and x.category == "DRUG" and x.meta["zone"] == "body" and not x.skin and rx(
                    "dose").search(self.text, *self._sent_bounds(other)) is not None
                acted = dosed or x.category == "ACTION" and not x.skin and not (
                    _SETTINGS_KEY.search(self.text, self.text.rfind("\n", 0, x.start) + 1, x.start)
                    and not _WORD.search(x.text))
                # ("PROCEDURE PERFORMED: Bilateral L4-L5 and L5-S1 RF neurotomy" is a heading's key, not a statement)
                if acted or (x.category == "PERFORMED" and not _KEY_AFTER.match(self.text, x.end) and any(
                        y.category in ("PROCEDURE", "LEVEL") and self._usable(y) for y in mentions)):
                    return True
        return False

    def _negates_procedure(self, ref: Mention) -> bool:
        """ "No injection was performed", "the procedure was not done" — not "no steroid was used for these
        blocks" or "no pneumothorax; post-procedure vitals", where the negation is about something else."""
        start, end = self._sent_bounds(ref.sent)
        before = self.text[start : ref.start]
        return bool(rx("negation_next_to").search(before) or rx("not_done").search(self.text[start:end])
                    or rx("key_none").match(self.text, ref.end))  # "PROCEDURE: None. Patient declined."

    def absorb(self, joints: dict[str, list[Joint]]) -> None:
        names = set(self.instances)
        # Local anaesthetic at the RF targets is part of the RFA: an MBB adds only joints/sides the RFA lacks.
        for rf in ("radiofrequency_ablation", "pulsed_radiofrequency"):
            if rf in names and "medial_branch_block" in names:
                mbb = self.instances["medial_branch_block"]
                covered = {(j.level, s) for j in joints[rf] for s in sides_of(j.side) or {None}}
                extra = [j for j in joints["medial_branch_block"]
                         if any((j.level, s) not in covered for s in sides_of(j.side) or {None})]
                # Blocks on a side where nothing was lesioned are a procedure of their own ("right RFA; left
                # diagnostic MBB"), even when no title names them.
                rf_sides = {s for j in joints[rf] for s in sides_of(j.side)}
                own_side = any(sides_of(j.side) - rf_sides for j in extra) and bool(rf_sides)
                # ... and so are blocks in a region where nothing was lesioned ("right C5-6 MBB; L5-S1 RFA")
                rf_regions = {region_of(j.level) for j in joints[rf]}
                own_side = own_side or (bool(rf_regions) and any(region_of(j.level) not in rf_regions for j in extra))
                if not (mbb.has_header_mention or own_side) or not extra:
                    if not joints[rf]:  # the nerves were named where the anaesthetic was described
                        joints[rf] = joints["medial_branch_block"]
                    del self.instances["medial_branch_block"]
                else:
                    joints["medial_branch_block"] = extra
                names = set(self.instances)
        if "pulsed_radiofrequency" in names and "radiofrequency_ablation" in names:
            # "pulsed radiofrequency ablation" is one procedure; thermal lesions on one side and pulsed RF on the
            # other are two.
            def pairs(name: str) -> set[tuple[str, str | None]]:
                return {(j.level, s) for j in joints[name] for s in sides_of(j.side) or {None}}

            def named_pairs(name: str) -> set[tuple[str, str | None]]:  # joints the note names for it
                return {(level, s) for level, sides, _ev, _zone, explicit in self.instances[name].joints
                        if explicit for s in sides or {None}}

            thermal_named, pulsed_named = named_pairs("radiofrequency_ablation"), named_pairs("pulsed_radiofrequency")
            two = bool(thermal_named and pulsed_named and thermal_named - pulsed_named)
            # "Thermal lesions at 80 C ..." in a sentence that is not about the pulsed treatment: both were done.
            pulsed_sents = {m.sent for m in self.instances["pulsed_radiofrequency"].mentions}
            two = two or any(x.category == "ACTION" and x.value == "lesion" and self._usable(x)
                             and x.sent not in pulsed_sents for x in self.note.mentions)
            if rx("all_pulsed").search(self.text):  # "All three lesions were PULSED ... no thermal lesion at any site"
                joints["pulsed_radiofrequency"] = joints["radiofrequency_ablation"] or joints["pulsed_radiofrequency"]
                del self.instances["radiofrequency_ablation"]
            elif not two and not pairs("radiofrequency_ablation") - pairs("pulsed_radiofrequency"):
                del self.instances["radiofrequency_ablation"]
            else:
                self._split_thermal_pulsed(joints)
        # The note's "denervation" (and any template RF wording) is the freezing or chemical one when it says no
        # RF was used ("No radiofrequency energy was used. The medial branches were treated with cryoneurolysis"),
        # or names the denervation only in general words and makes no lesion ("PROCEDURE PERFORMED: Right L4-5
        # facet denervation ... 6% aqueous phenol was injected at each site").
        other = next((n for n in ("cryoneurolysis", "chemical_neurolysis") if n in self.instances), None)
        if other is not None and "radiofrequency_ablation" in self.instances and (
                rx("no_thermal").search(self.text) or self._denervation_in_name_only()):
            joints[other] = joints[other] or joints["radiofrequency_ablation"]
            del self.instances["radiofrequency_ablation"]
            names = set(self.instances)
        # A nerve procedure with no facet joint in an SI-region note is the SI procedure's L5/sacral part.
        if any(n in names for n in SI_NAMES):
            for name in FACET_KINDS:
                if name in self.instances and not joints.get(name):
                    if name == "radiofrequency_ablation" and "si_lateral_branch_block" in self.instances:
                        inst = self.instances.pop("si_lateral_branch_block")
                        inst.name = "si_lateral_branch_rfa"
                        self.instances["si_lateral_branch_rfa"] = inst
                    del self.instances[name]
