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
from dataclasses import dataclass, field
from functools import cache

from nlp.facts import Evidence, Joint, Procedure
from nlp.levels import (
    CERVICAL_THORACIC,
    LUMBAR_SACRAL,
    joint_index,
    joints_from_nerves,
    joints_supplied_by,
    nerve_at_landmark,
    parse_levels,
    region_of,
)
from nlp.note import BODY_SECTIONS, CANCEL_SECTIONS, HEADER_SECTIONS, INTENT_SECTIONS, Mention, Note
from nlp.pipeline.rules import load_rule_file

FACET_KINDS = ("facet_injection", "medial_branch_block", "radiofrequency_ablation")
NERVE_PROCEDURES = ("medial_branch_block", "radiofrequency_ablation", "pulsed_radiofrequency", "chemical_neurolysis",
                    "cryoneurolysis")
SI_NAMES = ("sacroiliac_joint_injection", "si_lateral_branch_block", "si_lateral_branch_rfa")
EPIDURAL_NAMES = ("interlaminar_epidural", "transforaminal_epidural", "caudal_epidural")
# A procedure section longer than this is narrative, not a title line.
_TITLE_MAX_CHARS = 300
_SIDE_REACH = 40  # characters between a side word and the mention it attaches to
_ANAPHORA_REACH = 300  # a side-only "not done" this soon after a level's "not done" is about that level
# Phrase patterns around mentions (rules/assembly.json): _rx("not_done").search(...).



@cache
def _phrase_rules() -> dict[str, re.Pattern[str]]:
    return {r["id"].removeprefix("assembly."): re.compile(r["pattern"], re.I)
            for r in load_rule_file("assembly")["rules"]}


def _rx(name: str) -> re.Pattern[str]:
    return _phrase_rules()[name]


def _sides_of(value: str | None) -> set[str]:
    if value == "bilateral":
        return {"right", "left"}
    return {value} if value in ("right", "left") else set()


def _side_name(sides: set[str]) -> str | None:
    if sides >= {"right", "left"}:
        return "bilateral"
    return next(iter(sides)) if sides else None


@dataclass
class _Instance:
    name: str  # procedure name (kind for facet family)
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    # (joint, side set, evidence, zone, explicit)
    joints: list[tuple[str, set[str], list[Evidence], str, bool]] = field(default_factory=list)
    # (joint or None for every joint, sides, position of the statement)
    removals: list[tuple[str | None, set[str], int]] = field(default_factory=list)
    repeat_sides: list[str] = field(default_factory=list)

    @property
    def has_header_mention(self) -> bool:
        return any(m.meta.get("zone") == "header" for m in self.mentions)


class _Assembler:
    def __init__(self, note: Note) -> None:
        self.note = note
        self.text = note.text
        self.by_sent: dict[int, list[Mention]] = {}
        for m in note.mentions:
            m.meta = dict(m.meta)
            self.by_sent.setdefault(m.sent, []).append(m)
        for m in note.mentions:
            m.meta["zone"] = self._zone(m)
        self._planned_then_done()
        self.instances: dict[str, _Instance] = {}

    def _planned_then_done(self) -> None:
        """ "b/l L4-5 FJI planned. R side done under fluoro ...; L side aborted": in a note that goes on to say
        what was done, the planned procedure of this session is what was done (less what it says was not)."""
        done = [x for x in self.note.mentions if x.category in ("PERFORMED", "ACTION") and x.asserted
                and x.meta["zone"] in ("header", "body")]
        if not done or any(x.category == "PROCEDURE" and self._usable(x) and not x.meta.get("title_only")
                           for x in self.note.mentions):
            return  # nothing said to be done, or a procedure is named as done: that one was
        for sent, mentions in self.by_sent.items():
            text = self.text[slice(*self._sent_bounds(sent))]
            if not _rx("planned").search(text) or _rx("future").search(text):
                continue
            if not any(x.start > mentions[0].start for x in done):
                continue
            for m in mentions:
                if m.hypothetical and not (m.negated or m.historical or m.cancelled or m.generic or m.finding):
                    m.hypothetical = False

    # -- zones --------------------------------------------------------------------------------------
    def _section_length(self, m: Mention) -> int:
        for start, end, category in self.note.section_spans:
            if start <= m.start < end and category == m.section:
                return end - start
        return 0

    def _zone(self, m: Mention) -> str:
        section = m.section
        if section == "procedure" and self._section_length(m) > _TITLE_MAX_CHARS:
            section = "technique"
        if section in HEADER_SECTIONS:
            return "header"
        if section == "guidance" and m.category in ("LEVEL", "NERVE", "SIDE"):
            return "header"  # "Guidance: fluoroscopy (... TON at the C2-3 joint)": an aside, not the full account
        if section in BODY_SECTIONS:
            return "body"
        if section == "assessment_plan":
            # "A/P: ... we performed bilateral L4-5 facet injections today": only what is said to be done.
            performed = any(x.category == "PERFORMED" and x.asserted for x in self.by_sent[m.sent])
            return "body" if performed else "excluded"
        if section == "indication":
            return "indication"
        if section == "complications":
            return "complications"
        return "excluded"

    def _ev(self, m: Mention) -> Evidence:
        return Evidence(m.start, m.end, self.text[m.start : m.end], m.section, m.rule)

    @staticmethod
    def _usable(m: Mention) -> bool:
        return m.meta["zone"] in ("header", "body") and m.asserted

    # -- procedures ---------------------------------------------------------------------------------
    def _action_procedures(self) -> None:
        """ "The right L3 and L4 medial branches were blocked", "I injected the right L3-S1 facets": a verb with
        nerve or facet words names the procedure when no procedure noun does in that sentence."""
        lookalike = any(x.category == "PROCEDURE" and x.meta.get("kind") == "other" and self._usable(x)
                        for x in self.note.mentions)
        for sent, mentions in list(self.by_sent.items()):
            # "Confirmatory block of the left L3, L4 medial branches": the noun "block" is matched as a
            # reference to the procedure, and names it here.
            actions = [x for x in mentions if self._usable(x) and (
                x.category == "ACTION" or (x.category == "PROCREF" and x.text.lower().startswith("block")))]
            if not actions or any(x.category == "PROCEDURE" and not x.meta.get("weak") and not x.meta.get(
                    "title_only") and self._usable(x) for x in mentions):
                continue
            bounds = self._sent_bounds(sent)
            words = self.text[bounds[0] : bounds[1]].lower()
            nerves = any(x.category == "NERVE" for x in mentions)
            levels = any(x.category == "LEVEL" for x in mentions)
            # "lidocaine was injected ... and lesions were created": the lesion names the procedure.
            rank = {"lesion": 0, "block": 1, "inject": 2}
            action = min(actions, key=lambda x: rank.get(x.value if x.category == "ACTION" else "block", 3))
            value = action.value if action.category == "ACTION" else "block"
            kind = None
            if value == "lesion" and (nerves or levels):
                kind = "radiofrequency_ablation"
            elif value in ("block", "inject") and nerves:
                kind = "medial_branch_block"
            elif value == "inject" and levels and ("facet" in words or "joint" in words or not lookalike):
                # "L3-4 was injected on the right": with no other procedure in the note, the joint is the target.
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
        no procedure named anywhere, are medial branch blocks."""
        if any(x.category == "PROCEDURE" and self._usable(x) for x in self.note.mentions):
            return
        cue = any(self._usable(x) and (x.category in ("DRUG", "ACTION") or (
            x.category == "PROCREF" and x.text.lower().startswith("block"))) for x in self.note.mentions)
        for sent, mentions in self.by_sent.items():
            nerves = [x for x in mentions if x.category == "NERVE" and self._usable(x)
                      and x.value in ("medial_branch", "dorsal_ramus", "third_occipital")]
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
        strong_facet = False
        for m in self.note.mentions:
            if m.category != "PROCEDURE" or not self._usable(m):
                continue
            if m.meta.get("title_only") and m.meta["zone"] != "header":
                continue
            # A named facet or nerve procedure makes "into the L4-5 facet" / "(L4-5 facet)" narrative, not a new one.
            if not m.meta.get("weak") and (
                m.meta.get("kind") in FACET_KINDS or m.meta.get("name") in NERVE_PROCEDURES
            ):
                strong_facet = True
        for m in self.note.mentions:
            if m.category != "PROCEDURE" or not self._usable(m):
                continue
            if m.meta.get("title_only") and m.meta["zone"] != "header":
                continue
            if m.meta.get("weak") and strong_facet:
                m.meta["absorbed"] = True  # "into the facet joint" narrates a procedure named elsewhere
                continue
            kind = m.meta["kind"]
            name = m.meta.get("name", kind)
            inst = self.instances.setdefault(name, _Instance(name, kind))
            inst.mentions.append(m)
        # A generic epidural word ("epidural space", "Tuohy") belongs to the specific epidural the note names.
        if any(n in self.instances for n in ("transforaminal_epidural", "caudal_epidural")):
            il = self.instances.get("interlaminar_epidural")
            if il and all(m.meta.get("generic") for m in il.mentions):
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

    def _owner_for(self, m: Mention) -> _Instance | None:
        """The procedure a level mention belongs to."""
        # "the right L5-S1 foramen": a look-alike's anatomy written right after the level claims it first.
        for x in self.by_sent.get(m.sent, []):
            if x.category == "ANCHOR" and x.start >= m.end and _rx("adjacent").fullmatch(self.text, m.end, x.start):
                owner = self._anchor_owner(x)
                if owner is not None:
                    return owner
        # A procedure merely negated ("[ ] RF ablation" on a checkbox line) does not claim the levels.
        same = [p for p in self.by_sent.get(m.sent, []) if p.category == "PROCEDURE" and p is not m
                and (p.asserted or not p.negated or p.historical or p.hypothetical or p.cancelled)]
        # "bupivacaine for MBB; Kenalog for SI joint": a procedure in the same clause first.
        clause = [p for p in same if ";" not in self.text[min(p.end, m.end) : max(p.start, m.start)]]
        same = clause or same
        if same:
            nearest = min(same, key=lambda p: min(abs(p.start - m.end), abs(m.start - p.end)))
            if not nearest.asserted:
                return None  # "prior L4-5 RFA", "imaging showed ... L4-5": the level shares that context
            name = nearest.meta.get("name", nearest.meta.get("kind"))
            if name in self.instances and self._usable(nearest):
                return self.instances[name]
            if not (nearest.meta.get("title_only") or nearest.meta.get("weak") or nearest.meta.get("absorbed")):
                return None  # belongs to a procedure outside this encounter's sections
        return self._by_anchor(m) or self._last_before(m)

    def _by_anchor(self, m: Mention) -> _Instance | None:
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

    def _anchor_owner(self, anchor: Mention) -> _Instance | None:
        name = anchor.meta["name"]
        names = [name] + (list(EPIDURAL_NAMES) if name in EPIDURAL_NAMES else list(SI_NAMES) if name in SI_NAMES
                          else [])
        return next((self.instances[n] for n in names if n in self.instances), None)

    def _prefer_last(self, m: Mention, names: list[str]) -> _Instance | None:
        best: tuple[int, _Instance] | None = None
        for name in names:
            inst = self.instances[name]
            before = [p.start for p in inst.mentions if p.start <= m.start]
            pos = max(before) if before else -1
            if best is None or pos > best[0]:
                best = (pos, inst)
        return best[1] if best else None

    def _last_before(self, m: Mention) -> _Instance | None:
        if not self.instances:
            return None
        return self._prefer_last(m, list(self.instances))

    def _sent_bounds(self, sent: int) -> tuple[int, int]:
        if 0 <= sent < len(self.note.sentences):
            return self.note.sentences[sent]
        return (0, len(self.text))

    # -- sides --------------------------------------------------------------------------------------
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
            and (s.asserted or (removal and (s.cancelled or s.negated) and not (s.historical or s.hypothetical)))
        ]
        anchors = [x for x in sent_mentions if x.category in ("LEVEL", "PROCEDURE", "NERVE")]
        grid = [s for s in sides if s.rule == "checkbox.grid" and s.start >= m.end]
        if grid:  # "L4-L5 | [x] | [x]" under "Level | Right | Left": every ticked column
            return {side for s in grid for side in _sides_of(s.value)}, [self._ev(s) for s in grid]
        for s in sides:
            if s.start < m.end or s.start - m.end > _SIDE_REACH:
                continue
            if any(a.category == "LEVEL" and m.end <= a.start < s.start for a in anchors if a is not m):
                break
            if ";" in self.text[m.end : s.start]:
                break  # "right L4-5 RFA; left side next month"
            if _rx("side_after").search(self.text[max(m.end, s.start - 8) : s.start]):
                # "L3-4 on the right and L4-5 on the left", "(left)", "C4, C5 on the right and then on the left"
                return self._with_coordinated(s, sides, anchors)
            if s.text.lower().endswith("ly"):
                return _sides_of(s.value), [self._ev(s)]  # "L4-5 bilaterally and L5-S1 on the left"
            modifies_next = any(0 <= a.start - s.end <= 14 and ";" not in self.text[s.end : a.start] for a in anchors)
            if not modifies_next:
                return _sides_of(s.value), [self._ev(s)]
            break
        before = [s for s in sides if s.end <= m.start]
        if before:
            s = before[-1]
            return _sides_of(s.value), [self._ev(s)]
        # "the L4-5 and L5-S1 joints were injected with Kenalog on both sides": an adverbial side at the end of
        # the sentence applies to the levels before it that have none.
        for s in sides:
            if s.start < m.end:
                continue
            if any(0 <= a.start - s.end <= 14 for a in anchors) or any(
                    x.category == "SIDE" and m.end <= x.start < s.start for x in sent_mentions):
                break
            if s.text.lower().endswith("ly") or _rx("on_the").search(self.text[max(m.end, s.start - 10) : s.start]):
                return _sides_of(s.value), [self._ev(s)]
            break
        return set(), []

    def _with_coordinated(self, s: Mention, sides: list[Mention], anchors: list[Mention]) -> tuple[
            set[str], list[Evidence]]:
        out, ev = _sides_of(s.value), [self._ev(s)]
        for nxt in sides:
            if nxt.start <= s.start:
                continue
            if not _rx("coordinated_sides").fullmatch(self.text, s.end, nxt.start) or any(
                    0 <= a.start - nxt.end <= 14 for a in anchors):
                break
            out |= _sides_of(nxt.value)
            ev.append(self._ev(nxt))
            s = nxt
        return out, ev

    # -- levels -------------------------------------------------------------------------------------
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
            not_done = bool(_rx("not_done").search(sent_text)) and (m.negated or self._sole_subject(m))
            if (m.cancelled or not_done) and in_cancel_zone and not (m.historical or m.hypothetical or m.generic):
                self._removal(m)
                continue
            if not self._usable(m):
                continue
            owner = self._owner_for(m)
            if m.category == "PROCEDURE":
                name = m.meta.get("name", m.meta.get("kind"))
                owner = self.instances.get(name) or (owner if m.meta.get("absorbed") else None)
            if owner is None:
                continue
            self._add_levels(owner, m)

    def _sole_subject(self, m: Mention) -> bool:
        """ "L1-2 facet was not thought to be the generator and was not injected": the only level of a sentence
        that says something was not done, with nothing in it said to be done, is what was not done."""
        sent = self.by_sent.get(m.sent, [])
        return m.category == "LEVEL" and [x for x in sent if x.category == "LEVEL"] == [m] and not any(
            x.category in ("ACTION", "PERFORMED") and x.asserted for x in sent)

    def _nerve_context(self, owner: _Instance, m: Mention) -> bool:
        sent = self.by_sent.get(m.sent, [])
        if any(x.category == "NERVE" for x in sent):
            return True
        return owner.name in NERVE_PROCEDURES

    def _add_levels(self, owner: _Instance, m: Mention) -> None:
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
            nerve = "TON" if m.value == "third_occipital" else "L5"
            owner.joints.append(("nerve:" + nerve, set(sides), ev, zone, False))
            return
        nerve_ctx = self._nerve_context(owner, m)
        items = parse_levels(m.text)
        if not items:
            return
        bound = self._bound_to(m, sent)
        landmark = bound if bound in ("bone", "pillar", "imaging") else None
        if landmark == "imaging":
            return  # "fluoroscopy squared to the T6-7 endplates": orientation, not a target
        if landmark and nerve_ctx and any(self._bound_to(x, sent) == "medial_branch" for x in sent
                                          if x.category == "LEVEL"):
            return  # "the L4 and L5 transverse processes (for the L3 and L4 medial branches)": a location
        # Sides can change inside one expression ("right L4-5 and left L5-S1" is two mentions here,
        # but "L3-4 right, L4-5 left" is one): re-resolve per item when side words sit inside the span.
        inner_sides = [s for s in sent if s.category == "SIDE" and m.start <= s.start < m.end]
        # "The TON was blocked at the lateral C2-3 joint, and the C3 and C4 medial branches ...": C2-3 names the
        # TON's target. With other joints listed ("TON and C3, C4 RFA (C2-3 and C3-4 joints)") it is a joint list.
        joint_words = not any(x.category == "NERVE" for x in sent) and bool(
            _rx("joint_words").search(self.text[slice(*self._sent_bounds(m.sent))]))
        ton_here = any(x.category == "NERVE" and x.value == "third_occipital" for x in sent) and not any(
            item.kind == "joint" and (item.upper, item.lower) != ("C2", "C3")
            for x in sent if x.category == "LEVEL" for item in parse_levels(x.text))
        for item in items:
            item_sides = sides
            if inner_sides:
                prior = [s for s in inner_sides if s.start - m.start <= item.start]
                if prior:
                    item_sides = _sides_of(prior[-1].value)
            item_ev = [Evidence(m.start + item.start, m.start + item.end,
                                self.text[m.start + item.start : m.start + item.end], m.section, m.rule), *side_ev]
            if item.kind == "joint" and f"{item.upper}-{item.lower}" == "C2-C3" and ton_here:
                # "the third occipital nerve was blocked at the lateral C2-3 joint": the joint is the TON's
                # target, not an explicit joint list that would override the other nerves of the sentence.
                owner.joints.append(("nerve:TON", set(item_sides), item_ev, zone, False))
            elif item.kind == "joint":
                owner.joints.append((f"{item.upper}-{item.lower}", set(item_sides), item_ev, zone, True))
            elif item.kind == "range" and (not nerve_ctx or item.of_joints or joint_words):
                for joint in item.joints():
                    owner.joints.append((joint, set(item_sides), item_ev, zone, True))
            elif nerve_ctx:
                nerves = item.nerves()
                if landmark is not None:
                    nerves = [n for n in (nerve_at_landmark(v, landmark) for v in nerves) if n]
                for nerve in nerves:
                    owner.joints.append(("nerve:" + nerve, set(item_sides), item_ev, zone, False))
            # Lone vertebrae outside nerve context ("facet injection at L4") name no joint: left undocumented.

    def _bound_to(self, m: Mention, sent: list[Mention]) -> str | None:
        """What a level expression names: "medial_branch" or another nerve value ("L3 and L4 medial branches",
        "medial branches of L3 and L4"), a bony target "bone" / "pillar" / "imaging" ("L4 and L5 transverse
        processes", "junction of the SAP and TP at L4"), or None. A level the words after it name wins over one
        it is "of" or "at"; "the L1 medial branch at the corresponding point on L2" makes L2 a location."""
        anchors = [x for x in sent if x.category in ("NERVE", "LANDMARK")]
        after = [x for x in anchors if x.start >= m.end and _rx("adjacent").fullmatch(self.text, m.end, x.start)]
        if after:
            return after[0].value
        before = [x for x in anchors if x.end <= m.start and _rx("of_at").search(self.text[x.end : m.start])]
        if not before:
            # "the junction ... of L4 (for the L3 medial branches) and of L5": bound like the level it parallels
            if _rx("parallel_of").search(self.text[max(0, m.start - 16) : m.start]):
                prev = [y for y in sent if y.category == "LEVEL" and y.end <= m.start]
                for y in reversed(prev):
                    kind = self._bound_to(y, sent)
                    if kind in ("bone", "pillar", "imaging"):
                        return kind
            return None
        x = before[-1]
        if x.category == "NERVE" and not _rx("of_nerve").search(self.text[x.end : m.start]) and any(
                y.category == "LEVEL" and _rx("adjacent").fullmatch(self.text, y.end, x.start) for y in sent):
            return "bone"  # the nerve has its own level; this one says where it lies
        return x.value

    def _removal(self, m: Mention) -> None:
        owner = self._owner_for(m)
        if owner is None:
            return
        sent = self.by_sent.get(m.sent, [])
        sides, _ = self._side_for(m, sent, removal=True)
        nerve_ctx = self._nerve_context(owner, m)
        for item in parse_levels(m.text):
            if item.kind == "joint" or (item.kind == "range" and (not nerve_ctx or item.of_joints)):
                joints = item.joints()
            elif nerve_ctx:  # "left L5 dorsal ramus not performed": its joints were not fully blocked
                joints = sorted({j for n in item.nerves() for j in joints_supplied_by(n)}, key=joint_index)
            else:
                joints = []
            for joint in joints:
                owner.removals.append((joint, sides, m.start))

    def collect_side_only(self) -> None:
        """Sentences with a side but no level: "repeated on the other side", "the left side was aborted"."""
        for sent, mentions in self.by_sent.items():
            if any(x.category == "LEVEL" for x in mentions):
                continue
            bounds = self._sent_bounds(sent)
            if _rx("converted").search(self.text[bounds[0] : bounds[1]]):
                continue  # "could not be seen on either side, so ... completed under fluoroscopy"
            not_done = bool(_rx("not_done").search(self.text[bounds[0] : bounds[1]]))
            # "The left side was not treated": negated as a statement of what was not done, i.e. a removal.
            sides = [s for s in mentions if s.category == "SIDE" and (not s.negated or not_done)]
            if not sides:
                continue
            zone = sides[0].meta["zone"]
            if zone not in ("header", "body", "complications"):
                continue
            repeat = any(x.category == "REPEAT" and x.asserted for x in mentions)
            owner = self._last_before(sides[0])
            if owner is None:
                continue
            for s in sides:
                if (s.cancelled or s.negated) and not (s.historical or s.hypothetical):
                    owner.removals.append((None, _sides_of(s.value), s.start))
                elif repeat and s.asserted and zone in ("header", "body"):
                    owner.repeat_sides.append(s.value)

    def unattached_sides(self) -> set[str]:
        """Sides stated on their own (template "Side: Right", "the left side was prepped")."""
        out: set[str] = set()
        for mentions in self.by_sent.values():
            has_level = any(x.category == "LEVEL" for x in mentions)
            for s in mentions:
                if s.category != "SIDE" or not self._usable(s) or s.value == "other":
                    continue
                # "all levels bilateral except left L5-S1": a side said of every level, beside a level list.
                if not has_level or _rx("all_levels").search(self.text[max(0, s.start - 20) : s.start]):
                    out |= _sides_of(s.value)
        return out

    # -- joints per instance ------------------------------------------------------------------------
    def resolve_joints(self, inst: _Instance, fallback_sides: set[str]) -> list[Joint]:
        def build(entries: list[tuple[str, set[str], list[Evidence], str, bool]]) -> dict[str, Joint]:
            explicit: dict[str, tuple[set[str], list[Evidence]]] = {}
            nerves: dict[str, tuple[set[str], list[Evidence]]] = {}
            unsided: set[str] = set()  # nerves also named somewhere without a side
            for name, sides, ev, _zone, is_explicit in entries:
                target = explicit if is_explicit else nerves
                cur = target.setdefault(name, (set(), []))
                cur[0].update(sides)
                cur[1].extend(ev)
                if not is_explicit and not sides:
                    unsided.add(name)
            out: dict[str, Joint] = {}
            from_nerves = self._nerve_joints(nerves, unsided) if nerves else {}
            for name, (sides, ev) in explicit.items():
                # "Joints: T12-L1, L1-2" with "T11, T12, L1 medial branches, bilat": the nerves carry the side.
                side = _side_name(sides) if sides else (from_nerves[name].side if name in from_nerves else None)
                out[name] = Joint(name, side, ev)
            # Explicit joints win over nerve arithmetic only for their own region and side: "C5-6 and C6-7
            # joints ... the L3 and L4 medial branches and the L5 dorsal ramus" still names two lumbar joints,
            # and "right L2, L3, L4 medial branches ... left L4 MB + L5 DR (left L5-S1 joint)" three right ones.
            covered = {(region_of(name), side) for name, (sides, _) in explicit.items()
                       for side in (sides or {"right", "left", None})}
            for name, joint in from_nerves.items():
                region = region_of(name)
                keep = {side for side in _sides_of(joint.side) or {None} if (region, side) not in covered}
                if not keep or (None in keep and any(r == region for r, _ in covered)):
                    continue
                if name in out:
                    out[name].side = _side_name(_sides_of(out[name].side) | (keep - {None}))
                    out[name].evidence.extend(joint.evidence)
                else:
                    out[name] = Joint(name, _side_name(keep - {None}), joint.evidence)
            return out

        body = [e for e in inst.joints if e[3] == "body"]
        header = [e for e in inst.joints if e[3] == "header"]
        body_joints, header_joints = build(body), build(header)
        body_explicit = any(e[4] for e in body)
        header_explicit = any(e[4] for e in header)
        if body_joints and (body_explicit or not header_explicit):
            joints = body_joints
        else:
            joints = header_joints or body_joints
        # Sides: a joint the body names without a side takes the header's side, then the note's own side.
        for joint in joints.values():
            if joint.side is None and joint.level in header_joints and header_joints[joint.level].side:
                joint.side = header_joints[joint.level].side
        # The note's own side words fill in missing sides; a repeat sentence's side is added after.
        repeated = {side for value in inst.repeat_sides for side in _sides_of(value)}
        first = (fallback_sides - repeated) or fallback_sides
        for joint in joints.values():
            if joint.side is None and first:
                joint.side = _side_name(first)
        for value in inst.repeat_sides:  # "then repeated on the right side" adds a side to what was done
            for joint in joints.values():
                if value == "other":
                    joint.side = "bilateral"
                else:
                    joint.side = _side_name(_sides_of(joint.side) | _sides_of(value))
        for level, sides, pos in inst.removals:
            if level is None and any(lv is not None and sd & sides and 0 <= pos - ps <= _ANAPHORA_REACH
                                     for lv, sd, ps in inst.removals):
                continue  # "the left L5-S1 was NOT injected. The joint is fused on the left ...": that joint only
            if level is not None and self._done_after(inst, level, sides, pos):
                continue  # "the C6-7 joint could not be seen ... then the right C6-7 joint was injected"
            for joint in [j for j in joints.values() if level is None or j.level == level]:
                remaining = _sides_of(joint.side) - sides
                if sides and joint.side is not None and remaining:
                    joint.side = _side_name(remaining)
                elif level is not None or (sides and joint.side is not None):
                    del joints[joint.level]  # the named joint, or its only documented side, was not done
        for joint in joints.values():  # one order whatever the hash seed: records are compared byte for byte
            joint.evidence = sorted(set(joint.evidence), key=lambda e: (e.start, e.end, e.rule))
        return sorted(joints.values(), key=lambda j: joint_index(j.level))

    @staticmethod
    def _done_after(inst: _Instance, level: str, sides: set[str], pos: int) -> bool:
        """The body names the joint again, as done, after the statement that it was not: the last word wins.
        Named by its nerves, the joint counts only if the nerves named after complete it."""
        nerves: set[str] = set()
        for name, entry_sides, ev, zone, _explicit in inst.joints:
            if zone != "body" or not ev or min(e.start for e in ev) <= pos:
                continue
            if sides and entry_sides and not sides & entry_sides:
                continue
            if name == level:
                return True
            if name.startswith("nerve:"):
                nerves.add(name.split(":", 1)[1])
        return level in joints_from_nerves(nerves)

    def _nerve_joints(self, nerves: dict[str, tuple[set[str], list[Evidence]]], unsided: set[str]) -> dict[
            str, Joint]:
        """N contiguous nerves on one side block N-1 joints; sides are computed separately."""
        per_side: dict[str, set[str]] = {"right": set(), "left": set(), "": set()}
        evidence: dict[str, list[Evidence]] = {}
        for name, (sides, ev) in nerves.items():
            nerve = name.split(":", 1)[1]
            evidence[nerve] = ev
            if not sides or name in unsided:
                per_side[""].add(nerve)
            for side in sides:
                per_side[side].add(nerve)
        out: dict[str, Joint] = {}
        for side, group in per_side.items():
            # Nerves named without a side join each sided group (side words often precede only the first).
            if side and not group:
                continue
            members = group | (per_side[""] if side else set())
            if side == "" and (per_side["right"] or per_side["left"]):
                continue
            for joint in joints_from_nerves(members):
                ev = [e for n in members for e in evidence.get(n, [])]
                cur = out.setdefault(joint, Joint(joint, None, []))
                cur.side = _side_name(_sides_of(cur.side) | ({side} if side else set()))
                cur.evidence.extend(ev)
        return out

    # -- guidance, intent, region -------------------------------------------------------------------
    def guidance(self, inst: _Instance) -> tuple[str, list[Evidence]]:
        own_sents = {m.sent for m in inst.mentions}
        # "the ultrasound was abandoned and the procedure converted to fluoroscopy": the target of a conversion
        # was used, whatever cancellation its sentence states.
        cands = [m for m in self.note.mentions if m.category == "GUIDANCE" and (self._usable(m) or (
            m.cancelled and m.meta["zone"] in ("header", "body")
            and _rx("converted_to").search(self.text[max(0, m.start - 40) : m.start])))]
        near = [m for m in cands if m.sent in own_sents]
        chosen = near or cands
        for value in ("ct", "fluoroscopy", "ultrasound", "none"):
            hits = [m for m in chosen if m.value == value]
            if hits:
                return value, [self._ev(hits[0])]
        return "none", []

    def intent(self, inst: _Instance) -> tuple[str, str | None, list[Evidence]]:
        if inst.kind == "radiofrequency_ablation":
            return "therapeutic", "rule:intent.rfa_always", []
        own_sents = {m.sent for m in inst.mentions}
        # Relief testing after the block ("pain diary given") is usually written in the plan or disposition.
        cues = [
            m for m in self.note.mentions
            if m.category == "INTENT" and m.asserted
            and (m.section in INTENT_SECTIONS or (m.section == "plan" and m.meta.get("strength") == "testing"))
        ]
        stated = [m for m in cues if m.meta.get("strength") == "stated"]
        near = [m for m in stated if m.sent in own_sents]
        for group in (near, stated):
            values = {m.value for m in group}
            if len(values) == 1:
                return values.pop(), f"rule:{group[0].rule}", [self._ev(group[0])]
        testing = [m for m in cues if m.meta.get("strength") == "testing"]
        # A drug counts for the procedure its sentence belongs to ("80 mg Depo-Medrol" into the epidural space
        # says nothing about the medial branch blocks of the same session).
        drugs = [m for m in self.note.mentions if m.category == "DRUG" and m.meta["zone"] in ("header", "body")
                 and m.asserted and not m.skin and self._owner_for(m) in (inst, None)]
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

    def _same_as(self, m: Mention) -> list[Mention]:
        """ "0.5 mL of the same mixture at each": the drugs of the last sentence before it that names any."""
        named = [x for x in self.note.mentions if x.category == "DRUG" and x.value in ("steroid", "local")
                 and x.end <= m.start and x.meta["zone"] in ("header", "body") and x.asserted and not x.skin]
        return [x for x in named if x.sent == named[-1].sent] if named else []

    def region_words(self, inst: _Instance) -> str | None:
        own_sents = {m.sent for m in inst.mentions}
        regions = [m for m in self.note.mentions if m.category == "REGION" and self._usable(m)]
        near = [m for m in regions if m.sent in own_sents] or regions
        values = {m.value for m in near}
        if len(values) == 1:
            return values.pop()
        return None

    # -- absorption rules -----------------------------------------------------------------------------
    def absorb(self, joints: dict[str, list[Joint]]) -> None:
        names = set(self.instances)
        # Local anaesthetic at the RF targets is part of the RFA: an MBB adds only joints/sides the RFA lacks.
        for rf in ("radiofrequency_ablation", "pulsed_radiofrequency"):
            if rf in names and "medial_branch_block" in names:
                mbb = self.instances["medial_branch_block"]
                covered = {(j.level, s) for j in joints[rf] for s in _sides_of(j.side) or {None}}
                extra = [j for j in joints["medial_branch_block"]
                         if any((j.level, s) not in covered for s in _sides_of(j.side) or {None})]
                if not mbb.has_header_mention or not extra:
                    if not joints[rf]:  # the nerves were named where the anaesthetic was described
                        joints[rf] = joints["medial_branch_block"]
                    del self.instances["medial_branch_block"]
                else:
                    joints["medial_branch_block"] = extra
                names = set(self.instances)
        if "pulsed_radiofrequency" in names and "radiofrequency_ablation" in names:
            del self.instances["radiofrequency_ablation"]
        # A nerve procedure with no facet joint in an SI-region note is the SI procedure's L5/sacral part.
        if any(n in names for n in SI_NAMES):
            for name in FACET_KINDS:
                if name in self.instances and not joints.get(name):
                    if name == "radiofrequency_ablation" and "si_lateral_branch_block" in self.instances:
                        inst = self.instances.pop("si_lateral_branch_block")
                        inst.name = "si_lateral_branch_rfa"
                        self.instances["si_lateral_branch_rfa"] = inst
                    del self.instances[name]

    def cancelled_encounter(self) -> bool:
        """ "The procedure was cancelled", "no injection was performed": a statement about the whole session
        (no level or side in the sentence) that stops every procedure named in this note."""
        for sent, mentions in self.by_sent.items():
            if any(x.category in ("LEVEL", "SIDE") or (x.category == "PERFORMED" and x.asserted) for x in mentions):
                continue  # about one level or side, or says something was done after all
            if _rx("converted").search(self.text[slice(*self._sent_bounds(sent))]):
                continue  # "ultrasound was abandoned and the procedure was converted to fluoroscopy"
            for x in mentions:
                if x.category != "PROCREF" or x.meta["zone"] not in ("header", "body", "complications"):
                    continue
                if x.historical or x.hypothetical or x.generic:
                    continue
                if x.cancelled or (x.negated and self._negates_procedure(x)):
                    side = self._side_block(x.start)
                    if side is None:
                        return True
                    # "LEFT SIDE:\nProcedure aborted: [x] Yes": only that side stops.
                    for inst in self.instances.values():
                        inst.removals.append((None, _sides_of(side.value), x.start))
        return False

    def _side_block(self, pos: int) -> Mention | None:
        """The side sub-header ("LEFT SIDE:", "Right:") whose block holds `pos`, if any."""
        block = None
        for m in self.note.mentions:
            if m.start >= pos:
                break
            if m.category != "SIDE" or m.value not in ("right", "left"):
                continue
            line_start = self.text.rfind("\n", 0, m.start) + 1
            if self.text[line_start : m.start].strip() == "" and _rx("side_header").match(self.text, m.end):
                block = m
        if block is not None and "\n\n\n" in self.text[block.start : pos]:
            return None
        return block

    def _negates_procedure(self, ref: Mention) -> bool:
        """ "No injection was performed", "the procedure was not done" — not "no steroid was used for these
        blocks" or "no pneumothorax; post-procedure vitals", where the negation is about something else."""
        start, end = self._sent_bounds(ref.sent)
        before = self.text[start : ref.start]
        return bool(_rx("negation_next_to").search(before) or _rx("not_done").search(self.text[start:end])
                    or _rx("key_none").match(self.text, ref.end))  # "PROCEDURE: None. Patient declined."

    def run(self) -> list[Procedure]:
        if _rx("not_a_procedure_record").search(self.text):
            return []  # an authorization request, a pre-op checklist, "No procedure today"
        self.collect_procedures()
        if not self.instances or self.cancelled_encounter():
            return []
        self.collect_levels()
        self.collect_side_only()
        fallback = self.unattached_sides()
        joints = {name: self.resolve_joints(inst, fallback) for name, inst in self.instances.items()}
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
            by_region: dict[str, list[Joint]] = {}
            for j in found:
                by_region.setdefault(region_of(j.level), []).append(j)
            if not by_region:
                by_region[self.region_words(inst) or ""] = []
            for region in (CERVICAL_THORACIC, LUMBAR_SACRAL, ""):
                if region in by_region:
                    out.append(Procedure(inst.kind, name, region or None, by_region[region], guidance, intent,
                                         source, None, evidence))
        return out


def assemble(note: Note) -> list[Procedure]:
    """Performed procedures, each with joints, sides, guidance, intent and the evidence behind them."""
    return _Assembler(note).run()
