"""Extraction cases with inline markup (EDS-NLP style).

Each case is a short note in which the expected facet joints are marked in place::

    Bilateral <j side=bilateral>L4-5</j> and <j side=bilateral>L5-S1</j> facet injections ...
    <j level=L4-L5,L5-S1 side=right>right L3, L4 medial branches and L5 dorsal ramus</j> blocked

``side`` is ``right``, ``left``, ``bilateral`` or ``none`` (laterality not documented). ``level`` lists the joints
covered by the tagged text; without it the tagged text itself must be one joint name. The tags are stripped to get
the note text; the expected (level, side) pairs are compared with the facet-family procedures (kind != "other") that
the pipeline reports. Optional per-case fields: guidance, intent, kind (checked on every facet-family procedure; kind
"other" means no facet procedure and at least one recognised other procedure) and name (a procedure with this name
must be reported). The expected values follow /work/shared/spec/coding-rules.md and corpora/GUIDELINES.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

FACET_KINDS = {"facet_injection", "medial_branch_block", "radiofrequency_ablation"}
SIDES = {"right", "left", "bilateral", "none"}

_TAG = re.compile(r"<j(?P<attrs>(?:\s+\w+=[^\s>]+)*)\s*>(?P<body>.*?)</j>", re.S)
_ATTR = re.compile(r"(\w+)=([^\s>]+)")
_JOINT = re.compile(r"([CTL])\s?(\d{1,2})\s?(?:[-/\u2013]\s?|\s)?([CTLS])?(\d{1,2})")
_CANONICAL = re.compile(r"(C[2-7]-C[3-7]|C7-T1|T([1-9]|1[01])-T([2-9]|1[0-2])|T12-L1|L[1-4]-L[2-5]|L5-S1)")


def _joint_name(text: str) -> str:
    """Canonical joint name of a marked notation (the test's own reading, independent of nlp.levels)."""
    if text.strip().lower() == "lumbosacral":
        return "L5-S1"
    m = _JOINT.fullmatch(text.strip())
    if not m:
        raise ValueError(f"cannot read joint notation {text!r}; give level=... in the tag")
    region, upper, region2, lower = m.group(1), int(m.group(2)), m.group(3) or m.group(1), int(m.group(4))
    return f"{region}{upper}-{region2}{lower}"


@dataclass
class Case:
    marked: str
    guidance: str | None = None
    intent: str | None = None
    kind: str | None = None
    name: str | None = None
    text: str = field(init=False)
    joints: set[tuple[str, str | None]] = field(init=False)

    def __post_init__(self) -> None:
        self.text, self.joints = parse_markup(self.marked)


def parse_markup(marked: str) -> tuple[str, set[tuple[str, str | None]]]:
    """Strip the <j> tags; return the plain text and the expected (level, side) pairs."""
    expected: set[tuple[str, str | None]] = set()
    pieces: list[str] = []
    pos = 0
    for m in _TAG.finditer(marked):
        pieces.append(marked[pos : m.start()])
        body = m.group("body")
        pieces.append(body)
        pos = m.end()
        attrs = dict(_ATTR.findall(m.group("attrs")))
        unknown = set(attrs) - {"level", "side"}
        if unknown:
            raise ValueError(f"unknown attributes {unknown} in {m.group(0)!r}")
        side = attrs.get("side")
        if side not in SIDES:
            raise ValueError(f"side must be one of {sorted(SIDES)} in {m.group(0)!r}")
        levels = attrs["level"].split(",") if "level" in attrs else [_joint_name(body)]
        for level in levels:
            if not _CANONICAL.fullmatch(level):
                raise ValueError(f"bad level {level!r} in {m.group(0)!r}")
            expected.add((level, None if side == "none" else side))
    pieces.append(marked[pos:])
    text = "".join(pieces)
    if "<j" in text or "</j>" in text:
        raise ValueError(f"unbalanced markup in {marked!r}")
    return text, expected


def C(marked: str, id: str, **fields: str) -> pytest.param:  # noqa: N802 - short constructor for the table
    return pytest.param(Case(marked, **fields), id=id)


CASES = [
    # ------------------------------------------------------------------ notations
    C("Right <j side=right>L4-5</j> facet joint injection performed under fluoroscopic guidance with 1 mL of 0.5% "
      "bupivacaine and 20 mg triamcinolone.", "notation-short",
      guidance="fluoroscopy", intent="therapeutic", kind="facet_injection"),
    C("Left <j side=left>L4-L5</j> intra-articular facet injection under fluoroscopy; 40 mg Depo-Medrol was "
      "placed in the joint.", "notation-full", guidance="fluoroscopy", intent="therapeutic", kind="facet_injection"),
    C("Bilateral <j side=bilateral>L4/5</j> facet injections were done under C-arm guidance using 0.5% ropivacaine "
      "and 4 mg dexamethasone per side.", "notation-slash", guidance="fluoroscopy", intent="therapeutic"),
    C("Right <j side=right>L4\u2013L5</j> and <j side=right>L5\u2013S1</j> facet joint injections under fluoroscopy "
      "with Kenalog 40 mg divided between the joints.", "notation-endash", guidance="fluoroscopy"),
    C("Left <j side=left>C 5-6</j> facet joint injection was carried out with fluoroscopic guidance; 0.5 mL of 1% "
      "lidocaine and 10 mg Kenalog were injected.", "notation-space-cervical", guidance="fluoroscopy",
      intent="therapeutic"),
    C("Procedure: bilateral <j side=bilateral>L45</j> facet joint injection under fluoro with 80 mg Depo-Medrol "
      "split between sides.", "notation-concat-L45", guidance="fluoroscopy"),
    C("Right <j side=right>L5S1</j> facet inj, fluoro guided, 1 cc 0.25% bupivacaine plus 20 mg Kenalog.",
      "notation-concat-L5S1", guidance="fluoroscopy", intent="therapeutic"),
    C("Right <j side=right>C7-T1</j> intra-articular facet injection was performed under fluoroscopy with "
      "dexamethasone 5 mg.", "notation-C7-T1", guidance="fluoroscopy"),
    C("Left <j side=left>T12-L1</j> facet joint injection under fluoroscopic guidance with triamcinolone 20 mg.",
      "notation-T12-L1", guidance="fluoroscopy", intent="therapeutic"),
    C("Bilateral <j level=L3-L4,L4-L5,L5-S1 side=bilateral>L3 through S1</j> facet joint injections were performed "
      "under fluoroscopy with 80 mg methylprednisolone.", "notation-range-through", guidance="fluoroscopy"),
    C("Under fluoroscopic guidance I injected the right <j level=L3-L4,L4-L5,L5-S1 side=right>L3-S1 facets</j> "
      "with bupivacaine and Kenalog.", "notation-range-facets", guidance="fluoroscopy"),
    C("Left <j side=left>L3-4</j>, <j side=left>L4-5</j> and <j side=left>L5-S1</j> facet injections were "
      "completed under fluoroscopy with Depo-Medrol 40 mg.", "notation-list-three", guidance="fluoroscopy"),
    C("Bilateral <j side=bilateral>L4/5</j> & <j side=bilateral>L5/S1</j> facet joint injections, "
      "fluoroscopically guided, Kenalog 40 mg total.", "notation-slash-ampersand", guidance="fluoroscopy"),
    C("Right <j side=right>lumbosacral</j> facet joint injection was performed under fluoroscopy with 1 mL of 0.25% "
      "bupivacaine and 10 mg dexamethasone.", "notation-lumbosacral", guidance="fluoroscopy"),
    C("Left <j side=left>L4 5</j> facet injection done under fluoroscopy, Kenalog 20 mg.", "notation-space-lumbar",
      guidance="fluoroscopy"),
    C("Right <j side=right>C3-4</j> and <j side=right>C4-5</j> facet joint injections were performed with "
      "fluoroscopic guidance using 1% lidocaine and 20 mg triamcinolone.", "notation-cervical-list",
      guidance="fluoroscopy", intent="therapeutic"),
    C("Bilateral <j side=bilateral>T7-8</j> facet joint injections under fluoroscopy with dexamethasone 4 mg.",
      "notation-thoracic", guidance="fluoroscopy", intent="therapeutic"),
    C("Right <j side=right>T12-L1</j> and <j side=right>L1-2</j> facet injections under fluoroscopy with Kenalog "
      "20 mg each.", "notation-junction-two-regions", guidance="fluoroscopy"),
    C("Bilat <j side=bilateral>C 6-7</j> facet injections under fluoro, 0.5 mL Celestone per joint.",
      "notation-space-bilat", guidance="fluoroscopy", intent="therapeutic"),
    C("Left <j side=left>L3/4</j>, <j side=left>L4/5</j> facet joint injections under fluoroscopy with "
      "methylprednisolone 40 mg.", "notation-slash-list", guidance="fluoroscopy"),
    C("Right <j side=right>C7-T1</j> and <j side=right>T1-2</j> facet injections were performed under "
      "fluoroscopy with triamcinolone 10 mg each.", "notation-cervicothoracic", guidance="fluoroscopy"),
    C("Right <j side=right>L2-3</j>, <j side=right>L3-4</j>, <j side=right>L4-5</j> and "
      "<j side=right>L5-S1</j> facet injections under fluoroscopy with Kenalog 80 mg total.", "notation-list-four",
      guidance="fluoroscopy"),
    # ------------------------------------------------------------------ nerves to joints
    C("Right <j level=L4-L5,L5-S1 side=right>L3, L4 medial branches and L5 dorsal ramus</j> were blocked under "
      "fluoroscopy with 0.5 mL of 0.5% bupivacaine each.", "nerve-lumbar-L3-L5",
      guidance="fluoroscopy", intent="diagnostic", kind="medial_branch_block"),
    C("Left <j level=L3-L4,L4-L5 side=left>L2, L3 and L4 medial branch</j> blocks under fluoroscopic guidance "
      "using 0.75% bupivacaine only.", "nerve-lumbar-L2-L4",
      guidance="fluoroscopy", intent="diagnostic", kind="medial_branch_block"),
    C("Right <j level=T5-T6,T6-T7 side=right>T4, T5 and T6 medial branches</j> were anesthetized under "
      "fluoroscopy with 0.5 mL of 2% lidocaine each.", "nerve-thoracic-T4-T6",
      guidance="fluoroscopy", intent="diagnostic", kind="medial_branch_block"),
    C("Left <j level=T12-L1 side=left>T11 and T12 medial branch</j> blocks were performed under fluoroscopy "
      "with bupivacaine.", "nerve-thoracic-T11-T12", guidance="fluoroscopy", kind="medial_branch_block"),
    C("Right <j level=L1-L2 side=right>T12 and L1 medial branches</j> blocked under fluoroscopy with 0.5% "
      "bupivacaine.", "nerve-T12-L1-gives-L1-L2", guidance="fluoroscopy", kind="medial_branch_block"),
    C("Left <j level=T12-L1,L1-L2 side=left>T11, T12 and L1 medial branches</j> were blocked under fluoroscopy "
      "with bupivacaine 0.5%.", "nerve-across-junction", guidance="fluoroscopy", kind="medial_branch_block"),
    C("Left <j level=C4-C5,C5-C6 side=left>C4, C5 and C6 medial branch</j> blocks under fluoroscopic guidance, "
      "0.3 mL of 0.5% bupivacaine at each target.", "nerve-cervical-C4-C6",
      guidance="fluoroscopy", intent="diagnostic", kind="medial_branch_block"),
    C("Right <j level=C7-T1 side=right>C7 and C8 medial branches</j> were blocked under fluoroscopy with "
      "lidocaine.", "nerve-cervical-C7-C8", guidance="fluoroscopy", kind="medial_branch_block"),
    C("Right <j level=C2-C3 side=right>third occipital nerve</j> block performed under fluoroscopy with 0.5 mL "
      "of 0.5% bupivacaine.", "nerve-TON", guidance="fluoroscopy", intent="diagnostic", kind="medial_branch_block"),
    C("Left <j level=C2-C3,C3-C4 side=left>third occipital nerve, C3 and C4 medial branches</j> were blocked under "
      "fluoroscopy with bupivacaine only.", "nerve-TON-plus-C3-C4",
      guidance="fluoroscopy", intent="diagnostic", kind="medial_branch_block"),
    C("Left <j level=L5-S1 side=left>L4 medial branch, L5 dorsal ramus and S1 dorsal ramus</j> blocks under "
      "fluoroscopy with bupivacaine.", "nerve-S1-adds-no-joint", guidance="fluoroscopy", kind="medial_branch_block"),
    C("Right <j level=L5-S1 side=right>L4 medial branch and L5 dorsal ramus</j> were blocked under fluoroscopy "
      "with 0.5% bupivacaine.", "nerve-L5-dorsal-ramus", guidance="fluoroscopy", kind="medial_branch_block"),
    C("Right L4 medial branch block was performed under fluoroscopy with 0.5 mL bupivacaine.",
      "nerve-lone-nerve-no-joint", guidance="fluoroscopy", kind="medial_branch_block"),
    C("Left <j side=left>L3-4</j> medial branch block; the L2, L3 and L4 medial branches were each anesthetized "
      "under fluoroscopy with 0.5 mL bupivacaine.", "nerve-explicit-joint-wins",
      guidance="fluoroscopy", kind="medial_branch_block"),
    C("Bilateral <j level=L4-L5,L5-S1 side=bilateral>L3 and L4 medial branches and L5 dorsal rami</j> were "
      "blocked under fluoroscopy, 0.5 mL of 0.75% ropivacaine at each site.", "nerve-bilateral",
      guidance="fluoroscopy", intent="diagnostic", kind="medial_branch_block"),
    C("Under fluoroscopy the <j level=L4-L5 side=right>right L3 and L4 medial branches</j> and the "
      "<j level=L5-S1 side=left>left L4 medial branch and L5 dorsal ramus</j> were blocked with bupivacaine only.",
      "nerve-mixed-laterality", guidance="fluoroscopy", intent="diagnostic", kind="medial_branch_block"),
    C("Radiofrequency ablation of the <j level=L3-L4,L4-L5 side=left>left L2, L3 and L4 medial branches</j> was "
      "performed under fluoroscopy at 80 \u00b0C for 90 seconds per lesion.", "nerve-rfa-lumbar",
      guidance="fluoroscopy", intent="therapeutic", kind="radiofrequency_ablation"),
    C("Right <j level=C5-C6,C6-C7 side=right>C5, C6 and C7 medial branch</j> radiofrequency neurotomy under "
      "fluoroscopic guidance; 1 mL of 2% lidocaine was given at each site before lesioning at 80 degrees for 90 "
      "seconds.", "nerve-rfa-cervical", guidance="fluoroscopy", intent="therapeutic",
      kind="radiofrequency_ablation"),
    C("Left <j level=C2-C3 side=left>third occipital nerve</j> radiofrequency ablation under fluoroscopy with "
      "three overlapping lesions at 80 \u00b0C.", "nerve-rfa-TON",
      guidance="fluoroscopy", intent="therapeutic", kind="radiofrequency_ablation"),
    C("Right <j level=T8-T9,T9-T10 side=right>T7, T8 and T9 medial branches</j> were lesioned with radiofrequency "
      "at 80 \u00b0C under fluoroscopy.", "nerve-rfa-thoracic",
      guidance="fluoroscopy", intent="therapeutic", kind="radiofrequency_ablation"),
    C("Bilateral <j side=bilateral>L4-5</j> and <j side=bilateral>L5-S1</j> radiofrequency ablation under "
      "fluoroscopy, lesioning the L3, L4 medial branches and L5 dorsal rami at 85 \u00b0C for 90 s.",
      "nerve-rfa-explicit-joints", guidance="fluoroscopy", intent="therapeutic", kind="radiofrequency_ablation"),
    C("Right <j level=T5-T6,T6-T7 side=right>T4, T5 and T6 medial branch</j> blocks under fluoroscopy with 2% "
      "lidocaine.", "nerve-thoracic-noun-phrase", guidance="fluoroscopy", kind="medial_branch_block"),
    C("Right <j level=C7-T1 side=right>C7 and C8 medial branch</j> blocks under fluoroscopy, lidocaine 1%.",
      "nerve-cervical-C7-C8-noun-phrase", kind="medial_branch_block"),
    C("Left <j level=C2-C3,C3-C4 side=left>third occipital nerve and C3, C4 medial branch</j> blocks under "
      "fluoroscopy with bupivacaine.", "nerve-TON-plus-C3-C4-noun-phrase", kind="medial_branch_block"),
    C("Left <j level=T12-L1,L1-L2 side=left>T11, T12 and L1 medial branch</j> blocks under fluoroscopy with "
      "bupivacaine.", "nerve-across-junction-noun-phrase", kind="medial_branch_block"),
    C("<j level=L4-L5 side=right>Right L3 and L4 medial branch</j> blocks and <j level=L5-S1 side=left>left L4 "
      "medial branch and L5 dorsal ramus</j> blocks under fluoroscopy with bupivacaine.",
      "nerve-mixed-laterality-noun-phrase", intent="diagnostic", kind="medial_branch_block"),
    C("Right <j side=right>L4-5</j> medial branch block #1 under fluoroscopy.", "intent-block-number-trailing",
      intent="diagnostic", kind="medial_branch_block"),
    # ------------------------------------------------------------------ laterality
    C("b/l <j side=bilateral>L4-5</j> and <j side=bilateral>L5-S1</j> FJI under fluoro, Kenalog 40 mg split "
      "evenly.", "side-b/l", guidance="fluoroscopy", intent="therapeutic"),
    C("Bilat <j side=bilateral>L3-4</j> facet inj, fluoro guided, Depo-Medrol 40 mg.", "side-bilat",
      guidance="fluoroscopy"),
    C("Rt <j side=right>L5-S1</j> facet injection under fluoroscopy, dexamethasone 10 mg.", "side-rt",
      guidance="fluoroscopy"),
    C("Lt <j side=left>C5-6</j> facet joint injection under fluoro with triamcinolone 20 mg.", "side-lt",
      guidance="fluoroscopy"),
    C("R <j side=right>L4-5</j> facet joint injection performed under fluoroscopy with 20 mg Kenalog.",
      "side-R", guidance="fluoroscopy"),
    C("Side: L\nLevel: <j side=left>L4-5</j>\nProcedure: facet joint injection under fluoroscopy with "
      "methylprednisolone 40 mg.", "side-L-key-value", guidance="fluoroscopy", intent="therapeutic"),
    C("The <j side=bilateral>L4-5</j> facet joints were injected on both sides under fluoroscopy with 1 mL of "
      "bupivacaine and 20 mg of Kenalog per side.", "side-both-sides", guidance="fluoroscopy"),
    C("The right <j side=bilateral>L4-5</j> facet joint was injected under fluoroscopy with 0.5 mL bupivacaine and "
      "20 mg Kenalog. The same procedure was then performed on the other side.", "side-other-side-repeat",
      guidance="fluoroscopy", intent="therapeutic"),
    C("Left <j level=L4-L5,L5-S1 side=bilateral>L3, L4 medial branches and L5 dorsal ramus</j> were blocked with "
      "0.5% bupivacaine under fluoroscopy. The identical procedure was repeated on the right side.",
      "side-other-side-repeat-nerves", guidance="fluoroscopy", kind="medial_branch_block"),
    C("Facet injections were performed on the left at <j side=left>L4-5</j> and <j side=left>L5-S1</j> under "
      "fluoroscopy with Kenalog.", "side-distributes-over-list", guidance="fluoroscopy"),
    C("Facet joint injection at <j side=left>L4-5</j> on the left under fluoroscopic guidance with 40 mg "
      "Depo-Medrol.", "side-on-the-left", guidance="fluoroscopy"),
    C("Right <j side=right>L4-5</j> and left <j side=left>L5-S1</j> facet joint injections under fluoroscopy with "
      "triamcinolone.", "side-mixed-right-left", guidance="fluoroscopy"),
    C("Bilateral <j side=bilateral>L4-5</j> and right <j side=right>L5-S1</j> facet injections under fluoroscopy "
      "with Kenalog 60 mg total.", "side-mixed-bilateral-right", guidance="fluoroscopy"),
    C("Under fluoroscopy, <j side=right>L3-4</j> was injected on the right and <j side=left>L4-5</j> on the left, "
      "each with 0.5 mL bupivacaine and 10 mg Kenalog.", "side-mixed-trailing", guidance="fluoroscopy"),
    C("Side: [x] Right [ ] Left [ ] Bilateral\nLevel(s): <j side=right>L4-5</j>, <j side=right>L5-S1</j>\n"
      "Procedure: lumbar facet joint injection under fluoroscopy with Kenalog 40 mg.", "side-checkbox-right",
      guidance="fluoroscopy", intent="therapeutic"),
    C("Side: [ ] Right [x] Left\nLevel: <j side=left>C5-6</j>\nFacet joint injection, fluoroscopic guidance, "
      "dexamethasone 4 mg.", "side-checkbox-left", guidance="fluoroscopy"),
    C("Side: [x] Right [x] Left\nLevels: <j side=bilateral>L4-5</j>, <j side=bilateral>L5-S1</j>\nMedial branch "
      "block under fluoroscopy with bupivacaine 0.5%.", "side-checkbox-both", guidance="fluoroscopy"),
    C("<j side=none>L4-5</j> facet joint injection under fluoroscopy with 40 mg Kenalog.", "side-not-documented",
      guidance="fluoroscopy"),
    # ------------------------------------------------------------------ guidance
    C("Right <j side=right>L4-5</j> facet joint injection under CT guidance with 20 mg triamcinolone.",
      "guidance-ct", guidance="ct", intent="therapeutic"),
    C("Left <j side=left>L5-S1</j> facet injection performed with CT fluoroscopy; 1 mL of 0.5% bupivacaine and "
      "40 mg Depo-Medrol were injected.", "guidance-ct-fluoroscopy", guidance="ct"),
    C("CT-guided bilateral <j side=bilateral>C4-5</j> facet joint injections with 10 mg Kenalog per side.",
      "guidance-ct-hyphen", guidance="ct"),
    C("Right <j side=right>C4-5</j> facet joint injection under ultrasound guidance with 10 mg Kenalog.",
      "guidance-ultrasound", guidance="ultrasound", intent="therapeutic"),
    C("Left <j level=L4-L5 side=left>L3 and L4 medial branches</j> were blocked with ultrasound guidance, 0.5 mL "
      "bupivacaine at each.", "guidance-ultrasound-mbb", guidance="ultrasound", kind="medial_branch_block"),
    C("Ultrasound guidance was attempted but the view was poor, so we converted to fluoroscopy; the right "
      "<j side=right>L4-5</j> facet injection was completed with 20 mg Kenalog.", "guidance-us-converted",
      guidance="fluoroscopy"),
    C("Left <j side=left>L4-5</j> facet injection was done with a landmark-based technique, 40 mg Kenalog.",
      "guidance-landmark", guidance="none"),
    C("By palpation of the spinous processes, the right <j side=right>L5-S1</j> facet joint was injected with "
      "1 mL lidocaine and 20 mg triamcinolone.", "guidance-palpation", guidance="none"),
    C("Right <j side=right>L3-4</j> facet injection with 40 mg Depo-Medrol.", "guidance-unstated", guidance="none"),
    C("Bilateral <j side=bilateral>L4-5</j> facet joint injections; needle position confirmed with the image "
      "intensifier before injecting Kenalog.", "guidance-image-intensifier", guidance="fluoroscopy"),
    C("Right <j level=L4-L5,L5-S1 side=right>L3, L4 medial branches and L5 dorsal ramus</j> RFA under CT "
      "guidance at 80 \u00b0C.", "guidance-ct-rfa", guidance="ct", kind="radiofrequency_ablation"),
    # ------------------------------------------------------------------ intent
    C("Diagnostic right <j side=right>L4-5</j> facet injection under fluoroscopy with 1 mL of 0.5% bupivacaine.",
      "intent-diagnostic-explicit", intent="diagnostic"),
    C("Confirmatory block of the <j level=L4-L5,L5-S1 side=left>left L3, L4 medial branches and L5 dorsal "
      "ramus</j> under fluoroscopy, 0.5 mL of injectate at each target.", "intent-confirmatory",
      intent="diagnostic", kind="medial_branch_block"),
    C("MBB #1: <j level=L4-L5,L5-S1 side=bilateral>bilateral L3, L4 MB and L5 dorsal rami</j> under "
      "fluoroscopy.", "intent-block-number-1", intent="diagnostic", kind="medial_branch_block"),
    C("Block #2 of 2: <j level=C5-C6 side=right>right C5 and C6 medial branches</j> under fluoroscopy with "
      "0.5 mL injectate each.", "intent-block-number-2", intent="diagnostic", kind="medial_branch_block"),
    C("Comparative medial branch block of the <j level=L4-L5 side=right>right L3 and L4 medial branches</j> "
      "under fluoroscopy using 2% lidocaine.", "intent-comparative", intent="diagnostic",
      kind="medial_branch_block"),
    C("Therapeutic left <j side=left>L4-5</j> facet joint injection under fluoroscopy.", "intent-therapeutic-explicit",
      intent="therapeutic"),
    C("Right <j side=right>L5-S1</j> facet injection under fluoroscopy with 6 mg Celestone.", "intent-celestone",
      intent="therapeutic"),
    C("Left <j side=left>L4-5</j> facet injection under fluoroscopy with betamethasone 6 mg.", "intent-betamethasone",
      intent="therapeutic"),
    C("Right <j side=right>C6-7</j> facet joint injection under fluoroscopy with methylprednisolone 20 mg.",
      "intent-methylprednisolone", intent="therapeutic"),
    C("Left <j side=left>L3-4</j> facet injection under fluoroscopy; dexamethasone 10 mg was injected.",
      "intent-dexamethasone", intent="therapeutic"),
    C("Right <j side=right>L4-5</j> facet injection under fluoroscopy with 20 mg Kenalog.", "intent-kenalog",
      intent="therapeutic"),
    C("Left <j side=left>L4-5</j> intra-articular facet injection under fluoroscopy with 1 mL of 0.5% bupivacaine "
      "only.", "intent-local-only", intent="diagnostic"),
    C("Diagnostic bilateral <j side=bilateral>L4-5</j> facet joint injection under fluoroscopy; 1 mL bupivacaine "
      "with 10 mg Kenalog was placed in each joint.", "intent-explicit-dx-beats-steroid", intent="diagnostic"),
    C("Therapeutic medial branch block of the <j level=L4-L5 side=right>right L3 and L4 medial branches</j> under "
      "fluoroscopy with 0.5% bupivacaine only.", "intent-explicit-tx-beats-local", intent="therapeutic",
      kind="medial_branch_block"),
    C("Right <j side=right>L4-5</j> facet injection under fluoroscopy; medication was injected without "
      "complication.", "intent-unknown", intent="unknown"),
    C("Left <j level=L4-L5,L5-S1 side=left>L3, L4 medial branches and L5 dorsal ramus</j> were blocked under "
      "fluoroscopy. The patient was given a pain diary to record percentage relief over the next 6 hours.",
      "intent-pain-diary", intent="diagnostic", kind="medial_branch_block"),
    C("Right <j side=right>L4-5</j> radiofrequency ablation under fluoroscopy after 1 mL of 2% lidocaine at each "
      "target; lesions at 80 \u00b0C for 90 seconds.", "intent-rfa-always-therapeutic", intent="therapeutic",
      kind="radiofrequency_ablation"),
    # ------------------------------------------------------------------ traps: nothing performed
    C("History: s/p bilateral L4-5 RFA in 2023 with about 70% relief lasting eight months.", "trap-history"),
    C("She had right L4-5 and L5-S1 facet injections last year under fluoroscopy with Kenalog, which gave six "
      "weeks of relief.", "trap-prior-procedure"),
    C("MRI shows L4-5 facet arthropathy and a small left L5-S1 facet effusion.", "trap-imaging-findings"),
    C("Plan: will schedule bilateral L4-5 and L5-S1 medial branch blocks under fluoroscopy.", "trap-plan"),
    C("I recommend right C5-6 and C6-7 facet injections if the neck pain persists.", "trap-recommendation"),
    C("No facet injection was performed at L4-5 today.", "trap-negation"),
    C("The planned left L4-5 facet joint injection was cancelled because the patient had a fever.",
      "trap-cancelled"),
    C("Bilateral L3-4 medial branch blocks were aborted after a vasovagal episode before any needle was placed.",
      "trap-aborted"),
    C("Right L5-S1 facet injection was aborted when the patient became hypotensive during positioning; no "
      "medication was given.", "trap-aborted-no-medication"),
    C("The patient declined the scheduled bilateral L4-5 facet injections today.", "trap-declined"),
    # ------------------------------------------------------------------ traps: look-alikes
    C("L5-S1 interlaminar epidural steroid injection under fluoroscopy with 80 mg Depo-Medrol.",
      "lookalike-interlaminar", kind="other", name="interlaminar_epidural"),
    C("Right L4-5 and L5-S1 transforaminal epidural steroid injections were performed under fluoroscopy with "
      "dexamethasone 10 mg.", "lookalike-transforaminal", kind="other", name="transforaminal_epidural"),
    C("Caudal epidural injection through the sacral hiatus under fluoroscopy; contrast spread to L5-S1.",
      "lookalike-caudal", kind="other", name="caudal_epidural"),
    C("Left sacroiliac joint injection under fluoroscopy with 40 mg Kenalog; L5-S1 facet arthropathy noted on "
      "prior films.", "lookalike-si-joint", kind="other", name="sacroiliac_joint_injection"),
    C("Left sacroiliac joint lateral branch radiofrequency ablation: the L4 medial branch, L5 dorsal ramus and S1, "
      "S2 and S3 lateral branches were lesioned under fluoroscopy.", "lookalike-si-lateral-branch-rfa",
      kind="other", name="si_lateral_branch_rfa"),
    C("Pulsed radiofrequency of the right L3 and L4 medial branches at 42 \u00b0C under fluoroscopy.",
      "lookalike-pulsed-rf", kind="other", name="pulsed_radiofrequency"),
    C("Bilateral greater occipital nerve blocks with bupivacaine and 20 mg Kenalog; C2-3 facet arthropathy on "
      "the prior CT.", "lookalike-occipital", kind="other", name="occipital_nerve_block"),
    C("Trigger point injections in the left lumbar paraspinals at about the L4-5 level with 1% lidocaine.",
      "lookalike-trigger-point", kind="other", name="trigger_point_injection"),
    # ------------------------------------------------------------------ traps mixed with a performed procedure
    C("Procedure: bilateral L4-5 facet joint injections. The left <j side=left>L4-5</j> facet joint was injected "
      "under fluoroscopy with 20 mg Kenalog. On the right the joint could not be entered because of hypertrophy "
      "and the attempt was aborted.", "partial-side-aborted", guidance="fluoroscopy"),
    C("Planned: right L3-4, L4-5 and L5-S1 facet injections. The right <j side=right>L4-5</j> and "
      "<j side=right>L5-S1</j> joints were injected under fluoroscopy with Kenalog; L3-4 could not be accessed "
      "and was not injected.", "partial-level-skipped", guidance="fluoroscopy"),
    C("Left L5-S1 transforaminal epidural and left <j side=left>L4-5</j> facet injection, both under fluoroscopy "
      "with dexamethasone.", "lookalike-plus-facet", guidance="fluoroscopy", name="transforaminal_epidural"),
    C("s/p right L4-5 RFA in 2022. Today repeat radiofrequency ablation of the <j level=L4-L5,L5-S1 "
      "side=right>right L3, L4 medial branches and L5 dorsal ramus</j> under fluoroscopy.",
      "history-plus-current", kind="radiofrequency_ablation"),
    C("MRI shows L3-4 through L5-S1 facet arthropathy. Bilateral <j side=bilateral>L4-5</j> facet joint "
      "injections were performed today under fluoroscopy with Kenalog.", "imaging-plus-current"),
    C("Right <j side=right>L5-S1</j> facet injection was performed today under fluoroscopy with 40 mg Kenalog. If "
      "relief exceeds 50%, will schedule the left L5-S1 next month.", "plan-plus-current"),
    C("Right <j side=right>L4-5</j> facet injection under fluoroscopy with Kenalog; no injection was done on the "
      "left.", "negated-other-side"),
    C("Prior right L4-5 MBB gave 80% relief. Today, confirmatory <j level=L4-L5 side=right>right L3 and L4 medial "
      "branch</j> blocks under fluoroscopy with 2% lidocaine.", "prior-plus-current-mbb", intent="diagnostic"),
]


@pytest.fixture(scope="module")
def pipe():  # noqa: ANN201
    import nlp

    return nlp.load()


def _facet_joints(procedures: list[dict]) -> set[tuple[str, str | None]]:
    return {(j["level"], j["side"]) for p in procedures if p["kind"] != "other" for j in p["joints"]}


def _summary(procedures: list[dict]) -> list[dict]:
    return [
        {"kind": p["kind"], "name": p["name"], "guidance": p["guidance"], "intent": p["intent"],
         "joints": sorted((j["level"], j["side"] or "none") for j in p["joints"])}
        for p in procedures
    ]


def test_markup_parser() -> None:
    text, joints = parse_markup(
        "Bilateral <j side=bilateral>L4/5</j> and <j level=L5-S1 side=left>left L4 MB and L5 DR</j>, "
        "<j side=none>C 5-6</j>, <j side=right>L5S1</j>, <j side=right>C7-T1</j>, <j side=left>lumbosacral</j>."
    )
    assert text == "Bilateral L4/5 and left L4 MB and L5 DR, C 5-6, L5S1, C7-T1, lumbosacral."
    assert joints == {("L4-L5", "bilateral"), ("L5-S1", "left"), ("C5-C6", None), ("L5-S1", "right"),
                      ("C7-T1", "right"), ("L5-S1", "left")}
    with pytest.raises(ValueError):
        parse_markup("<j side=up>L4-5</j>")
    with pytest.raises(ValueError):
        parse_markup("<j side=right>L3 through S1</j>")


def test_case_count() -> None:
    assert len(CASES) >= 90
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES)
def test_extraction(pipe, case: Case) -> None:  # noqa: ANN001
    procedures = pipe(case.text)._.spinecode_procedures
    facet = [p for p in procedures if p["kind"] != "other"]
    detail = {"text": case.text, "procedures": _summary(procedures)}
    assert _facet_joints(procedures) == case.joints, detail
    if case.kind == "other":
        assert not facet, detail
        assert any(p["kind"] == "other" for p in procedures), detail
    elif case.kind is not None:
        assert facet and all(p["kind"] == case.kind for p in facet), detail
    if case.name is not None:
        assert any(p["name"] == case.name for p in procedures), detail
    if case.guidance is not None:
        assert facet and all(p["guidance"] == case.guidance for p in facet), detail
    if case.intent is not None:
        assert facet and all(p["intent"] == case.intent for p in facet), detail


@pytest.mark.parametrize("case", CASES)
def test_evidence_spans_index_the_text(pipe, case: Case) -> None:  # noqa: ANN001
    procedures = pipe(case.text)._.spinecode_procedures
    spans = [e for p in procedures for e in p.get("evidence", [])]
    spans += [e for p in procedures for j in p["joints"] for e in j.get("evidence", [])]
    for span in spans:
        assert case.text[span["start"] : span["end"]] == span["text"], (case.text, span)
