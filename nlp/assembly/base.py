"""What every assembly step shares: the note's mentions grouped by sentence, each mention's zone (title, body,
indication, excluded), the procedure instances being built, and the phrase patterns of rules/assembly.json."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from nlp.facts import Evidence
from nlp.keylines import KEY
from nlp.note import BODY_SECTIONS, HEADER_SECTIONS, Mention, Note
from nlp.pipeline.rules import load_rule_file

FACET_KINDS = ("facet_injection", "medial_branch_block", "radiofrequency_ablation")
NERVE_PROCEDURES = ("medial_branch_block", "radiofrequency_ablation", "pulsed_radiofrequency", "chemical_neurolysis",
                    "cryoneurolysis")
SI_NAMES = ("sacroiliac_joint_injection", "si_lateral_branch_block", "si_lateral_branch_rfa")
EPIDURAL_NAMES = ("interlaminar_epidural", "transforaminal_epidural", "caudal_epidural")
# A procedure section longer than this is narrative, not a title line.
_TITLE_MAX_CHARS = 300
# "2. ", "- ", "b) " before a side key
_LINE_MARK = re.compile(r"[ \t]*(?:(?:[-*\u2022]|\(?\d{1,2}[.)]|[a-hA-H][.)])[ \t]*)?")


@cache
def _phrase_rules() -> dict[str, re.Pattern[str]]:
    return {r["id"].removeprefix("assembly."): re.compile(r["pattern"], re.I)
            for r in load_rule_file("assembly")["rules"]}


def rx(name: str) -> re.Pattern[str]:
    """A phrase pattern around mentions from rules/assembly.json: `rx("not_done").search(...)`."""
    return _phrase_rules()[name]


# "Left side:", "RIGHT:" opening a line: the side of that line's paragraph
_KEY_LINE = re.compile(rf"[ \t]*{KEY}")  # "Indication: ..."
_SIDE_LINE_KEY = re.compile(r"[ \t]*(?:right|left)(?:\s+side)?[ \t]*:", re.I)
# between "the symptomatic side" and the side word that glosses it: ", which is the ", " (", " - i.e. the ",
# " is the "
_SIDE_GLOSS = re.compile(
    r"\s*[,(:\-\u2013]?\s*(?:(?:(?:which|that)\s+)?(?:is|was)\s+)?(?:i\.?e\.?,?\s+)?(?:the\s+)?", re.I)


def sides_of(value: str | None) -> set[str]:
    if value == "bilateral":
        return {"right", "left"}
    return {value} if value in ("right", "left") else set()


def side_name(sides: set[str]) -> str | None:
    if sides >= {"right", "left"}:
        return "bilateral"
    return next(iter(sides)) if sides else None


@dataclass
class Instance:
    """One procedure of the encounter as it is being assembled."""

    name: str  # procedure name (kind for facet family)
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    # (joint, side set, evidence, zone, explicit)
    joints: list[tuple[str, set[str], list[Evidence], str, bool]] = field(default_factory=list)
    # (joint, "region:<region>" for a region, None for every joint, or "side:all" for a whole side stopped even
    # beside a level's own removal; sides; position of the statement)
    removals: list[tuple[str | None, set[str], int]] = field(default_factory=list)
    repeat_sides: list[str] = field(default_factory=list)
    # "so only the right L3-4 joint was done today": (joints, sides, position) said to be all that was done on
    # those sides (on every side when none is said)
    only: list[tuple[set[str], set[str], int]] = field(default_factory=list)

    @property
    def has_header_mention(self) -> bool:
        return any(m.meta.get("zone") == "header" for m in self.mentions)


_KIND_NAMED = (
    ("radiofrequency_ablation", re.compile(r"\b(?:rfa|rf|ablation|radiofrequency|neurotomy|rhizotomy)\b", re.I)),
    ("medial_branch_block", re.compile(r"\b(?:mbbs?|blocks?)\b", re.I)),
    ("facet_injection", re.compile(r"\binjections?\b", re.I)))


def _named_kind(text: str) -> str | None:
    """The facet-family kind a reference names ("the same side as the previous RFA"), if any."""
    return next((kind for kind, pattern in _KIND_NAMED if pattern.search(text)), None)


# "P: Today: left L4-5 facet injection ...": a plan line keyed as what was done today (not "Plan today:")
_TODAY_KEY = re.compile(r"(?<!\bplan\s)(?<!\bfor\s)\b(?:today|this\s+visit)\s*:", re.I)


class AssemblerBase:
    """State shared by the steps. The steps (procedures, levels, sides, joints, attributes) are mixins composed
    into one assembler in `nlp.assembly`; a step may call another step's methods through `self`."""

    def __init__(self, note: Note) -> None:
        self.note = note
        # The assembler's phrase rules read the text with the writer's slips read ("the lift side was not done");
        # evidence quotes the text as written.
        self.text = note.read if note.read is not None and len(note.read) == len(note.text) else note.text
        self.written = note.text
        self._headers: list[Mention] | None = None  # side sub-headers, read on first use
        self._blocks: list[tuple[int, int]] | None = None  # per-procedure blocks of a form, read on first use
        self.by_sent: dict[int, list[Mention]] = {}
        for m in note.mentions:
            m.meta = dict(m.meta)
            self.by_sent.setdefault(m.sent, []).append(m)
        for m in note.mentions:
            m.meta["zone"] = self._zone(m)
        self._resolve_referenced_sides()
        self._resolve_other_sides()
        self._retracted_text()
        self._done_right_after()
        self._planned_then_done()
        self._those_not_done()
        self._converted_imaging()
        self._staged_side()
        self.instances: dict[str, Instance] = {}

    def _staged_side(self) -> None:
        """ "Bilateral L4-5/L5-S1 RFA (staged) - STAGE 2, LEFT SIDE": in a staged title the one side named after the
        stage is today's; "bilateral" is the whole plan."""
        for mentions in self.by_sent.values():
            sides = [x for x in mentions if x.category == "SIDE" and x.asserted]
            both = [x for x in sides if x.value == "bilateral"]
            if not both or both[0].meta["zone"] != "header":
                continue
            stage = rx("staged").search(self.text, both[0].end, self._sent_bounds(both[0].sent)[1])
            today = {x.value for x in sides if x.value in ("right", "left") and stage and x.start > stage.start()}
            if len(today) == 1:
                for x in both:
                    x.hypothetical = True

    def _resolve_referenced_sides(self) -> None:
        """ "The L4-5 and L5-S1 joints on the symptomatic side", "the same side as last time", "the side marked at
        time-out", "on the side of the cyst": the side of the symptoms the note describes (indication, history,
        exam), of the earlier procedure it describes, of its time-out, site marking or consent, or of its imaging
        findings, when that is one side (else the one side the note gives in any of these); otherwise the reference
        names no side."""
        refs = [m for m in self.note.mentions
                if m.category == "SIDE" and m.value in ("symptomatic", "previous", "marked", "finding")]
        if not refs:
            return
        named = [m for m in self.note.mentions if m.category == "SIDE" and m.value in ("right", "left", "bilateral")
                 and not m.negated]
        found: dict[str, set[str]] = {"symptomatic": set(), "previous": set(), "marked": set(), "finding": set()}
        previous_of_kind: dict[str, set[str]] = {}  # "right L3-4, L4-5 RFA 08/2023": the earlier RFA's side
        for m in named:
            start, end = self._sent_bounds(m.sent)
            # ("Low back pain into the left buttock; no leg pain": the denial is another clause's)
            clause = re.split(r"[;,.]", self.text[start:end])[len(re.findall(r"[;,.]", self.text[start : m.start]))]
            # (outside the procedure text, or where the pipeline read the side as a finding: "Left neck pain, left
            # C4-5 pillar tenderness." in a note without headers)
            # (or in a sentence about nothing done: "She returns with the same left neck ache", in a note without
            # headers)
            about_symptoms = m.meta["zone"] not in ("header", "body") or m.finding or not any(
                x.category in ("PROCEDURE", "PROCREF", "LEVEL", "NERVE", "ACTION") for x in self.by_sent[m.sent])
            if about_symptoms and rx("symptom_words").search(self.text, start, end) and not rx("no_symptoms").search(
                    clause):
                found["symptomatic"].add(m.value)
            # "MBB #1 (03/02: right L3, L4 MB ...)", "Background: Two diagnostic blocks on the left at L4-L5 ..."
            if m.historical or any(x.historical and x.category in ("LEVEL", "NERVE", "PROCEDURE")
                                   for x in self.by_sent[m.sent]) or (m.section in ("history", "background") and any(
                                   x.category in ("PROCEDURE", "PROCREF") for x in self.by_sent[m.sent])):
                found["previous"].add(m.value)
                for x in self.by_sent[m.sent]:
                    if x.category == "PROCEDURE" and x.meta.get("kind"):
                        previous_of_kind.setdefault(x.meta["kind"], set()).add(m.value)
            if rx("site_check").search(self.text, start, end):  # "TIME-OUT: ... side RIGHT, site marked"
                found["marked"].add(m.value)
            if m.finding and rx("imaging_finding").search(self.text, start, end) and not rx("no_symptoms").search(
                    clause):  # (not "right side facets unremarkable")
                found["finding"].add(m.value)  # "MRI: a synovial cyst arising from the right L4-5 facet"
        # ("... only on the symptomatic side, which is the left", "the painful side (right)": a gloss says it for
        # every later mention of that side)
        glossed = {m.value: x.value for m in refs for x in named
                   if x.sent == m.sent and m.end <= x.start and _SIDE_GLOSS.fullmatch(self.text, m.end, x.start)}
        # ("RF ablation on the affected side" with only a time-out "LEFT side": the one side the note gives anywhere)
        anywhere = found["symptomatic"] | found["previous"] | found["marked"]
        unresolved = []
        for m in refs:
            sides = found[m.value] or anywhere
            # ("the same side as the previous RFA" after earlier blocks on the other side: the RFA's side)
            kind = _named_kind(self.text[m.start : m.end]) if m.value == "previous" and len(sides) > 1 else None
            if kind is not None and len(previous_of_kind.get(kind, ())) == 1:
                sides = previous_of_kind[kind]
            m.meta["value"] = glossed.get(m.value) or (next(iter(sides)) if len(sides) == 1 else None)
            if m.value is None:
                unresolved.append(m)
        for m in unresolved:  # a reference to no one side says nothing: as if it were not there
            self.note.mentions.remove(m)
            self.by_sent[m.sent].remove(m)

    def _resolve_other_sides(self) -> None:
        """ "Right: T7-T9 ... Same on the opposite side", "turned to the contralateral side, where only C4 and C5":
        the other side is the opposite of the last right or left said before it, or that side itself when it glosses
        the phrase ("the contralateral (left) side"). After "bilateral" it stays unresolved."""
        last: str | None = None
        keyed: Mention | None = None  # a "Left side:" line key, whose paragraph's "opposite side" is that side
        for m in self.note.mentions:  # (in text order)
            if m.category != "SIDE":
                continue
            if m.value == "other":
                if keyed is not None and "\n" not in self.text[keyed.end : m.start]:
                    m.meta["value"] = keyed.value  # "Left side: the procedure was repeated on the opposite side"
                elif last is not None:
                    m.meta["value"] = last
                continue
            key = _SIDE_LINE_KEY.match(self.text, self.text.rfind("\n", 0, m.start) + 1)
            keyed = m if m.value in ("right", "left") and key is not None and key.end() > m.start else None
            if m.value in ("right", "left"):
                gloss = rx("other_side_gloss").search(self.text[max(0, m.start - 24) : m.start])
                last = m.value if gloss else ({"right", "left"} - {m.value}).pop()
            elif m.value == "bilateral":
                last = None

    def _procedure_blocks(self) -> list[tuple[int, int]]:
        """ "--- PROCEDURE 1 --- ... --- PROCEDURE 2 --- ...": the spans of a form's per-procedure blocks (two or
        more banners), each running to the next banner; [] for other notes."""
        if self._blocks is None:
            starts = [m.start() for m in rx("procedure_banner").finditer(self.text)]
            self._blocks = [(a, b) for a, b in zip(starts, [*starts[1:], len(self.text)], strict=True)] \
                if len(starts) >= 2 else []
        return self._blocks

    def _block_of(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self._procedure_blocks() if a <= pos < b), None)

    def _those_not_done(self) -> None:
        """ "... the left L2 and L3 medial branches produced a motor response. Those two sites were not lesioned.": a
        sentence with no target of its own that says "those" were not done cancels the previous sentence's levels
        (in the same paragraph)."""
        if not rx("those_not_done").search(self.text):
            return  # (most notes: no per-sentence search)
        for sent, (start, end) in enumerate(self.note.sentences):
            if any(x.category in ("LEVEL", "NERVE") for x in self.by_sent.get(sent, [])) or not rx(
                    "those_not_done").search(self.text, start, end):
                continue
            previous = self.by_sent.get(sent - 1, [])
            if not previous or "\n\n" in self.text[self._sent_bounds(sent - 1)[0] : start]:
                continue
            for x in previous:
                if x.category == "LEVEL" and x.asserted:
                    x.cancelled = True

    def _converted_imaging(self) -> None:
        """ "Attempted US for R L3-4 L4-5 FJI, poor visualization -> converted to fluoro.": what a sentence calls off
        before converting to other imaging is the imaging, not the procedure or its levels (not when another
        procedure follows the conversion)."""
        for sent, mentions in self.by_sent.items():
            target = next((g for g in mentions if g.category == "GUIDANCE" and rx("converted_to").search(
                self.text[max(0, g.start - 40) : g.start])), None)
            if target is None or any(x.category == "PROCEDURE" and x.start > target.start for x in mentions):
                continue
            called_off = [x for x in mentions if x.start < target.start]
            # "Attempted ultrasound-guided right C4-5 and C5-6 facet joint injections. Due to body habitus the joint
            # lines could not be visualized; converted to fluoroscopic guidance.": the sentence before, when it
            # called off the other imaging
            previous = self.by_sent.get(sent - 1, [])
            if any(x.category == "GUIDANCE" and x.cancelled and x.value != target.value for x in previous) and (
                    "\n\n" not in self.text[previous[-1].end : target.start]):
                called_off = previous + called_off
            for x in called_off:
                if x.category in ("PROCEDURE", "LEVEL", "SIDE") and x.cancelled and not (
                        x.negated or x.historical or x.hypothetical):
                    x.cancelled = False

    def _retracted_text(self) -> None:
        """ "ADDENDUM: The description above is template text entered before the case and did not occur": what
        the note said before that statement is withdrawn (what comes after it stands)."""
        found = rx("text_retracted").search(self.text)
        if found is None:
            return
        for m in self.note.mentions:
            if m.start < found.start() and m.category != "GUIDANCE":
                m.hypothetical = True

    def _denied_here(self, x: Mention) -> bool:
        """A statement said not to hold right where it stands: "Not performed.", "procedure NOT done"."""
        return bool(rx("negation_next_to").search(self.text[max(0, x.start - 24) : x.start]))

    def _side_block(self, pos: int) -> Mention | None:
        """The side sub-header ("LEFT SIDE:", "Right:") whose block holds `pos`, if any."""
        headers = [m for m in self._side_headers() if m.start < pos]
        block = headers[-1] if headers else None
        if block is not None and ("\n\n\n" in self.text[block.start : pos] or self._inline_block_ended(block, pos)):
            return None
        return block

    def _inline_block_ended(self, block: Mention, pos: int) -> bool:
        """ "LEFT: C3 MB + C4 MB - one cannula each." then "Sensory 50 Hz ... all sites": a side key with its
        targets on its own line holds that line (and its hard-wrapped continuation), not the lines after it."""
        line_end = self.text.find("\n", block.end)
        if line_end < 0 or pos < line_end or not self.text[block.end : line_end].strip(" \t:-"):
            return False
        while line_end < pos:
            line = self.text[self.text.rfind("\n", 0, line_end) + 1 : line_end].rstrip()
            nxt = self.text[line_end + 1 : line_end + 2]
            if (line.endswith((".", ";")) and not nxt.islower()) or nxt == "\n":
                return True  # (or a blank line: "Left  - L4 MB, L5 DR\n\nTechnique: ... (L4, L5) and the ala")
            nl = self.text.find("\n", line_end + 1)
            line_end = nl if nl >= 0 else len(self.text)
        return False

    def _side_headers(self) -> list[Mention]:
        """The note's side sub-headers in text order, found once (the sides, not their flags, decide)."""
        if self._headers is None:
            self._headers = []
            for m in self.note.mentions:
                if m.category != "SIDE" or m.value not in ("right", "left"):
                    continue
                line_start = self.text.rfind("\n", 0, m.start) + 1
                # ("2. Right: needle entered ...": a numbered or bulleted block keyed by its side)
                if _LINE_MARK.fullmatch(self.text, line_start, m.start) and rx("side_header").match(self.text, m.end):
                    self._headers.append(m)
        return self._headers

    def _done_right_after(self) -> None:
        """ "R: L3-4 not entered (osteophyte), L4-5 + L5-S1 done": a level followed by "done" was done, whatever
        the cancellation earlier in the sentence says."""
        for m in self.note.mentions:
            if m.category == "LEVEL" and (m.cancelled or m.negated or m.finding) and not (
                    m.historical or m.hypothetical) and rx("done_right_after").match(self.text, m.end):
                m.cancelled = m.negated = m.finding = False
                # ... and so was the side its sentence is keyed by ("R: L4-5 not entered, L5-S1 done")
                for s in self.by_sent.get(m.sent, []):
                    if s.category == "SIDE" and s.end <= m.start and rx("side_key").match(self.text, s.end):
                        s.cancelled = s.negated = s.finding = False

    def _planned_then_done(self) -> None:
        """ "b/l L4-5 FJI planned. R side done under fluoro ...; L side aborted": in a note that goes on to say
        what was done, the planned procedure of this session is what was done (less what it says was not)."""
        done = [x for x in self.note.mentions if x.category in ("PERFORMED", "ACTION") and x.asserted
                and x.meta["zone"] in ("header", "body")]
        if not done or any(x.category == "PROCEDURE" and self._usable(x) and not x.meta.get("title_only")
                           for x in self.note.mentions):
            return  # nothing said to be done, or a procedure is named as done: that one was
        acted = any(x.category == "ACTION" and not x.skin for x in done)  # injected, lesioned (not "H&P completed")
        for sent, mentions in self.by_sent.items():
            text = self.text[slice(*self._sent_bounds(sent))]
            if not rx("planned").search(text) or rx("future").search(text):
                continue
            if not any(x.start > mentions[0].start for x in done):
                continue
            for m in mentions:
                if m.hypothetical and not (m.negated or m.historical or m.cancelled or m.generic or m.finding):
                    m.hypothetical = False
                    m.meta["planned"] = True  # what was booked; the guidance the body states wins over it
                    if m.meta["zone"] not in ("header", "body") and acted:
                        m.meta["zone"] = "header"  # "Scheduled procedure: RT L4-5 FJI": a title the body corrects

    def _section_span(self, m: Mention) -> tuple[int, int] | None:
        """(start, end) of the section `m` is in, if it has one."""
        for start, end, category in self.note.section_spans:
            if start <= m.start < end and category == m.section:
                return start, end
        return None

    def _account_goes_on(self, span: tuple[int, int]) -> bool:
        """ "Procedure: Prone. Asepsis with iodine. With scopy we localize first the right L3-L4 facet. Local
        anesthesia.\nNeedle 22G introduced until the facet, ...": a procedure line of several sentences whose
        paragraph goes on in prose on the next line is the start of the account, not a title."""
        start, end = span
        line = self.text[start:end].rstrip()
        if end - start > _TITLE_MAX_CHARS or "\n" in line or line.count(". ") < 2 or not line.endswith("."):
            return False
        next_end = self.text.find("\n", end + 1)
        nxt = self.text[end + 1 : next_end if next_end >= 0 else len(self.text)]
        return self.text[end : end + 1] == "\n" and nxt.strip() != "" and not _KEY_LINE.match(nxt)

    def _zone(self, m: Mention) -> str:
        section = m.section
        if section is None and m.meta.get("title_only") and not self.text[
                : self.text.rfind("\n", 0, m.start) + 1].strip():
            return "header"  # "bilat L2-S1 facets (8 jts) fluoro" as a terse note's first line: its title
        # A long "Procedure:" or "Guidance:" section ("Landmark technique, no imaging: prone, ... injected on each
        # side") is the account of the procedure, not a title.
        span = self._section_span(m) if section in ("procedure", "guidance") else None
        if span is not None and (span[1] - span[0] > _TITLE_MAX_CHARS or (
                section == "procedure" and self._account_goes_on(span))):
            section = "technique"
        if section in HEADER_SECTIONS:
            return "header"
        if section == "guidance" and m.category in ("LEVEL", "NERVE", "SIDE"):
            return "header"  # "Guidance: fluoroscopy (... TON at the C2-3 joint)": an aside, not the full account
        if section in BODY_SECTIONS:
            return "body"
        if section in ("assessment_plan", "plan"):
            # "A/P: ... we performed bilateral L4-5 facet injections today": only what is said to be done; "P:
            # Today: left L4-5 facet injection. Fluoroscopic guidance; ...": a line keyed as today's
            performed = any(x.category == "PERFORMED" and x.asserted for x in self.by_sent[m.sent])
            line_start = self.text.rfind("\n", 0, m.start) + 1
            return "body" if performed or _TODAY_KEY.search(self.text, line_start, m.start) else "excluded"
        if section == "findings" and not (m.historical or m.hypothetical) and rx("findings_done").search(
                self.text, *self._sent_bounds(m.sent)):
            # An operative report's "Findings: L4-5 and L5-S1 entered without difficulty": what was done there.
            return "body"
        if section == "anesthesia" and m.category == "GUIDANCE":
            return "body"  # "Position: prone ... under fluoroscopy", "Provider: Dr X     Fluoroscopy"
        if section == "indication":
            return "indication"
        if section == "complications":
            return "complications"
        return "excluded"

    def _ev(self, m: Mention) -> Evidence:
        return Evidence(m.start, m.end, self.written[m.start : m.end], m.section, m.rule)

    @staticmethod
    def _usable(m: Mention) -> bool:
        return m.meta["zone"] in ("header", "body") and m.asserted

    def _sent_bounds(self, sent: int) -> tuple[int, int]:
        if 0 <= sent < len(self.note.sentences):
            return self.note.sentences[sent]
        return (0, len(self.text))
