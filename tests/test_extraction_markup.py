"""Extraction tests with inline markup, in the style of EDS-NLP's tests.

`<j side=right>L4-5</j>` marks a joint the pipeline must report, with its side; `<j level=L4-L5,L5-S1
side=left>left L3, L4 medial branches and L5 dorsal ramus</j>` marks joints reached through nerves. The tags are
stripped before the text goes through the pipeline. A case with no tag must give no facet-family joint.
Optional expectations per case: guidance, intent, kind (of every facet-family procedure found), intents
(kind -> intent, when the procedures differ), guidances (region -> guidance) or kinds (the facet-family kinds
found; [] when none was done, joints or not).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

TAG = re.compile(r"<j(?P<attrs>[^>]*)>(?P<body>.*?)</j>", re.S)
SIDES = {"right", "left", "bilateral", "none"}


def parse(markup: str) -> tuple[str, set[tuple[str, str | None]]]:
    """Plain text and the expected (joint, side) pairs."""
    expected: set[tuple[str, str | None]] = set()
    text_parts, last = [], 0
    for m in TAG.finditer(markup):
        text_parts.append(markup[last : m.start()])
        body = m.group("body")
        text_parts.append(body)
        last = m.end()
        attrs = dict(a.split("=") for a in m.group("attrs").split())
        side = attrs.get("side", "none")
        assert side in SIDES, side
        levels = attrs["level"].split(",") if "level" in attrs else [_normalise(body)]
        for level in levels:
            expected.add((level, None if side == "none" else side))
    text_parts.append(markup[last:])
    return "".join(text_parts), expected


def _normalise(body: str) -> str:
    from nlp.levels import parse_levels

    items = parse_levels(body)
    assert len(items) == 1 and items[0].kind == "joint", body
    return f"{items[0].upper}-{items[0].lower}"


R, L, B = "right", "left", "bilateral"
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- notations -------------------------------------------------------------------------------
    ("short", "PROCEDURE: Right <j side=right>L4-5</j> facet joint injection under fluoroscopy, 40 mg Kenalog.",
     {"guidance": "fluoroscopy", "intent": "therapeutic", "kind": "facet_injection"}),
    ("full", "Procedure: left <j side=left>L4-L5</j> facet injection with fluoroscopy, bupivacaine and triamcinolone.",
     {}),
    ("slash", "Procedure: bilateral <j side=bilateral>L4/5</j> and <j side=bilateral>L5/S1</j> facet injections, "
     "fluoro, Depo-Medrol.", {}),
    ("endash", "Right <j side=right>L4\u2013L5</j> facet joint injection performed under C-arm with Celestone.", {}),
    ("space-cervical", "PROCEDURE: Left <j side=left>C 5-6</j> facet joint injection. Fluoroscopy. Kenalog 20 mg.",
     {}),
    ("space-lumbar", "Procedure: right <j side=right>L4 5</j> facet joint injection under fluoroscopy, kenalog.",
     {}),
    ("concat", "Bilateral facet injections at <j side=bilateral>L34</j>, <j side=bilateral>L45</j>, "
     "<j side=bilateral>L5S1</j> under fluoroscopy with triamcinolone.", {}),
    ("c7-t1", "PROCEDURE: Right <j side=right>C7-T1</j> facet injection under fluoroscopy with dexamethasone.", {}),
    ("t12-l1", "Procedure: Left <j side=left>T12-L1</j> facet joint injection, fluoroscopic guidance, Kenalog.", {}),
    ("range-through", "Procedure: right <j level=L3-L4,L4-L5,L5-S1 side=right>L3 through S1</j> facet joint "
     "injections under fluoroscopy with Depo-Medrol.", {}),
    ("range-facets", "PROCEDURE: Bilateral <j level=L3-L4,L4-L5,L5-S1 side=bilateral>L3-S1</j> facet injections. "
     "Fluoroscopy. 80 mg methylprednisolone divided.", {}),
    ("list-and", "Procedure: right <j side=right>L3-4</j>, <j side=right>L4-5</j> and <j side=right>L5-S1</j> facet "
     "joint injections under fluoroscopy, Kenalog.", {}),
    ("list-ampersand", "b/l <j side=bilateral>L4/5</j> & <j side=bilateral>L5/S1</j> facet jt inj under fluoro, "
     "kenalog 40", {}),
    ("lumbosacral-joint", "PROCEDURE: Right <j level=L5-S1 side=right>lumbosacral facet joint</j> injection under "
     "fluoroscopy with 20 mg triamcinolone.", {}),
    ("thoracic", "Procedure: Right <j side=right>T7-8</j> and <j side=right>T8-9</j> facet joint injections, "
     "fluoroscopy, methylprednisolone.", {}),
    ("cervical-two", "Procedure: left <j side=left>C3-4</j> and <j side=left>C4-5</j> facet joint injections with "
     "fluoroscopy and betamethasone.", {}),
    # --- nerves --------------------------------------------------------------------------------------
    ("nerves-lumbar", "Procedure: <j level=L4-L5,L5-S1 side=right>right L3, L4 medial branches and L5 dorsal "
     "ramus</j> blocked under fluoroscopy with bupivacaine.", {"kind": "medial_branch_block"}),
    ("nerves-lumbar-two", "Under fluoroscopy <j level=L4-L5 side=left>the left L3 and L4 medial branches</j> were "
     "blocked with 0.5 mL bupivacaine (medial branch block).", {}),
    ("nerves-thoracic", "PROCEDURE: Medial branch blocks of <j level=T12-L1 side=left>left T11 and T12 medial "
     "branches</j>, fluoroscopy, ropivacaine.", {}),
    ("nerves-t12-l1", "Medial branch blocks: <j level=L1-L2 side=right>right T12 and L1 medial branches</j> under "
     "fluoroscopy, lidocaine 2%.", {}),
    ("nerves-cervical", "PROCEDURE: <j level=C4-C5,C5-C6 side=right>Right C4, C5, C6 medial branch</j> blocks with "
     "fluoroscopy and 0.3 mL bupivacaine each.", {}),
    ("nerves-c7-c8", "Procedure: <j level=C7-T1 side=left>left C7 and C8 medial branch</j> blocks, fluoroscopy, "
     "lidocaine.", {}),
    ("ton", "PROCEDURE: <j level=C2-C3 side=right>Right third occipital nerve block</j> under fluoroscopy with 0.5 mL "
     "bupivacaine.", {"kind": "medial_branch_block"}),
    ("ton-and-c3-c4", "PROCEDURE: <j level=C2-C3,C3-C4 side=left>Left third occipital nerve and C3, C4 medial branch"
     "</j> blocks, fluoroscopic guidance, lidocaine.", {}),
    ("nerve-range", "Procedure: <j level=L4-L5,L5-S1 side=bilateral>bilateral L3-L5 medial branch</j> blocks, "
     "fluoroscopy, bupivacaine only.", {}),
    ("sacral-ala", "MBB: <j level=L5-S1 side=right>right L4 medial branch and sacral ala</j> targeted under "
     "fluoroscopy; bupivacaine 0.5 mL each.", {}),
    ("joints-win-over-nerves", "PROCEDURE: Bilateral <j side=bilateral>L3-4</j>, <j side=bilateral>L4-5</j> medial "
     "branch blocks.\nTECHNIQUE: Under fluoroscopy the L3 and L4 medial branches were blocked bilaterally with "
     "bupivacaine.", {}),
    ("rfa-nerves", "PROCEDURE: Radiofrequency ablation of the <j level=L4-L5,L5-S1 side=left>left L3, L4 medial "
     "branches and L5 dorsal ramus</j> under fluoroscopy.", {"kind": "radiofrequency_ablation",
                                                           "intent": "therapeutic"}),
    ("rfa-joints", "Right <j side=right>C3-4</j> and <j side=right>C4-5</j> RFA under fluoroscopy, lesions at 80 C.",
     {"kind": "radiofrequency_ablation"}),
    ("rfa-lidocaine-is-part", "PROCEDURE: Left <j side=left>L4-5</j> radiofrequency neurotomy. Under fluoroscopy 1 mL "
     "of 2% lidocaine was injected at each medial branch before lesioning.", {"kind": "radiofrequency_ablation"}),
    # --- laterality -----------------------------------------------------------------------------------
    ("b-l", "b/l <j side=bilateral>L4-5</j> MBB under fluoro, 0.5cc bupi each", {}),
    ("bilat", "bilat <j side=bilateral>L5-S1</j> facet inj, fluoro, kenalog 40", {}),
    ("rt", "rt <j side=right>L4-5</j> facet inj under fluoro w/ depo-medrol", {}),
    ("lt", "lt <j side=left>C5-6</j> IA facet inj, fluoro, 4 mg dex", {}),
    ("R-letter", "Facet injection R <j side=right>L4-5</j> under fluoroscopy, triamcinolone.", {}),
    ("L-letter", "Facet injection L <j side=left>L5-S1</j> under fluoroscopy, triamcinolone.", {}),
    ("both-sides", "Facet joint injections at <j side=bilateral>L4-5</j> on both sides under fluoroscopy with "
     "Kenalog.", {}),
    ("bilaterally-after", "The <j side=bilateral>L4-5</j> facet joints were injected bilaterally under fluoroscopy "
     "with Kenalog (facet joint injection).", {}),
    ("side-after", "Facet joint injection at <j side=left>L4-5</j> on the left under fluoroscopy with Kenalog.", {}),
    ("side-after-parenthesis", "Facet joint injections: <j side=right>L4-5</j> (R), fluoroscopy, Kenalog 40.", {}),
    ("other-side", "PROCEDURE: Facet joint injection. Under fluoroscopy a needle was placed into the "
     "<j side=bilateral>C4-5</j> facet joint and Celestone injected. The same procedure was carried out on the "
     "other side.", {}),
    ("contralateral", "Right <j side=bilateral>L4-5</j> medial branch block under fluoroscopy with bupivacaine. The "
     "procedure was repeated on the contralateral side.", {}),
    ("repeated-on-right", "Left <j side=bilateral>L4-5</j> and <j side=bilateral>L5-S1</j> facet joints injected "
     "under fluoroscopy with Kenalog (facet injections). This was then repeated on the right side.", {}),
    ("mixed", "Facet joint injections: right <j side=right>L3-4</j>, bilateral <j side=bilateral>L4-5</j> and left "
     "<j side=left>L5-S1</j>, fluoroscopy, Depo-Medrol.", {}),
    ("side-per-item", "MBB under fluoroscopy: right <j side=right>L4-5</j> and left <j side=left>L5-S1</j>, "
     "bupivacaine.", {}),
    ("checkbox", "PROCEDURE: Lumbar facet joint injection\nLevel: <j side=right>L4-5</j>\nSide: [x] Right [ ] Left "
     "[ ] Bilateral\nGuidance: [ ] Ultrasound [x] Fluoroscopy\nDrug: Kenalog 40 mg", {"guidance": "fluoroscopy"}),
    ("key-value-side", "Procedure: medial branch block\nLevels: <j side=left>L4-5</j>, <j side=left>L5-S1</j>\n"
     "Side: Left\nImaging: fluoroscopy\nMedication: bupivacaine 0.5%", {}),
    ("no-side", "PROCEDURE: <j side=none>L4-5</j> facet joint injection under fluoroscopy with Kenalog.", {}),
    ("same-joint-twice", "Right <j side=right>L4-5</j> facet injection. The right L4-L5 facet joint was entered "
     "under fluoroscopy and Kenalog injected into the right L4/5 joint.", {}),
    # --- guidance ---------------------------------------------------------------------------------------
    ("ct", "CT-guided right <j side=right>L4-5</j> facet joint injection with triamcinolone.", {"guidance": "ct"}),
    ("ct-fluoro", "Left <j side=left>L5-S1</j> facet injection performed with CT fluoroscopy, Kenalog.",
     {"guidance": "ct"}),
    ("ultrasound", "Ultrasound-guided right <j side=right>C3-4</j> medial branch block with bupivacaine.",
     {"guidance": "ultrasound"}),
    ("sonographic", "Right <j side=right>L4-5</j> facet injection under sonographic guidance, Kenalog.",
     {"guidance": "ultrasound"}),
    ("us-converted", "Right <j side=right>L4-5</j> facet joint injection. Ultrasound was attempted but the joint "
     "could not be seen, so the procedure was completed under fluoroscopy. Kenalog injected.",
     {"guidance": "fluoroscopy"}),
    ("landmark", "Right <j side=right>L4-5</j> facet joint injection using landmark technique (palpation), no "
     "imaging. Kenalog 40 mg.", {"guidance": "none"}),
    ("no-guidance-stated", "Right <j side=right>L4-5</j> facet joint injection with Kenalog 40 mg and lidocaine.",
     {"guidance": "none"}),
    ("c-arm", "Right <j side=right>L4-5</j> facet injection, C-arm used for needle placement, Depo-Medrol.",
     {"guidance": "fluoroscopy"}),
    # --- intent ----------------------------------------------------------------------------------------
    ("dx-stated", "Diagnostic right <j side=right>L4-5</j> medial branch block under fluoroscopy, bupivacaine.",
     {"intent": "diagnostic"}),
    ("confirmatory", "Confirmatory left <j side=left>L4-5</j> MBB under fluoroscopy with lidocaine.",
     {"intent": "diagnostic"}),
    ("block-number", "Right <j side=right>L4-5</j> MBB, block #2, fluoroscopy, ropivacaine.", {"intent": "diagnostic"}),
    ("comparative", "Comparative block: right <j side=right>L4-5</j> medial branch block with lidocaine under "
     "fluoroscopy.", {"intent": "diagnostic"}),
    ("tx-stated", "Therapeutic right <j side=right>L4-5</j> medial branch block under fluoroscopy with bupivacaine.",
     {"intent": "therapeutic"}),
    ("steroid-generic", "Right <j side=right>L4-5</j> facet injection under fluoroscopy with dexamethasone 4 mg.",
     {"intent": "therapeutic"}),
    ("steroid-brand", "Right <j side=right>L4-5</j> facet injection under fluoroscopy with Celestone.",
     {"intent": "therapeutic"}),
    ("local-only", "Right <j side=right>L4-5</j> facet injection under fluoroscopy with 0.5 mL 0.5% bupivacaine.",
     {"intent": "diagnostic"}),
    ("skin-lidocaine-not-injectate", "Right <j side=right>L4-5</j> facet injection under fluoroscopy. The skin was "
     "anesthetized with 1% lidocaine. Medication was injected into the joint.", {"intent": "unknown"}),
    ("explicit-beats-steroid", "Diagnostic right <j side=right>L4-5</j> MBB under fluoroscopy with bupivacaine and "
     "4 mg dexamethasone.", {"intent": "diagnostic"}),
    ("pain-diary", "Right <j side=right>L4-5</j> MBB under fluoroscopy. Medication injected. Pain diary given to "
     "record percent relief.", {"intent": "diagnostic"}),
    # --- traps: nothing --------------------------------------------------------------------------------
    ("history", "HPI: s/p bilateral L4-5 RFA in 2023 with good relief. Today: follow-up visit only.", {}),
    ("prior-procedure", "She had right L4-5 and L5-S1 facet injections last year with 50% relief.", {}),
    ("imaging-finding", "MRI shows facet arthropathy at L4-5 and L5-S1 bilaterally.", {}),
    ("plan", "PLAN: Schedule bilateral L4-5 medial branch blocks under fluoroscopy.", {}),
    ("plan-if", "If she has more than 80% relief we will proceed to RFA of the right L4-5 and L5-S1.", {}),
    ("negation", "No facet injection was performed today at L4-5.", {}),
    ("cancelled", "Procedure: Bilateral L4-5 MBB.\nThe procedure was cancelled because the patient took apixaban.",
     {}),
    ("aborted", "Right L4-5 facet injection was aborted after a vasovagal episode; no medication was injected.", {}),
    ("diagnosis-only", "PREOPERATIVE DIAGNOSIS: Lumbar facet arthropathy L4-5.\nPROCEDURE: Right L4-5 "
     "transforaminal epidural steroid injection under fluoroscopy.", {}),
    ("tfesi-landmark", "PROCEDURE: Left L5-S1 transforaminal epidural steroid injection. The superior articular "
     "process of the L5-S1 facet was visualized under fluoroscopy and Depo-Medrol injected.", {}),
    ("ilesi", "Interlaminar epidural steroid injection at L4-5 under fluoroscopy, Depo-Medrol 80 mg.", {}),
    ("si-joint", "Right sacroiliac joint injection under fluoroscopy with Kenalog; MRI showed L4-5 facet "
     "arthropathy.", {}),
    ("si-lateral-branch", "Bilateral L5 dorsal ramus and S1, S2, S3 lateral branch blocks for sacroiliac joint pain "
     "under fluoroscopy.", {}),
    ("gon", "Right greater occipital nerve block with lidocaine and Kenalog.", {}),
    ("tpi", "Trigger point injections to the left lumbar paraspinals at the L4-5 level.", {}),
    ("generic-technique", "PROCEDURE: Cervical medial branch blocks under fluoroscopy. For C3 to C6, the medial "
     "branch is along the waist of the articular pillar. For a C7 medial branch block, the needle tip is "
     "positioned more superiorly.", {}),
    # --- partial / body wins ----------------------------------------------------------------------------
    ("partial-side", "PROCEDURE: Bilateral L4-5 facet injections.\nThe left <j side=left>L4-5</j> joint was "
     "injected under fluoroscopy with Kenalog. The right side was aborted because of a vasovagal reaction.", {}),
    ("partial-level", "PROCEDURE: Right L3-4, L4-5 and L5-S1 facet injections.\nUnder fluoroscopy the right "
     "<j side=right>L4-5</j> and <j side=right>L5-S1</j> joints were injected with Kenalog. The right L3-4 joint "
     "could not be entered because of severe arthropathy.", {}),
    ("header-more-than-body", "PROCEDURE: Bilateral L3-4, L4-5 facet joint injections.\nTECHNIQUE: Under "
     "fluoroscopy needles were placed into the bilateral <j side=bilateral>L4-5</j> facet joints and Kenalog "
     "injected.", {}),
    ("look-alike-plus-facet", "PROCEDURES: 1. Right L5-S1 transforaminal epidural steroid injection. 2. Bilateral "
     "<j side=bilateral>L3-4</j> facet joint injections.\nGuidance: fluoroscopy. Kenalog.", {}),
    ("two-regions", "Procedure: right <j side=right>C5-6</j> facet injection and left <j side=left>L4-5</j> facet "
     "injection, fluoroscopy, Kenalog.", {}),
    # --- classes found on the dev split (2026-11-27), written fresh -----------------------------------
    ("right-and-left", "PROCEDURE: Lumbar facet joint injections.\n"
     "Under fluoroscopy needles entered the right <j side=right>L3-4</j> joint and the right "
     "and left <j side=bilateral>L4-5</j> joints; Kenalog in each.", {}),
    ("unsided-body-nerves", "PROCEDURE: Left C4, C5 and C6 medial branch radiofrequency ablation.\nTECHNIQUE: The "
     "left side of the neck was prepped. Under fluoroscopy cannulas were placed at the <j level=C4-C5,C5-C6 "
     "side=left>C4, C5 and C6</j> pillar waists and lesions were made.", {}),
    ("landmark-tp", "PROCEDURE: Right lumbar medial branch blocks.\n"
     "Under fluoroscopy, needles to the <j level=L3-L4,L4-L5 side=right>right L3, L4 and L5 "
     "transverse processes</j>, where lidocaine 2% was placed on each medial branch.",
     {"kind": "medial_branch_block"}),
    ("landmark-of", "The junction of the superior articular process and transverse process of <j level=T12-L1,L1-L2 "
     "side=left>T12, L1 and L2</j> was identified on the left, and each medial branch was blocked with "
     "bupivacaine under fluoroscopy.", {}),
    ("landmark-with-nerves", "PROCEDURE: Bilateral lumbar medial branch blocks.\n"
     "Fluoroscopy. 22 g needles to the SAP-TP junction at L4 and L5 (for the <j "
     "level=L4-L5 side=bilateral>bilateral L3 and L4 medial branches</j>); lidocaine only.", {}),
    ("ton-at-joint", "Under fluoroscopy the right <j level=C2-C3,C3-C4 side=right>third occipital nerve was "
     "blocked at the lateral C2-3 joint, and the right C3 and C4 medial branches</j> at their pillars.", {}),
    ("joint-range", "RFA of the bilateral <j level=L2-L3,L3-L4,L4-L5,L5-S1 side=bilateral>L2-3 through "
     "L5-S1</j> facets under fluoroscopy.", {}),
    ("explicit-other-region", "Under fluoroscopy the bilateral <j side=bilateral>C5-6</j> facet joints were "
     "injected with Kenalog. Then the <j level=L4-L5,L5-S1 side=bilateral>L3 and L4 medial branches and the L5 "
     "dorsal ramus were blocked bilaterally</j> with lidocaine.", {}),
    ("side-not-treated", "PROCEDURE: Bilateral <j level=L4-L5 side=right>L4-5</j> radiofrequency ablation.\n"
     "Under fluoroscopy the right L3 and L4 medial branches were lesioned. The left side was not treated.", {}),
    ("nerves-not-treated", "RFA under fluoroscopy: <j level=L3-L4,L4-L5 side=right>right L2, L3, L4 medial "
     "branches</j> lesioned; left <j level=L5-S1 side=left>L4 MB and L5 DR</j> lesioned. The left L2 and L3 "
     "medial branches were not treated.", {}),
    ("seen-then-done", "PROCEDURE: Right cervical facet joint injections.\n"
     "Ultrasound: the C6-7 joint could not be seen. Converted to fluoroscopy; needles were placed "
     "into the right <j side=right>C5-6</j> and right <j side=right>C6-7</j> joints with dexamethasone.",
     {"guidance": "fluoroscopy"}),
    ("negation-about-drug", "Bilateral <j side=bilateral>L4-5</j> medial branch blocks under fluoroscopy with "
     "lidocaine. No steroid was used for these blocks.", {"intent": "diagnostic"}),
    ("same-mixture", "Under fluoroscopy the bilateral <j side=bilateral>L4-5</j> joints were injected with "
     "bupivacaine and triamcinolone. Then the <j level=L5-S1 side=bilateral>L4 medial branch and L5 dorsal "
     "ramus</j> on each side received 0.5 mL of the same mixture.", {"intent": "therapeutic"}),
    ("remote-history", "Remote right L4-5 RFA (2019). Today: right <j side=right>L5-S1</j> facet injection under "
     "fluoroscopy with Kenalog.", {}),
    ("adverb-side-after-level", "Procedure: <j side=bilateral>L4-5</j> bilaterally and <j side=left>L5-S1</j> "
     "on the left, facet joint injections under fluoroscopy, Kenalog.", {}),
    ("side-at-sentence-end", "PROCEDURE: L4-5 and L5-S1 facet injections.\nTECHNIQUE: Under fluoroscopy, the "
     "<j side=bilateral>L4-5</j> and <j side=bilateral>L5-S1</j> facet joints were injected with Kenalog on both "
     "sides.", {}),
    ("same-was-done", "PROCEDURE: L4-5 facet injections.\nTECHNIQUE: Under fluoroscopy, the right <j "
     "side=bilateral>L4-5</j> facet joint was injected with Kenalog. The same was done on the left.", {}),
    ("boxes-after-labels", "PROCEDURE: [ ] Facet injection  [x] Medial branch block  [ ] RFA\n"
     "Levels: L3-4 [ ]  <j side=bilateral>L4-5</j> [x]  <j side=bilateral>L5-S1</j> [x]\n"
     "Laterality: [ ] Right [ ] Left [x] Bilateral\nImaging: Ultrasound [ ]  Fluoroscopy [x]\n"
     "Medication: [x] Bupivacaine 0.5%  [ ] Triamcinolone",
     {"guidance": "fluoroscopy", "intent": "diagnostic", "kind": "medial_branch_block"}),
    ("aborted-no", "Procedure: Right <j side=right>L4-5</j> facet joint injection under fluoroscopy, Kenalog.\n"
     "Procedure aborted: [ ] Yes [x] No", {}),
    ("steroid-none", "Procedure: Left <j side=left>C5-6</j> facet joint injection\nImaging: Fluoroscopy\n"
     "Injectate: 2% lidocaine 0.4 mL\nSteroid: None", {"intent": "diagnostic"}),
    ("drug-per-clause", "PROCEDURES: 1) Bilateral <j side=bilateral>L4-5</j> MBB 2) Right SI joint injection "
     "3) Fluoroscopy\nMedications: bupivacaine 0.5% for MBB; Kenalog 40 for SI joint.", {"intent": "diagnostic"}),
    ("alternatives", "Procedure: right <j side=right>C5-6</j> facet joint injection with fluoroscopy, Kenalog.\n"
     "Alternatives reviewed were physical therapy, medications, cervical epidural steroid injection, and "
     "radiofrequency ablation.", {"kind": "facet_injection"}),
    ("endplates", "PROCEDURE: Right T5, T6, T7 medial branch blocks with fluoroscopic guidance.\nAP fluoroscopy "
     "squared to the T6-7 endplates. Needles to the <j level=T6-T7,T7-T8 side=right>T6, T7 and T8 transverse "
     "processes on the right</j>; bupivacaine.", {}),
    ("side-subheader-aborted", "LUMBAR RFA\nImaging: Fluoroscopy\nRIGHT SIDE: Completed. Cannulae to the <j "
     "level=L3-L4,L4-L5 side=right>right L2, L3, L4 medial branches</j>, lesion 85 C x 90 s.\nLEFT SIDE:\n"
     "Procedure aborted: [x] Yes  [ ] No\nReason: vasovagal episode before any lesioning.", {}),
    ("converted-not-cancelled", "PROCEDURE: Cervical facet intra-articular injection\nAn attempt was made to "
     "see the joint with ultrasound. The ultrasound was abandoned and the procedure was converted to fluoroscopic "
     "guidance. A needle was advanced into the left <j side=left>C4-5</j> joint; bupivacaine injected.",
     {"guidance": "fluoroscopy"}),
    ("placeholder-steroid", "Procedure: Lumbar facet joint injection\nLevels: <j>L4-5</j> and <j>L5-S1</j>\n"
     "Image guidance: fluoroscopy\nMedications: bupivacaine 0.25% 0.5 mL per joint\nSteroid: {blank}",
     {"intent": "diagnostic"}),
    ("template-default", "LUMBAR MEDIAL BRANCH BLOCK\nTemplate default header: Bilateral L2-3, L3-4 medial "
     "branch blocks\nGuidance: fluoroscopy\nWHAT WAS DONE: blocks of the <j level=L4-L5,L5-S1 side=right>right "
     "L3 medial branch, right L4 medial branch and right L5 dorsal ramus</j> with lidocaine.", {}),
    ("scheduled-then-declined", "PROCEDURE NOTE,,SCHEDULED PROCEDURE:,  Right L3-S1 lumbar radiofrequency "
     "ablation.,PROCEDURE:,  None. Patient declined. No needles, no medications given.", {}),
    ("days-after", "Telephone encounter. Called pt 3 days after bilateral C3-4 and C4-5 RF ablation; soreness "
     "improving.", {}),
    ("steroid-shorthand", "rt <j side=right>L4-5</j>, lt <j side=left>L5-S1</j> IA FJI c-arm, depo 80 split b/w "
     "jts + 0.5cc bupi ea. tol ok", {"intent": "therapeutic"}),
    ("nerve-only-shorthand", "<j level=T12-L1,L1-L2 side=left>T11/T12/L1</j> MB lt, fluoro. lido 2% only, 0.5cc/nerve. "
     "block #2 (comparative). tol well", {"kind": "medial_branch_block"}),
    ("planned-then-done", "b/l <j side=right>L4-5</j> FJI planned. R side done under fluoro w/ k40 + lido; L side "
     "could not enter jt d/t severe arthropathy, aborted. tol well", {}),
    ("all-levels-except", "CT-GUIDED LUMBAR FACET RADIOFREQUENCY NEUROTOMY\nJoints: <j side=bilateral>L3-4</j>, "
     "<j side=bilateral>L4-5</j>, <j side=right>L5-S1</j>\nSides: all levels bilateral except left L5-S1\n"
     "Guidance: CT\nTechnique: lesions at 80 C x 90 s.", {}),
    ("nothing-injected", "Procedure: Fluoroscopic guidance. Needles into the right and left <j "
     "side=bilateral>L4-5</j> facet joints and the right <j side=right>L5-S1</j> facet joint, then Kenalog per "
     "joint.\nLEFT L5-S1: joint could not be entered; nothing injected on the left at L5-S1.", {}),
    ("authorization-letter", "RE: Request for prior authorization\nRequested services: CPT 64635-50 lumbar facet "
     "RF ablation (bilateral L4-L5) under fluoroscopy.", {}),
    ("no-procedure-today", "Returns with pain diary after diagnostic MBB #2 (bilateral T10-11, T11-12, "
     "bupivacaine).\nPlan: schedule RFA.\nNo procedure today.", {}),
    ("side-grid", "MEDIAL BRANCH BLOCK - LUMBAR\nLevel   | Right | Left\n<j side=right>L3-L4</j>   |  [x]  |  [ ]\n"
     "<j side=bilateral>L4-L5</j>   |  [x]  |  [x]\n<j side=left>L5-S1</j>   |  [ ]  |  [x]\nGuidance: Fluoroscopy\n"
     "Local: lidocaine 2%", {"kind": "medial_branch_block"}),
    ("next-time", "Left <j side=left>L4-5</j> facet injection under fluoroscopy, Depo-Medrol. She asked about "
     "doing L3-4 next time.", {}),
    # --- 2026-11-27 (second session) ----------------------------------------------------------------------
    ("removal-at-landmark", "Lumbar MBB, fluoroscopy, bupivacaine only. Targets: L2, L3, L4 medial branches and "
     "L5 dorsal ramus on both sides (joints <j side=right>L3-4</j>, <j side=bilateral>L4-5</j>, <j "
     "side=bilateral>L5-S1</j>). Left L2 medial branch not blocked: needle at the left L3 transverse process gave "
     "vascular uptake, target abandoned.", {}),
    ("rfa-candidacy", "Right <j side=right>L4-5</j> and <j side=right>L5-S1</j> facet nerve blocks under "
     "fluoroscopy, bupivacaine 0.5 mL each. Diagnostic block to establish RF ablation candidacy.",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    # --- 2026-11-27 (second session), from the ob vr rc ml ab nr batches' dev halves ------------------------
    ("targets-today", "LUMBAR RF NEUROTOMY\nBackground: blocks x2 positive.\nTargets today:\n  Right: L3 MB, L4 MB, "
     "L5 DR (<j level=L4-L5 side=right>right L4-5</j>, <j level=L5-S1 side=bilateral>L5-S1</j>)\n  Left:  L4 MB, "
     "L5 DR\nFluoroscopy. Lesions 80 C x 90 s at each nerve.", {"kind": "radiofrequency_ablation"}),
    ("checklist-section", "PROCEDURE: Left <j side=left>L4-5</j> facet joint injection, fluoroscopic guidance\n"
     "PRE-PROCEDURE CHECKLIST:\n- Consent signed\n- Allergies: none\nPROCEDURE DETAILS: the left L4-5 joint was "
     "entered under fluoroscopy and 1 mL of bupivacaine with Kenalog 40 mg was injected.", {}),
    ("after-successful-rfa", "Follow-up visit. Assessment: recurrent lumbar facet pain after successful RFA at "
     "L4-5 bilaterally. Plan: repeat RFA when authorized.", {}),
    ("denied-in-body", "PROCEDURE: Right L3-4 and L4-5 radiofrequency ablation\nPROCEDURE PERFORMED: right L2 and L3 "
     "medial branch blocks (<j side=right>L3-4</j> joint) with bupivacaine, diagnostic. No radiofrequency "
     "lesioning today: the second block had not been done.", {"kind": "medial_branch_block"}),
    ("steroid-negated-mbb", "Right TON and C3 medial branch blocks under fluoroscopy (<j level=C2-C3,C3-C4 "
     "side=right>right C2-3 and C3-4</j>), bupivacaine only. No steroid was given with the nerve blocks.",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("terminate-finding", "Under C-arm the right <j side=right>L5-S1</j> facet joint was entered with a 22G needle; "
     "contrast showed an arthrogram; 0.5 mL bupivacaine and 20 mg Kenalog injected.", {"kind": "facet_injection"}),
    ("blocked-by-bone", "Bilateral L3, L4 medial branch and L5 dorsal ramus RFA under fluoroscopy (<j level=L4-L5 "
     "side=bilateral>L4-5 both sides</j>, <j level=L5-S1 side=right>right L5-S1</j>). Right: all three lesioned. "
     "Left: L3 and L4 lesioned; the approach to the left L5 dorsal ramus was blocked by a high iliac crest. No "
     "lesion was made at the left L5 dorsal ramus.", {}),
    ("rfa-one-side-mbb-other", "PROCEDURE(S):\n  Right L4-5 radiofrequency ablation\n  Left L5-S1 medial branch "
     "block\n\nRight: cannulas at the right L3 and L4 medial branches (<j level=L4-L5 side=right>right "
     "L4-5</j>), lidocaine then lesions at 80 C. Left: needles at the left L4 medial branch and L5 dorsal ramus (<j "
     "level=L5-S1 side=left>left L5-S1</j>), 0.5 mL bupivacaine each. Fluoroscopy throughout.", {}),
    ("background-paragraph", "LUMBAR FACET INJECTIONS\nGuidance: fluoroscopy\n\nBackground: neck "
     "and low back pain for two years, with lumbar facet injections giving five months of relief in the past and\n"
     "a first cervical block planned now.\n\nLumbar portion: the left and right <j side=bilateral>L4-5</j> facet "
     "joints were entered in turn and 10 mg Kenalog with bupivacaine was injected into each.", {"kind":
     "facet_injection", "intent": "therapeutic"}),
    ("prep-area", "Prone, sterile prep and drape from T9 to L2. Under fluoroscopy needles at the right T10 and T11 "
     "medial branches (<j level=T11-T12 side=right>right T11-12</j>), bupivacaine 0.5 mL each, diagnostic.", {}),
    ("rfa-and-pulsed-ton", "PROCEDURE:\n1. Left C3-4 radiofrequency ablation (thermal), left C3 and C4 medial "
     "branches.\n2. Left third occipital nerve pulsed radiofrequency.\n\nDESCRIPTION: Under fluoroscopy cannulas "
     "were placed at the waist of the left C3 and C4 articular pillars (<j level=C3-C4 side=left>left C3-4</j>). "
     "Lidocaine, then thermal lesions were made at 80 C.\n\nA third cannula at the left C2-3 joint for the third "
     "occipital nerve: pulsed radiofrequency at 42 C for 4 minutes.", {"kind": "radiofrequency_ablation"}),
    ("needles-placed-into", "Planned: bilateral L4-5 and L5-S1 facet injections and a right SI joint injection.\n"
     "Pre-procedure assessment: SI provocation negative today, so the SI joint injection was therefore not "
     "performed.\nProcedure: fluoroscopy; needles were placed into the right and left <j side=bilateral>L4-5</j> "
     "and <j side=bilateral>L5-S1</j> facet joints; triamcinolone 10 mg with lidocaine into each.", {}),
    ("key-value-after-long-line", "Pre-op dx: lumbar spondylosis without myelopathy or radiculopathy (M47.816)\n"
     "Planned: right L4-5 RF neurotomy\nRight L3 and L4 medial branches lesioned at 80 C under fluoroscopy (<j "
     "level=L4-L5 side=right>right L4-5</j>).", {"kind": "radiofrequency_ablation"}),
    ("ton-joint-named", "Left third occipital nerve and C3 medial branch blocks under ultrasound\nThe left C2-3 "
     "joint was identified, then the C3 pillar. 0.3 mL bupivacaine at the TON and the C3 medial branch "
     "(<j level=C2-C3,C3-C4 side=left>left C2-3 and C3-4</j>), diagnostic.", {"kind": "medial_branch_block"}),
    ("pillars-with-slash", "Right TON and C3, C4 medial branch blocks, diagnostic #1 (<j level=C2-C3,C3-C4 "
     "side=right>right C2-3, C3-4</j>).\nGUIDANCE: fluoroscopy; the C3/C4 pillars were well seen.\nBupivacaine "
     "0.3 mL at each.", {"kind": "medial_branch_block"}),
    ("scout-range", "CT-guided left <j side=left>T8-9</j> facet joint injection. Scout and axial CT through T6-T11. "
     "Needle into the joint, 4 mg dexamethasone.", {"guidance": "ct"}),
    ("positioning-sides", "Ultrasound-guided medial branch blocks\nSide: LEFT\nNerves: C5, C6 medial branches (<j "
     "level=C5-C6 side=left>left C5-6</j>)\nRight lateral decubitus, left side up. 0.4 mL bupivacaine each.",
     {"guidance": "ultrasound"}),
    ("left-the-verb", "R <j side=right>L4-5</j> FJI under fluoro, k40. R L3-4 not injected today; L3-4 left for "
     "next visit.", {}),
    ("wrapped-at-note-width", "OPERATIVE REPORT\nDESCRIPTION: Prone, prepped and draped in the usual fashion.\n"
     "Using an ipsilateral oblique fluoroscopic view the right <j side=bilateral>L4-L5</j>\nfacet joint was entered "
     "with a 22-gauge spinal needle, and the\nsame technique was used for the left L4-L5 joint. Kenalog 20 mg\n"
     "with bupivacaine was injected into each joint.", {}),
    ("change-of-plan", "PROCEDURE: Bilateral L4-5 RF neurotomy\nCHANGE OF PLAN: the generator failed its self "
     "test. No radiofrequency lesioning was performed.\nPROCEDURE ACTUALLY PERFORMED: bilateral L3 and L4 medial "
     "branch blocks (<j level=L4-L5 side=bilateral>bilateral L4-5</j>) with bupivacaine and dexamethasone under "
     "fluoroscopy.", {"kind": "medial_branch_block"}),
    ("stopped-after-one-side", "Planned bilateral L5-S1 MBB. Under fluoroscopy the right L4 medial branch and L5 "
     "dorsal ramus were blocked with lidocaine (<j level=L5-S1 side=right>right L5-S1</j>). While the first left "
     "needle was advanced the patient fainted; needle withdrawn, procedure stopped. Nothing was injected on the "
     "left.", {}),
    ("not-repeated", "Rpt RFA rt <j side=right>L4-5</j> (L3+L4 MB) fluoro. Prior rt L4-5 + L5-S1 RFA 2024; L5-S1 not "
     "repeated today. 80C x 90s x2.", {}),
    ("only-ever", "Right L4-5 RFA (right L3 and L4 medial branches lesioned under fluoroscopy, <j level=L4-L5 "
     "side=right>right L4-5</j>). The left side was only ever blocked at L4-5 and was negative, and is not treated "
     "today.", {}),

    # --- 2026-11-27 (second session), from the qp sk bl wr cx hx mn ir tn ld ne ox batches' dev halves -------
    ("comma-number-list", "MBB #1 rt L2,3,4 MB + L5DR (<j level=L3-L4,L4-L5,L5-S1 side=right>rt L3-S1</j>), fluoro, "
     "0.5% bupi 0.5 cc ea.", {"kind": "medial_branch_block"}),
    ("planned-side-carried", "Rt L4/5 MBB planned (L3, L4 MB). L3 + L4 MB done (<j level=L4-L5 side=right>L4/5</j>):"
     " bupi 0.5 cc ea, fluoro.", {}),
    ("next-available", "Lt L4-5 MBB = lt L3, L4 MB (<j level=L4-L5 side=left>lt L4-5</j>), dx block #1, fluoro, "
     "lido only. RFTC lt L4-5 next avail.", {"kind": "medial_branch_block"}),
    ("hx-bare-year", "Rt SIJ inj, fluoro, k40.\nhx b/l L4/5 RFA 2022, good relief, no facet tx today.", {}),
    ("spoken-levels", "Procedure left lumbar medial branch blocks of the L three and L four medial branches for "
     "the <j level=L4-L5 side=left>L four five</j> facet joint comma diagnostic comma under flora scopy period",
     {"kind": "medial_branch_block", "guidance": "fluoroscopy"}),
    ("spoken-correction", "Right cervical RF ablation of the C4 and C5 medial branches for the right C three four, "
     "correction, <j level=C4-C5 side=right>C four five</j> facet joint. Lesions at 80 C under fluoroscopy.", {}),
    ("sides-joined-before", "Under fluoroscopy a needle was placed into the right and then the left <j "
     "side=bilateral>C4-5</j> facet joints and 20 mg Depo-Medrol injected into each.", {}),
    ("x-ray-guided", "Procedure: right <j side=right>L4/5</j> facet joint injection, x-ray guided, day case. "
     "Depo-Medrone 40 mg.", {"guidance": "fluoroscopy"}),
    ("imaging-is-findings", "PROCEDURE: Right C5 and C6 medial branch blocks (<j level=C5-C6 side=right>right "
     "C5-6</j>), bupivacaine, fluoroscopy.\nIMAGING: MRI 2025: C6-C7 disc osteophyte complex, mild C4-C5 "
     "stenosis.", {}),
    ("block-stop-keeps-done", "Left side: the left <j side=bilateral>L3-4</j> joint was entered and Kenalog "
     "injected. The patient became faint at the next level. The procedure was stopped.\nRight side: the right "
     "L3-4 joint was entered and Kenalog injected. Fluoroscopy throughout.", {}),
    ("ultrasound-abandoned", "Right C4 and C5 medial branch blocks (<j level=C4-C5 side=right>right C4-5</j>), "
     "bupivacaine. Ultrasound was abandoned before any needle was placed and the procedure was done under "
     "fluoroscopy.", {"guidance": "fluoroscopy"}),
    ("rfa-converted-on-one-side", "Plan for today was bilateral L4-5 RFA (L3, L4 MB each side).\nRIGHT: lesions at "
     "80 C at the right L3 and L4 MB (<j level=L4-L5 side=right>right L4-5</j>).\nLEFT: generator failed; no left "
     "lesion was made. The left L3 and L4 MB were instead blocked with bupivacaine and dexamethasone (<j "
     "level=L4-L5 side=left>left L4-5</j>). Fluoroscopy.\nLeft RFA to be rescheduled.", {}),
    ("blocks-in-february", "Right L4-5 RFA (right L3 and L4 medial branches lesioned under fluoroscopy, <j "
     "level=L4-L5 side=right>right L4-5</j>) after two positive diagnostic blocks of February and March at the "
     "same nerves and at the left L5-S1.", {"kind": "radiofrequency_ablation"}),
    ("ehr-export", "Encounter date: 06/10/2026\n----- Procedure Note (06/10/2026) -----\nRight <j "
     "side=right>C5-6</j> facet joint injection, fluoroscopy, triamcinolone 20 mg.\nPrevious notes:\n----- "
     "Procedure Note (01/22/2026) -----\nLeft L4-5 and L5-S1 RFA under fluoroscopy.", {}),
    ("ia-shorthand", "B <j side=bilateral>C5-6</j> IA fluoro, celestone 6 mg split.", {"kind": "facet_injection"}),
    ("same-on-left", "IA R <j side=bilateral>L4-5</j>, fluoro, kenalog 10; same on L", {}),
    ("done-right-after", "Proc: bilat L4-5, L5-S1 FJI, fluoro, k40.\nR: L4-5 not entered (spur), <j "
     "side=bilateral>L5-S1</j> done. L: <j side=left>L4-5</j> and L5-S1 done.", {}),
    ("symptom-side", "Left T8 and T9 medial branch blocks (<j level=T9-T10 side=left>left T9-10</j>), fluoroscopy, "
     "bupivacaine. Right side: not blocked (pain is strictly left-sided).", {}),
    ("level-rows", "Procedure: Lumbar RFA\nLevel 1: L4-5 / Side: Right / Nerves: L3 MB + L4 MB (<j level=L4-L5 "
     "side=right>right L4-5</j>)\nLevel 2: *** / Side: *** / Nerves: ***\nFluoroscopy used. Lesions 80 C.", {}),
    ("yes-no-options", "MBB record\nSide: Right: Y  Left: N\nTargets: L4 MB, L5 DR (<j level=L5-S1 side=right>"
     "L5-S1</j>)\nGuidance: Fluoroscopy Y  CT N\nbupivacaine 0.5 mL each", {"guidance": "fluoroscopy"}),
    ("template-placeholders", "Procedure: Right L4-5 facet joint injection\nTemplate narrative: the {Side:12345} "
     "@LEVEL@ facet joints were injected with *** under fluoroscopy.\nActual course: vasovagal episode after the "
     "skin wheal; procedure aborted before any needle was placed. Nothing was injected.", {}),
    ("both-levels", "Joints entered and injected under fluoroscopy with Kenalog: left <j side=left>L3-4</j>, both <j "
     "side=bilateral>L4-5</j>, both <j side=bilateral>L5-S1</j>.", {}),
    ("comparison-section", "EXAM: CT-guided right <j side=right>L4-5</j> facet joint injection\nCOMPARISON: CT-guided "
     "left C4-5 facet injection 01/10/2023.\nTECHNIQUE: the right L4-5 joint was accessed and 40 mg triamcinolone "
     "injected.", {"guidance": "ct"}),

    # --- 2026-11-27 (second session), from the gx rx dc uk lx ms pc sr nv rf ft mp batches' dev halves -----
    ("procedure-aborted-no", "MBB RECORD\nProcedure aborted: N\nSide: Left\nTargets: L4 MB, L5 DR (<j level=L5-S1 "
     "side=left>L5-S1</j>)\nGuidance: fluoroscopy\nbupivacaine 0.5 mL each", {"kind": "medial_branch_block"}),
    ("spoken-period", "procedure colon right lumbar meal branch blocks period under floor oscopy needles were "
     "placed at the right L3 and L4 meal branches period 0.5 mL of bupivacaine was injected at each period the "
     "left side was not done period right <j side=right>L4-5</j> only", {"guidance": "fluoroscopy"}),
    ("contrast-showed", "Under C-arm the left <j side=left>L4-5</j> and <j side=left>L5-S1</j> facet joints were "
     "entered, contrast showed an arthrogram at each, and Kenalog 20 mg was injected into each.", {}),
    ("denial-in-one-region", "1. Right third occipital nerve pulsed RF.\n2. Left L4-5 thermal RFA of the left L3 and "
     "L4 medial branches (<j level=L4-L5 side=left>left L4-5</j>).\nNo thermal lesion was made in the neck. "
     "Fluoroscopy for both.", {}),
    ("lesioned-after-targets", "RIGHT: cannulae placed under fluoroscopy at the SAP/TP junctions of L4 and L5 for "
     "the right L3 and L4 medial branches (<j level=L4-L5 side=right>right L4-5</j>). Sensory testing concordant."
     " Each site was anesthetized with lidocaine and lesioned at 80 C for 90 s.", {"kind": "radiofrequency_ablation"}),
    ("block-in-other-region", "Procedures (same session):\n1) Right C4 and C5 medial branch block, diagnostic\n2) "
     "Left L4-5 radiofrequency ablation (left L3 and L4 MB)\n\n1) Cervical: needles to the waist of the right C4 "
     "and C5 articular pillars (<j level=C4-C5 side=right>right C4-5</j>), 0.3 mL lidocaine each.\n\n2) Lumbar: "
     "cannulas to the left L3 and L4 medial branches (<j level=L4-L5 side=left>left L4-5</j>), 80 C x 90 s. "
     "Fluoroscopy throughout.", {}),
    ("cemented-bodies", "Bilateral T12 and L1 medial branch blocks (<j level=T12-L1 side=bilateral>bilateral "
     "T12-L1</j>... and <j level=L1-L2 side=bilateral>L1-2</j> via T11, T12, L1 MB) under fluoroscopy, "
     "bupivacaine. Needles kept clear of the cemented T12 and L2 bodies. T11 also blocked.", {}),
    ("converted-guidance", "Left C5 and C6 medial branch blocks (<j level=C5-C6 side=left>left C5-6</j>), "
     "bupivacaine, diagnostic. Initial attempt under ultrasound, poor views; US abandoned -> converted to "
     "fluoroscopy.", {"guidance": "fluoroscopy"}),
    ("side-subheaders", "Steps:\nRight side: the right <j side=bilateral>L5-S1</j> facet joint was entered and "
     "injected with triamcinolone under fluoroscopy.\nSame procedure on the other side: the left L5-S1 joint was "
     "entered and injected.", {}),
    ("table-rows", "RFA level table (fluoroscopy, 80 C)\nJoint | Side | Nerves\n<j side=left>L3-4</j>  | L | L2 MB, L3 "
     "MB\n<j side=bilateral>L4-5</j>  | B | L3 MB, L4 MB", {"kind": "radiofrequency_ablation"}),
    ("live-x-ray", "Right <j side=right>L4-5</j> facet joint injection under live x-ray, Depo-Medrol 40 mg.",
     {"guidance": "fluoroscopy"}),
    ("oxygen-litres", "Right T8 and T9 medial branch blocks (<j level=T9-T10 side=right>right T9-10</j>) under "
     "fluoroscopy, bupivacaine. SpO2 97% on 2 L NC.", {}),
    ("drug-list-not-injected", "Left L4-5 RFA booked. Cannulas placed at the left L3 and L4 medial branches under "
     "fluoroscopy; the generator failed. No lidocaine, steroid or contrast was injected. The procedure was aborted.",
     {}),

    # --- 2026-11-27 (second session), from the xa xb xc xd batches' dev halves --------------------------------
    ("facet-blocks-narrate-mbb", "Right TON and C3 medial branch blocks (<j level=C2-C3,C3-C4 side=right>right "
     "C2-3 and C3-4</j>), bupivacaine. Facet blocks performed under fluoroscopy; these facet nerve blocks are "
     "diagnostic.", {"kind": "medial_branch_block"}),
    ("not-seen-before-switch", "Procedure: right L5-S1 medial branch block (right L4 MB and L5 DR, <j level=L5-S1 "
     "side=right>right L5-S1</j>).\nGuidance: under ultrasound the L5 transverse process and sacral ala could not "
     "be visualized. Converted to fluoroscopy. Lidocaine 0.5 mL each, diagnostic.", {"guidance": "fluoroscopy"}),
    ("as-scheduled", "Procedure (as scheduled): right L4-5 RFA\nUnder fluoroscopy cannulae at the right L3 and L4 "
     "medial branches; lesions made at 80 C for 90 s: right L3 MB, right L4 MB (<j level=L4-L5 side=right>right "
     "L4-5</j>).", {"kind": "radiofrequency_ablation"}),
    ("not-tested", "Right C4, C5, C6 medial branch blocks planned. C6 needle not placed (cough). Result: diagnostic "
     "block of right <j side=right>C4-5</j> (C4, C5 MB) under fluoroscopy with bupivacaine. Right C5-6 not tested.",
     {}),

    # --- 2026-11-27 (third session): classes from the remaining dev failures ----------------------------------
    ("other-side-in-parenthesis", "THORACIC FACET INJECTION\nSide:  Left (the right side postponed to next month)\n"
     "Joints:  <j side=left>T7-8</j>, <j side=left>T8-9</j>\nGuidance:  fluoroscopy\nKenalog 10 mg per joint.",
     {"kind": "facet_injection"}),
    ("other-side-after-comma", "Booked for bilateral L3-4 facet injections. The left was quiet on exam, so we "
     "treated the right side only, the left side was not injected. Under fluoroscopy the right <j side=right>L3-4"
     "</j> joint was entered, methylprednisolone 40 mg.", {}),
    ("pain-location-facet-then-nerves", "RIGHT L4 MEDIAL BRANCH AND L5 DORSAL RAMUS INJECTION\nAching pain centred "
     "on the right L5-S1 facet. Under fluoroscopy one needle to the right L5 transverse process root for the "
     "<j level=L5-S1 side=right>right L4 medial branch</j> and one to the sacral ala for the L5 dorsal ramus; "
     "0.5 mL bupivacaine at each.", {"kind": "medial_branch_block"}),
    ("dotted-key-answered-no", "Procedure ................ Left C4-5 facet joint injection, steroid 1 mL per joint, "
     "needle 25 g\nProcedure aborted ........ N\nImaging .................. fluoroscopy\nLevels done ........ "
     "<j side=left>C4-5</j>", {"guidance": "fluoroscopy"}),
    ("thermal-lesions-without-verb", "Procedure: right L5-S1 facet denervation.\nFluoroscopy. Cannulae to the right "
     "L4 medial branch and the right L5 dorsal ramus (<j level=L5-S1 side=right>right L5-S1</j>); 1 mL lidocaine "
     "each, then thermal lesions 85 C x 90 s.", {"kind": "radiofrequency_ablation"}),
    ("thermal-one-side-pulsed-other", "Procedures:\n- Right <j side=right>L3-4</j> facet RF neurotomy (right L2, L3 "
     "medial branches), thermal\n- Left L3-4: pulsed radiofrequency only (left L2, L3 medial branches)\nGuidance: "
     "fluoroscopy.\nRight: lesions at 80 C for 90 s. Left: pulsed 42 C, 2 Hz, 120 s. No thermal lesioning on the "
     "left.", {"kind": "radiofrequency_ablation"}),
    ("no-lesion-at-one-site", "1. Right <j side=right>C4-5</j> and <j side=right>C5-6</j> RF ablation (C4, C5, C6 "
     "medial branches). 2. Right TON pulsed RF.\nUnder fluoroscopy thermal lesions were made at the C4, C5 and C6 "
     "pillars. At the C2-3 target pulsed current only; no thermal lesion at that site.",
     {"kind": "radiofrequency_ablation"}),
    ("year-after-prior-procedure", "Reason for pulsed mode: thermal RFA of the right L4-5 in 2023 was followed by "
     "dysesthesia.\nToday: left <j side=left>L4-5</j> RF ablation, fluoroscopy, lesions at 80 C.",
     {"kind": "radiofrequency_ablation"}),
    ("dictation-error-correction", "L C6-7 FJI under fluoro, kenalog 20.\nAddendum: side corrected - done on the "
     "RIGHT <j side=right>C6-7</j> (L = dictation error). no L side injection done.", {}),
    ("omitted-from-note", "R <j side=right>L3-4</j> FJI, depo 40 + bupi.\nAddendum: C-arm guidance used for "
     "placement, omitted from the original note.", {"guidance": "fluoroscopy"}),
    ("prev-then-today", "prev L L4-5 MBB 2/3 (90%); today R <j side=right>L4-5</j> MBB #1, fluoro, bupi 0.5cc each.",
     {"intent": "diagnostic"}),
    ("lumbosacral-fji", "R <j level=L5-S1 side=right>lumbosacral</j> FJI w/ fluoro, 40 mg depo-medrol.", {}),
    ("same-nerves-as-blocks", "s/p R MBB x2 (R L4 MB + L5 DR; 85%, 90%) -> today R RFA same nerves "
     "(<j level=L5-S1 side=right>R</j>). fluoro, 80C x 90s x2.", {"kind": "radiofrequency_ablation"}),
    ("semicolon-today", "2/14 L C5-6 RFA; today R <j side=right>C5-6</j> RFA, fluoro, 80C.",
     {"kind": "radiofrequency_ablation"}),
    ("correction-period-lowercase", "R T8-9 FJI, fluoro, kenalog 10.\ncorrection: level was <j side=right>T9-10"
     "</j>, not T8-9. same side (R). T8-9 not injected.", {}),
    ("ocr-capital-i", "Procedure: right <j side=right>L3-4</j> facet jolnt injection\nGuidance: fIuoroscopy\n"
     "Kenalog 40 mg.", {"guidance": "fluoroscopy"}),
    ("bil-abbreviation", "BIL <j side=bilateral>C5-6</j> FACET INJECTION UNDER FLUORO, KENALOG 20 MG EACH.", {}),
    ("spoken-for-four", "Procedure colon left L3 for facet joint injection under fluoroscopy period Description "
     "period the left <j level=L3-L4 side=left>L3 for</j> joint was entered and 1 mL Depo-Medrol injected.", {}),
    ("ton-in-joint-list", "Right TON and right C3 medial branch blocks, fluoroscopy, bupivacaine, diagnostic.\n"
     "Joints blocked: right <j side=right>C2-C3</j> (TON) and right <j side=right>C3-C4</j> (C3 + C4 MB).",
     {"kind": "medial_branch_block"}),
    ("confirmatory-arthrogram", "Right <j side=right>L4-5</j> facet joint injection, fluoroscopy, each joint with a "
     "confirmatory arthrogram; 40 mg triamcinolone.", {"intent": "therapeutic"}),
    ("region-not-done", "[x] Cervical MBB  Levels: C5-6  Side: [x] Bilat\n[x] Lumbar MBB  Levels: L4-5  Side: [x] "
     "Bilat\nGuidance: fluoroscopy. Cervical first: bilateral C5 and C6 medial branches "
     "(<j level=C5-C6 side=bilateral>C5-6</j>), lidocaine, block #1.\nLumbar: NOT DONE, patient asked to stop.",
     {"kind": "medial_branch_block"}),
    ("imaging-unit-down", "Booked: right L3-4 facet injection under ultrasound.\nThe ultrasound machine was out of "
     "service today, so a landmark technique was used with the patient's agreement: the right <j side=right>L3-4"
     "</j> joint was palpated and injected with 1 mL Kenalog.", {"guidance": "none"}),
    ("earlier-block-results", "Cervical RF neurotomy\n  Right: C5-6 facet joint (right C5, C6 medial branches)\n"
     "Prior blocks: right C4-C6 and left C5-C6 positive twice; left C4-5 block negative.\nFluoroscopy; lesions "
     "80 C x 90 s at the right C5 and C6 pillars (<j level=C5-C6 side=right>right C5-6</j>).",
     {"kind": "radiofrequency_ablation"}),
    ("ton-and-slashed-pair", "Impression: uneventful left TON and C3/C4 MBB under fluoroscopy "
     "(<j level=C2-C3,C3-C4 side=left>left TON and C3/C4</j>), bupivacaine, block #2.",
     {"kind": "medial_branch_block"}),
    ("symptom-side-and-other-side", "Order: bilateral L5-S1 facet injections. The patient has only right-sided "
     "pain today and the left side was not injected. The right <j side=right>L5-S1</j> joint was entered under "
     "fluoroscopy and 40 mg Kenalog injected.", {}),
    ("cyst-distension", "Procedure: right <j side=right>L4-5</j> facet joint injection with synovial cyst rupture, "
     "fluoroscopy, triamcinolone 20 mg.", {}),
    ("authorization-request-title", "REQUEST FOR PRIOR AUTHORIZATION\nRequested: bilateral L4-5 RFA under "
     "fluoroscopy.\nDiagnostic blocks were performed under fluoroscopy on 3/2 and 3/30 with 85% relief.", {}),
    ("treatment-summary-history", "History:\nTreatment summary:\n - 2022: right C5-6 intra-articular injection\n"
     " - 2023: right C5, C6 MBB x2\nProcedure: right <j side=right>C5-6</j> RF neurotomy under fluoroscopy, "
     "lesions at 80 C.", {"kind": "radiofrequency_ablation"}),
    ("dated-timeline", "DOS: 10/02/2025\nCourse so far:\n  04/2023  bilateral L3-4 facet injections, steroid\n"
     "  06/2024  bilateral L2, L3 MBB x2, 90%\nToday: left <j side=left>L3-4</j> RFA (left L2, L3 medial "
     "branches), fluoroscopy, lesions 80 C.", {"kind": "radiofrequency_ablation"}),
    # --- 2026-11-27 (third session): round 9 classes (za-zf dev halves) -------------------------------------
    ("not-targeted-on-this-side", "RIGHT SIDE:\nCannulae at the right C4, C5 and C6 pillars, lesioned at 80 C "
     "(<j level=C4-C5 side=right>C4</j>, <j level=C5-C6 side=bilateral>C5 and C6</j> medial branches).\n"
     "LEFT SIDE:\nCannulae at the C5 and C6 medial branches only; C4 was not targeted on this side. Same "
     "lesion parameters. Fluoroscopy.",
     {"kind": "radiofrequency_ablation"}),
    ("mirror-image-side", "RF ablation of the right L3-4 facet joint, then the mirror image on the left.\nUnder "
     "fluoroscopy cannulae at the right L2 and L3 medial branches (<j level=L3-L4 side=bilateral>L2 and L3</j>), "
     "lesioned at 80 C. The left side was done as a mirror image.", {"kind": "radiofrequency_ablation"}),
    ("lesion-after-long-stimulation", "PROCEDURE LISTED ON CONSENT: bilateral L4-5 RFA.\nDESCRIPTION:\nRight and "
     "left: cannulae to the L3 and L4 medial branches (<j level=L4-L5 side=bilateral>L3 and L4</j>) under "
     "fluoroscopy, bilaterally. Lateral view checked. Sensory 50 Hz concordant. Motor 2 Hz negative. Impedance "
     "normal. Each site received 1 mL lidocaine and was then lesioned at 80 C.", {"kind": "radiofrequency_ablation"}),
    ("procedure-not-performed-line", "PROCEDURE: Left L4-5 facet injection (fluoroscopic)\n\nPROCEDURE NOT "
     "PERFORMED.\n\nINR 2.9 on arrival. Will rebook the left L4-5 injection.", {}),
    ("side-subheader-block", "Right:\n<j level=C6-C7 side=bilateral>C6 and C7</j> medial branches, fluoroscopy, "
     "bupivacaine 0.5 mL each.\nLeft:\n<j level=C5-C6 side=left>C5, C6 and C7</j> medial branches, "
     "the same as on the right. Diagnostic block #1.", {"kind": "medial_branch_block"}),
    ("intent-by-region", "(a) neck, first diagnostic block (b) low back, steroid injection\nA. Cervical: right C4 "
     "and C5 medial branch blocks (<j level=C4-C5 side=right>right C4 and C5</j>), bupivacaine, fluoroscopy.\n"
     "B. Lumbar: right <j side=right>L5-S1</j> intra-articular facet injection, triamcinolone 40 mg, fluoroscopy.",
     {}),
    ("deferred-lookalike-side", "1. R <j side=right>L4/5</j> FJI, fluoro - DONE, kenalog 40.\n2. R SIJ inj - "
     "DEFERRED, pt could not stay prone.", {}),
    ("ton-with-joint-list", "Bilateral third occipital nerve blocks (<j level=C2-C3 side=bilateral>C2-3</j>) and "
     "bilateral <j side=bilateral>C3-4</j> medial branch blocks (C3 and C4 medial branches), fluoroscopy, "
     "bupivacaine.", {"kind": "medial_branch_block"}),
    ("neuroforamen-anchor", "1. CT-guided right <j side=right>L4-5</j> facet joint injection, triamcinolone.\n"
     "2. CT-guided left L5 transforaminal epidural.\n2. A needle was advanced to the left L5-S1 neuroforamen "
     "under CT; dexamethasone injected.", {"kind": "facet_injection"}),
    ("outside-clinic-history", "Hx: right L4-5 RFA at an outside clinic 2021 with neuritis.\nToday: left "
     "<j side=left>L4-5</j> RF ablation (left L3, L4 medial branches), fluoroscopy, lesions 80 C.",
     {"kind": "radiofrequency_ablation"}),
    ("month-name-timeline", "DOS: 05/05/2025\nTimeline:\n  Mar 2022   bilat L3-4 facet injections (steroid)\n"
     "  Jan 2023   MBB x2 bilat L2, L3\nToday: right <j side=right>L3-4</j> RFA (right L2, L3 medial "
     "branches), fluoroscopy, 80 C.",
     {"kind": "radiofrequency_ablation"}),
    ("numbered-documents-export", "Encounter date: 02 Mar 2025\n#1 PROCEDURE NOTE 02 Mar 2025\nRight <j "
     "side=right>C5-6</j> facet joint injection, fluoroscopy, Kenalog 20 mg.\n#2 ORDER 10 Feb 2025\nRight C5-6 "
     "and C6-7 facet injections, fluoro.", {}),
    ("lettered-items", "Procedures: (a) left L4-5 facet injection (b) left SI joint injection. Prone. (a) Needle "
     "into the left <j side=left>L4-5</j> facet joint, 20 mg triamcinolone. (b) Needle into the left SI joint, "
     "40 mg triamcinolone. Fluoroscopy throughout.", {"intent": "therapeutic"}),
    ("nerve-word-before-pair", "R lumbar MBB - MB L3/L4, L5 DR (<j level=L4-L5,L5-S1 side=right>R</j>). fluoro. "
     "bupi 0.5cc ea. dx #1.", {"kind": "medial_branch_block"}),
    ("facet-denervation", "<j side=none>L5-S1</j> facet denervation under fluoroscopy; L4 medial branch and L5 "
     "dorsal ramus lesioned at 80 C.", {"kind": "radiofrequency_ablation"}),
    ("anesthetic-injected-at-each", "Scheduled: bilateral L4-5 MBB. Performed: right side only.\nRight: needles to "
     "the L3 and L4 medial branches (<j level=L4-L5 side=right>right L3, L4</j>) under fluoroscopy; 0.5 mL "
     "lidocaine injected at each.\nThe patient fainted before the left side; procedure stopped.", {}),
    ("target-not-reached-then-lesion", "Left L4-5, L5-S1 RFA. Left side: cannulas at the L4 and L5 "
     "SAP/TP junctions for the left L3 and L4 MBs (<j level=L4-L5 side=left>left L3 and L4</j>), lesioned at 80 C. "
     "The left sacral ala target could not be reached. Fluoroscopy.", {"kind": "radiofrequency_ablation"}),
    ("separate-intent-statements", "1. Right L5-S1 intra-articular facet injection. 2. Right L3 and L4 medial "
     "branch blocks (<j level=L4-L5 side=right>right L3 and L4</j>). Fluoroscopy for both.\nRationale: an "
     "intra-articular steroid injection for the right <j side=right>L5-S1</j> effusion; the joint above is "
     "evaluated with diagnostic medial branch blocks.\nThe joint was entered and 40 mg methylprednisolone "
     "injected. Bupivacaine 0.5 mL was then placed at each medial branch.",
     {"intents": {"facet_injection": "therapeutic", "medial_branch_block": "diagnostic"}}),
    ("imaging-not-used-for-this-part", "1. Left SI joint injection under ultrasound. 2. Right <j side=right>L4-5"
     "</j> facet joint injection: the ultrasound was not used for this part; landmark technique. Triamcinolone.",
     {"guidance": "none"}),
    ("skin-anesthetized-then-injected", "procedure right L45 facet joint injection, fluoroscopic guidance was used, "
     "the skin was anesthetized with lidocaine, a needle was advanced into the right <j side=right>L45</j> joint "
     "and 20 mg of kenalog was injected, she tolerated it well", {"kind": "facet_injection"}),
    ("stopped-then-redirected", "Diagnostic MBB, fluoroscopy.\nLEFT:\nNeedles at the left L3 and L4 medial "
     "branches (<j level=L4-L5 side=bilateral>L3 and L4</j>), bupivacaine injected at each.\nRIGHT:\nNeedles at "
     "the mirror-image targets. Intravascular contrast at the L4 target; the injection was stopped, the needle "
     "redirected, and bupivacaine was then injected there.", {"kind": "medial_branch_block"}),
    ("consent-to-add-side", "Booked as left L5-S1 MBB. We stopped and, with her consent, added the right side.\n"
     "Needles at the L4 medial branch and L5 dorsal ramus on both sides (<j level=L5-S1 side=bilateral>both</j>), "
     "fluoroscopy, bupivacaine. Block #2.", {"kind": "medial_branch_block"}),
    ("ton-done-c3-not", "Right TON block: three needles along the right C2-3 joint (<j level=C2-C3 side=right>right "
     "TON</j>) under fluoroscopy, lidocaine. The right C3 and C4 medial branch blocks were not done (dizziness).",
     {"kind": "medial_branch_block"}),
    ("localizing-scan-range", "A localizing helical CT from T6 to T10 was obtained. Under CT guidance needles into "
     "the right <j side=right>T7-T8</j> facet joint; Kenalog 10 mg.", {"guidance": "ct"}),
    ("never-placed-not-fully", "Right C3-4 RF neurotomy: right C3 medial branch lesioned; right C4 NOT lesioned, so "
     "the C3-4 joint is not fully denervated. The C4 cannula was never placed. Right TON lesioned "
     "(<j level=C2-C3 side=right>C2-3</j>). Fluoroscopy.", {"kind": "radiofrequency_ablation"}),
    # --- 2026-11-27 (third session): round 10 classes (ga-gf dev halves) ------------------------------------
    ("discography-not-facet", "PROCEDURE: LUMBAR DISCOGRAPHY L4-5 AND L5-S1\nUnder fluoroscopy discography "
     "needles were passed lateral to the superior articular process into the L4-5 and L5-S1 discs; contrast was "
     "injected into each.", {}),
    ("table-performed-no", "| Scheduled | Left C4-5 facet injection |\n| Performed | No |\nTime-out completed "
     "for the left C4-5 injection. The procedure was cancelled before any needle (BP 210/110).", {}),
    ("not-performed-sentence", "Presented for bilateral L4-5 RFA under fluoroscopy. Took apixaban today. "
     "Procedure NOT performed. No needles placed.", {}),
    ("pre-rfa-block", "Right L3 and L4 medial branch blocks (<j level=L4-L5 side=right>right L3 and L4</j>; "
     "diagnostic, pre-RFA), fluoroscopy, lidocaine 0.5 mL each.", {"kind": "medial_branch_block"}),
    ("entered-with-needle", "Plan from clinic: steroid into the right L4-5 joint.\nUnder fluoroscopy the right "
     "<j side=right>L4-5</j> facet joint was visualized in oblique and entered with a 22 g needle; we injected "
     "40 mg Kenalog into the joint.", {"kind": "facet_injection"}),
    ("correction-replaces-region", "Cervical: right C4-5 facet injection, fluoroscopy, Kenalog.\nLumbar: bilateral "
     "<j side=bilateral>L4-5</j> facet injections, Kenalog.\nADDENDUM: correction to the cervical portion: it "
     "was done on the LEFT (left <j side=left>C4-5</j>), not the right.", {}),
    ("adjective-summary", "R: C5, C6 MB -- pulsed RF 42 C. L: C5, C6 MB -- thermal RFA 80 C. Fluoroscopy.\n"
     "Summary: pulsed R C5-6; thermal L <j side=left>C5-6</j>.", {"kind": "radiofrequency_ablation"}),
    ("pain-location-not-target", "Lumbar MBB #1, fluoroscopy. Targets: L3 MB (R), L4 MB (R), bupivacaine "
     "(<j level=L4-L5 side=right>R</j>). Pain mainly L5-S1 on the left today.", {"kind": "medial_branch_block"}),
    ("table-apposition-side", "Target        Side     Lesions\nTON (C2-3)    Right    3\nC3 MB         Right    2\n"
     "C4 MB         Right    2\nFluoroscopy, lesions at 80 C (<j level=C2-C3,C3-C4 side=right>right</j>).",
     {"kind": "radiofrequency_ablation"}),
    ("adjacent-side-wins", "Under fluoroscopy the right <j level=L4-L5 side=bilateral>L for five</j> facet joint "
     "was entered. The same was done at the right <j level=L5-S1 side=bilateral>L5 S one</j> joint and then at the "
     "left L for five and the left L5 S one joints. Depo-Medrol in each.", {}),
    ("aborted-in-parenthesis", "IMPRESSION: LEFT <j side=left>L5-S1</j> facet injection only (right L5-S1 "
     "aborted due to paresthesia). Fluoroscopy, Kenalog.", {}),
    ("signature-initial", "Right L3 and L4 medial branch blocks (<j level=L4-L5 side=right>right</j>), "
     "fluoroscopy, lidocaine, block #2.\nL. Ferreira, DO", {}),
    ("bare-mark-table", "| Level | Right | Left |\n|-------|-------|------|\n| L3/4  |       |      |\n"
     "| <j side=bilateral>L4/5</j>  |   X   |  X   |\nFacet joint injections under fluoroscopy, Kenalog.", {}),
    ("dated-event-history", "Date: 10/22/2025\nRIGHT SIDE\n  L3 medial branch  [x]\n  L4 medial branch  [x]\n"
     "  L5 dorsal ramus   [x]\nLEFT SIDE\n  N/A - left L4-5/L5-S1 RFA completed 10/08/2025\nFluoroscopy, "
     "lesions 80 C (<j level=L4-L5,L5-S1 side=right>right</j>).", {"kind": "radiofrequency_ablation"}),
    ("myotome-not-level", "Right C4, C5 medial branches lesioned at 80 C (<j level=C4-C5 side=right>right C4, C5"
     "</j>) under fluoroscopy. At C6 the motor response was in the C5/C6 myotome; no lesion was made at C6.",
     {"kind": "radiofrequency_ablation"}),
    ("headers-on-their-own-lines", "INTERVAL HISTORY\nBilateral L4-5 facet injections in 2022; right L3-4 MBB x2 "
     "last spring.\n\nDESCRIPTION\nUnder fluoroscopy the left <j side=left>L5-S1</j> facet joint was entered and "
     "injected with 40 mg Kenalog.\n\nPLAN\nRight L3-4 RFA next month.", {"kind": "facet_injection"}),
    ("single-dot-leader", "Side ........ Left\nNerves ...... C6, C7, C8 medial branches "
     "(<j level=C6-C7,C7-T1 side=left>C6-C7, C7-T1</j>)\nGuidance .... Fluoroscopy\nProcedure aborted . No\n"
     "Lidocaine only, block #1.", {"kind": "medial_branch_block"}),
    # --- 2026-11-27 (third session): round 11 classes (ha-hd dev halves) ------------------------------------
    ("soap-plan-key", "S: here to discuss RFA. s/p R C5-6 MBB x2, 85% and 90%.\nA: R C5-6 facet pain.\nP:\n - RFA R "
     "C5, C6 medial branches (= R C5-6) under fluoro\n - auth request 64633-RT", {}),
    ("consent-form-title", "INFORMED CONSENT FOR PROCEDURE\nI authorize Dr. Ode to perform: radiofrequency ablation "
     "of the bilateral L3, L4 medial branches and L5 dorsal rami (L4-L5, L5-S1 facet joints) with fluoroscopy.", {}),
    ("other-side-in-weeks", "RFA lt. L3,4 MB + L5 DR (<j level=L4-L5,L5-S1 side=left>L4-5, L5-S1</j> facets). "
     "Fluoro. 80C x 90s x2 per nerve.\nRt side in 3 wks.", {"kind": "radiofrequency_ablation"}),
    ("scheduled-header-corrected", "Scheduled procedure: RT L3-4 FACET JOINT INJECTION\n\nTime-out: the clinic "
     "note and consent say LEFT; the schedule had the wrong side.\nUnder fluoroscopy a 22 g needle was advanced "
     "into the left <j side=left>L3-4</j> facet joint. Injected 1 mL dexamethasone with bupivacaine.", {}),
    ("temperature-without-lesion-word", "Left side: cannulas at the left L2, L3 medial branches "
     "(<j level=L3-L4 side=left>left L2, L3</j>) under fluoroscopy; 1 mL 2% lidocaine per site, then 85 C x 90 s.",
     {"kind": "radiofrequency_ablation"}),
    ("ticked-intra-articular-and-other-key", "Type:    [x] Intra-articular   [ ] Medial branch block\nSide:    [x] "
     "Bilateral\nLevels:  [ ] L4-5   [ ] L5-S1    Other: <j side=bilateral>L2-3</j>\nGuidance: [x] Fluoroscopy\n"
     "Medication: lidocaine 0.5 mL per joint.", {"kind": "facet_injection"}),
    ("procedure-by-side", "1. RF ablation of the right T6 and T7 medial branches (right <j side=right>T7-T8</j>).\n"
     "2. Diagnostic medial branch block, left T6 and T7 medial branches (left <j side=left>T7-T8</j>).\nFluoroscopy."
     "\nRight: cannulae, 80 C x 90 s.\nLeft: needles to the left T7 and T8 transverse processes, bupivacaine "
     "0.5 mL each.", {}),
    ("incomplete-joint", "Right and left TON and C3, C4 RF ablation, fluoroscopy, 80 C. The left C4 medial branch "
     "was not lesioned. So: right <j level=C3-C4 side=right>C2-3 and C3-4</j> done; left "
     "<j level=C2-C3 side=bilateral>C2-3</j> done; left C3-4 incomplete.", {"kind": "radiofrequency_ablation"}),
    ("therefore-not-done", "Planned: bilateral TON blocks (C2-3). Only left-sided pain today. Right TON block "
     "therefore not done today.\nLeft third occipital nerve block: three needles along the left C2-3 joint line "
     "(<j level=C2-C3 side=left>left TON</j>), fluoroscopy, bupivacaine 0.3 mL each.", {"kind": "medial_branch_block"}),
    ("c2-3-intra-articular-beside-ton-rfa", "PROCEDURE 1 - Right TON and C3 RF neurotomy (right <j level=C2-C3,C3-C4 "
     "side=right>C2-C3 and C3-C4</j>)\nPROCEDURE 2 - Left <j side=left>C2-C3</j> intra-articular facet joint "
     "injection\nFluoroscopy. Lesions at 80 C. Betamethasone into the left joint. Warned about numbness after "
     "TON ablation.", {}),
    ("pain-coming-from-and-paragraph-intent", "Neck pain that we believe is coming from the C4-5 facet joints, and "
     "right low back pain over the L4-5 facet.\n\nPROCEDURE ONE, BILATERAL C4-5 MEDIAL BRANCH BLOCKS.\nUnder "
     "fluoroscopy needles to the C4 and C5 pillars on both sides (<j level=C4-C5 side=bilateral>bilateral C4 and "
     "C5</j>), lidocaine at each. This is a diagnostic block.\n\nPROCEDURE TWO, RIGHT L4-5 FACET JOINT "
     "INJECTION.\nUnder fluoroscopy a needle into the right <j side=right>L4-5</j> facet joint; 40 mg "
     "methylprednisolone injected.",
     {"intents": {"facet_injection": "therapeutic", "medial_branch_block": "diagnostic"}}),
    # --- 2026-11-27 (fourth session), from the ha hc hd batches' dev halves ------------------------------
    ("consent-list-then-restarted-list", "Listed on the signed consent:\n1. Left C4-5 and C5-6 facet injections.\n"
     "2. Trigger point injections.\n\n1. Left side. Under fluoroscopy the left <j side=left>C4-5</j> and "
     "<j side=left>C5-6</j> joints were entered; 0.5 mL with 10 mg Kenalog in each.\n2. Trigger points were "
     "deferred.", {"kind": "facet_injection"}),
    ("joint-key-owned-by-the-procedure-naming-it", "Procedures:\n1. Right <j side=right>C5-6</j> facet joint "
     "injection.\n2. Right <j side=right>L3-4</j> and <j side=right>L4-5</j> medial branch blocks.\nAll under "
     "fluoroscopy.\nC5-6: 25 g spinal needle into the joint, 0.5 mL with 10 mg Kenalog.\nBlocks: needles to the "
     "right L2, L3 and L4 medial branches, 0.5 mL lidocaine each.", {}),
    ("side-column-table-one-cell-not-done", "Bilateral lumbar RF neurotomy under fluoroscopy after two positive "
     "blocks.\n\nLesions      | Right          | Left\n<j level=L4-L5 side=bilateral>L3 medial branch | 80 C 90 sec"
     "    | 80 C 90 sec\nL4 medial branch</j> | 80 C 90 sec    | 80 C 90 sec\n<j level=L5-S1 side=right>L5 dorsal "
     "ramus</j>  | 80 C 90 sec    | not done - motor response", {"kind": "radiofrequency_ablation"}),
    ("long-hx-line-then-today-key", "hx: L sided low back pain for years, MRI with facet arthropathy, prior L L4/5 "
     "and L5/S1 MBBs 9/2026 with 90% relief both times, PT and NSAIDs failed, here for ablation as planned.\n"
     "today: RFA L <j level=L4-L5,L5-S1 side=left>L3, L4 MBs and L5 DR</j>, fluoro, 80C x 90s each.", {}),
    ("lumbosacral-coordinated-with-a-level", "Procedure: left <j side=left>L4-5</j> and <j level=L5-S1 "
     "side=left>lumbosacral</j> medial branch blocks under fluoroscopy, lidocaine only.", {}),
    # --- round 12 (ja-jf dev halves) -----------------------------------------------------------------
    ("pain-was-discussed-but-deferred", "Left greater occipital nerve block under ultrasound, 2 mL bupivacaine.\n"
     "A right third occipital nerve block for suspected C2-3 facet pain was discussed but deferred; not done today.",
     {}),
    ("consent-title-under-letterhead", "RIVERBEND SPINE ASSOCIATES\nCONSENT FOR PROCEDURE\n\nI agree to the "
     "following:\n  [X] Medial branch block   [ ] Epidural\n  Levels: right L4-5 and L5-S1\n  Imaging: [X] "
     "Fluoroscopy\nSigned by patient and witness.", {}),
    ("authorization-letter-conservative-care-completed", "Granite Pain Group\n\nRE: Request for prior "
     "authorization\nRequested: left L3-4 and L4-5 radiofrequency ablation under fluoroscopy.\n\nShe has "
     "completed eight weeks of physical therapy without relief. Two diagnostic left L3-4 and L4-5 medial branch "
     "blocks gave 85% and 90% relief.", {}),
    ("parenthesis-inside-procedure-name", "Procedure: left <j side=left>C 3-4</j> cervical facet joint (IA) "
     "injection\nGuidance: fluoroscopy\n40 mg Kenalog with 0.5 mL lidocaine into the joint.", {}),
    ("dx-line-ends-in-an-unwrapped-note", "03/02/26 R L4-5 FJI\nDx: R lumbar facet pain, CT with R L4-5 and L5-S1 "
     "facet arthropathy\nUnder fluoro AP + oblique, 22 g needle into the right <j side=right>L4-5</j> joint, "
     "arthrogram ok, 40 mg kenalog + 0.5 mL bupi. No complications, tolerated well.", {"guidance": "fluoroscopy"}),
    ("spoken-comma-ends-a-clause", "procedure colon facet injections period under fluoroscopy on the right side "
     "the <j side=right>L4-5</j> joint was entered comma on the left side only the <j side=left>L3-4</j> joint was "
     "entered comma the left L4-5 was not done because she has no pain there period kenalog 40 mg injected period",
     {}),
    ("title-each-side-its-own-status", "Lumbar MBB - left completed, right aborted\nUnder fluoroscopy 22 g needles "
     "to the left <j level=L4-L5,L5-S1 side=left>L3, L4 medial branches and L5 dorsal ramus</j>, lidocaine only.\n"
     "Right side: vasovagal after the first needle, stopped, nothing injected.", {"intent": "diagnostic"}),
    ("right-and-then-the-left-side", "Cervical MBB. Under fluoroscopy needles to the waist of the articular pillar "
     "at <j level=C4-C5,C5-C6 side=bilateral>C4, C5 and C6</j> on the right and then the left side, 0.3 mL "
     "bupivacaine each.", {}),
    ("sides-written-after-each-level", "Facet injections under fluoroscopy: needles entered each joint (<j "
     "side=bilateral>L3-4</j> right and left, <j side=right>L4-5</j> right, <j side=left>L5-S1</j> left), 10 mg "
     "triamcinolone in each.", {}),
    ("relief-to-qualify-for-ablation", "Left L3-4 and L4-5 MBB (diagnostic) under fluoroscopy: needles to the left "
     "<j level=L3-L4,L4-L5 side=left>L2, L3 and L4 medial branches</j>, lidocaine 0.5 mL each.\nShe must report 80% "
     "relief on the sheet to qualify for radiofrequency ablation.", {"kind": "medial_branch_block"}),
    ("proceeded-with-ultrasound-instead", "Right L5-S1 facet injection.\nThe C-arm would not boot and no image could "
     "be taken, so we proceeded with ultrasound guidance instead. The probe showed the right <j side=right>L5-S1"
     "</j> joint line; needle in-plane into the joint, 40 mg Depo-Medrol.\nThe C-arm has been taken out of "
     "service.", {"guidance": "ultrasound"}),
    ("inline-side-key-holds-its-line", "Cervical RF: R TON, R C3; L C3, L C4\nFluoro.\nRIGHT: TON - 3 cannulae "
     "along the lateral <j level=C2-C3 side=right>C2-3</j> joint line; C3 MB one cannula.\nLEFT: <j level=C3-C4 "
     "side=left>C3 MB + C4 MB</j> - one cannula each.\nSensory and motor testing at all sites, then 80 C x 90 s "
     "per site (TON x 3).", {}),
    ("history-and-indication-header", "OPERATIVE REPORT - LUMBAR RF NEUROTOMY\n\nPROCEDURE\n  Right thermal RF "
     "of the right <j level=L4-L5,L5-S1 side=right>L3, L4 medial branches and L5 dorsal ramus</j>, fluoroscopic."
     "\n\nHISTORY AND INDICATION\n  Two blocks in 2025:\n    block #1 (03/02/2025): right L2-L5 and left L2-L5 "
     "medial branches, 85%\n\nDESCRIPTION\n  Cannulae to the right targets, 80 C for 90 s each.", {}),
    ("no-lesion-on-one-side", "Bilateral L4-5 and L5-S1 RF ablation.\nUnder fluoroscopy cannulae to the left <j "
     "level=L4-L5,L5-S1 side=left>L3 and L4 medial branches and the L5 dorsal ramus</j>, lesions at 80 C.\nCannulae"
     " were then started toward the right targets but the patient asked to stop. No radiofrequency lesion was made "
     "on the right side at any level.", {}),
    ("same-targets-on-the-other-side", "Diagnostic lumbar MBB. Under fluoroscopy needles on the right at the SAP/TP "
     "junctions of <j level=L4-L5,L5-S1 side=bilateral>L4 and L5 and at the sacral ala</j>. Needles were then "
     "placed at the same three targets on the left. Lidocaine 0.5 mL each.", {}),
    ("lumbosacral-and-a-level-joints", "Under fluoroscopy the right and left <j level=L5-S1 side=bilateral>"
     "lumbosacral</j> and <j side=bilateral>L4-5</j> joints were injected with bupivacaine and 20 mg Kenalog.", {}),
    ("landmark-joint-then-counting", "Ultrasound-guided left cervical MBB. Probe over the pillars, identifying the "
     "C2-3 joint, then counting down to the <j level=C3-C4,C4-C5 side=left>C3, C4 and C5</j> pillars; needle to "
     "each waist, bupivacaine 0.3 mL. No fluoroscopy.", {"guidance": "ultrasound"}),
    ("not-a-pain-generator-not-injected", "Under fluoroscopy the left <j side=bilateral>C5-6</j> and <j side=left>"
     "C6-7</j> joints were injected with 4 mg dexamethasone each. The same was then performed on the right at C5-6 "
     "only (the right C6-7 was not a pain generator on exam\nand was not injected).", {}),
    ("pain-location-with-levels", "Thoracic MBB #1\nUpper back pain, R at T4-5 level, L at T5-6 level on exam.\n"
     "Fluoro.\nRight: <j level=T4-T5 side=right>T3 and T4</j> medial branches.\nLeft: <j level=T5-T6 side=left>"
     "T4 and T5</j> medial branches.\nBupivacaine 0.5 mL each, no steroid.", {}),
    # --- round 13 (ka-kf dev halves) and older dev notes ------------------------------------------------
    ("telephone-follow-up-title", "Telephone follow-up 03/04/2026\nSpoke with patient the day after her right L4-5 "
     "and L5-S1 medial branch blocks under fluoroscopy. 80% relief for 3 hours per diary.\nPlan: second block in "
     "2 weeks.", {}),
    ("day-after-the-block-is-history", "Clinic note. Seen the day after his left C5-6 facet injection under "
     "fluoroscopy, which gave good relief. Today: left <j side=left>C6-7</j> facet joint injection under "
     "fluoroscopy, 40 mg Kenalog.", {}),
    ("count-from-a-landmark-level", "Left C6, C7, C8 MBB (therapeutic). C-arm AP to count from T1 upward. Needles to "
     "the left <j level=C6-C7,C7-T1 side=left>C6 and C7 pillar waists and the C8</j> medial branch at the T1 "
     "transverse process, bupivacaine with 2 mg dexamethasone each.", {}),
    ("side-block-opening-not-performed", "Procedure listed: bilateral L4/5 and L5/S1 radiofrequency denervation\n\n"
     "RIGHT SIDE:\nUnder image intensifier, cannulae to the right <j level=L4-L5,L5-S1 side=right>L3 and L4 medial "
     "branches and the L5 dorsal ramus</j>, lesions 80 degrees C for 90 s.\n\nLEFT SIDE:\nNot performed. "
     "Vasovagal episode while positioning the first cannula; abandoned for today.", {}),
    ("side-grid-with-blank-label-column", "Cervical MBB template\nGuidance: [x] Fluoroscopy\nJoints blocked:\n"
     "              RIGHT     LEFT\n  <j side=right>C3-4</j>        [x]       [ ]\n  <j side=bilateral>C4-5</j>"
     "        [x]       [x]\n  C5-6        [ ]       [ ]\nLidocaine 0.3 mL per nerve.", {}),
    ("ankylosed-joint-not-entered-on-one-side", "Bilateral L3-4 and L4-5 facet injections under fluoroscopy: "
     "needles into the left <j side=left>L3-4</j>, left <j side=bilateral>L4-5</j> and right L4-5 joints, 40 mg "
     "Kenalog divided. The right L3-4 joint is severely hypertrophied and appears ankylosed; the needle could not "
     "be introduced into it.", {}),
    ("body-adds-one-joint-to-the-performed-list", "PROCEDURE PERFORMED: Right <j side=right>L3-L4</j>, <j "
     "side=bilateral>L4-L5</j> and <j side=bilateral>L5-S1</j> and left L4-L5 and L5-S1 medial branch blocks, "
     "fluoroscopic.\n\nThe patient agreed at the bedside to add the right L3-L4 joint.\n\nNeedles on the right to "
     "the L2, L3 and L4 medial branches and the L5 dorsal ramus; on the left to the L3 and L4 medial branches and "
     "the L5 dorsal ramus. Bupivacaine 0.5 mL each.", {}),
    ("ultrasound-abandoned-sentences-later", "Right L4-5 and L5-S1 MBB planned under ultrasound.\nThe L5 transverse "
     "process and sacral ala could not be seen with confidence. One needle was tried and its tip could not be "
     "tracked. We therefore abandoned ultrasound and brought in the C-arm.\nUnder fluoroscopy needles to the right "
     "<j level=L4-L5,L5-S1 side=right>L3, L4 medial branches and L5 dorsal ramus</j>, lidocaine 0.5 mL each.",
     {"guidance": "fluoroscopy"}),
    # --- round 14 (la-lg dev halves) ---------------------------------------------------------------------
    ("levels-withdrawn-by-an-addendum", "Rt lumbar facet inj x2 (L3-4, L4-5) under fluoro, 40 mg kenalog.\nAddendum: "
     "the levels above were copied from the order and are NOT the levels injected; correct levels to follow.", {}),
    ("template-description-withdrawn", "Procedure: Left L4-5 and L5-S1 MBB.\nDescription: under fluoroscopy needles "
     "to the left L3, L4 MB and L5 DR, bupivacaine at each.\n\nADDENDUM: The description above is template text "
     "entered before the case and did not occur. The fusion mass covered the targets. Procedure not performed.",
     {}),
    ("fluoroscopy-box-ticked-in-error", "Right C5, C6 MBB (diagnostic)\nGuidance: [x] Fluoroscopy [ ] Ultrasound\n"
     "Linear probe over the right pillars; needles in plane to the <j level=C5-C6 side=right>C5 and C6</j> medial "
     "branches under ultrasound, bupivacaine 0.3 mL each.\nAmendment: Fluoroscopy box checked in error. No "
     "fluoroscopy was used.", {"guidance": "ultrasound"}),
    ("coder-query-is-not-a-record", "PHYSICIAN DOCUMENTATION QUERY\nYour note reads 'right L4-5 facet injection, "
     "40 mg Kenalog'. Please indicate the guidance used:\n[ ] Fluoroscopic guidance was used\n[ ] Ultrasound "
     "guidance was used", {}),
    ("booking-slip-is-not-a-record", "OR BOOKING SLIP\nCase: L TON + L C3, C4 MBB (C2-3, C3-4), dx block #1\nRoom: "
     "C-arm\nDate wanted: 11/19", {}),
    ("joint-between-two-vertebrae", "Right-sided lumbar zygapophysial joint injections. Under fluoroscopy a needle "
     "into the right joint <j level=L4-L5 side=right>between L4 and L5</j>, then the joint <j level=L5-S1 "
     "side=right>between L5 and the sacrum</j>; 40 mg triamcinolone divided.", {}),
    ("joint-between-spelled-vertebrae", "Cervical facet injections. Under fluoroscopy we entered the joint <j "
     "level=C5-C6 side=bilateral>between the fifth and sixth cervical vertebrae</j> on each side and injected "
     "dexamethasone.", {}),
    ("wrapped-indication-then-narrative", "PROCEDURE NOTE - THORACIC MBB\n  Indication: right mid-thoracic pain "
     "after a fall; CT thoracic spine shows degenerative facet\n  changes at right T7-8 and T8-9 and an old T11 "
     "compression.\n  Consent obtained. Under fluoroscopy needles to the right <j level=T7-T8,T8-T9 side=right>T6, "
     "T7 and T8 medial branches</j>, lidocaine only.", {}),
    ("will-need-repeating-is-a-plan", "Lumbar MBB #2. Right: needles to the right <j level=L5-S1 side=right>L3,"
     " L4 MB and L5 DR</j>. Left: <j level=L4-L5 side=bilateral>L3 and L4 MB</j> blocked; the left L5 dorsal "
     "ramus was not blocked (vasovagal). Fluoroscopy, lidocaine only.\nLeft L5-S1 will need repeating.", {}),
    ("parenthesis-names-the-level-not-done", "Lumbar RF ablation.\nRight side: RF cannulas to the right <j "
     "level=L5-S1 side=right>L4 medial branch and right L5 dorsal ramus</j> only (right L3 medial branch not "
     "treated, see HPI), 80 C x 90 s, fluoroscopy.", {}),
    ("one-nerve-alone-after-a-negation", "RF neurotomy under fluoroscopy. RIGHT: <j level=L4-L5 side=right>L3 "
     "and L4 medial branches and L5 dorsal ramus</j> lesioned.\nLEFT: L4 medial branch and L5 dorsal ramus "
     "lesioned.\nLeft L4-5 NOT denervated (L3 not lesioned, L4 alone); <j level=L5-S1 side=bilateral>left L5-S1</j> "
     "denervated.", {}),
    ("side-corrected-by-an-addendum", "Procedure: Right <j level=L4-L5 side=left>L4-L5</j> and <j level=L5-S1 "
     "side=left>L5-S1</j> facet injections under fluoroscopy, 40 mg Kenalog.\nAMENDMENT: Side corrected to LEFT. "
     "All references to \"right\" above should read \"left\".", {}),
    ("symptom-side-is-not-a-removal", "1-2. Under fluoroscopy needles bilaterally to the <j level=L4-L5,L5-S1 "
     "side=bilateral>L3 and L4 medial branches and the L5 dorsal ramus</j>, lidocaine 0.5 mL each.\n3. Not "
     "performed. After the blocks the patient's right buttock pain was gone and he declined the SI joint "
     "injection.", {}),
    # --- round 15 (ma-mf dev halves) ---------------------------------------------------------------------
    ("pasted-older-note-between-banners", "Office visit 08/19/2025. Stable on duloxetine; no injection today.\n\n"
     "==== copied from prior encounter 06/12/2023 (reference only) ====\nProcedure: bilateral L4-5 and L5-S1 facet "
     "joint injections under fluoroscopy, 40 mg triamcinolone divided.\n==== end of copied text ====\nReturn in 3 "
     "months.", {}),
    ("bare-injected-after-each-joint", "Procedure listed on schedule: bilateral L4-5 facet injections, fluoroscopy."
     "\nUnder fluoroscopy:\n- Right <j side=bilateral>L4-5</j>: needle entered joint; arthrogram confirmed. Injected."
     "\n- Left L4-5: needle entered joint; arthrogram confirmed. Injected.\nInjectate per joint: 10 mg "
     "triamcinolone.", {}),
    ("radio-button-dot-is-ticked", "Cervical facet joint injection\nLevels: <j side=right>C5/6</j>\nLaterality: "
     "(\u2022) Right  ( ) Left  ( ) Bilateral\nGuidance: Fluoroscopy\nInjectate: triamcinolone 20 mg.", {}),
    ("view-squared-to-vertebrae", "Right thoracic MBB, diagnostic. Fluoroscopic AP view squared to the T7, T8 and "
     "T9 vertebrae. Needles to the superolateral corner of the right <j level=T7-T8,T8-T9 side=right>T7, T8 and T9"
     "</j> transverse processes (for the T6, T7 and T8 medial branches); lidocaine only.", {}),
    ("side-then-at-level-in-a-not-done-list", "CT-guided thoracic facet injections: right <j side=right>T4-5</j>, "
     "left <j side=left>T5-6</j>; 10 mg triamcinolone each. Nothing was injected on the left at T4-5 or on the "
     "right at T5-6.", {"guidance": "ct"}),
    ("arrow-line-is-a-new-sentence", "bilat L4-5 facet inj, fluoro\nL done: needle in joint, 20mg Kenalog\nR: pt "
     "asked to stop before any inj, nothing injected R\n=> <j side=left>L L4-5</j> IA only", {}),
    # --- round 16 (na-nh dev halves) ---------------------------------------------------------------------
    ("no-thermal-lesion-on-one-side", "Lumbar radiofrequency - right thermal, left pulsed\nUnder fluoroscopy "
     "cannulae to the right <j level=L4-L5,L5-S1 side=right>L3 and L4 medial branches and L5 dorsal ramus</j>, 80 C "
     "x 90 s.\nLEFT: cannulae to the left L3, L4 medial branches and L5 dorsal ramus; pulsed RF only. No thermal "
     "lesion on the left.", {"kind": "radiofrequency_ablation"}),
    ("speech-recognition-facet-giant", "procedure colon right <j side=right>L four five</j> facet giant injection "
     "period guidance colon floral scopy period using the see arm a needle was walked into the joint and 40 mg can a "
     "log was injected period", {"guidance": "fluoroscopy"}),
    ("spoken-levels-listed-after-a-landmark", "left L three and L four meal branch blocks period under floral scopy "
     "needles to the left <j level=L4-L5 side=left>L three and L four</j> medial branches at the junction of the "
     "superior articular process and transverse process of L four and L five period bupivacaine only", {}),
    ("authorization-document-before-the-procedure-note", "=== DOCUMENT 1 of 2: AUTHORIZATION CORRESPONDENCE ===\n"
     "Request: bilateral RF ablation L3-4, L4-5 and L5-S1. Approved: L4-5 and L5-S1 only.\n\n=== DOCUMENT 2 of "
     "2: PROCEDURE NOTE ===\nProcedure: bilateral <j side=bilateral>L4-L5</j> and <j side=bilateral>L5-S1</j> "
     "radiofrequency ablation under fluoroscopy, 80 C x 90 s at each site.", {}),
    ("region-the-body-does-not-describe-keeps-the-header", "Procedure(s):\n - Bilateral <j side=bilateral>C5-6</j> "
     "cervical facet joint injections\n - Bilateral <j side=bilateral>L4-5</j> lumbar facet joint injections\n"
     "Guidance: fluoroscopy.\n\nNeck: lateral view, 25 g needles into the right and left C5-6 joints, dexamethasone."
     "\nLow back: oblique views, needles into both joints at the lower level, triamcinolone.", {}),
    ("aligned-table-rows-are-lines-of-their-own", "Procedure summary: lumbar facet injections, fluoroscopy, "
     "triamcinolone.\n\nLevel   Side   In joint?   Injectate    Result\n<j side=right>L3-4</j>    R      yes"
     "         0.6 mL       done\nL3-4    L      NO          n/a          NOT DONE\n<j side=bilateral>L4-5</j>    "
     "R      yes         0.6 mL       done\nL4-5    L      yes         0.6 mL       done", {}),
    ("table-row-side-cell", "Thoracic MBB, diagnostic, fluoroscopy\n\nNeedle\tTarget\tSide\tDrug\n1\t<j "
     "level=T6-T7,T7-T8 side=right>T5 medial branch (superolateral corner of T6 TP)\tR\t0.75% ropivacaine\n2\tT6 "
     "medial branch (superolateral corner of T7 TP)\tR\t0.75% ropivacaine\n3\tT7</j> medial branch (superolateral"
     " corner of T8 TP)\tR\t0.75% ropivacaine\n\nLeft side\tn/a", {}),
    # --- round 17 classes ---
    ("cf-guidance-terse", "RFTC lt <j level=L4-L5,L5-S1 side=left>L3, L4 MB + L5 DR</j>\ns/p dx MBB x2\nCF guidance,"
     " 18g cannula\nlesion 80C x 90s each", {"guidance": "fluoroscopy", "kind": "radiofrequency_ablation"}),
    ("short-lines-are-fragments", "<j level=C3-C4,C4-C5 side=left>L C3, C4, C5</j> MB RFTC\ns/p MBB x2 w/ 90% relief\n"
     "fluoro, AP + lat, 18g\n1% lido 0.5ml ea, 80C x 90s", {"guidance": "fluoroscopy"}),
    ("guidance-beside-a-side-aborted", "Proc: B/L L4-5 FJI\nL side done: <j side=left>L4-5</j> IA, 40mg Depo-Medrol\n"
     "R side stopped - pt could not tolerate prone, repositioning failed under\nfluoro. Plan R side next time.",
     {"guidance": "fluoroscopy"}),
    ("localising-ct-range", "Examination: CT-guided right <j side=right>L3/4</j> facet joint injection.\n"
     "Technique: Localising CT L1 to S1. Needle advanced into the right L3/4 joint under CT, 40 mg "
     "methylprednisolone.", {"guidance": "ct"}),
    ("addendum-procedure-above-not-performed", "Procedure: Right L5-S1 facet joint injection under fluoroscopy.\n"
     "Description: needle placed into the right L5-S1 joint, 1 mL bupivacaine with Kenalog injected.\n\n"
     "ADDENDUM (attending): The procedure documented above was NOT performed. The patient left before prep.", {}),
    ("before-any-injection", "Left L3-4 and L4-5 medial branch blocks - ABORTED\nUnder fluoroscopy a needle was "
     "advanced to the left L2 medial branch. Before any anesthetic was injected the patient had a vasovagal "
     "episode.\nProcedure aborted.", {}),
    ("confirmed-by-dual-blocks", "Procedure: right <j level=L4-L5,L5-S1 side=right>L3, L4 medial branch and L5 "
     "dorsal ramus</j> radiofrequency ablation under fluoroscopy.\nIndication: bilateral L4-5/L5-S1 facet pain "
     "confirmed by dual MBBs (3/2025, 4/2025).", {"kind": "radiofrequency_ablation"}),
    ("middle-initial-not-a-side", "Name: Porter, Angela R.\nDOS: 03/04/2025\nProcedure: <j side=left>L4-5</j> "
     "facet joint injection, left, under fluoroscopy, 40 mg triamcinolone.", {}),
    ("vertebra-for-the-nerve", "Procedure: bilateral <j level=T12-L1,L1-L2 side=bilateral>T11, T12 and L1</j> "
     "medial branch blocks, fluoroscopy.\nNeedles at the junction of the SAP and TP of the vertebra below: T12 for "
     "the T11 medial branch, L1 for the T12 medial branch and L2 for the L1 medial branch. 0.5 mL bupivacaine "
     "each, diagnostic.", {}),
    ("lettered-item-owns-its-intent", "PROCEDURES\nA. Bilateral <j level=L4-L5,L5-S1 side=bilateral>L3 and L4 "
     "medial branches and L5 dorsal ramus</j> blocks. Diagnostic (first block), lidocaine only.\nB. Right "
     "<j side=right>C6-7</j> intra-articular facet joint injection with 20 mg Kenalog.\nBoth under fluoroscopy.",
     {"intents": {"medial_branch_block": "diagnostic", "facet_injection": "therapeutic"}}),
    # --- round 18 classes ---
    ("quoted-side-is-the-error", "Procedure: Right <j side=left>L5-S1</j> facet joint injection, fluoroscopy, "
     "Kenalog 40 mg.\n\nADDENDUM: Correction to laterality. The injection was into the LEFT L5-S1 joint as "
     "marked.\n\"Right\" in the note above was a dictation error. No right-sided injection was done.", {}),
    ("quoted-wrong-then-right", "Procedure: Right <j side=left>L4-5</j> facet joint injection under fluoroscopy "
     "with Depo-Medrol.\nAMENDMENT: Side corrected. All references to \"right\" above should read \"left\".", {}),
    ("fj-inj-terse", "4/1/26 - bilat <j side=bilateral>L3/4</j> <j side=bilateral>L4/5</j> FJ inj, fluoro.\n"
     "kenalog 40mg split between joints. no cx.", {"kind": "facet_injection"}),
    ("on-the-left-and-on-the-right", "Lumbar RFA. Cannulas under fluoroscopy to the <j level=L4-L5,L5-S1 "
     "side=bilateral>L3 and L4 medial branches and the L5 dorsal ramus</j> on the left and on the right; lesions "
     "at 80 C for 90 s.", {}),
    ("checklist-packet-with-dose", "Lakeview ASC - Procedure Packet\nPRE-PROCEDURE CHECKLIST\n NPO ..... yes\n"
     " Site .... marked R L5-S1\n\n"
     "PROCEDURE: Right <j side=right>L5-S1</j> medial branch block, diagnostic.\nUnder fluoroscopy 22 g needles "
     "to the right L4 medial branch and L5 dorsal ramus. 0.5 mL 0.5% bupivacaine at each target.", {}),
    ("no-x-was-performed-after-a-list", "Planned right L4-5 RFA. A cannula was advanced toward the right L3 medial "
     "branch under fluoroscopy; the patient asked to stop. No stimulation, no anesthetic and no lesion was "
     "performed at any level. The RFA was aborted.", {}),
    ("negation-inside-parentheses", "bilat MBB <j side=bilateral>L4-5</j> (dx #1, lido 0.5cc/nerve, no steroid) "
     "under fluoro", {"guidance": "fluoroscopy"}),
    ("previous-session-block", "MBB series\nSession 1 - 03/03/2025 (previous)\n  Joints: right L3-4, L4-5\n"
     "  Guidance: fluoroscopy\nSession 2 - 03/17/2025 (today)\n  Joints: left <j side=left>L4-5</j> facet joint"
     " medial branch block, lidocaine, diagnostic #1\n  Guidance: fluoroscopy\n\nNext: block #2, right L3-4 and "
     "left L4-5.", {}),
    ("rescue-drugs-are-not-the-injection", "Procedure note - aborted\nBooked: left L4-5 facet injection, "
     "fluoroscopy.\nDuring skin infiltration he had a vasovagal episode; he received IV fluids and atropine "
     "0.4 mg and recovered. The procedure was aborted; no joint was injected.", {}),
    ("landmark-junctions-in-parentheses", "RFA, lumbar\nNerves lesioned:\n  Right - <j level=L4-L5 "
     "side=right>L3 medial branch, L4 medial branch, L5 dorsal ramus</j>\n  Left  - <j level=L5-S1 side=bilateral>"
     "L4 medial branch, L5 dorsal ramus</j>\n\nTechnique: cannulas under fluoroscopy at the SAP-transverse "
     "process junctions (L4, L5) and at the sacral ala as needed for the nerves listed; lesions at 80 C.", {}),
    # --- round 19 classes ---
    ("candidacy-for-a-later-rfa", "Medial Branch Block - Lumbar\nSide: Right\nNerves: <j level=L4-L5 side=right>L3 "
     "MB, L4 MB</j>\nGuidance: fluoroscopy\nToday's block is a diagnostic block #1 to assess candidacy for right "
     "L4-5 radiofrequency ablation. 0.5 mL bupivacaine at each nerve.", {"kind": "medial_branch_block"}),
    ("auto-populated-intent-field", "Intent: Therapeutic   [auto-populated field]\nProcedure: left <j side=left>"
     "L5-S1</j> medial branch block (L4 MB, L5 DR) under fluoroscopy.\nThis is a diagnostic block #1; 0.5 mL "
     "bupivacaine per nerve, 2 mg dexamethasone added at her request.", {"intent": "diagnostic"}),
    ("scheduled-order-list", "Scheduled (from order):\n  1. Bilateral C4/5 facet joint injections\n  2. Right "
     "L5/S1 medial branch block\n\n1. Cervical: under fluoroscopy 22g needles entered the bilateral <j "
     "side=bilateral>C4/5</j> facet joints; Kenalog 20 mg with lidocaine was injected into each.\n2. Lumbar: not "
     "done today, the patient declined.", {}),
    ("lidocaine-local-is-skin", "Exam: CT-guided right lumbosacral facet joint injection\nTechnique: prone. 1% "
     "lidocaine local. A 22 g needle was advanced under CT into the right <j level=L5-S1 side=right>lumbosacral "
     "facet joint</j>; 1 mL of the injectate per the ordering protocol was instilled.", {"intent": "unknown"}),
    ("exam-findings-are-not-sides", "Procedure: Right <j side=right>L3-4</j> and <j side=bilateral>L4-5</j> "
     "and left L4-5 facet joint injections under fluoroscopy, Depo-Medrol.\nRight worse than left; the left only "
     "hurts at L3-4 on exam, the right at L3-4 and L4-5.", {}),
    ("other-side-not-done-after-semicolon", "Left <j side=left>L5-S1</j> facet injection under fluoroscopy with "
     "Depo-Medrol; no injection was done on the right.", {}),
    ("h-and-p-with-procedure-report", "HISTORY AND PHYSICAL / PROCEDURE REPORT\n\nHPI: right neck pain for a "
     "year.\n\nPROCEDURE:\nRight <j side=right>C4-C5</j> intra-articular facet joint injection under fluoroscopic "
     "guidance. A 22-gauge needle was advanced into the right C4-C5 joint and 1 mL of Kenalog 40 with bupivacaine "
     "was injected.", {}),
    ("exam-key-lines-under-a-bare-header", "PHYSICAL EXAMINATION\nVitals: BP 130/80, HR 70.\nLumbar: tender over "
     "the L3-4 and L4-5 facets bilaterally.\nSI joints: provocation negative.\nNeuro: SLR negative "
     "bilaterally.\n\nPROCEDURE: <j>L4-5</j> facet joint injection under fluoroscopy, Kenalog 40 mg.\nThe needle "
     "was advanced into the L4-5 joint and the mixture was injected.", {}),
    ("bare-imaging-header", "IMAGING\nMRI 2024: right L5/S1 facet arthropathy.\nL3/4 normal. L4/5 normal.\n\n"
     "PROCEDURE: Right <j side=right>L5/S1</j> intra-articular facet joint injection under CT guidance with "
     "methylprednisolone 40 mg; the needle was advanced into the right L5/S1 joint.", {"guidance": "ct"}),
    ("ribs-confirming-levels", "Procedure: Right <j level=T5-T6,T6-T7 side=right>T4, T5 and T6</j> medial branch "
     "blocks, diagnostic.\nLevels were counted from C7/T1 downward under fluoroscopy, with the ribs confirming T1 "
     "through T8. Bupivacaine 0.5 mL per target.", {}),
    # --- round 20 classes ---
    ("comma-run-on-dictation", "Op note dictated by Dr. Ann Lowe 3/3/2025 patient Mark Bell 70 male here for left "
     "lumbar radiofrequency ablation, he had two positive blocks on the left last spring with 80 percent relief, "
     "informed consent obtained, patient placed prone, fluoroscopy used throughout, 18 gauge cannulas placed "
     "parallel to the left <j level=L4-L5,L5-S1 side=left>L3 and L4 medial branches and the L5 dorsal ramus</j>, "
     "sensory and motor testing appropriate, 1 mL of 2 percent lidocaine through each cannula, then lesions at 80 "
     "degrees for 90 seconds at each nerve, no complications, discharged home stable.",
     {"guidance": "fluoroscopy", "kind": "radiofrequency_ablation"}),
    ("procedures-told-apart-by-side", "Procedure note: here for right lumbar radiofrequency ablation and a left "
     "medial branch block #2. Fluoroscopy throughout. On the right, RF cannulas to the right <j level=L3-L4,L4-L5 "
     "side=right>L2, L3 and L4 medial branches</j>, sensory and motor testing done, then lesions at 80 C for 90 s. "
     "On the left, 22 g needles to the left <j level=L3-L4,L4-L5 side=left>L2, L3 and L4 medial branches</j> and "
     "0.5 mL bupivacaine at each; diagnostic block, no steroid.", {}),
    ("finding-in-parentheses-after-the-procedure", "I. Right <j side=right>L5-S1</j> facet intra-articular "
     "injection, therapeutic (known right L5-S1 synovial cyst on MRI). 22 g needle into the right L5-S1 joint "
     "under fluoroscopy, 40 mg Depo-Medrol injected.", {"guidance": "fluoroscopy"}),
    ("squared-vertebral-bodies", "Procedure: bilateral <j level=L4-L5,L5-S1 side=bilateral>L3 and L4 medial "
     "branches and L5 dorsal ramus</j> radiofrequency ablation. Under fluoroscopic guidance the L3, L4 and L5 "
     "vertebral bodies were squared; cannulas were placed and lesions were made at 80 C for 90 s.",
     {"guidance": "fluoroscopy"}),
    ("numbered-procedure-headers-under-a-bare-plan", "Plan\nBilateral L4-5 RFA and left SI joint injection today."
     "\n\nProcedure 1: Bilateral Lumbar Radiofrequency Ablation\nNerves: <j level=L4-L5 side=bilateral>L3 and "
     "L4 medial branches</j>, right and left. Fluoroscopy for all placements; lesions at 80 C for 90 seconds."
     "\n\nProcedure 2: Left Sacroiliac Joint Injection\nUnder fluoroscopy, 2 mL bupivacaine with 40 mg "
     "triamcinolone into the left SI joint.", {}),
    ("labelled-paragraphs-own-their-imaging", "PROCEDURES\n1. Right <j side=right>C4-5</j> facet radiofrequency "
     "ablation\n2. Trigger point injections, right trapezius\n\nRFA: Prone. Image intensifier used for all "
     "placements. Lesions at 80 C for 90 s at the right C4 and C5 medial branches.\n\nTPI: After the RFA, taut "
     "bands in the right trapezius were found by palpation and injected with lidocaine.", {"guidance": "fluoroscopy"}),
    ("procedure-order-form", "APR 02 2024 3:47PM   LAKESIDE SPINE   555 123 4567   p.1\n----------------------\n"
     "LAKESIDE SPINE - PROCEDURE ORDER / SCHEDULING REQUEST\n[X] Lumbar RFA   B/L   L4/5, L5/S1\nGuidance: [X] "
     "Fluoro", {}),
    ("decide-on-a-later-rfa", "Cervical medial branch block #2. Today block #2 with bupivacaine for comparison, to "
     "decide on radiofrequency neurotomy. Left <j level=C2-C3,C3-C4 side=left>third occipital nerve and C3 and C4 "
     "medial branches</j> under fluoroscopy, 0.3 mL bupivacaine each.", {"kind": "medial_branch_block"}),
    ("exam-header-and-dermatomes", "EXAM\nVitals: BP 126/74\nNeuro: strength 5/5, sensation intact C5 through "
     "T1\n\nProcedure: bilateral <j level=C6-C7,C7-T1 side=bilateral>C6, C7 and C8</j> medial branch blocks, "
     "diagnostic, fluoroscopy, bupivacaine 0.4 mL per nerve.", {}),
    ("named-procedure-called-off", "Planned: (1) C7-T1 interlaminar ESI, (2) bilateral C4-5 and C5-6 medial branch "
     "blocks.\n(1) Fluoroscopy, Tuohy at C7-T1, dexamethasone injected. (2) The patient became bradycardic as the "
     "first needle neared the right C4 medial branch; needle withdrawn, nothing injected. The medial branch "
     "blocks were aborted and will be rebooked.", {}),
    # --- round 21 classes ---
    ("lmbb-title", "LMBB #2 - Dr. Marsh's clinic\nSecond diagnostic block, right <j level=L4-L5,L5-S1 side=right>L4 5 "
     "and L5 S1</j> facet joints.\nC-arm. Right-sided targets: junction of the SAP and TP of L4 and of L5, and the "
     "sacral ala. Lidocaine 2% 0.5 mL per target. No steroid.", {"kind": "medial_branch_block"}),
    ("wrapped-comma-dictation", "Operative report, Dr. Ada Fenn, patient Paul Greer,\n70, DOS 1/10/2025, referred "
     "by his family doctor,\naxial low back pain for three years, worse standing, failed therapy,\npre and post "
     "op diagnosis lumbar spondylosis,\nprocedure bilateral facet joint injections <j side=bilateral>L4-5</j> "
     "and\n<j side=bilateral>L5-S1</j> on both sides, intra-articular, fluoroscopically\nguided, consent signed, "
     "patient prone, prepped,\ndraped, 22 gauge needles into each joint, arthrograms good,\nthen each joint "
     "injected with Depo-Medrol and bupivacaine,\ntolerated well, no complications, discharged home.",
     {"guidance": "fluoroscopy"}),
    ("scheduled-today-then-cancelled", "Procedure note, cancelled. She was scheduled today for bilateral L4-5 and "
     "L5-S1 medial branch blocks under fluoroscopy, diagnostic block number one. She had taken her apixaban; we "
     "agreed not to proceed. No needle was placed and nothing was injected.", {}),
    ("region-word-before-numbers", "Right <j level=L3-L4,L4-L5 side=right>lumbar 3-4 and 4-5</j> facet joint "
     "injections under C-arm with Depo-Medrol.", {}),
    # --- round 21 dev failures (session 7) ---
    ("same-nerves-other-side", "Diagnostic block #1. Under fluoroscopy I blocked the "
     "<j level=L4-L5,L5-S1 side=bilateral>L3 medial branch, the L4 medial branch and the L5 dorsal ramus</j> on the "
     "left, then the same three nerves on the right. 0.5 mL 2% lidocaine at each.", {"intent": "diagnostic"}),
    ("pulsed-at-one-target", "We agreed to use pulsed radiofrequency only for the third occipital nerve and thermal "
     "lesioning for the C3 and C4 medial branches. Under fluoroscopy, cannulas were placed over the right C2-3 joint "
     "for the TON and at the waist of the <j level=C3-C4 side=right>right C3 and C4</j> articular pillars. The TON "
     "site got pulsed radiofrequency only, with no thermal lesion there. At C3 and C4 thermal lesions were made at 80 "
     "degrees for 90 seconds.", {"kind": "radiofrequency_ablation"}),
    ("as-at-the-first-block", "Second diagnostic medial branch block. Today, as at the first block, I blocked the "
     "<j level=L5-S1 side=right>right L4 and L5 medial branches</j> under fluoroscopy with bupivacaine.", {}),
    ("landmark-below-in-parentheses", "Fluoroscopy. <j level=T7-T8 side=left>LEFT: T6 and T7 medial branches, each at "
     "the transverse process below (T7, T8)</j>. Lidocaine 0.5 mL per target.", {}),
    ("side-phrase-closed-by-region", "Procedure: Left <j side=left>C4-5</j> facet joint injection, and <j>L5-S1</j> "
     "facet joint injection. Fluoroscopy. Depo-Medrol 40 mg.", {}),
    ("side-opens-next-target", "RFA. Cannulas were placed on the left at the <j level=L4-L5 side=left>L4 and L5 "
     "SAP/TP junctions and the sacral ala</j>, and on the right at the <j level=L5-S1 side=bilateral>L5 SAP/TP "
     "junction and the sacral ala</j>. Fluoroscopic guidance. Lesions at 80 C for 90 s.", {}),
    ("long-diagnosis-list", "Assessment: lumbar spondylosis, facet-mediated pain: right L2-3, L3-4, L4-5, L5-S1 and "
     "left L4-5, L5-S1.\nProcedure: right <j side=right>L4-5</j> facet joint injection under fluoroscopy, Kenalog "
     "40 mg.", {}),
    # --- round 22 first contact (session 7) ---
    ("chain-of-vertebrae-nerves", "Left cervical medial branch blocks, <j level=C4-C5,C5-C6 side=left>C4-C5-C6</j> "
     "nerves, fluoroscopy, 0.3 mL bupivacaine per nerve. Block 1 of 2.", {"intent": "diagnostic"}),
    ("chain-of-joints", "Right <j level=L3-L4,L4-L5 side=right>L3-4-5</j> facet joint injections under fluoroscopy "
     "with Kenalog 40 mg.", {}),
    ("spoken-vertebra-list", "procedure left <j level=L2-L3,L3-L4 side=left>L one L two and L three medial "
     "branch</j> blocks under fluoroscopy with lidocaine only", {"intent": "diagnostic"}),
    ("paragraph-lines-without-stops", "history she had right L4 5 facet injections last year with good relief "
     "for six months and the pain came back at the same level so after talking it over we went for the other side "
     "first since that is now the worse one\nprocedure today under fluoroscopy the <j side=left>left L5 S1</j> "
     "facet joint was entered and 40 mg kenalog with 1 ml bupivacaine was injected\nno complications", {}),
    ("wrapped-line-ending-in-levels", "Medial branch blocks: Prone, sterile prep. Fluoroscopic AP/oblique views. "
     "25 g needles to the right <j level=L4-L5,L5-S1 side=right>L4 and L5\nSAP/TP junctions and the right sacral "
     "ala</j>. 0.5 mL 2% lidocaine at each of "
     "the three\nsites. Local anesthetic only. Pain diary given.", {}),
    ("consistent-with-consent", "Left L5-S1 facet joint injection under fluoroscopy, triamcinolone 20 mg.\n\n"
     "Addendum: the note above states the left side in error. The injection today was "
     "performed on the <j side=right>RIGHT L5-S1</j> facet joint only, consistent with the consent form and the "
     "saved fluoroscopy images. No injection was performed on the left.", {}),
    ("dotted-leader-none", "Procedure ......... Lumbar medial branch blocks, LEFT\nGuidance .......... C-arm\n"
     "Nerves blocked .... <j level=L4-L5,L5-S1 side=left>L3 and L4 medial branches, L5 dorsal ramus</j>\n"
     "Injectate ......... 0.5 mL 2% lidocaine per nerve\nSteroid ........... none\n", {"intent": "diagnostic"}),
    ("counted-in-short-axis", "Ultrasound-guided right cervical medial branch blocks. Levels counted in short axis "
     "from the C7 transverse process. Needles to the <j level=C4-C5,C5-C6 side=right>right C4, C5 and C6 medial "
     "branches</j>. 0.4 mL lidocaine per nerve.", {"guidance": "ultrasound"}),
    ("speech-recognition-spellings", "procedure right <j side=right>L4 5</j> and right <j level=L5-S1 side=right>"
     "lumbo sacral</j> fassett joint injections under floro with 40 mg depot medrol", {"guidance": "fluoroscopy",
     "intent": "therapeutic"}),
    ("spaced-ct", "procedure right <j side=right>T7 8</j> facet joint injection under C T guidance with 20 mg "
     "kenalog", {"guidance": "ct"}),
    ("location-for-nerve", "Medial branch blocks, block #1.\nRight - <j level=T12-L1,L1-L2 side=right>T11, T12, L1 "
     "medial branches</j>\nTargets (fluoroscopy): junction of SAP and TP of the vertebra below each nerve - T12 for "
     "T11, L1 for T12, L2 for L1.\nBupivacaine 0.5% 0.5 mL per site, no steroid.", {"intent": "diagnostic"}),
    ("side-all-done", "Proc: B <j level=L4-L5 side=right>L4-5</j>, <j level=L5-S1 side=bilateral>L5-S1</j> FJI\n"
     "R: all 2 done. L: L4-5 not entered (osteophyte), L5-S1 done.\nfluoro. kenalog 40 split.", {}),
    ("facet-changes-finding", "MRI 09/2025: moderate left L4-5 facet arthropathy; mild L3-4 facet changes "
     "bilaterally.\nProcedure: CT-guided <j side=left>left L4-5</j> facet joint injection with methylprednisolone.",
     {"guidance": "ct"}),
    ("nerves-then-all-lesioned", "Procedure: RF neurotomy T12-L1, L1-2 facets, both sides.\n- Right side first: "
     "<j level=T12-L1,L1-L2 side=bilateral>T11, T12 and L1 medial branches</j>, fluoroscopy.\n- Lesion 80 C x 90 s."
     "\n- Left side: same three nerves, same parameters, all lesioned.", {}),
    # --- round 23 first contact (session 7) ---
    ("side-of-one-region-not-done", "Procedures (diagnostic block #1 both regions):\n  A. Cervical MBB - RIGHT: "
     "<j level=C4-C5,C5-C6 side=right>C4, C5, C6 medial branches</j>\n  B. Lumbar MBB - LEFT: <j level=L4-L5,L5-S1 "
     "side=left>L3, L4 medial branches and L5 dorsal ramus</j>\n\nTechnique: Fluoroscopic guidance, 0.3 mL 2% "
     "lidocaine at each target. No steroid. Left neck and right low back not blocked.", {"intent": "diagnostic"}),
    ("scheduled-list-then-narrative", "Scheduled procedures:\n  1. Right cervical medial branch blocks C3-C4 and "
     "C4-C5\n  2. Right lumbar medial branch blocks L4-L5 and L5-S1\n\nProcedure 1 was performed as described "
     "below. Procedure 2 was NOT performed: after the cervical blocks the patient became lightheaded and we agreed "
     "not to proceed with the lumbar portion today.\n\nCervical blocks: under fluoroscopy, needles to the waist of "
     "the right C3, C4 and C5 articular pillars. <j level=C3-C4,C4-C5 side=right>Right C3, C4 and C5 medial "
     "branches</j> were each blocked with 0.4 mL of 0.5% bupivacaine.", {}),
    ("deferred-to-today", "Right T12-L1 blocks were done last month. Left deferred to today because of a rib "
     "contusion at that time.\nToday: diagnostic block #1. Under fluoroscopy, needles to the <j level=T12-L1 "
     "side=left>left T11 and T12 medial branches</j>. Bupivacaine 0.5 mL each.", {}),
    ("no-thermal-lesion-of-one-nerve", "(a) Thermal radiofrequency neurotomy of the <j level=C3-C4,C4-C5 side=right>"
     "right C3, C4 and C5 medial branches</j>: fluoroscopic guidance, lidocaine, lesions 80 C x 90 s.\n(b) Pulsed "
     "radiofrequency of the right third occipital nerve at the right C2-C3 joint, 42 C for 4 minutes. No thermal "
     "lesion of the TON.", {"kind": "radiofrequency_ablation"}),
    ("diagnostics-letterhead", "NORTHSIDE DIAGNOSTICS AND IMAGING\nCT GUIDED RIGHT <j side=right>L5-S1</j> FACET "
     "JOINT INJECTION\nUnder CT guidance a 22G needle was advanced into the joint; 40 mg triamcinolone injected.",
     {"guidance": "ct", "intent": "therapeutic"}),
    ("yes-no-side-grid", "RF NEUROTOMY - LUMBAR\n\nJoint     RT    LT    Nerves\n<j side=bilateral>L3-4</j>      Y"
     "     Y     L2 + L3 MB\n<j side=right>L5-S1</j>     Y     N     L4 MB + L5 DR\n\nFluoro. Lesions 80 C x "
     "90 s.", {}),
    ("ocr-scan", "PAlN CLlNlC - PROCEDURE SHEET\nProc: <j>L4/5</j> + <j level=L5-S1>L5Sl</j> facet jt injections under "
     "image inten-\nsifier. Depo-Medrone 4Omg + O.25% bupiv 3ml. Tol. well.", {"guidance": "fluoroscopy"}),
    ("table-side-column", "FACET INJ - LUMBAR\nFluoro: yes (C-arm, oblique)\n\nLevel    Side    Vol\n<j side=right>"
     "L2-3</j>     R       1 mL\n<j side=bilateral>L4-5</j>     B       1 mL each\n\nInjectate: Kenalog 40 mg with "
     "bupivacaine.", {}),
    # --- round 24 first contact (session 7) ---
    ("guidance-in-position-line", "CERVICAL MEDIAL BRANCH BLOCK - RIGHT\nBlock: diagnostic, #1 of 2.\n\nPosition: "
     "prone. Lateral approach under fluoroscopy.\n\nTARGET                 POSITION\n<j level=C3-C4,C4-C5 "
     "side=right>C3 medial branch        waist of C3 pillar\nC4 medial branch        waist of C4 pillar\nC5 medial "
     "branch</j>        waist of C5 pillar\n\nBupivacaine 0.3 mL each.", {"guidance": "fluoroscopy"}),
    ("after-completing-one-side", "Planned: bilateral L4-5 and L5-S1 RFA.\nRIGHT: <j level=L4-L5,L5-S1 side=right>"
     "L3 MB, L4 MB, L5 DR</j> lesioned 80 C x 90 s under fluoroscopy.\nLeft side aborted: after completing the right "
     "side the patient had a vasovagal episode. No left cannulas were placed.", {}),
    ("dash-cells-under-side-columns", "LUMBAR FACET JOINT INJECTION (INTRA-ARTICULAR)\n\nJOINTS INJECTED\n"
     "  LEVEL     RT    LT    INJECTATE\n  <j side=bilateral>"
     "L3-L4</j>     X     X     triamcinolone 10 mg\n  <j side=right>L4-L5</j>     X     -     triamcinolone 10 mg\n"
     "\nImaging: C-arm fluoroscopy.", {}),
    ("no-lesion-made-there", "RFA under fluoroscopy of the <j level=L4-L5 side=bilateral>L3 and L4 medial "
     "branches</j> on both sides and the <j level=L5-S1 side=right>L5 dorsal rami</j>, lesions 80 C x 90 s.\nLeft L5 "
     "dorsal ramus: motor response persisted at every position; no lesion made there.", {}),
    ("another-procedure-instead", "Pre-procedure header (from order): Right L5-S1 facet joint injection\nRepeat "
     "exam showed an L5 radiculopathy. The right L5-S1 facet joint injection was not performed.\nInstead, a right "
     "L5-S1 transforaminal epidural steroid injection was done under fluoroscopy with dexamethasone.", {}),
    ("struck-through-text", "PROCEDURE NOTE - AMENDED\nProcedure: Right L4-5 facet joint injection, fluoroscopic "
     "guidance\n\n[Original text struck through in the EHR: \"Under fluoroscopy the right L4-5 facet joint was "
     "entered and injected with 40 mg triamcinolone.\"]\n\nAMENDMENT: saved to this chart in error. No injection "
     "or other procedure was performed on this patient today.", {}),
    ("procedure-day-h-and-p-first", "Pain clinic :: procedure day\ndate 08/27/2026 ; pt Y. K.\n-----\nPRE-OP H&P"
     "\naxial LBP both sides. plan: bilat L45 + L5S1 facet joint injections today.\n\nPROCEDURE\nbilat "
     "<j side=bilateral>L4 5</j> and <j side=bilateral>L5 S1</j> intra-articular facet jt injections, fluoroscopy. "
     "each joint was injected with 0.5 mL 0.5% bupivacaine + 10 mg triamcinolone.", {}),
    ("upper-case-range", "RFA R <j level=L3-L4,L4-L5,L5-S1 side=right>L3 THRU S1</j> FACETS. FLUORO. 1CC 2% LIDO EA "
     "SITE THEN 85C X 90S.", {}),
    ("dorsal-ramus-at-line-end", "Radiofrequency ablation under fluoroscopy.\nRight: lidocaine, then thermal lesions "
     "at 80 C for 90 s at <j level=L4-L5,L5-S1 side=right>right L3 MB, L4 MB and L5 DR</j>.\nLeft: pulsed "
     "radiofrequency at 42 C, 120 s at left L3 MB, L4 MB and L5 DR. No thermal lesion was made on the left.",
     {"kind": "radiofrequency_ablation"}),
    ("template-default-side", "CERVICAL RADIOFREQUENCY NEUROTOMY\nUnder fluoroscopy the <j level=C4-C5,C5-C6 "
     "side=left>right C4, C5 and C6 medial branches</j> were lesioned at 80 C for 90 s.\n\nADDENDUM: The procedure "
     "was done on the LEFT side. The word \"right\" in the note above is a template default that was not changed.",
     {}),
    ("pre-op-h-and-p-header", "Procedure Day Note\n\nPre-procedure H&P\n61F. Two bilateral diagnostic MBBs at the "
     "L2, L3, L4 medial branches (12/2025, 01/2026), each 80% relief.\nMRI 2025: L3-L4 and L4-L5 facet arthropathy "
     "bilaterally; L5-S1 normal facets.\n\nProcedure note\nProcedure: <j level=L3-L4,L4-L5 side=left>Left L3-L4 "
     "and L4-L5</j> facet radiofrequency ablation\nGuidance: fluoroscopy\nLesions 85 C for 90 s at each target.",
     {}),
    ("plan-today-header", "Assessment: left C6 radiculopathy; cervical spondylosis.\nPlan today: C7-T1 interlaminar "
     "epidural steroid injection. Revisit C5-6 MBBs once the arm pain settles.\n\nProcedure: cervical "
     "interlaminar epidural steroid injection at C7-T1 under fluoroscopy, dexamethasone 10 mg.", {}),
    # --- round 25 first contact (session 7) ---
    ("nerves-blocked-beside-a-look-alike", "Procedure listed on the schedule: Bilateral T7-T9 thoracic medial branch "
     "blocks; trigger point injections\n\nRight side done first: needles under fluoroscopy to the superolateral "
     "corners of the T8, T9 and T10 transverse processes for the <j level=T8-T9,T9-T10 side=right>right T7, T8 and "
     "T9 medial branches</j>; 0.5 mL 2% lidocaine at each level.\nThe patient became lightheaded; the left thoracic "
     "medial branch blocks were NOT done today.\nSitting up, three trigger points in the left rhomboid were "
     "injected.", {"kind": "medial_branch_block"}),
    ("abbreviation-wrapped-to-its-own-line", "Procedure: <j level=L4-L5,L5-S1 side=left>left L3 and L4 MB, left L5 "
     "DR</j> blocks, diagnostic block #1, fluoroscopic guidance. 0.5 mL bupivacaine at each site.\nPain 6/10 -> 1/10 "
     "at 30 min. Pain diary given. If block #2 also >= 80%, will proceed to left L4-5, L5-S1\nRFA.\n",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("level-said-not-painful", "Nerves blocked today:\n  Right: <j level=C3-C4 side=right>C3, C4, C5 medial "
     "branches</j>\n  Left:  <j level=C4-C5 side=bilateral>C4, C5 medial branches</j>\n(The left C3 medial branch "
     "was not blocked; left C3-4 is not painful.)\nFluoroscopy. 0.3 mL of 2% lidocaine per nerve.", {}),
    ("imaging-unit-out-of-service", "Nursing pre-op: consent (bilateral L4-5 facet injections, fluoroscopy) signed."
     "\nThe fluoroscopy unit is out of service. The patient asked to proceed.\nProcedure: <j side=bilateral>"
     "bilateral L4-5</j> facet joint injections, landmark technique, no imaging. Injected 1 mL 0.25% bupivacaine + "
     "20 mg methylprednisolone each side.", {"guidance": "none"}),
    ("each-joint-is-not-a-header", "SURGERY CENTER PACKET\nNURSING PRE-PROCEDURE CHECKLIST\n ID band: yes   NPO: yes"
     "\n\nOPERATIVE NOTE\nProcedures:\n A. Right C5-C6 intra-articular facet joint injection\nGuidance: fluoroscopy"
     "\nA. Prone. A 25 g needle into the <j side=right>right C5-6</j> joint; contrast confirmed. Each joint: 0.5 mL "
     "0.5% bupivacaine with 5 mg dexamethasone.", {"guidance": "fluoroscopy"}),

    # --- session 8: round 26 classes ---------------------------------------------------------------
    ("contralateral-side-with-its-own-targets", "Cervical MBB, fluoroscopy. Left side first: needles at the <j "
     "level=C3-C4 side=left>left C3 and C4 medial branches</j>, then <j level=C4-C5 side=bilateral>the C5 medial "
     "branch on the left</j>; 0.3 mL 2% lidocaine each.\nWe then moved to the contralateral side, where only the "
     "C4 and C5 medial branches were blocked with 0.3 mL each.", {"kind": "medial_branch_block"}),
    ("same-on-the-opposite-side", "Thoracic MBB\nFluoro. Right: <j level=T5-T6,T6-T7 side=bilateral>T4, T5, T6 "
     "medial branches</j> at the superolateral TP corners, 0.5 mL bupivacaine each.\nSame on the opposite side.\n"
     "Diagnostic.", {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("contralateral-glossed-by-its-side", "Staged RFA, second side.\nHistory: right L4-5 and L5-S1 RFA was done "
     "in March. Today we do the contralateral (left) side.\nProcedure: RF ablation of the <j level=L4-L5,L5-S1 "
     "side=left>L3 and L4 medial branches and L5 dorsal ramus - contralateral side</j>.\nFluoroscopy. Lesions at "
     "80 C for 90 s.", {"kind": "radiofrequency_ablation"}),
    ("left-in-stable-condition", "PROCEDURE: <j side=right>L4-5</j> facet joint injection under fluoroscopy\n"
     "Side: Right\n1 mL of 40 mg/mL triamcinolone.\nThe patient left in stable condition with her husband.",
     {"kind": "facet_injection"}),
    ("where-clause-finding-after-an-exception", "Under fluoroscopy, facet joint injections were done "
     "<j side=bilateral>bilaterally at L4-5</j> and <j side=right>L5-S1</j>, except on the left at L5-S1, where "
     "a bulky osteophyte blocked the needle; nothing was injected there. 1 mL of Depo-Medrol 40 mg each.",
     {"kind": "facet_injection"}),
    ("transcription-date-line", "Left <j side=left>L5-S1</j> facet injection with fluoroscopy, 10 mg "
     "dexamethasone.\nD 03/02/2025 T 03/04/2025", {"kind": "facet_injection"}),
    ("spoken-four-as-for-in-a-list", "Procedure right C three and C for medial branch blocks with fluoroscopy\n"
     "needles at the <j level=C3-C4 side=right>right C three and C for</j> articular pillars 0.3 mL lidocaine each",
     {"kind": "medial_branch_block"}),
    ("space-joined-vertebrae-in-a-list", "Right cervical MBB under ultrasound. Needles at the <j "
     "level=C4-C5,C5-C6 side=right>right C4 C5 and C6 articular pillars</j> for the medial branches, 0.3 mL 2% "
     "lidocaine each.",
     {"kind": "medial_branch_block", "guidance": "ultrasound"}),
    ("side-leads-with-only", "Procedure lumbar MBB <j level=L4-L5 side=right>right L3 L4 medial branches</j> and "
     "<j level=L5-S1 side=bilateral>L5 dorsal ramus and on the left only the L4 medial branch and L5 dorsal "
     "ramus</j>\n\nUnder fluoroscopy 0.5 mL 2% lidocaine at each target.", {"kind": "medial_branch_block"}),
    ("dictated-heading-without-colon", "Left L5-S1 facet injection dictated\n\nReason her pain on the right "
     "covers the L3-4 and L4-5 areas too\n\nUnder fluoroscopy a 22 gauge needle entered the <j side=left>left "
     "L5-S1</j> joint and 1 mL of triamcinolone 40 mg was injected", {"kind": "facet_injection"}),
    ("elliptical-was-not", "Fluoroscopy. The <j side=right>right L3-4</j> and <j side=right>L4-5</j> facet joints "
     "were injected with 1 mL Kenalog 40 each. The right L5-S1 joint could not be entered.\nIn summary right "
     "L3-4 and L4-5 were injected and L5-S1 was not.", {"kind": "facet_injection"}),
    ("procedure-not-pursued", "THORACIC MEDIAL BRANCH BLOCKS (therapeutic)\nNerves: <j level=T8-T9,T9-T10 "
     "side=left>left T7, T8, T9 medial branches</j>\nGuidance: fluoroscopy\nRFA not pursued (pacemaker).\n"
     "Injectate: 0.5 mL bupivacaine with 10 mg triamcinolone per nerve.",
     {"kind": "medial_branch_block", "intent": "therapeutic"}),
    ("procedure-portion-cancelled", "ORDER: Bilateral L3-4 facet joint injection + interlaminar epidural "
     "(fluoro)\n\nProcedure performed: L5-S1 interlaminar epidural steroid injection under fluoroscopy.\n\nFacet "
     "portion: CANCELLED. The patient could not stay prone.", {}),
    ("banner-heading-alone-on-its-line", "Procedure Title: Bilateral L3-L4, L4-L5 radiofrequency ablation\n"
     "------------------------\n INDICATIONS\n------------------------\nAxial pain, two positive blocks.\n\n"
     "------------------------\n PROCEDURE IN DETAIL\n------------------------\nUsing C-arm fluoroscopy cannulas "
     "were placed on both sides at the L2 and L3 medial branches and the L4 medial branch. The L2 sites "
     "reproduced leg twitch and were not lesioned, so the L3-L4 joint was NOT treated today.\nThe <j level=L4-L5 "
     "side=bilateral>remaining L3 and L4 medial branches on both sides</j> were lesioned at 80 C.",
     {"kind": "radiofrequency_ablation", "guidance": "fluoroscopy"}),
    ("status-words-under-side-columns", "Order: Bilateral L4-5, L5-S1 MBB, fluoroscopy, block #1\n\n"
     "Targets                 Right     Left\n<j level=L4-L5 side=bilateral>L3 medial branch</j>        done      done"
     "\n<j level=L5-S1 side=right>L4 medial branch</j>        done      done\nL5 dorsal ramus         done      NOT "
     "DONE\n\nLidocaine 2% 0.5 mL per target. The left L5 dorsal ramus could not be reached, so the left L5-S1 "
     "joint was not blocked.", {"kind": "medial_branch_block"}),
    ("other-side-will-be-done-next-week", "RIGHT L4-5 FACET INJECTION (STAGE 1 OF 2)\nThe LEFT L4-5 joint will "
     "be injected next week.\nUnder fluoroscopy a needle entered the <j side=right>right L4-5</j> joint; 1 mL "
     "bupivacaine with 20 mg triamcinolone.", {"kind": "facet_injection"}),
    ("joint-therefore-not-covered", "PROCEDURE: Right C5-6, C6-7, C7-T1 medial branch blocks\nDESCRIPTION: "
     "Fluoroscopy. Needles at the <j level=C5-C6,C6-C7 side=right>right C5, C6 and C7 articular pillars</j>. The "
     "C8 target could not be seen, so the C8 medial branch was not blocked. The right C7-T1 joint is therefore not "
     "covered by today's block. 0.3 mL lidocaine at each of the right C5, C6 and C7 medial branches.",
     {"kind": "medial_branch_block"}),
    ("old-laminotomy-level", "Procedure: bilateral L4-5 RFA\nFluoroscopy. <j level=L4-L5 side=bilateral>Both "
     "sides: L3 and L4 medial branches</j> lesioned at 80 C. The L5 dorsal ramus was not approached because of "
     "his old left L5-S1 laminotomy.", {"kind": "radiofrequency_ablation"}),
    ("spoken-i-mean", "Block number one diagnostic L three and L four medial branches on the left I mean on the "
     "right for the <j level=L4-L5 side=right>right L four five</j> facet joint, C-arm guidance, 0.5 mL "
     "bupivacaine each nerve.", {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("l5-and-sacrum-in-words", "left sided intra-articular injection of the <j level=L5-S1 side=left>joint "
     "between the fifth lumbar vertebra and the sacrum</j>, fluoroscopic guidance, 1 mL triamcinolone 40 mg",
     {"kind": "facet_injection"}),
    ("anatomy-counting-key", "Bilateral lumbar facet injection\nAnatomy: six lumbar-type segments; the lowest is a "
     "lumbarized S1. He has five lumbar facet joint pairs (L1-L2 through L5-S1).\n\nLevels treated: <j "
     "side=bilateral>L4-L5</j> both sides, under fluoroscopy, 1 mL triamcinolone 40 mg per joint.",
     {"kind": "facet_injection"}),
    ("those-sites-not-done", "PROCEDURE: Bilateral L3-L4, L4-L5 radiofrequency ablation\nTechnique: fluoroscopy, "
     "80 C for 90 s per site.\nRight: <j level=L3-L4 side=right>L2 MB, L3 MB</j> and <j level=L4-L5 side=right>L4 "
     "MB</j> lesioned.\nLeft: the cannulas at the left L2 and L3 medial branches gave a leg motor response. Those "
     "two sites were not lesioned. The left L4 MB was lesioned.", {"kind": "radiofrequency_ablation"}),
    ("status-aborted-line", "Procedure: Bilateral L3-L4 facet injection\nStatus: ABORTED\nPt vasovagal during prep; no "
     "needles placed.\nFluoro: no images acquired", {}),
    ("appeal-letter-quoting-the-report", "RE: Request for reconsideration\nDenied codes: 64493-RT\n\nI am writing to "
     "appeal the denial of the above claim. The report reads: \"Under fluoroscopy a needle was placed into the right "
     "L4-5 facet joint and 1 mL of triamcinolone 40 mg was injected.\"\n\nSincerely,", {}),
    ("audit-abstract", "CODING AUDIT - SUMMARY (past dates of service)\n1. DOS 03/02  Billed 64635-50\n   "
     "Documentation: bilateral L4-5 RF neurotomy, fluoroscopy, 80 C x 90 s. Supported.", {}),
    ("imaging-abandoned-in-the-passive", "Procedure: <j side=left>Left L3 4</j> and <j side=left>L4 5</j> facet "
     "joint injections.\nUltrasound was tried first. The left L3 4 and L4 5 joints could not be seen clearly, so "
     "ultrasound was abandoned. The C-arm was brought in and both joints were entered under fluoroscopy; 1 mL "
     "methylprednisolone 40 mg each.", {"guidance": "fluoroscopy"}),
    ("row-of-fields-is-not-prose", "Encounter: Procedure Visit     DOS 04/02/2025     Provider: R. Okoye-Lindgren MD"
     "\nComparative MBB (bupivacaine)\nRight: <j level=L3-L4,L4-L5 side=right>L2, L3, L4 medial branches</j>\nLeft: "
     "L4 medial branch\nFluoro: yes\nInjectate: 0.5% bupivacaine 0.4 mL per nerve", {"kind": "medial_branch_block"}),
    ("correction-says-the-side-was-wrong", "PROCEDURE: LEFT L5-S1 FACET INJECTION\nUnder fluoroscopy the left L5-S1 "
     "joint was entered and 1 mL Kenalog 40 injected.\n\nADDENDUM: The title and description above incorrectly read "
     "LEFT; the text was carried over from a template. The injection was done on the RIGHT side (<j "
     "side=right>right L5-S1</j>), consistent with the site marking. No left-sided injection was performed.",
     {"kind": "facet_injection"}),
    ("copy-forward-template-banner", "Procedure: lumbar MBB #2, bilateral\n[Prior note carried forward - edit as "
     "needed]\n\nTODAY: second, confirmatory block.\n\nPROCEDURE: Under fluoroscopic guidance needles were placed "
     "bilaterally at the <j level=L4-L5 side=bilateral>L3 and L4 medial branches</j>. 0.5 mL bupivacaine each.",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("same-levels-as-the-earlier-blocks", "Procedure: Right L1-2 and L2-3 radiofrequency ablation\nIndication: pain "
     "after two positive medial branch blocks.\nFluoroscopy, 80 C x 90 s.\nAMENDMENT: the procedure line above is "
     "incorrect. The levels treated were the <j level=T12-L1,L1-L2 side=right>right T12-L1 and L1-L2</j> facet "
     "joints (right T11, T12 and L1 medial branches), the same levels as the two diagnostic blocks. L2-3 was not "
     "treated.", {"kind": "radiofrequency_ablation"}),
    ("thermal-one-side-pulsed-the-other", "Procedure: Bilateral L4-5 radiofrequency ablation\nRIGHT: under "
     "fluoroscopy cannulae to the <j level=L4-L5 side=right>right L3 and L4 medial branches</j>; thermal lesions at "
     "80 C for 90 s.\nLEFT: cannulae to the left L3 and L4 medial branches in the same manner. Pulsed radiofrequency "
     "at 42 C for 120 s. No thermal lesion was made on the left.", {"kind": "radiofrequency_ablation"}),
    ("partly-denervated-joint-explained", "Procedure: bilateral L3-L4, L4-L5 RFA under fluoroscopy.\nRight: <j "
     "level=L3-L4 side=right>L2,</j> <j level=L4-L5 side=bilateral>L3, L4 medial branches</j> lesioned at 80 C.\n"
     "Left: the L2 medial branch "
     "was not lesioned; the left L3 and L4 medial branches were lesioned.\nOn the left the L3-4 joint was not fully "
     "denervated (L3 medial branch only) and is not considered treated.", {"kind": "radiofrequency_ablation"}),
    ("lumbosacral-as-a-row-label", "US-GUIDED LUMBAR FACET INJECTIONS\nJoints: L4-L5 and the lumbosacral facet "
     "joints, bilaterally\nUltrasound only.\n\n Joint          Side  Injectate\n <j side=bilateral>L4-L5</j>          "
     "R     triamcinolone 20 mg\n L4-L5          L     triamcinolone 20 mg\n <j level=L5-S1 side=bilateral>"
     "lumbosacral</j>    R     triamcinolone 20 mg\n lumbosacral    L     triamcinolone 20 mg",
     {"guidance": "ultrasound"}),
    ("doses-under-side-columns", "Cervical MBB #1. Fluoroscopy. Bupivacaine 0.5%, no steroid.\n\n              "
     "RIGHT          LEFT\n <j level=C6-C7 side=left>C6 MB</j>        --             0.3 mL\n C7 MB        0.3 mL    "
     "     0.3 mL\n <j level=C7-T1 side=right>C8 MB</j>        0.3 mL         --\n\nC8 MB targeted at the T1 SAP.",
     {"kind": "medial_branch_block"}),
    ("levels-of-an-old-fusion", "Procedure: Repeat bilateral L3-L4, L4-L5 and L5-S1 RFA\nOn the fluoroscopic "
     "survey the L3-L4 joints are now part of the L2-L4 posterolateral fusion. The L3-L4 level was not treated.\n"
     "Under fluoroscopy cannulae were placed bilaterally at the <j level=L4-L5,L5-S1 side=bilateral>L3 and L4 medial "
     "branches and the L5 dorsal rami</j>; lesions at 80 C.", {"kind": "radiofrequency_ablation"}),
    ("form-blocks-per-procedure", "--- PROCEDURE 1 ---\nProcedure: Cervical facet radiofrequency ablation\nSide: "
     "Right\nJoints: <j side=right>C3-C4</j>\nGuidance: [X] Fluoroscopy\n\n--- PROCEDURE 2 ---\nProcedure: Lumbar "
     "medial branch block\nSide: Left\nJoints: <j side=left>L4-L5</j>\nGuidance: [X] Fluoroscopy\nMedication: "
     "bupivacaine 0.5 mL per nerve, block #1",
     {"intents": {"radiofrequency_ablation": "therapeutic", "medial_branch_block": "diagnostic"}}),
    ("head-turned-to-a-side", "Cervical: supine with head turned left. Fluoroscopy. A needle into the C5-6 facet joint,"
     " <j side=none>C5-6</j>, 1 mL triamcinolone 40 mg.", {"kind": "facet_injection"}),
    ("imaging-per-region", "Procedures\n1. <j side=right>Right C5-6</j> facet joint injection, ultrasound guided\n2. "
     "<j side=none>L4-5</j> facet joint injection, fluoroscopic\n\nEach joint received 1 mL methylprednisolone 40 mg "
     "with lidocaine.", {"kind": "facet_injection",
                         "guidances": {"cervical_thoracic": "ultrasound", "lumbar_sacral": "fluoroscopy"}}),
    ("pain-localized-at-levels", "Procedure-day H&P, pain localized just right of the spine at about the T5 to T7 "
     "levels, no radiation.\nPROCEDURE PERFORMED: <j level=T5-T6,T6-T7 side=right>Right T4, T5 and T6 thoracic "
     "medial branch</j> blocks under fluoroscopy, 0.5 mL bupivacaine each, diagnostic.",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("not-done-inside-a-side-block", "Procedure:\n- <j level=L4-L5 side=right>Rt L4/5</j> medial branch RF "
     "denervation (thermal)\n- Lt L4/5 pulsed RF only\nImage intensifier throughout.\n\nRIGHT: lesions 80 deg C x 90 s "
     "at each target.\nLEFT: pulsed RF 42 deg C, 2 x 120 s at each target. No local, no thermal lesion.",
     {"kind": "radiofrequency_ablation"}),
    ("nil-steroid", "Procedure: <j level=L4-L5 side=right>Right L4/5 medial branch block (R L3 and R L4 medial "
     "branches)</j>, fluoroscopy.\n0.5 ml 2% lidocaine each. Nil steroid.\nPain 6/10 -> 1/10 at 20 min.",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("listed-for-but-cannot-go-ahead", "DAY SURGERY UNIT - nursing note\nListed for: Left L4/5 facet joint injection "
     "(X-ray guided)\nINR 3.1 this morning. Discussed with the consultant: procedure cannot go ahead today.\nTo be "
     "re-listed.", {}),
    ("can-be-done-later-under-other-imaging", "Left C5-6 and C6-7 facet injections.\nThe C-arm failed its start-up "
     "check, so we proceeded with ultrasound guidance. The <j side=left>left C5-6</j> joint was entered under "
     "ultrasound; 0.5 mL triamcinolone 20 mg. Left C6-7 could not be seen and was not injected.\nImpression: C6-7 "
     "can be done under fluoroscopy if needed.", {"guidance": "ultrasound"}),
    ("imaging-reviewed-key", "Thoracic MBB\nLevel(s): T7-8\nLaterality: Right\nImaging: Fluoroscopy\nNarrative: "
     "<j level=T7-T8 side=right>Right T6 and T7 medial branches</j> blocked, 0.5 mL bupivacaine each.\nImaging "
     "reviewed: CT with mild T10-11 facet DJD.", {"guidance": "fluoroscopy"}),
    ("c-arm-down-today", "L L5-S1 facet inj by palpation (C-arm down today), 1cc kenalog 40 + 1cc lido. "
     "<j side=left>L5-S1</j> tol well.", {"guidance": "none"}),
    ("not-the-other-side-then-a-parenthesis", "2) Right L4-5 medial branch block (L3, L4 MB) - fluoroscopy, 0.5 mL "
     "lidocaine each.\nAddendum: the medial branch blocks were done on the LEFT, not the right (<j level=L4-L5 "
     "side=left>left L3 and L4 medial branches</j>). No right-sided injection was performed.",
     {"kind": "medial_branch_block"}),
    ("attempted-imaging-then-converted", "Attempted US for <j side=right>R L4-5</j> FJI, poor visualization -> "
     "converted to fluoro. 1cc kenalog 40 + 0.5cc bupi. tol.", {"guidance": "fluoroscopy"}),
    ("pars-injection-withheld", "Procedure: [X] Medial branch block\nLevel: L5-S1\nSide: [X] Right\nNerves: <j "
     "level=L5-S1 side=right>L4 medial branch and L5 dorsal ramus</j>\nImaging: [X] Fluoroscopy\nBupivacaine 0.5 mL "
     "per nerve.\nComments: MRI also shows a pars defect. Pars injection not performed.",
     {"kind": "medial_branch_block"}),
    ("ocr-letter-o-in-a-level", "RF ABLATION, RIGHT THORACIC\nProcedure: Right <j side=right>T9-T1O</j> facet "
     "radiofrequency ablation (right T8 and T9 medial branches). Fluoroscopy. Lesions 80 C x 90 s.",
     {"kind": "radiofrequency_ablation"}),
    ("ocr-digit-in-a-procedure-name", "Procedure: Right lumbar radiofrequency ab1ation\nFluoro guided. Cannulae at "
     "the <j level=L4-L5 side=right>right L4 and L5 SAP/TP junctions</j>. Lesion 80 C x 90 s each.",
     {"kind": "radiofrequency_ablation"}),
    ("bare-n-under-a-side-column", "Facet joint injections, fluoroscopy, triamcinolone 10 mg per joint.\n\n| Joint | "
     "Rt | Lt |\n| <j side=right>L4-5</j>  | Y  | N  |\n| <j side=bilateral>L5-S1</j> | Y  | Y  |", {}),
    ("not-part-of-the-plan", "Bilateral L4-5 and L5-S1 facet joint injections under fluoroscopy, 20 mg Kenalog each."
     " <j side=bilateral>L4-5</j> both sides, <j side=right>L5-S1</j> right only. Left L5-S1 was not part of the "
     "plan (no tenderness there).", {}),
    ("safety-check-then-the-drug", "Plan for today: left GON block and a right TON block.\n\nGreater occipital nerve"
     "   R   "
     "landmark   2 mL bupivacaine\nThird occipital nerve (<j side=right>C2-3</j>)   R   fluoroscopy   0.5 mL "
     "bupivacaine\nTON: needle to the lateral C2-3 joint line, contrast with no vascular uptake, bupivacaine "
     "divided among the three points.", {"kind": "medial_branch_block"}),
    ("nerves-glossing-a-joint", "Today B <j side=bilateral>L4-5</j> MBB #1 (L3/L4 MB), fluoro, 0.5cc bupi ea.",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("side-entered-in-error", "Procedure: LEFT <j side=right>L4-5</j> facet joint injection\nFluoroscopy, right "
     "L4-5 joint entered, 1 mL Depo-Medrol 40 mg.\nAddendum: laterality in the procedure line was entered in error "
     "as LEFT.", {}),
    ("correction-about-a-look-alike", "1. <j side=left>Left L4-5</j> facet joint injection, fluoroscopy\n2. Trigger "
     "point injections, right gluteal\nFacet: 22 g needle into the joint, 40 mg Kenalog.\nAddendum: TPI location "
     "corrected - the trigger points were in the LEFT quadratus lumborum, not the right gluteal (template "
     "default).",
     {"intent": "therapeutic"}),
    ("tonb-label", "Procedure: Bilateral GON blocks; right TON block.\nGONB: landmark, 2 mL bupivacaine with 10 mg "
     "triamcinolone each side.\nTONB: lateral fluoroscopy, 3 points along the <j level=C2-C3 side=right>right C2-3"
     "</j> joint line, 0.3 mL bupivacaine per point. No steroid at the TON.",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("landmark-named-after-the-other-sides-list", "Thoracic medial branch blocks, fluoroscopy, 0.5 mL bupivacaine "
     "each. Needles at the superolateral corner of each transverse process (<j level=T7-T8 side=right>right T7, "
     "T8</j>; <j level=T8-T9 side=left>left T8, T9 transverse processes</j>).", {"kind": "medial_branch_block"}),
    ("look-alike-side-is-its-own", "Procedure: <j side=none>L4-5</j> facet joint injection; right sacroiliac joint "
     "injection\nFluoroscopy. The L4-5 facet joints were entered, 1 mL Depo-Medrol each. Right SI joint entered, "
     "40 mg Depo-Medrol.", {"kind": "facet_injection"}),
    ("wrapped-line-before-a-colon", "Right L3-4, L4-5 medial branch RFA, fluoroscopy. Lesions 80 C x 90 s at the "
     "<j level=L4-L5 side=right>right L3 and L4 medial branches</j>. The right L2 medial branch part was\n   "
     "abandoned: no cannula was seated there.", {"kind": "radiofrequency_ablation"}),
    ("cryoprobe-targets", "Procedures: right L4-5 cryoneurolysis; <j side=left>left L5-S1</j> medial branch block.\n"
     "Fluoroscopy. A cryoprobe was placed at each right target (L4 and L5 SAP/TP junctions), two freeze cycles.\n"
     "Left L5-S1 MBB: needles at the left L5 SAP/TP junction and left sacral ala, 0.5 mL lidocaine each.",
     {"kind": "medial_branch_block"}),
    ("transposed-letters", "Procedure: <j side=right>Rt L4-5</j> medail brnach blcoks. Fluoro. Bupivacaine 0.5 mL"
     " each, no steriod.", {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("transposed-side-and-procedure", "Rigth <j side=right>L4-5</j> facte joint injcetion under fluoroscopy, 40 mg "
     "Kenalog.", {"kind": "facet_injection"}),
    ("next-inline-item-keeps-its-side", "procedures: 1. bilateral lumbar medial brnach blocks <j side=bilateral>L4 5"
     "</j> and <j side=bilateral>L5 S1</j>, block #2   2. right SI jt injection\nunder fluoro, 0.5 cc bupivacaine "
     "each site.", {"kind": "medial_branch_block"}),
    ("sides-before-for-lists", "Procedure: Bilateral L3-S1 radiofrequency ablation under fluoroscopy.\nThe left L3-4 "
     "level was aborted (motor response to the leg).\nThus lesions were completed on the right for <j "
     "side=right>L3-4</j>, <j side=bilateral>L4-5</j> and <j side=bilateral>L5-S1</j> and on the left for L4-5 and "
     "L5-S1.", {"kind": "radiofrequency_ablation"}),
    ("no-lesion-there-beside-a-root-territory", "Procedure: bilateral lumbar radiofrequency ablation, fluoroscopy.\n"
     "Right side: lesions 80 C at the <j level=L5-S1 side=right>right L3 and L4 medial branches and L5 dorsal "
     "ramus</j>.\nLeft side: the <j level=L4-L5 side=bilateral>left L3 and L4 medial branches</j> were lesioned the "
     "same way. At the left L5 dorsal ramus, stimulation caused twitching in the left L5 distribution at 0.8 V; no "
     "lesion was made there.", {"kind": "radiofrequency_ablation"}),
    ("contralateral-before-a-level", "CT-guided facet joint injections.\nA needle was advanced under CT into the "
     "<j side=right>right L4-L5</j> facet joint. The contralateral <j side=bilateral>L5-S1</j> joint and the right "
     "L5-S1 joint were then entered the same way. Triamcinolone 10 mg in each.", {"guidance": "ct"}),
    ("obstacle-after-the-unreached-nerve", "Procedure: Bilateral L4-L5 and L5-S1 medial branch blocks, fluoroscopy, "
     "lidocaine 0.5 mL each.\nLeft: needles at the <j level=L5-S1 side=left>left L3 and L4 medial branches and "
     "L5 dorsal ramus</j>.\nRight: the <j level=L4-L5 side=bilateral>right L3 and L4 medial branches</j> were "
     "blocked the same way. The right L5 dorsal ramus could not be reached - an enlarged right L5 transverse process "
     "blocked every trajectory.", {"kind": "medial_branch_block"}),
    ("status-column-says-no", "RF neurotomy log. Fluoroscopy. Lesions 80 C x 90 s.\n\nNeedle | Side | Target | "
     "Lesion\n1 | R | <j level=L4-L5 side=bilateral>L3 MB</j> | yes\n2 | R | L4 MB | yes\n3 | L | L3 MB | yes\n4 | L "
     "| L4 MB | yes\n5 | L | L5 dorsal ramus | NO", {"kind": "radiofrequency_ablation"}),
    ("other-side-clause-not-done", "s/p R L4-5 RFA 2021, today L facet inj <j side=left>L4 5</j>, <j "
     "side=left>L5 S1</j>, fluoro, kenalog 40 split, R side not done (asymptomatic), tol well.",
     {"kind": "facet_injection"}),
    ("misheard-words", "procedure note by lateral <j side=bilateral>L4 5</j> fast it joint injections under see arm "
     "guidance period 0.5 cc bupivacaine with 10 mg Kenna log into each joint period", {"guidance": "fluoroscopy",
                                                                                         "intent": "therapeutic"}),
    ("same-placements-on-the-left", "L4-5 facet radio frequency oblation. cannulas were placed along the "
     "<j level=L4-L5 side=bilateral>right L3 and L4 medial branches</j> then the same 2 placements on the left, "
     "lesions at 80 degrees for 90 seconds at all 4 sites under fluoroscopy.", {"kind": "radiofrequency_ablation"}),
    ("whole-side-aborted-in-a-run-on", "procedure bilateral L4 5 medial branch blocks under fluoroscopy.\nleft side "
     "the <j level=L4-L5 side=left>left L3 and L4 medial branches</j> were blocked with 0.5 ml bupivacaine each.\n"
     "right side after placing the first needle at the right L3 medial branch she had a vasovagal episode the needle "
     "was removed the right side blocks were aborted", {"kind": "medial_branch_block"}),
    ("spoken-space-pair-and-write-for-right", "procedure performed colon write T10 T11 and T12 medial branch radio "
     "frequency oblation comma for the <j side=right>right T11 12</j> and <j side=right>T12 L1</j> facet joints "
     "under fluoroscopic guidance period", {"kind": "radiofrequency_ablation"}),
    ("vertebrae-counted-not-targets", "Right T12-L1 medial branch RFA. The C-arm was positioned and the T12 and L1 "
     "vertebrae were identified by counting up from the sacrum. Cannulas at the <j level=T12-L1 side=right>right T11 "
     "and T12 medial branches</j>; lesions 80 C x 90 s.", {"kind": "radiofrequency_ablation"}),
    ("dropped-letters-and-jnt", "<j side=none>L4-5</j> + <j side=none>L5-S1</j> facett jnt injctions, under flouro. "
     "1cc depomedrol 40mg/ml split btwn the jts.", {"kind": "facet_injection", "intent": "therapeutic"}),
    ("shifted-one-in-a-level", "Procedure: Left <j side=left>L4-5</j> and left <j side=left>L5-S!</j> intraarticular"
     " facet injections under C-arm, 1 ml Celestone each joint.", {"kind": "facet_injection"}),
    ("imaging-key-inside-a-line", "LEFT L5-S1 FACET JOINT INJECTION\nHx: laminectomy 2016, L lumbosacral facet "
     "tender. MRI: L lumbosacral facet hypertrophy.\nC-arm flouro, 22g needle into the <j level=L5-S1 side=left>L "
     "lumbosacral joint</j>, arthrogram. Injected 40mg triamcinolone.", {"guidance": "fluoroscopy",
                                                                         "intent": "therapeutic"}),
    ("talk-about-rfa-later", "Today we performed diagnostic <j level=T7-T8 side=right>right T6 and T7 medial "
     "branch</j> blocks under fluoroscopy, 0.5 mL lidocaine each. If the diary is good we will repeat the block and "
     "then talk about radiofrequency ablation.", {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("imaging-finding-after-a-semicolon", "Left lumbar MBB L4 5, L5 S1. MRI 2024: left L4 5 and L5 S1 facet "
     "arthropathy; right L3 4 foraminal narrowing.\nProcedure: C-arm. 22 g needles to the <j level=L4-L5,L5-S1 "
     "side=left>left L3 and L4 medial branches and the left L5 dorsal ramus</j>; 0.5 mL bupivacaine each.",
     {"kind": "medial_branch_block"}),
    ("same-targets-without-the", "Bilateral L1-L2 medial branch blocks. Under fluoroscopy: needles to the <j "
     "level=L1-L2 side=bilateral>right T12 and L1 medial branches</j>. Same two targets on the left. 0.5 mL "
     "bupivacaine each.", {"kind": "medial_branch_block"}),
    ("normal-level-on-imaging", "Procedure: bilateral L2, L3 medial branch blocks (<j side=bilateral>L3-4</j> facet "
     "joints), fluoroscopy, bupivacaine 0.5 mL each.\nMRI 03/2024: bilateral L3-4 facet arthropathy; normal L5-S1.",
     {"kind": "medial_branch_block"}),
    ("bilateral-then-one-side-at-another-nerve", "Bilateral C5 and C6 medial branch blocks with an additional right C7 "
     "medial branch block, fluoroscopy. 25 gauge needles at the waist of the <j level=C5-C6 side=bilateral>C5 and C6"
     "</j> articular pillars on both sides and at the <j level=C6-C7 side=right>right C7</j> superior articular "
     "process, 0.3 mL lidocaine each.", {"kind": "medial_branch_block"}),
    ("sides-as-rows-levels-as-columns", "FACET IA | <j side=bilateral>L34</j> | <j side=right>L45</j>      fluoro, "
     "kenalog 40 mg total + bupi, tol well\nRT       |  x  |  x\nLT       |  x  |", {"kind": "facet_injection"}),
    ("note-signed-in-error", "Procedure: Bilateral L4-L5 facet joint injections under fluoroscopy. Each joint was "
     "entered and 1 mL triamcinolone injected.\n\nADDENDUM: This note was pre-charted from the template before the "
     "case and signed in error. The case was cancelled before any needle placement. Please void the associated "
     "charges.", {}),
    ("other-side-will-be-considered", "Procedure: Right C3, C4 and C5 medial branch radiofrequency neurotomy, "
     "fluoroscopy.\nLesions 80 C x 90 s at the <j level=C3-C4,C4-C5 side=right>right C3, C4 and C5</j> pillars.\n"
     "The left side (left C3-4 and C4-5) will be considered once the right side response is known.",
     {"kind": "radiofrequency_ablation"}),
    ("body-nerves-over-a-header-range-per-region", "PROCEDURE: Bilateral C5-6 cervical medial branch blocks; "
     "bilateral L3 through S1 lumbar medial branch blocks.\n\nLumbar: under fluoroscopy needles on both sides at the "
     "<j level=L3-L4,L4-L5,L5-S1 side=bilateral>L2, L3 and L4 medial branches and the L5 dorsal rami</j>.\nCervical: "
     "needles to the <j level=C5-C6 side=bilateral>C5 and C6</j> medial branches on both sides. Bupivacaine 0.5 mL "
     "each.", {"kind": "medial_branch_block"}),
    ("facet-words-narrating-nerves", "PROCEDURES\n- Lumbar medial branch blocks: right L4-5 (fluoroscopy)\n- "
     "Bilateral C6-7 intra-articular facet joint injections (CT)\n\nLUMBAR: needles were placed to the medial "
     "branches supplying the <j side=right>right L4-5</j> facet joint; 0.5 mL bupivacaine.\nCERVICAL: needles into "
     "the <j side=bilateral>C6-7</j> facet joints under CT, 20 mg Kenalog each.",
     {"intents": {"medial_branch_block": "diagnostic", "facet_injection": "therapeutic"}}),
    ("side-key-far-along-the-row", "Procedure 1: [x] Medial branch block  [ ] RFA\n  Level(s): <j "
     "side=bilateral>C5-6</j>          Side: [ ] Right  [ ] Left  [x] Bilateral\n  Guidance: [x] Fluoroscopy",
     {"kind": "medial_branch_block"}),
    ("locations-respectively", "Under fluoroscopic guidance needles were placed bilaterally at the <j "
     "level=T12-L1,L1-L2 side=bilateral>T11, T12 and L1 medial branches</j>, at the junction of the superior "
     "articular process and transverse process of the vertebra below each nerve (T12, L1 and L2 respectively). "
     "0.5 mL lidocaine each (diagnostic medial branch blocks).", {"kind": "medial_branch_block"}),
    ("ocr-hyphenated-word-and-o-for-zero", "OPERATlON: Bilateral radiofrequency den-\nervation of lumbar facet joints "
     "<j side=bilateral>L4/5</j>\nUnder image intensifier cannulae at the L3 and L4 medial branches bilateral-\nly. "
     "Lesions at 8O deg C for 9O sec.", {"kind": "radiofrequency_ablation"}),
    ("ocr-l-for-i", "Under fluoroscopy the <j level=L4-L5 side=right>right L3 and L4 medlal branches</j> were "
     "blocked with 0.5 mL bupivacaine each (dlagnostic block).", {"kind": "medial_branch_block"}),
    ("symptoms-side-after-the-other-side-not-done", "01/29/26 R <j side=right>L4-5</j>, <j side=right>L5-S1</j> "
     "MBB #2 (R L3, L4 MB, L5 DR), fluoro, 0.5 mL bupi each, no steroid.\nL side not done - sx R only. Diary given.",
     {"kind": "medial_branch_block"}),
    ("stopped-after-one-region", "Planned:\n  1) bilateral C6-7 facet joint injections\n  2) bilateral L4-5 facet "
     "joint injections\n\nCervical: prone, fluoroscopy. <j side=bilateral>Bilateral C6-7</j> intra-articular, "
     "0.5 mL dexamethasone per side.\nLumbar: --\n\nAddendum: Item 2 (lumbar) was not done. After the cervical "
     "injections the patient could not tolerate lying prone any longer, so we stopped.", {"kind": "facet_injection"}),
    ("option-but-not-performed", "Procedure(s): 1) Right sacroiliac joint injection  2) Right L5-S1 facet joint "
     "injection\nUnder fluoroscopy the right SI joint was injected with 40 mg Kenalog.\nResponse to coder query: The"
     " L5-S1 facet injection was listed as an option but was not performed; only the right SI joint was injected.",
     {}),
    ("all-lesions-pulsed", "Procedure: Right C5-6, C6-7 facet RF ablation\nRight C5, C6, C7 MB, fluoro guided. "
     "RF at each site.\nAddendum: All three lesions were PULSED radiofrequency, 42 C. No conventional (thermal) "
     "lesion was made at any site.", {}),
    ("not-part-of-her-positive-blocks", "Radiofrequency ablation, lumbar, asymmetric targets. Fluoroscopy.\nRight: <j "
     "level=L5-S1 side=right>L3 and L4 medial branches, L5 dorsal ramus</j>\nLeft: <j level=L4-L5 side=bilateral>L3"
     " and L4 medial branches</j>; the left L5 dorsal ramus was not part of her positive blocks and was not "
     "treated.\nEach nerve was lesioned at 80 C for 90 seconds.", {"kind": "radiofrequency_ablation"}),
    ("pain-pattern-before-the-levels", "RADIOFREQUENCY ABLATION - LUMBAR FACETS\nPain pattern: axial LBP, left-sided "
     "pain is higher (around L2-3) and right-sided lower.\nLevels treated, by side:\n  - <j side=left>L2-3</j> : "
     "left only\n  - <j side=bilateral>L3-4</j> : bilateral\nFluoroscopic guidance; 80 C x 90 s per site.",
     {"kind": "radiofrequency_ablation"}),
    ("bony-targets-vertebra-below-each-nerve", "Procedure: Bilateral radiofrequency ablation of the <j "
     "level=T12-L1,L1-L2,L2-L3 side=bilateral>T11 through L2 medial branches</j>. Fluoroscopy.\nTechnique: cannulas "
     "were advanced to the SAP-TP junction of the vertebra below each nerve (T12, L1, L2 and L3) on the right and "
     "then on the left. Lesions at 80 C for 90 seconds.", {"kind": "radiofrequency_ablation"}),
    ("side-of-a-limb-in-a-stop-reason", "Procedure scheduled: RFA lumbar bilat L3-4, L4-5\nGuidance: fluoroscopy\n"
     "Right: <j level=L3-L4,L4-L5 side=right>L2, L3, L4 medial branches</j>. Lesion 80 C x 90 s at each site.\n"
     "Left: NOT DONE. Pt could not stay prone after the right side (known R shoulder rotator cuff tear). Procedure "
     "stopped at pt request.", {"kind": "radiofrequency_ablation"}),
    ("consent-key-line-then-terse-body", "FJI lumbar  10/01/25\nPlan per consent: B/L L4/5 + L5/S1 IA facet inj\n"
     "fluoro. prone. prep. 22g spinals\n<j level=L4-L5 side=bilateral>L L4/5</j> - in, arthrogram ok, 0.5cc 0.25% "
     "bupi + 10mg kenalog\n"
     "R L4/5 - in, ok, same\nno cx. VSS.", {"kind": "facet_injection", "guidance": "fluoroscopy"}),
    ("numbered-side-blocks-and-dorsal-ramus-injections", "Procedures performed:\n1. Left <j side=left>L5-S1</j> "
     "intra-articular facet joint injection, fluoroscopic guidance.\n2. Right L4 medial branch and L5 dorsal ramus "
     "injections (right <j side=right>L5-S1</j>), fluoroscopic guidance, in place of the planned right L5-S1 "
     "intra-articular injection.\n\n"
     "Details:\n1. Left: needle into the left L5-S1 joint. Bupivacaine and triamcinolone injected.\n2. Right: needle "
     "entered the right L5-S1 joint, but contrast showed venous uptake. Intra-articular injection was therefore not "
     "done. The right L4 medial branch and the right L5 dorsal ramus were targeted instead, 0.5 mL bupivacaine each.",
     {"kinds": ["facet_injection", "medial_branch_block"]}),
    ("sedation-declined-is-not-the-block-declined", "Pre-procedure\n- NPO verified.\n- Sedation declined (diagnostic "
     "block, pt wants to assess response).\nBilateral lumbar medial branch blocks of the <j level=L4-L5,L5-S1 "
     "side=bilateral>L3 and L4 medial branches and the L5 dorsal rami</j> using fluoroscopy. 0.5 mL 2% lidocaine at "
     "each target.", {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("comma-before-imaging-ends-a-negation", "Procedure: prone, no sedation, fluoroscopy. Right L3 MB, right L4 MB "
     "(<j level=L4-L5,L5-S1 side=right>right L3 MB, right L4 MB and right L5 dorsal ramus</j> blocked with 0.5 mL 2% "
     "lidocaine each).", {"guidance": "fluoroscopy", "intent": "diagnostic"}),
    ("order-document-with-a-procedure-field", "ORDER - PROCEDURE REQUEST\nOrdering provider: NP Moss\nProcedure: "
     "Lumbar medial branch blocks, bilateral L4-L5 and L5-S1\n  - Block #1: 0.5% bupivacaine 0.5 mL/nerve\n  - Block "
     "#2: 2% lidocaine 0.5 mL/nerve (comparative)\nGuidance: fluoroscopy\nPrior auth: required - submitted 11/17", {}),
    ("no-lesion-at-that-site", "Procedure: Left L3 and L4 medial branch radiofrequency neurotomy under fluoroscopy.\n"
     "Cannulas were placed at the left L4 and L5 SAP-transverse process junctions and at the sacral ala for the L5 "
     "dorsal ramus.\n\nSensory stimulation reproduced her pain at the L3 and L4 sites. At the L5 dorsal ramus cannula, "
     "motor stimulation produced contraction of the left gastrocnemius at 1.1 V. Given the risk to the L5 root, no "
     "lesion was made at that site and the cannula was removed.\n\nAt the <j level=L4-L5 side=left>L3 and L4 medial "
     "branch</j> sites lesions were made at 80 degrees C for 90 seconds.", {"kind": "radiofrequency_ablation"}),
    ("site-not-lesioned-near-a-nerve-root", "PROCEDURE: Radiofrequency ablation of the lumbar medial branches. On the "
     "left, <j level=L3-L4 side=left>the L2, L3 and L4 medial branches and the L5 dorsal ramus</j>. On the "
     "right, <j level=L4-L5,L5-S1 side=bilateral>the L3 and L4 medial branches and the L5 dorsal ramus</j>.\n\nUnder "
     "fluoroscopic guidance cannulas were placed. On the right, at the right L2 medial branch site (L3 SAP-transverse "
     "process junction), motor stimulation produced contraction of the right quadriceps. Given the proximity to the "
     "L2 nerve root, this site was not lesioned. Lesions were made at 80 degrees Celsius at the remaining sites.",
     {"kind": "radiofrequency_ablation"}),
    ("staged-title-names-todays-side", "Procedure: Bilateral L4-5/L5-S1 RFA (staged) - STAGE 2, LEFT SIDE\n\nThe right "
     "side was done on 11/17/2025. Today the left side as planned.\nFluoroscopic guidance. <j level=L4-L5,L5-S1 "
     "side=left>Left L3 MB, left L4 MB and left L5 DR</j>: cannulas placed, lesions 80 C x 90 s.",
     {"kind": "radiofrequency_ablation"}),
    ("sides-respectively", "Procedure: Intra-articular injections of the <j side=right>L3-4</j>, <j side=right>L4-5"
     "</j> and <j side=left>L5-S1</j> facet joints -- right, right and left respectively.\nFluoroscopy, oblique views. "
     "Each joint received 0.5 mL ropivacaine with Depo-Medrol.", {"kind": "facet_injection"}),
    ("misheard-facet-and-loss-of-resistance-into-the-joint", "PROCEDURE colon bilateral <j side=bilateral>L4 5</j> "
     "and <j side=bilateral>L5 S1</j> lumbar fascit joint injections intra-articular with fluoroscopy\n\nusing "
     "fluoroscopy the L4 5 facet joint on the right was visualized and a 22-gauge spinal needle advanced into the "
     "joint with a loss of resistance feel period then 1 mL of Kenalog and bupivacaine was injected period the same "
     "was done at the right L5 S1 joint and then the left L4 5 and left L5 S1 joints period",
     {"kind": "facet_injection", "intent": "therapeutic"}),
    ("misheard-cryoneurolysis", "PROCEDURE colon right lumbar cry oh neuro lysis of the L3 and L4 medial branches and "
     "L5 dorsal ramus\n\nProcedure colon under fluoroscopy after local anesthesia with 1 percent lidocaine a 14 gauge "
     "introducer was placed at each target and the probe was advanced to the right L3 medial branch L4 medial branch "
     "and L5 dorsal ramus period two cycles of freezing at minus 70 degrees were done at each nerve period", {}),
    ("the-alternative-not-chosen", "Interval: Pt prefers a steroid injection rather than repeat RFA at this time.\n\n"
     "PROCEDURE: Bilateral <j side=bilateral>L4-5</j> intra-articular facet joint injection with fluoroscopic "
     "guidance\nDESCRIPTION: a 22g spinal needle was advanced into each joint; triamcinolone and bupivacaine injected.",
     {"kind": "facet_injection"}),
    ("pick-list-options-are-not-the-choice", "Procedure: Lumbar medial branch block {single level/multiple levels:"
     "single level}\nBlock: {1st diagnostic/2nd diagnostic (comparative):2nd diagnostic (comparative)}\nLaterality: "
     "{Left/Right/Bilateral:Bilateral}\nNerves: {L1 MB/L2 MB/L3 MB/L4 MB/L5 DR/S1 lateral:<j level=L5-S1 "
     "side=bilateral>L4 MB, L5 DR</j>, S1}\nGuidance: {fluoroscopy/CT/ultrasound:fluoroscopy}\nProcedure details: "
     "needles placed bilaterally; 0.5 mL bupivacaine 0.5% at each site.", {"guidance": "fluoroscopy"}),
    ("status-not-performed-with-template-parameters", "PROCEDURE NOTE - LUMBAR RADIOFREQUENCY ABLATION\n\nProcedure: "
     "Left L3-4, L4-5, L5-S1 radiofrequency ablation (L2, L3, L4 MB, L5 DR)\nGuidance: Fluoroscopy\nMedications: 2% "
     "lidocaine\nLesion parameters: 80 C x 90 s\n\nPre-procedure assessment:\n T 38.4 C, HR 104. UA positive.\n\n"
     "STATUS: Procedure NOT performed. Active infection / fever - elective RF deferred. No needles.\nWill reschedule "
     "RFA in 2-3 weeks.", {}),
    ("nursing-telephone-encounter", "NURSING TELEPHONE ENCOUNTER - POST-PROCEDURE CALL\nProcedure being followed up: "
     "Bilateral L4-5, L5-S1 medial branch block #1 (06/21/2027, fluoroscopy, 2% lidocaine)\n  [x] Pt reached\n  [x] "
     "Pain diary reviewed with pt\n  [x] Injection site OK\nPeak relief ~85% lasting ~2 h.\nBlock #2 (bupivacaine) to "
     "be scheduled per MD.", {}),
    ("degree-letters-and-a-list-in-weeks", "Dr Isla McPherson  MBBS FANZCA\nSpecialist Pain Medicine Physician\n\nDear "
     "Thanh,\nToday at the day procedure centre I performed a caudal epidural under image intensifier with Kenacort "
     "40 mg.\nWe talked about bilateral L4/5 facet joint injections. I've put him on the list provisionally for the "
     "facet injections in about six weeks.", {"kinds": []}),
    ("payer-letters-quote-the-service-requested", "PEER-TO-PEER REVIEW SUMMARY\nRequest under review: Right C3-4, "
     "C4-5, C5-6 cervical radiofrequency ablation (64633, 64634 x2).\nDiscussion: two diagnostic right cervical MBBs "
     "with 90% and 80% relief.\nOutcome: RFA request upheld as DENIED.", {"kinds": []}),
    ("payer-adverse-determination", "SUMMIT CREST HEALTH PLAN\nRE: Member  Walter J.\n    Service requested: Lumbar "
     "radiofrequency ablation, bilateral L3-L4, L4-L5, L5-S1\n\nNOTICE OF ADVERSE DETERMINATION\n\nThe service is NOT "
     "APPROVED. The records document one diagnostic medial branch block.", {"kinds": []}),
    ("keep-the-booking", "Procedures today:\n- C7-T1 cervical interlaminar epidural steroid injection, fluoroscopic "
     "guidance\nProcedure: Under fluoroscopy, 20G Tuohy needle advanced at C7-T1 using loss of resistance. Injected 80 "
     "mg Depo-Medrol.\nTolerated well. Follow up by phone in 2 weeks. Keep RFA booking.", {"kinds": []}),
    ("every-joint-named-not-done", "Booked today:\n  1) Right C5-6 medial branch block, diagnostic #1\n  2) Bilateral "
     "L4-5 facet joint injections with steroid\n\n1) Right <j side=right>C5-6</j> MBB - PERFORMED. Fluoroscopy. 25g "
     "needles to the right C5 and C6 articular pillars, 0.3 mL of 0.5% bupivacaine per nerve.\n\n2) Bilateral L4-5 "
     "facet joint injections - NOT PERFORMED. He developed lightheadedness and we agreed not to continue.",
     {"kinds": ["medial_branch_block"]}),
    ("corresponding-junction-in-the-next-sentence", "PROCEDURE: Right lumbar radiofrequency neurotomy\nDESCRIPTION: "
     "Under fluoroscopy an RF cannula was advanced to lie in the groove at the junction of the right superior "
     "articular process and transverse process of L3. The same technique was repeated at the corresponding junction "
     "on L4 and on L5. A fourth cannula was placed in the notch between the S1 superior articular process and the "
     "sacral ala. Lesions were made at 80 degrees C for 90 seconds.<j level=L3-L4,L4-L5,L5-S1 side=right></j>",
     {"kind": "radiofrequency_ablation"}),
    ("order-requisition", "ORDER REQUISITION - INTERVENTIONAL PAIN\nStatus: PENDING SCHEDULING\nProcedure ordered: "
     "Cervical facet medial branch block, RIGHT\nLevels / targets: third occipital nerve (C2-3), C3-4, C4-5\nGuidance: "
     "Fluoroscopy\nIntent: Diagnostic block #1 - local anaesthetic only, NO steroid", {"kinds": []}),
    ("before-committing-to-rf", "Prognostic left <j side=left>L4-L5</j> intra-articular facet block\nPurpose: to find "
     "out whether the left L4-L5 joint is the pain generator before committing to radiofrequency neurotomy.\nUnder "
     "C-arm, 22G spinal needle into the inferior recess; arthrogram confirmed intra-articular spread. Then 0.5 mL "
     "Marcaine 0.5% into the joint. Nothing else injected.", {"kind": "facet_injection", "intent": "diagnostic"}),
    ("declines-rfa", "Procedure type:   [ ] Intra-articular   [X] Medial branch block   [ ] RF ablation\nGuidance: "
     "[X] Fluoroscopy\nSide: [X] Bilateral\nLevels (joints):  [ ] L3-4   [X] L4-5   [X] L5-S1\nNerves: <j "
     "level=L4-L5,L5-S1 side=bilateral>L3 MB, L4 MB, L5 DR</j>\nComments: She declines RFA after discussion. "
     "Therapeutic MBB per shared decision, bupivacaine 1 mL per nerve.", {"kinds": ["medial_branch_block"]}),
    ("post-rfa-assessment", "Post-procedure follow-up\n54M seen 3 weeks after right L4-5/L5-S1 radiofrequency ablation "
     "(02/11/2025).\nAssessment: post-RFA myofascial pain, right.\nProcedure today: trigger point injections, right "
     "lumbar paraspinal muscles, 1 mL 1% lidocaine each.\nPlan: Left L4-5/L5-S1 RFA still planned for April.",
     {"kinds": []}),
    ("post-block-pain-diary", "POST-BLOCK PAIN DIARY (patient-completed; scanned to chart 01/30/2026)\nProcedure: "
     "bilateral L4-5, L5-S1 MBB #1 - lidocaine 2% (done 01/29/2026 by Dr. Nakamura)\nBaseline pain: 7/10\n30 min | 1 "
     "| 85\n4 h | 7 | 0\nRN review: relief about 80%. Meets protocol for block #2.", {"kinds": []}),
    ("bare-lumbar-pairs-after-the-side", "Lumbar FJI bilat <j level=L4-L5,L5-S1 side=bilateral>4-5, 5-1</j> under "
     "fluoro. celestone 6mg + lido split. f/u 4-5 weeks.", {"kind": "facet_injection"}),
    ("listed-for-blocks", "Dear Dr Okonjo\nThank you for referring this man whom I saw in the pain clinic "
     "today. He may be "
     "a candidate for radiofrequency denervation if he responds to diagnostic medial branch blocks. I have therefore "
     "listed him for bilateral L4/5 and L5/S1 medial branch blocks under X-ray as a day case.\nYours sincerely",
     {"kinds": []}),
    ("booked-then-done-in-theatre", "PROCEDURE RECORD\nProcedure booked: Bilateral L3/4 and L4/5 facet joint "
     "injections\n\nDone in theatre under fluoroscopic guidance.\n\n<j side=right>Right L3/4</j>: entered, good "
     "arthrogram.\nRight L4/5: entered.\n<j level=L4-L5 side=bilateral>Left L4/5</j>: entered after two passes.\nLeft "
     "L3/4: could not be entered - osteophyte; abandoned. No injection at this site.\n\nMedication: Depo-Medrone 40 mg "
     "with 0.25% bupivacaine, 1 ml per joint.", {"kind": "facet_injection"}),
    ("dated-prior-note-in-an-export", "Encounter 2/26/2025 | Documents: proc note, nursing, prior proc "
     "note\n\nPROCEDURE "
     "NOTE 2/26/2025\nPROCEDURE: Right L5 and S1 transforaminal epidural steroid injection\nGuidance: Fluoroscopy\n"
     "Technique: 22g needle to the subpedicular space at L5. Dexamethasone 10 mg.\n\nPRIOR PROCEDURE NOTE 9/10/2024\n"
     "Bilateral L4-5 and L5-S1 facet joint injections, fluoroscopic guidance, Kenalog.\n", {"kinds": []}),
    ("charge-capture-banner-is-not-the-record", "Procedure: Bilateral L4-5 and L5-S1 facet joint "
     "injections\nFluoroscopy "
     "was used. The <j side=right>right L4-5</j>, right L5-S1 and <j level=L5-S1 side=bilateral>left L5-S1</j> joints "
     "were entered and injected with triamcinolone and bupivacaine. The left L4-5 joint could not be entered; the "
     "attempt was abandoned.\n\n---- CHARGE CAPTURE (draft, auto-generated from scheduled case) 3/4/2024 ----\n"
     "64493-50   Inj facet L4-5 bilat\n64494-50   Inj facet L5-S1 bilat\n", {"kind": "facet_injection"}),
    ("other-side-to-follow-and-ii-guided", "Procedure: LEFT lumbar radiofrequency neurotomy <j side=left>L4/5</j> and "
     "<j side=left>L5/S1</j> (staged - right side to follow)\nII guided. Cannulae on the left at the L3 and L4 medial "
     "branches and L5 dorsal ramus. Lesioned at 85 deg C x 90 sec.", {"guidance": "fluoroscopy"}),
    ("median-branch-misheard", "Left <j side=left>L2 3</j> and <j side=left>L3 4</j> median branch blocks "
     "period. Block "
     "number one comma diagnostic period.\nFluoroscopy used comma prone period. 0.5 cc of 0.5% bupivacaine at each "
     "medial branch comma no steroid period.", {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("paused-then-resumed", "Left TON and C3, C4 medial branch blocks, dx block #1\nProne. Lateral fluoroscopy. First "
     "needle placed for the left third occipital nerve. The patient became pale - vasovagal. Needle withdrawn, "
     "nothing injected, procedure paused. Recovered within 10 min.\n\nProcedure resumed: <j level=C2-C3,C3-C4 "
     "side=left>left TON block across the left C2-3 joint, plus left C3 and C4 medial branch blocks</j>. 0.3 mL 2% "
     "lidocaine per site. No steroid.", {"kind": "medial_branch_block"}),
    ("interval-key-is-history", "Office Procedure Note\nInterval: right L4-5 and L5-S1 medial branch blocks 09/2025 "
     "gave only 30% relief.\n\nProcedures today:\n1. Right sacroiliac joint injection, fluoroscopically guided. "
     "22 g needle into the inferior right SI joint, 1.5 mL bupivacaine + 40 mg Kenalog.", {"kinds": []}),
    ("landmark-for-nerve-gloss", "Right lumbar medial branch blocks under fluoroscopy, diagnostic.\nNeedles to the "
     "SAP/TP junction of the vertebra below each nerve on the right (L4 TP for L3,\nL5 TP for L4). 0.5 mL 2% lidocaine "
     "per nerve.<j level=L4-L5 side=right></j>", {"kind": "medial_branch_block"}),
    ("lowercase-under-us", "bilat <j side=bilateral>l4-5</j> facet inj under us. 40 triam split.",
     {"guidance": "ultrasound"}),
    ("spoken-steroid-names", "Right <j side=right>L three four</j> fast it joint injection under fluoroscopy "
     "period a mixture of bupivacaine and try am sin alone 20 mg was injected period", {"intent": "therapeutic"}),
    ("spoken-depo-medrol", "bilateral <j side=bilateral>C five six</j> facet joint injections period under "
     "fluoroscopy period 0.5 mL of lidocaine with 40 mg of deep oh med roll in each joint period",
     {"intent": "therapeutic"}),
    ("spoken-fluoro-and-no-complications", "right <j side=right>L four five</j> facet injection "
     "intra-articular under floor oh period 1 mL 1 percent lidocaine only period no complications patient "
     "tolerated it well", {"guidance": "fluoroscopy"}),
    ("remark-on-a-copied-header", "PROCEDURE: BILATERAL L4-5, L5-S1 MEDIAL BRANCH BLOCKS\n[heading copied from "
     "the order]\n\nNarrative: right L3 and L4 medial branches and L5 dorsal ramus blocked under fluoroscopy with 0.5 "
     "mL 2% lidocaine each; diagnostic block #1. The left side was not done today (could not stay prone)."
     "<j level=L4-L5,L5-S1 side=right></j>",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("side-worked-on-first", "PROCEDURE: Bilateral lumbar radiofrequency neurotomy.\nUnder fluoroscopy the left "
     "side was treated first. Cannulae were placed at the L3 and L4 medial branches and the L5 dorsal ramus, and "
     "each was lesioned at 80 degrees for 90 seconds. The same was then done on the right at the L3 and L4 medial "
     "branches and the L5 dorsal ramus.<j level=L4-L5,L5-S1 side=bilateral></j>",
     {"kind": "radiofrequency_ablation"}),
    ("then-the-other-side-at-clause-end", "Procedure: bilateral T10-11 facet joint injections, fluoroscopic "
     "guidance.\nA 22 g needle was placed into the inferior recess of the right <j side=bilateral>T10-11</j> joint, "
     "then the left. 0.5 mL of 0.25% bupivacaine with 10 mg triamcinolone into each joint.", {}),
    ("sides-in-order-with-first", "Cervical C3, C4 medial branch blocks.\nUnder fluoroscopy needles were "
     "placed at the C3 and C4 articular pillar waists, on the left side first and then on the right side. 0.3 mL "
     "of 2% lidocaine at each site. Diagnostic block #1.<j level=C3-C4 side=bilateral></j>",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("paragraph-labelled-by-facet-words", "Thoracic medial branch block (diagnostic) and lumbar facet joint "
     "injection\n\nThoracic -- right T7, T8 medial branch blocks under fluoroscopy, 0.5 mL 0.5% bupivacaine each, "
     "no steroid (diagnostic).<j level=T8-T9 side=right></j>\n\nLumbar -- right L4-5 facet joint: under "
     "fluoroscopy, 22 g needle into the right <j side=right>L4-5</j> joint, arthrogram. 1 mL 0.25% bupivacaine + "
     "20 mg dexamethasone.",
     {"intents": {"medial_branch_block": "diagnostic", "facet_injection": "therapeutic"}}),
    ("referral-asked-for-another-procedure", "Dear colleague,\nYour letter asked for a left C6-7 facet joint "
     "injection. Her pain today was reproduced by the SI joint tests, not by facet loading, so I did not perform a "
     "facet joint injection. Instead I performed a left SI joint injection under fluoroscopy with 1 mL "
     "bupivacaine and 40 mg triamcinolone.\nBest wishes", {"kinds": []}),
    ("range-with-direction", "OPERATIVE NOTE\nProcedure: left lumbar facet joint injections, fluoroscopic guidance."
     "\nTechnique: using oblique views, the left joints were entered one after another from "
     "<j level=L2-L3,L3-L4,L4-L5,L5-S1 side=left>L2-3 on down to L5-S1</j>, each with 0.5 mL of 10 mg/mL "
     "triamcinolone.", {"kind": "facet_injection", "intent": "therapeutic"}),
    ("range-to-the-sacrum-in-words", "Procedure: right facet joint injections under fluoroscopy.\nDescription: a "
     "22 g needle was placed in each right-sided joint from <j level=L3-L4,L4-L5,L5-S1 side=right>L3-4 down to the "
     "lumbosacral joint</j> and 10 mg Kenalog injected into each.", {"kind": "facet_injection"}),
    ("operative-findings-say-what-was-entered", "OPERATIVE REPORT\nProcedure: Right C4-5, C5-6, C6-7 facet joint "
     "injections, fluoroscopic guidance\nAnesthesia: local\nFindings: the C4-5 joint was fused, no needle "
     "could be placed and nothing was injected at C4-5. <j side=right>C5-6</j> and <j side=right>C6-7</j> accessed "
     "easily with contrast confirming the joint.\nInjectate: 0.5 mL betamethasone 6 mg/mL per joint.",
     {"kind": "facet_injection"}),
    ("imaging-findings-are-still-findings", "PROCEDURE: Left <j side=left>L4-5</j> facet joint injection under "
     "fluoroscopy with 40 mg triamcinolone.\nFINDINGS: MRI shows the left L5-S1 joint was injected with cement "
     "material from a prior procedure; L3-4 effusion.", {"kind": "facet_injection"}),
    ("booked-procedure-key-then-what-was-done", "SHORT OP NOTE\nProcedure (as booked): Right C3-4, C4-5 and C5-6 "
     "facet joint injections, fluoroscopy\nAnesthesia: local\nFindings: the C3-4 joint was ankylosed and was not "
     "injected. <j side=right>C4-5</j> and <j side=right>C5-6</j> were entered under fluoroscopy.\nMedication: "
     "methylprednisolone 40 mg and 1 mL 1% lidocaine divided between C4-5 and C5-6.", {"kind": "facet_injection"}),
    ("scheduled-list-then-only-the-epidural", "Procedures (as scheduled):\n1. Left L3-4 and L4-5 facet joint "
     "injections, fluoroscopy\n2. Left L5 transforaminal epidural steroid injection, fluoroscopy\n\nToday her "
     "pain is radicular, not axial, so we agreed not to do the facet joint injections.\nUnder fluoroscopy a 22 g "
     "needle was placed at the left L5 foramen and 10 mg dexamethasone was injected.", {"kinds": []}),
    ("procedures-performed-today-none", "NEW PATIENT VISIT\nFacet loading: (x) Positive left\nMedial branch "
     "blocks: (x) Left C4-5 and C5-6, fluoroscopy\nProcedures performed today: none\nReturn after "
     "authorization.", {"kinds": []}),
    ("procedures-recommended-key", "CLINIC VISIT\nASSESSMENT: cervical spondylosis.\nPLAN - Procedure(s) "
     "recommended:\n  (x) Left C5-6 facet joint injection\n  Levels: (x) C5-6  ( ) C6-7\n  Guidance: (x) "
     "Fluoroscopy\nWill schedule once approved.", {"kinds": []}),
    ("good-response-to-a-prior-rfa", "FOLLOW-UP AND PROCEDURE\nAssessment\n1. Cervical facet pain, durable "
     "response to RFA last spring.\n2. New left thoracic pain.\nProcedure: Left <j level=T7-T8 side=left>T7-8"
     "</j> medial branch block #1 under fluoroscopy, 0.5 mL 0.5% bupivacaine per nerve.", {"intent": "diagnostic",
     "kind": "medial_branch_block"}),
    ("attending-elected-not-to-lesion-a-nerve", "PROCEDURE: Right lumbar radiofrequency ablation of the L3 and L4 "
     "medial branches and L5 dorsal ramus (right L4-5 and L5-S1 facet joints), fluoroscopic guidance.\n"
     "TECHNIQUE: under fluoroscopy three cannulas were placed and lesions made at 80 C for 90 s.\nATTENDING "
     "ADDENDUM: at the L5 dorsal ramus target stimulation reproduced leg pain, so we elected not to lesion the right "
     "L5 dorsal ramus. Lesions were made at the right L3 and L4 medial branches.<j level=L4-L5 side=right></j>",
     {"kind": "radiofrequency_ablation"}),
    ("slashed-bare-lumbar-pairs", "proc: L lumbar FJI <j side=left level=L4-L5,L5-S1>4-5/5-1</j>\nfluoro, 22g "
     "into ea jt, arthrogram ok\n1cc kenalog 40 + 1cc bupi split", {"kind": "facet_injection"}),
    ("terse-first-line-names-facets", "R <j side=right level=L3-L4,L4-L5,L5-S1>L3-S1</j> facets (3 jts) fluoro\n"
     "22g, arthrogram ea jt, depomedrol 80 total + bupi\nd/c home", {"kind": "facet_injection"}),
    ("vertebrae-side-by-side-run", "R cerv RFA\nfluoro, R C4 C5 C6 C7 MB, cannulas on the lat pillars\nsens "
     "concordant, motor neg, 1cc lido ea then 80C x 90s<j side=right level=C4-C5,C5-C6,C6-C7></j>",
     {"kind": "radiofrequency_ablation"}),
    ("misspelt-transverse-proccess", "Procedure: right RFA T11, T12, L1 medial branches\nUnder fluoroscopy "
     "cannulas were advanced to the right T12, L1 and L2 transverse proccess junctions for the right T11, T12 and L1 "
     "MB, lesion 80C x 90 s.<j side=right level=T12-L1></j><j side=right level=L1-L2></j>",
     {"kind": "radiofrequency_ablation"}),
    ("pipe-table-side-cell-before-a-target-cell", "CERVICAL MEDIAL BRANCH BLOCK, fluoroscopy, diagnostic block #2"
     "\nNerve | Side | Target | Drug\nC4 MB | Left | mid C4 articular pillar | 0.3 mL 0.75% ropivacaine\n"
     "C5 MB | Left | mid C5 articular pillar | 0.3 mL 0.75% ropivacaine<j side=left level=C4-C5></j>",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("nontender-level-is-an-exam-finding", "CERVICAL FACET INJECTION RECORD\nLevel | Side | Medication\n"
     "<j side=left>C5-6</j> | Left | Kenalog 10 mg + 0.3 mL lidocaine\n<j side=left>C6-7</j> | Left | Kenalog 10 mg "
     "+ 0.3 mL lidocaine\nImaging: fluoroscopy.\nNote: only the left side done today (C6-7 nontender on the "
     "right).", {"kind": "facet_injection"}),
    ("lumbar-pairs-in-words", "Right lumbar medial branch blocks at <j side=right level=L3-L4,L4-L5>three-four and "
     "four-five</j> under fluoroscopy, 0.5 mL 0.5% bupivacaine at each nerve, block #1.",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("pairs-in-words-that-are-weeks", "Right <j side=right>L4-5</j> facet joint injection under fluoroscopy with "
     "40 mg Kenalog. Repeat the facet injection at two-three months if needed.", {"kind": "facet_injection"}),
    ("entered-in-error-wrong-chart", "** ENTERED IN ERROR **\nThis note was documented in the record of another "
     "patient (J. Doe, MRN 1234) in error.\n[DOS 02/02/2025. Right L5-S1 facet joint injection under fluoroscopy, "
     "40 mg Kenalog.]", {"kinds": []}),
    ("retracted-text-follows", "Retraction: no procedure was done on this patient on 03/03/2025.\n[Retracted text "
     "follows]\n[Left C5-6 and C6-7 facet joint injections under fluoroscopy with 6 mg betamethasone.]\nVisit "
     "was a follow-up only.", {"kinds": []}),
    ("correction-quotes-the-wrong-version", "Procedure: Right C3-4 and C4-5 facet joint injections, fluoroscopy.\n"
     "Technique: 25 g needles into the right <j side=right>C3-4</j> and <j side=right>C4-5</j> joints, arthrograms, "
     "10 mg Kenalog each.\nAddendum: the earlier version of this note said \"left C3-4 and C4-5\" in the "
     "procedure line because of a template default; all injections were on the right.", {"kind": "facet_injection"}),
    ("struck-title-in-brackets", "Amended title: [struck: \"L4-5 medial branch block\"] L4-5 interlaminar "
     "epidural steroid injection, fluoroscopy.\nNo medial branch was blocked. Tuohy needle at L4-5 with loss of "
     "resistance, 80 mg Depo-Medrol.", {"kinds": []}),
    ("no-radiofrequency-energy-cryo-instead", "Right L4-5 facet denervation\nAmendment: no radiofrequency energy "
     "was used; the right L3 and L4 medial branches were treated by cryoneurolysis under fluoroscopy, two freeze "
     "cycles each.", {"kinds": []}),
    ("addendum-denies-any-additional-procedure", "Right L3-4 and L4-5 facet joint injections under fluoroscopy, "
     "<j side=right>L3-4</j> and <j side=right>L4-5</j> each with 20 mg triamcinolone.\nADDENDUM: diary returned, "
     "70% relief. No additional procedure was performed at this visit.", {"kind": "facet_injection"}),
    ("target-said-not-a-target", "Procedure: right L4-5 and L5-S1 facet RFA (title from the order).\nCorrection: "
     "only the right L4-5 joint was treated (right L3 and L4 medial branches lesioned at 80 C under fluoroscopy)."
     "<j side=right level=L4-L5></j> The right L5-S1 joint was not a target today.",
     {"kind": "radiofrequency_ablation"}),
    ("c-arm-out-of-service-landmark", "Bilateral <j side=bilateral>L4-5</j> facet injections. C-arm in room 2 "
     "out of service this morning, so the MD performed them by palpation, 40 mg Depo-Medrol each side.",
     {"kinds": ["facet_injection"], "guidances": {"lumbar_sacral": "none"}}),
    ("checkbox-row-of-consent-and-meds-held", "[X] Consent  [X] Eliquis held x 3 days  [X] Site marked: \"R neck\"\n"
     "Time-out: RIGHT C5-6 facet joint injection under fluoroscopy.\nA 25 g needle was placed into the right C5-6 "
     "joint under fluoroscopy and 10 mg Kenalog was injected.<j side=right level=C5-C6></j>",
     {"kind": "facet_injection"}),
    ("medicine-held-is-not-the-side-held", "Consent \u2713 0815    Site marked \"L mid back\" \u2713    Anticoag: "
     "Xarelto held 3 days \u2713\nTime-out 0839: LEFT T5, T6 medial branch radiofrequency ablation, fluoroscopy.\n"
     "L T5 MB lesioned, L T6 MB lesioned, 80 C 90 s.<j side=left level=T6-T7></j>",
     {"kind": "radiofrequency_ablation"}),
    ("facet-joint-comma-intra-articular", "Two sites today.\n1) Neck: RIGHT <j side=right>C5-6</j> facet joint, "
     "intra-articular.\n2) Low back: RIGHT <j side=right>L4-5</j> facet joint, intra-articular.\nFluoroscopy for "
     "everything. Neck first: lateral view, 25g into R C5-6 joint, arthrogram ok, 0.5 mL (Kenalog 20 mg + 1% lido). "
     "Low back: oblique, 22g into R L4-5, arthrogram ok, 1 mL (Kenalog 40 mg + bupiv).", {"kind": "facet_injection"}),
    ("ultrasound-failed-on-both-sides-then-c-arm", "Bilateral L3-4 facet injections with triamcinolone.\nUltrasound "
     "attempted but the joint lines could not be seen on either side. Switched to the C-arm: 22 g needles into "
     "each <j side=bilateral>L3-4</j> joint, arthrograms, 20 mg triamcinolone per side.", {"kind": "facet_injection",
     "guidances": {"lumbar_sacral": "fluoroscopy"}}),
    ("joints-in-words-after-nerves", "RF on the right: lumbar three and four medial branches and the lumbar five "
     "dorsal ramus (= joints <j side=right level=L4-L5,L5-S1>four-five and five-one</j> on the right), fluoroscopy, "
     "80 degrees for 90 seconds at each.", {"kind": "radiofrequency_ablation"}),
    ("numbered-details-follow-numbered-procedures", "Procedures:\n1. Right knee genicular nerve radiofrequency "
     "ablation\n2. Right L4-5 facet joint injection\n\nDetails:\n1. Supine. Fluoroscopy. Cannulas at the three "
     "knee targets, 1 mL 2% lidocaine each, then 80 C for 90 s.\n2. Prone. Fluoroscopy. 22 g needle into the right "
     "<j side=right>L4-5</j> facet joint, contrast confirmed, 1 mL of the prepared solution.",
     {"kind": "facet_injection", "intent": "unknown"}),
    # --- notes typed without capitals ---------------------------------------------------------------
    ("lower-case-consent-title-under-letterhead", "harbor spine clinic\nconsent for procedure\n\ni authorize dr. "
     "ruiz to perform:\n  [x] radiofrequency ablation   [ ] epidural\n  levels: left l3-4 and l4-5\n  imaging: [x] "
     "fluoroscopy\npatient signature: (signed)   witness: (signed)", {}),
    ("lower-case-sentences-end-before-a-hyphenated-word", "booked: bilat l3/4 and l4/5 ia facet inj w/ kenalog.\n\n"
     "prone, prepped, time-out done. c-arm lateral of the l l3/4 joint. 22 g needle toward the l l3/4 joint margin, "
     "then the pt became diaphoretic and vasovagal before any contrast or drug. needle out. nothing injected at any "
     "level. procedure stopped, will rebook.", {}),
    ("upper-case-clause-with-a-colon", "BILATERAL LUMBAR FACET JOINT INJECTIONS\nCT FLUOROSCOPY. 22G NEEDLES.\n"
     "RIGHT AND LEFT <j side=bilateral>L2-L3</j> AND <j side=bilateral>L3-L4</j> JOINTS ENTERED, 20 MG KENALOG "
     "EACH.\nL4-L5 NOT INJECTED: SOLID FUSION MASS FROM PRIOR SURGERY, NO JOINT SPACE.\nNO COMPLICATIONS.",
     {"kind": "facet_injection"}),
    # --- plans and embedded earlier notes --------------------------------------------------------
    ("any-rfa-is-not-an-rfa", "Dx: vasovagal, resolved. Home with wife.\nPlan: pain diary for the right C2-3 joint. "
     "Needs a repeat\ncomparative block of the right C3 and C4 medial branches before\nC3-4 can be included in any "
     "RFA.\n\nProcedure today: right third occipital nerve block, fluoroscopy, 0.3 mL 0.5% bupivacaine x3."
     "<j side=right level=C2-C3></j>", {"kind": "medial_branch_block"}),
    # --- speech recognition and letters about procedures -------------------------------------------
    ("heard-as-media-branch-and-flora-scopy", "procedure right L4 and L5 media branch blocks under flora scopy "
     "period diagnostic bupivacaine only<j side=right level=L5-S1></j>", {"kind": "medial_branch_block"}),
    ("heard-as-fast-set-joint", "left <j side=left>L4-5</j> fast set joint injection, C-arm, 40 mg kenalog", {}),
    ("request-for-authorization-title", "NORTH VALLEY SPINE\nREQUEST FOR AUTHORIZATION (RFA) - NARRATIVE\n\n"
     "Left L3-4 and L4-5 radiofrequency ablation under fluoroscopy (CPT 64635, 64636): the left L2, L3 and L4 "
     "medial branches lesioned at 80 C.", {}),
    ("discussed-with-patient-then-not-performed", "Listed procedure: Right L3/4 and L4/5 facet joint injections "
     "under X-ray, Depo-Medrone.\nConsultant review: he took apixaban this morning. Discussed with patient - "
     "procedure NOT performed today. No needle inserted.", {}),
    # --- fused levels, transitional anatomy and same-day clinic visits --------------------------------
    ("needle-named-by-its-vertebra", "Procedure: bilateral T5 and T6 medial branch blocks, fluoroscopy, 0.5 mL "
     "bupivacaine per target.<j side=bilateral level=T6-T7></j>\nTechnique: needles to the superolateral T6 and T7 "
     "transverse processes. On the left the T7 needle needed a steeper caudal tilt.", {"kind": "medial_branch_block"}),
    ("six-lumbar-vertebrae", "Procedure: right <j side=right>L4-L5</j> and <j side=right level=L5-S1>L5-L6</j> "
     "facet joint injections (six lumbar-type vertebrae), fluoroscopy, 40 mg triamcinolone.", {}),
    ("lumbosacral-as-a-key", "CT-guided facet joint injections, dexamethasone.\nLeft <j side=left>L3-4</j>: needle "
     "into the joint, contrast confirmed, 0.5 mL injected.\nLeft <j side=left level=L5-S1>lumbosacral</j>: needle "
     "into the inferior recess, same injectate.", {}),
    ("known-result-is-an-earlier-block", "A: 1. Left lumbar facet-mediated pain, negative initial diagnostic MBB.\n"
     "P: reassess in clinic. Nothing injected today.", {"kinds": []}),
    ("better-after-is-an-earlier-procedure", "Assessment:\n2. Axial neck pain, left -- better after left C3/C4 "
     "RFA.\nPlan: trapezius trigger point injections today.", {"kinds": []}),
    ("not-needed-without-a-verb", "Impression: left L3-4 and L4-5 facet injections not necessary; continue the "
     "home exercise program.", {"kinds": []}),
    ("kept-on-the-list-is-not-done", "Procedure performed: right L5-S1 interlaminar epidural steroid injection "
     "under fluoroscopy.\nLeft L4-5 and L5-S1 facet injections remain on the list should the axial pain persist.",
     {"kinds": []}),
    ("left-untouched-is-not-done", "Procedure: Left <j side=left level=C2-C3>C2-3 third occipital nerve</j> "
     "radiofrequency neurotomy, fluoroscopy, 80 C x 90 s at three positions.\nThe C three-four and C four-five "
     "medial branches were deliberately left untouched.", {"kind": "radiofrequency_ablation"}),
    ("performed-heading-then-cancelled-without-imaging", "PROCEDURE PERFORMED: Left L3-L4 and L4-L5 medial branch "
     "radiofrequency ablation, fluoroscopy.\nDESCRIPTION: Positioned prone. The C-arm failed its warm-up check and no "
     "replacement unit was available. Because this cannot be done safely without imaging, the procedure was "
     "cancelled. No prep, local anesthetic, cannula placement or lesioning was carried out.", {"kinds": []}),
    ("joint-counted-from-is-not-a-target", "Procedure: bilateral C4 and C5 medial branch blocks, ultrasound "
     "guidance, lidocaine only.<j side=bilateral level=C4-C5></j>\nTechnique: the C2-3 joint was identified as the "
     "first joint below the mastoid, then the pillars were counted caudally. Right C4 and C5 medial branches blocked "
     "with 0.4 mL each; the left C4 and C5 medial branches were blocked the same way.",
     {"guidance": "ultrasound", "intent": "diagnostic"}),
    # --- round 41: safety checks, structured blocks, per-nerve RF, cervical detail ---------------------------
    ("nothing-injected-anywhere", "RIGHT C6-7 FACET JOINT INJECTION - ABORTED\nConsent signed for RIGHT C6-C7 facet "
     "joint injection with steroid. Right neck marked.\nTime-out: correct patient, RIGHT C6-C7 facet joint injection, "
     "site marked, steroid drawn up.\n\nProne. Right neck prepped. Fluoroscopy lateral view. 25 g needle advanced "
     "toward the right C6-7 joint. Test injection of 0.2 mL contrast showed venous filling.\nNeedle moved twice; each "
     "test dose again filled a vein and the joint could not be entered.\nDecision made to stop. No steroid or local "
     "anesthetic was injected into the joint or elsewhere.", {"kinds": []}),
    ("holding-area-nursing-note", "Pre-Procedure Holding Area - Nursing Note\nProcedure booked: LEFT L4-5 and L5-S1 "
     "facet joint injections, fluoroscopic, with steroid\nConsent for LEFT L4-5 / L5-S1 facet joint injections on "
     "chart, signed by patient and physician.\nSite marked LEFT low back. Vitals stable. Ready for procedure room.",
     {"kinds": []}),
    ("lateral-position-is-no-side", "Procedure: Right third occipital nerve and C3 medial branch blocks, diagnostic."
     "<j side=right level=C2-C3></j>\nTechnique: ultrasound was tried first with the patient in the left lateral "
     "position; the C2-3 joint could be seen but not the needle tip, so ultrasound was abandoned. Prone under "
     "fluoroscopy: three needles along the right C2-3 joint for the TON and one at the right C3 pillar. Lidocaine "
     "0.3 mL each.", {"guidance": "fluoroscopy"}),
    ("superficial-medial-branch-of-c3", "Procedure: left <j side=left level=C2-C3,C3-C4>C3 superficial medial branch, "
     "deep medial branch of C3 and C4 medial branch</j> blocks, fluoroscopy, lidocaine 0.3 mL each, diagnostic.", {}),
    ("what-the-consent-was-for", "Procedure: Lumbar medial branch blocks, right (diagnostic)\nThe request and consent "
     "(signed 10/02) were for bilateral L3-4 and L4-5 medial branch blocks, and both sides were marked. The left side "
     "pain has settled, so we agreed to do the right side only.\nTime-out: RIGHT L3-4 and L4-5 MBB.\nFluoroscopy. "
     "Right L2, L3 and L4 medial branches: 0.5 mL 0.5% bupivacaine each.<j side=right level=L3-L4,L4-L5></j>", {}),
    ("counted-from-with-a-gloss", "Procedure: right C5 and C6 medial branch blocks under ultrasound, bupivacaine only, "
     "diagnostic.<j side=right level=C5-C6></j>\nThe pillars were identified by counting down from C2 (bifid "
     "spinous process, C2-3 joint). Needles to the waist of the right C5 and C6 pillars, 0.3 mL each.",
     {"guidance": "ultrasound"}),
    ("levels-retracted-over-a-wrapped-line", "Lt lumbar facet inj x2 levels (L4-5, L5-S1) under fluoro, 0.5 cc "
     "0.25% bupi + 20 mg Kenalog each.\nAddendum: the levels in the line above came from the\norder and are NOT the "
     "levels injected. The right levels are on the saved images.", {"kinds": ["facet_injection"]}),
    # --- round 42: series, CPRS documents, image guidance in depth ------------------------------------------
    ("region-and-nerve-denied-after-a-template", "Procedure:     Lumbar RFA\nLevels:        L4-5, L5-S1\nSide:"
     "          Right\nGuidance:      Fluoro\n\nNarrative: Scheduled on the lumbar RFA template, but today is her "
     "sacroiliac ablation (positive SI lateral branch blocks). Under fluoroscopy the right L5 dorsal ramus and the "
     "right S1-S3 lateral branches were lesioned. No lumbar facet medial branch lesions.", {"kinds": []}),
    ("c-arm-out-for-service", "Procedure: Left <j side=left>L3-4</j> facet joint injection.\nThe C-arm in room 2 is "
     "out for service this week; the patient chose to go ahead by palpation without imaging. Needle to bone at the "
     "left L3-4 facet by feel. 40 mg Kenalog and 1 mL lidocaine injected.", {"guidance": "none"}),
    ("declined-imaging-and-no-imaging-used", "Office procedure note. Here for her repeat right lumbar facet injection. "
     "Declines fluoroscopy suite, prefers the office as before.\nProcedure: Consent signed. Prone. Right L4-5 facet "
     "located by palpation about 2 cm lateral to the spinous process, tender to pressure and reproduces her pain. 22g "
     "needle advanced to bone by feel. Right <j side=right>L4-5</j> facet joint injection with 40 mg Kenalog and 1 mL "
     "lidocaine.\nNo imaging used.", {"guidance": "none"}),
    ("cprs-order-title", "LOCAL TITLE: PROCEDURE ORDER / REQUEST\nSTANDARD TITLE: PROCEDURE REQUEST NOTE\nORDER: PAIN "
     "PROCEDURE SUITE REQUEST\n  Procedure:   CERVICAL FACET INJ\n  Level(s):    C5-6\n  Laterality:  RIGHT\n  "
     "Imaging:     FLUOROSCOPY\nComment: please schedule first available.", {"kinds": []}),
    ("numbered-series-line-is-older", "Procedure: Left <j side=left>L4-5</j> facet joint injection, fluoroscopy, "
     "therapeutic, #2 in series.\nDate: 05/20/2025\nSeries:\n  #1 02/11/2025 - left L3-4 and left L4-5: 60% x 2 mo"
     "\n  #2 today - L4-5 only\nOblique fluoroscopy, 22g needle into the left L4-5 joint, contrast, 20 mg Kenalog "
     "with 0.5 mL bupivacaine.", {}),
    ("terse-junction-then-levels", "PROC: bilat lumbar MBB (dx), L2, L3 MB bilat<j side=bilateral level=L3-L4></j>\n"
     "Prone, fluoro AP + oblique, 22g needles to SAP/TP jxn L3 and L4 bilat, 0.5 cc 0.5% bupi per site.", {}),
    ("same-targets-as-a-date-then-todays-sides", "Repeat lumbar RF neurotomy.\nProcedure: Fluoroscopy. RF cannulas "
     "placed at the same targets as 03/2024 on both sides (L3 MB, L4 MB, L5 DR).<j side=bilateral "
     "level=L4-L5,L5-S1></j> 80 C x 90 s each.", {"kind": "radiofrequency_ablation"}),
    ("injectate-prepared-before-it-went-in", "PROCEDURE: Left <j side=left>L3-4</j> facet joint injection under "
     "fluoroscopic guidance.\nProne, time-out, prep. A 22 gauge needle was advanced into the left L3-4 joint; contrast "
     "outlined the capsule. I had mixed 1 mL of Depo-Medrol 40 with 1 mL of 0.25% bupivacaine, and 1 mL of it went "
     "into the joint.", {"intent": "therapeutic"}),
    # --- round 43: surgeons' notes, inpatient context, numbers, documents around a procedure ---------------
    ("disc-desiccation-is-a-finding", "Procedure: diagnostic left <j side=left>L4-L5</j> and <j side=left>L5-S1</j> "
     "medial branch blocks (left L3 MB, left L4 MB, left L5 dorsal ramus), fluoroscopy, bupivacaine only.\nMRI "
     "(01/2025): facet arthropathy L3-L4 through L5-S1, worse on the left; disc desiccation L1-2 to L5-S1; no "
     "stenosis.", {"kind": "medial_branch_block"}),
    ("then-the-same-three-on-the-left", "Procedure: Bilateral C4, C5 and C6 medial branch radiofrequency neurotomy "
     "under fluoroscopy.<j side=bilateral level=C4-C5,C5-C6></j>\nCannulas were placed along the waist of the "
     "articular pillars at C4, C5 and C6 on the right, then the same three on the left. Lesions at 80 C for 60 s.",
     {"kind": "radiofrequency_ablation"}),
    ("the-same-three-targets-were-reached", "Procedure: Bilateral L1, L2 and L3 medial branch blocks under "
     "fluoroscopic guidance, diagnostic.<j side=bilateral level=L2-L3,L3-L4></j>\nOn the right a 22 gauge needle "
     "was advanced to the junction of the superior articular process and transverse process of L2, of L3 and of L4, "
     "for the L1, the L2 and the L3 medial branches. On the left the same three targets were reached. Each nerve got "
     "half a milliliter of lidocaine.", {"kind": "medial_branch_block"}),
    ("axial-images-with-a-thickness-cover-levels", "Procedure: Bilateral <j side=bilateral>L4-5</j> intra-articular "
     "facet joint injections, CT guided.\nAfter consent, prone on the CT table. Axial 3 mm images from L2 through S1. "
     "Right L4-5 and left L4-5: needles into the joints, contrast intra-articular. 20 mg Depo-Medrol + 0.5 mL "
     "bupivacaine each. Therapeutic.", {"guidance": "ct"}),
    # --- round 44: loose names, compact side lists, corrected sides, English as a second language -----------
    ("neurotomy-by-radiofrequency", "Procedure realized: Neurotomy by radiofrequency of the medial branches L3 and L4 "
     "and of the dorsal ramus of L5, left.<j side=left level=L4-L5,L5-S1></j>\nWith the C-arm were identified the "
     "target points. Was made the sensitive stimulation at 50 Hz. Lesion at 80 degrees during 90 seconds in each "
     "point.", {"kind": "radiofrequency_ablation", "guidance": "fluoroscopy"}),
    ("infiltration-of-the-posterior-articulations", "CT-guided injection of lumbar facets.\nUnder scanner guidance "
     "were introduced two needles 22G in the interarticular spaces: L4-L5 right, L5-S1 right. Then was injected in "
     "each articulation 1 ml of dexamethasone and ropivacaine.\nConclusion: Infiltration of the posterior "
     "articulations <j side=right>L4-L5</j> and <j side=right>L5-S1</j> right under CT.",
     {"kind": "facet_injection", "guidance": "ct"}),
    ("ultrasound-scan-plane-is-technique", "Procedure: ultrasound-guided bilateral <j side=bilateral>L4-L5</j> facet "
     "joint injections, Depo-Medrol.\nWith the ultrasound the sacrum was identified in longitudinal scan and the "
     "articular processes counted upward, then in transverse scan was seen the joint space of L4-L5 on the right "
     "side. Needle 22G introduced in plane into the joint, 1 ml injected. Same procedure was repeated in the left "
     "side L4-L5.", {"guidance": "ultrasound"}),
    # --- round 45: look-alikes, thoracic, controls, template remnants ---------------------------------------
    ("numbered-prior-blocks-on-a-planning-sheet", "OAKRIDGE PAIN CENTER - RF PLANNING SHEET\nPatient name ........ "
     "Test Person\nDate ................ 05/14/2025\nPlanned procedure:\n [ ] Medial branch block\n [X] "
     "Radiofrequency ablation\nLaterality:   [ ] Right  [X] Left\nJoint levels: L4-L5, L5-S1\nGuidance:     [X] "
     "Fluoroscopy\nPrior diagnostic blocks:\n MBB #1 02/03/2025 L L4-5, L5-S1 -- 85% relief\n MBB #2 03/10/2025 L "
     "L4-5, L5-S1 -- 90% relief\nExam: left paralumbar tenderness. Neuro intact.", {"kinds": []}),
    ("template-that-reflects-nothing-done", "Procedure Note\nPROCEDURE: Right L3-L4 and L4-L5 facet joint injections "
     "with steroid\nGUIDANCE: Fluoroscopy\nMEDICATIONS: Triamcinolone 40 mg, bupivacaine ***\n\n***Procedure "
     "cancelled - see below***\nPatient took clopidogrel this morning; we will not proceed today. No needles placed. "
     "The template above filled in from the order and does not reflect anything done.", {"kinds": []}),
    ("imaging-denied-beside-a-template-default", "Procedure: Right cervical medial branch block\nGuidance: "
     "Fluoroscopy\nFree text: US guided. No fluoroscopy used - template default left in above. Linear probe, "
     "in-plane approach. Right C4 and C5 medial branches at the pillar waists, 0.4 mL 0.5% bupivacaine each, "
     "diagnostic.<j side=right level=C4-C5></j>", {"guidance": "ultrasound"}),
    ("facet-as-a-numbered-line-key", "1. Indication: right hip OA and right lumbar facet pain.\n2. Right hip joint: "
     "supine, fluoroscopy, needle to the femoral neck, 40 mg triamcinolone injected.\n3. Prone. Right "
     "<j side=right>L3/4</j> facet: fluoroscopic oblique, 22g needle into joint, arthrogram, injected 0.5 mL "
     "bupivacaine with 10 mg triamcinolone.\n4. Follow-up 4 weeks.", {"kind": "facet_injection"}),
    ("lesion-temperature-without-celsius", "Under fluoroscopy the cannulae were positioned on the right L3 and L4 "
     "medial branches<j side=right level=L4-L5></j>; motor testing negative. Lesions 80\u00b0 for 90 seconds at "
     "each.", {"kind": "radiofrequency_ablation"}),
    ("radiofrequency-delivered-in-degrees", "Right L3 and L4 medial branches<j side=right level=L4-L5></j> "
     "targeted under fluoroscopy with 18g RF cannulae. Then was delivered radiofrequency 85 degree for 75 seconds "
     "at each site.", {"kind": "radiofrequency_ablation", "guidance": "fluoroscopy"}),
    ("radioscopy-is-fluoroscopy", "<j side=left>Left L5-S1</j> facet infiltration under radioscopy with "
     "triamcinolone 40 mg.", {"guidance": "fluoroscopy"}),
    ("infiltration-adjective-after-noun", "We performed infiltration intra-articular of the articulations "
     "zygapophyseal <j side=left>L4-L5</j> left under fluoroscopy with methylprednisolone 40 mg.",
     {"kind": "facet_injection"}),
    ("needle-introduced-in-the-joint", "Under CT control a 22G needle was introduced in the cavity of the right "
     "facet joint <j side=right>L3-L4</j>. Depo-Medrol 40 mg was given.", {"kind": "facet_injection",
                                                                          "guidance": "ct"}),
    ("quoted-template-key", "Procedure: <j side=left>left L5-S1</j> facet injection.\nTemplate: \"The needle was "
     "guided by fluoroscopy.\"\nActual: performed by palpation only, landmark technique, no imaging. 40 mg Kenalog "
     "injected into the joint.", {"guidance": "none"}),
    ("left-at-template-default-is-a-verb", "<j side=bilateral>Bilateral L4-5</j> facet injections under "
     "fluoroscopy, 1 mL of 0.25% bupivacaine with 10 mg Kenalog per joint. Side box left at template default.",
     {"kind": "facet_injection"}),
    ("named-nerves-over-landmark-arithmetic", "C-arm used to find the left L2 and L3 transverse processes. Needles "
     "placed at each to block the left L2 and L3 medial branches<j side=left level=L3-L4></j> with bupivacaine.",
     {"kind": "medial_branch_block"}),
    ("ocr-s-for-5-in-a-list", "PROCEDURE: left <j side=left>L3-4</j>, <j side=left level=L4-L5>L4-S</j> and "
     "<j side=left>L5-S1</j> medial branch blocks, fluoroscopic guidance, bupivacaine only.",
     {"kind": "medial_branch_block"}),
    ("joint-that-did-not-respond-to-blocks", "Lesioned: left L3, L4 MB and L5 DR<j side=left level=L4-L5,L5-S1></j> "
     "under fluoroscopy at 80 C for 90 s. The left L3-4 joint did not respond to prior blocks.",
     {"kind": "radiofrequency_ablation"}),
    ("header-nerve-grid-over-a-body-detail", "CERVICAL RF\nNerves lesioned:\n  Left:  [X] TON<j side=left "
     "level=C2-C3></j> [X] C3 [X] C4<j side=bilateral level=C3-C4></j>\n  Right: [ ] TON [X] C3 [X] C4\nGuidance: "
     "fluoroscopy\nTechnique: cannulae along the articular pillars, sensory 0.4 V, motor negative at each site.\n"
     "Lesions: 80 C x 90 s at each nerve; the TON got three lesions along the C2-3 joint.",
     {"kind": "radiofrequency_ablation"}),
    ("ordered-key-is-not-done", "Ordered: Left L3-L5 medial branch blocks under fluoroscopy.\nAuthorization pending; "
     "will schedule when approved.", {"kinds": []}),
    ("swapped-letters-in-a-drug-name", "Bilat <j side=bilateral>L4-5</j> facet injecions under fluoro with 1 mL "
     "bupivacaine and 40 mg kenaolg each.", {"intent": "therapeutic"}),
    ("swapped-letters-in-landmark-technique", "<j side=right>R L5-S1</j> facet jt injection at the bedside, landmark "
     "techinque; unable to go to the fluoro suite. 40mg Kenalog.", {"guidance": "none"}),
    ("in-plane-needle-is-ultrasound", "<j side=right>Right L4-5</j> facet injection: 22g needle in-plane to the "
     "joint, 1 mL bupivacaine + 40 mg Kenalog.", {"guidance": "ultrasound"}),
    ("symptomatic-side-from-the-indication", "Indication: aching over the left lower lumbar facets for a year.\n"
     "Procedure: under fluoroscopy, L4-5 and L5-S1<j side=left level=L4-L5,L5-S1></j> facet joint injections on "
     "the symptomatic side, 40 mg Kenalog and 1 mL bupivacaine each.", {"kind": "facet_injection"}),
    ("ipsilateral-to-the-pain", "Indication: right-sided neck pain into the trapezius.\nProcedure: "
     "<j side=right>C4-5</j> intra-articular facet injection ipsilateral to the neck pain, fluoroscopic guidance, "
     "20 mg Kenalog.", {"guidance": "fluoroscopy"}),
    ("same-side-as-last-time", "MBB #1 (03/02: right L3, L4 MB + L5 DR, lidocaine) gave 80% relief.\nToday #2 "
     "with bupivacaine on the same side as last time. Fluoro, needles to the L3 and L4 MB and L5 DR<j side=right "
     "level=L4-L5,L5-S1></j>, 0.5 mL each.", {"kind": "medial_branch_block"}),
    ("painful-side-glossed", "Procedure: facet joint injections at <j side=bilateral>L4-5</j> both sides and at "
     "<j side=left>L5-S1</j> on the painful side (left), fluoroscopy, 1 mL 0.25% bupivacaine with 10 mg Kenalog "
     "per joint.", {"kind": "facet_injection"}),
    ("cross-mark-in-a-done-column", "Joint   Side   Done\nL3-4    R      \u2718 (deferred)\n<j side=right>L4-5"
     "</j>    R      \u2714\n<j side=right>L5-S1</j>   R      \u2714\nRight facet injections under fluoroscopy, "
     "1 mL 0.25% bupivacaine + 10 mg Kenalog each.", {"kind": "facet_injection"}),
    ("si-joint-intra-articular-in-a-table", " # | Procedure                     | Target       | Side | Guidance\n"
     " 1 | RF ablation                   | L3 MB, L4 MB | L    | fluoro\n 2 | SI joint intra-articular inj. | SI "
     "joint     | L    | fluoro\nRFA: 80C x 90 s per nerve. Covers the <j side=left>left L4-L5</j> facet joint.",
     {"kinds": ["radiofrequency_ablation"]}),
    ("joint-negative-on-prior-blocks", "Right L4 MB and L5 DR lesioned 80C x 90s under fluoro (<j side=right>right "
     "L5-S1</j> joint only; L4-5 negative on prior blocks).", {"kind": "radiofrequency_ablation"}),
    ("pain-around-levels-is-a-location", "Mid-back pain on the right around T5-T7.\nToday under fluoroscopy the "
     "right T6 and T7 medial branches<j side=right level=T7-T8></j> were blocked with bupivacaine.",
     {"kind": "medial_branch_block"}),
    ("outside-records-then-today", "Outside records reviewed:\n - 06/2023: bilateral L4-5 RF neurotomy under "
     "fluoroscopy, 80 C x 90 s\nToday: <j side=left>left L5-S1</j> facet joint injection under fluoroscopy, 40 mg "
     "Kenalog.", {"kinds": ["facet_injection"]}),
    ("no-anesthetic-or-steroid-injected", "RFA - ABORTED\nTime-out. Skin wheals with lidocaine. Under fluoroscopy "
     "cannulae were placed at the right L3 and L4 medial branch positions.\nSensory testing reproduced leg pain at "
     "0.3 V; I stopped.\nNo anesthetic or steroid injected at any target. Cannulae removed.", {"kinds": []}),
    ("may-need-later-is-not-done", "<j side=right>Right L3-4</j> and <j side=right>L4-5</j> facet injections under "
     "fluoroscopy, 40 mg Kenalog divided. L5-S1 may need a separate approach later.", {"kind": "facet_injection"}),
    ("transverse-procs-abbreviated", "Left T10, T11, T12 medial branches<j side=left level=T11-T12,T12-L1></j> "
     "blocked under fluoro; needles at the superolateral corners of the T11, T12, L1 transverse procs. Bupivacaine "
     "0.5 mL each.", {"kinds": ["medial_branch_block"]}),
    ("side-key-then-opposite-side", "RF neurotomy.\nRight side: under fluoroscopy cannulae at the right L3, L4 MB and "
     "L5 DR<j side=right level=L4-L5></j>, 80 C x 90 s.\nLeft side: the procedure was repeated on the opposite side "
     "at L5-S1 only (left L4 MB and L5 DR)<j side=bilateral level=L5-S1></j>.", {"kind": "radiofrequency_ablation"}),
    ("other-side-done-in-the-same-way", "On the right the L3 and L4 medial branches<j side=bilateral level=L4-L5></j> "
     "were lesioned under fluoroscopy at 80 C for 90 s. The left side was done in the same way.",
     {"kind": "radiofrequency_ablation"}),
    ("list-item-facet-joint-key-is-not-a-header", "Cervical facet joint injections\nIndication: right-sided neck "
     "pain, mild left lower neck pain.\n\nPerformed under fluoroscopy with the patient prone:\n- "
     "<j side=right>right C4-5</j> facet joint: 25g needle, posterior approach, arthrogram, 0.5 mL of\n  "
     "dexamethasone and bupivacaine mix;\n- right C5-6<j side=bilateral level=C5-C6></j> facet joint: same;\n- then "
     "the left side, C5-6 only: same technique, same mix.\n", {"kind": "facet_injection"}),
    ("side-marked-at-time-out", "TIME-OUT: correct patient, procedure C4-5 facet injection, side LEFT, site "
     "marked.\nThe side marked at time-out was prepped. Under fluoroscopy a 25g needle entered the "
     "<j side=left>C4-5</j> joint; 0.5 mL Kenalog mix injected.", {"kind": "facet_injection"}),
    ("affected-side-from-a-headerless-complaint", "Left low back pain, tender over the left L5-S1 facet.\nUnder "
     "fluoroscopy a 22g needle entered the <j side=left>L5-S1</j> joint on the affected side; 40 mg Kenalog "
     "injected.", {"kind": "facet_injection"}),
    ("treated-identically-on-the-opposite-side", "Facet injections. Prone, fluoro, 22g needles into the "
     "<j side=bilateral>L4-5</j> and <j side=bilateral>L5-S1</j> facet joints, 0.5 mL Kenalog mix each. Each level "
     "was then treated identically on the opposite side.", {"kind": "facet_injection"}),
    ("thermolesion-under-scopic-control", "Thermolesion by radiofrequency of the medial branches C4 and "
     "C5<j side=left level=C4-C5></j> on the left under scopic control, 80\u00b0C during 90 seconds.",
     {"kind": "radiofrequency_ablation", "guidance": "fluoroscopy"}),
    ("ecographic-guide-is-ultrasound", "Intra-articular infiltration of the <j side=right>right C5-6</j> "
     "zygapophyseal articulation under ecographic guide, 20 mg methylprednisolone.", {"guidance": "ultrasound"}),
    ("unanswered-bracket-pick-list", "Procedure: <j side=bilateral>Bilateral L4-5</j> facet injections\nIntent: "
     "[Diagnostic|Therapeutic]\nUnder fluoroscopy 22g needles into both L4-5 joints; 20 mg triamcinolone + 0.5 mL "
     "bupivacaine each.", {"intent": "therapeutic"}),
    ("risk-explained-is-not-done", "The risks were reviewed. I also mentioned that with heat lesioning there is a "
     "risk of skin numbness. The patient elected to proceed.\n<j side=left>Left C7-T1</j> intra-articular facet "
     "injection under fluoroscopy, 10 mg Kenalog.", {"kinds": ["facet_injection"]}),
    ("german-th-for-thoracic", "Radiofrequency denervation of the medial branches Th5 and Th6 right (facet joint "
     "<j side=right level=T6-T7>Th6/7</j>) under fluoroscopy, 85 \u00b0C for 90 s.",
     {"kind": "radiofrequency_ablation"}),
    ("unproofread-meet-tail-branch-and-door-sell-ramus", "Procedure colon left lumber meet tail branch blocks "
     "period using floor scopy the left L three and L four meet tail branches and the left L five door sell "
     "ramus<j side=left level=L4-L5,L5-S1></j> were blocked with bupivacaine period",
     {"kind": "medial_branch_block", "guidance": "fluoroscopy"}),
    ("unproofread-write-sided-fascist-joints", "write sided lumber fascist joint injections at L four five and L five "
     "S one<j side=right level=L4-L5,L5-S1></j> under floor scopy comma 40 milligrams Kenalog period",
     {"kind": "facet_injection"}),
    ("unproofread-ox-sip-it-all", "left third ox sip it all nerve block<j side=left level=C2-C3></j> under floor "
     "scopy with lidocaine period", {"kind": "medial_branch_block"}),
    ("unproofread-on-the-write-and-then-the-left", "the T seven eight<j side=bilateral level=T7-T8></j> fascist joints "
     "were injected on the write and then on the left under floor scopy with Kenalog period",
     {"kind": "facet_injection"}),
    ("identical-targets-on-the-left", "Right L2, L3, L4 medial branches and L5 dorsal ramus<j side=bilateral "
     "level=L3-L4,L4-L5,L5-S1></j> lesioned at 80 C for 90 s under fluoroscopy, then the identical four targets on "
     "the left side.", {"kind": "radiofrequency_ablation"}),
    ("procedure-section-above-not-today", "Procedure section (copied): Left L4-5 facet injection under fluoroscopy, "
     "40 mg Kenalog.\nAddendum: The procedure section above was copied from the visit of 02/03 and does not "
     "describe today's visit. Office follow-up only.", {"kinds": []}),
    ("addendum-no-thermal-lesions-pulsed-only", "Right L4-5 and L5-S1 radiofrequency ablation under fluoroscopy; "
     "cannulae at the right L3, L4 MB and L5 DR.\nAddendum: the generator ran in pulsed mode at every site. No "
     "thermal/continuous lesions were made; this was pulsed radiofrequency only.", {"kinds": []}),
    ("correction-denies-a-level-of-another-region", "Procedure: right T1-2 facet joint injection under fluoroscopy, "
     "triamcinolone 20 mg.\nAddendum 04/02: Corrected procedure: the joints injected were right <j side=right>C6-7"
     "</j> and right <j side=right>C7-T1</j>, not T1-2; the template opened on the thoracic entry.", {}),
    ("correction-side-carried-over-named-wrong", "Procedure: Left <j side=right>L4-5</j> facet joint injection under "
     "fluoroscopy with 40 mg Kenalog.\nLate entry: the laterality above is incorrect - left was carried over from the "
     "previous visit. The injection was done on the RIGHT.", {}),
    ("correction-quoted-levels-carried-forward", "Levels: L2-S1   Side: Right\nUnder fluoroscopy the right "
     "<j side=right>L4-5</j> and <j side=right>L5-S1</j> facet joints were injected with dexamethasone.\nQuery: were "
     "the upper joints done? Response: Right L2-3 and L3-4 were NOT injected. \"L2-S1\" was carried forward from the "
     "order template.", {}),
    ("addendum-withdrawn-by-a-later-addendum", "Right <j side=right>L3-4</j> and <j side=right>L4-5</j> medial "
     "branch blocks, fluoroscopy, bupivacaine 0.5% (L2, L3 and L4 medial branches).\n\nAddendum #1 (05/06): Side "
     "should read LEFT.\n\nAddendum #2 (05/08): Disregard addendum #1; it was written on the wrong chart. The blocks "
     "were right-sided as dictated.", {}),
    ("unproofread-dictation-heard-by-sound", "procedure colon right lump bar meddle branch block period new paragraph "
     "under flora scopy comma needles at the right <j level=L4-L5,L5-S1 side=right>L three and L four meddle branches "
     "and the L five door sal Ramos</j> period light a cane 1 percent for skin comma Beauvais cane 0.5 percent half a "
     "cc at each period diagnostic block period", {"guidance": "fluoroscopy", "kind": "medial_branch_block"}),
    ("unproofread-dictation-spoken-region-letters", "by lateral meddle branch blocks at <j level=T12-L1,L1-L2 "
     "side=bilateral>tea eleven and tea twelve and L one</j> period under floral scopy period light a cane only "
     "comma diagnostic period new line", {"guidance": "fluoroscopy"}),
    ("unproofread-dictation-see-tea-guided", "write <j side=right>L5 S1</j> facet joint injection see tea guided "
     "period patient colon prone in the gantry period deep O metrol 40 milligrams comma no complication period",
     {"guidance": "ct"}),
    ("repeat-on-a-side-at-the-same-nerves", "PROCEDURE PERFORMED: Bilateral L2, L3 and L4 medial branch "
     "radiofrequency ablation under fluoroscopy.\nDESCRIPTION: With oblique views the SAP-transverse process "
     "junctions at L3, L4 and L5 on the left were marked. RF cannulas were placed along the <j level=L3-L4,L4-L5 "
     "side=bilateral>L2, L3 and L4 medial branches</j> and lesions made at 80 C for 90 seconds.\nThe identical "
     "procedure was then performed on the right side at the same three medial branches.", {}),
    ("void-wrong-patient-chart", "Procedure: Left L4-5 and L5-S1 facet joint injections under fluoroscopy with "
     "Depo-Medrol 40 mg.\n\nADDENDUM 07/09: This procedure note was entered into the chart of the wrong patient and "
     "has been moved. Please disregard in its entirety.", {"kinds": []}),
    ("void-template-text-that-did-not-happen", "Procedure: Right L3-4 and L4-5 facet injections, fluoroscopy, "
     "Kenalog 40 mg.\nAddendum: the case was stopped in the holding area for a blood pressure of 210/115. The above "
     "procedure text was pre-populated from the template and did not happen.", {"kinds": []}),
    ("void-not-an-original-note-with-an-amendment", "AMENDED NOTE: The original note is voided because the level "
     "was wrong. Under fluoroscopy the right "
     "<j side=right>L4-5</j> facet joint was injected with 20 mg triamcinolone.", {}),
    ("correction-misdictated-side-read-every", "Targets: R L4 MB, R L5 dorsal ramus. Fluoroscopy. Bupivacaine 0.5% "
     "0.5 mL per target. Diagnostic block; diary given.\nADDENDUM: side was mis-transcribed. Please read each \"R\" "
     "above as \"L\" (<j level=L5-S1 side=left>left</j> sided pain, left consent).", {}),
    ("landmark-only-no-imaging", "Bilateral <j side=bilateral>L4-5</j> facet joint injections in clinic, no "
     "imaging. The patient declined to go to the fluoro suite because of claustrophobia. Landmarks palpated, needles "
     "walked to the joints by feel, landmark only; 40 mg triamcinolone.", {"guidance": "none"}),
    ("ct-localiser-ends-its-own-list-item", "Right thoracic medial branch blocks under CT guidance. CT localiser, "
     "<j level=T9-T10,T10-T11 side=right>right T8, T9 and T10 medial branches</j> targeted at the transverse "
     "processes, bupivacaine 0.5% each; diagnostic.", {"guidance": "ct"}),
    ("latin-nerve-and-dutch-fluoroscopy", "Performance: diagnostic block, prone. Under doorlichting the ramus "
     "medialis <j level=L4-L5,L5-S1 side=right>L3, L4 and L5 at the right side</j> blocked with 0,5 mL "
     "bupivacaine 0,5% each.", {"guidance": "fluoroscopy", "kind": "medial_branch_block"}),
    ("repeat-same-cannulas-after-the-side", "L4-5 RFA under fluoroscopy. On the right, RF cannulas at the "
     "<j level=L4-L5 side=bilateral>L3 and L4 medial branches</j>, lesions at 80 C for 90 s. On the left side same "
     "two cannulas.", {}),
    ("dictated-ct-with-spaced-letters", "procedure colon right L5 S1 facet joint injection under C. T. guidance period "
     "patient prone on the C. T. table comma needle into the right <j side=right>L5-S1</j> joint period "
     "Depo-Medrol 40 milligrams period", {"guidance": "ct"}),
    ("repeat-the-same-three-on-a-side", "Diagnostic medial branch blocks under fluoroscopy: needles at the T12 "
     "and L1 transverse processes for the <j level=T12-L1,L1-L2 side=bilateral>T11 and T12 medial branches and at "
     "the L2 transverse process for the L1 medial branch</j> on the right and then the same three on the left. "
     "Lidocaine 2% 0.5 mL at each.", {}),
    ("dictated-level-digit-then-spoken-sacrum", "procedure colon <j level=L4-L5,L5-S1 side=none>L4 5 and L5 S one"
     "</j> medial branch blocks period diagnostic period under flora scopy period lidocaine at each target period",
     {"kind": "medial_branch_block"}),
    ("dictated-drug-in-pieces", "procedure colon left <j side=left>T7 8</j> facet joint injection CT guided period "
     "needle into the joint period 0.5 cc of tri am cinolone 40 milligram and bupivacaine period no complication "
     "period", {"intent": "therapeutic", "guidance": "ct"}),
    ("side-by-reference-to-an-imaging-finding", "Clinical: MRI shows a synovial cyst arising from the left L5-S1 "
     "facet. Referred for injection.\nTechnique: under CT a 22g needle was advanced into the <j side=left>L5-S1</j> "
     "facet joint on the side of the cyst; 40 mg triamcinolone injected.", {"guidance": "ct"}),
    ("side-by-reference-resolved-from-the-time-out-only", "Time-out: correct patient, RIGHT side, levels L4-5 and "
     "L5-S1.\nProcedure: RF ablation on the affected side, <j level=L4-L5,L5-S1 side=right>L3, L4 medial branches "
     "and L5 dorsal ramus</j>. Fluoroscopy. Lesions 80 C x 90 s.", {}),
    ("same-side-as-the-previous-rfa-after-blocks-on-the-other", "History: left L4-5 RFA 05/2023 with good relief. "
     "Right L3, L4 MBBs 01/2025, concordant.\nProcedure: repeat RF neurotomy, same side as the previous RFA: "
     "<j level=L4-L5,L5-S1 side=left>L3, L4 medial branches and L5 dorsal ramus</j>. Fluoro, 80 C x 90 s each.", {}),
    ("bad-side-with-the-other-side-unremarkable", "She has had the same right neck ache since 2021. She calls the "
     "right her \"bad side\"; turning to the right reproduces it. Left side unremarkable.\nProc: intra-articular "
     "facet injections, <j side=right>C4-5</j> and <j side=right>C5-6</j>, her bad side. C-arm, 25g needles, Kenalog "
     "20 mg per joint.", {}),
    ("side-marked-with-an-arrow", "Time-out: site marked on the left (arrow), confirmed by patient.\nProcedure: RF "
     "ablation of the <j level=L5-S1 side=left>L4 medial branch and L5 dorsal ramus</j> on the side marked with the "
     "arrow. Fluoroscopy, 80 C x 90 s.", {}),
    ("contralateral-as-a-list-key", "Procedure: RFA under fluoroscopy.\n- right: <j level=L3-L4 side=right>"
     "L2, L3, L4 medial branches</j>\n- contralateral: <j level=L4-L5 side=bilateral>L3 and L4 medial branches</j> only"
     "\nLesions 80 C x 90 s at each of 5 targets.", {}),
    ("other-side-as-well", "Procedure: <j side=bilateral>L4/5</j> and <j side=bilateral>L5/S1</j> intra-articular "
     "facet injections on the left, and at the patient's request the contralateral side as well. Fluoroscopy, "
     "Kenalog 10 mg per joint.", {}),
    ("table-row-with-only-its-level-and-side", "Cervical facet injections under fluoroscopy.\n| Joint | Side | "
     "Entered | Drug |\n|-------|------|---------|------|\n| <j side=right>C4-C5</j> | R | yes | Kenalog 20 mg |\n"
     "| C5-C6 | R | - | - |\n", {}),
    ("aligned-table-row-with-only-its-level-and-side", "CT-guided facet injection.\n\n  Joint    Side   Entered   "
     "Injectate\n  <j side=left>L3-L4</j>    L      yes       Depo-Medrol 40 mg\n  L4-L5    L      n/a       --\n",
     {"guidance": "ct"}),
    ("thermal-lesion-none-in-cells", "PULSED RADIOFREQUENCY - LEFT LUMBAR MEDIAL BRANCHES\nFluoroscopic placement, "
     "20g cannulas.\n\nTarget   Side  Mode     Temp\nL4 MB    L     pulsed   42 C\nL5 DR    L     pulsed   42 C\n"
     "Thermal lesion: none / none\n\nCovers left L4-5 and L5-S1. Tolerated.", {"kinds": []}),
    ("ocr-rn-for-m-and-cl-for-d", "PROCEDURE: Right lumbar rnedial branch block, diagnostic\nNerves: <j "
     "level=L4-L5,L5-S1 side=right>right L3, L4 rnedial branches and right L5 clorsal rarnus</j>\nGUIDANCE: "
     "Fluoroscopy\n0.5% bupivacaine 0.5 rnL per target.", {"kind": "medial_branch_block"}),
    ("ocr-l-for-1-in-a-date", "Patient: Smith, J   DOB: l2/03/l962   DOS 03/l9/2024\nRight <j side=right>L4-5</j> "
     "facet joint injection under fluoroscopy, Kenalog 40 mg.", {}),
    ("key-value-continued-on-an-aligned-line", "Procedure: Lumbar MBB, diagnostic\nTargets:  RIGHT - <j "
     "level=L3-L4 side=right>L2, L3, L4 medial branches</j>\n          LEFT  - <j level=L4-L5 side=bilateral>L3, L4 "
     "medial branches</j>\n"
     "Guidance: fluoroscopy\nProcedure: prone, needles to the SAP/TP junctions, bupivacaine at all five targets.", {}),
    ("finding-side-beside-an-unremarkable-side", "MRI 12/2024: right L4-5 facet synovial cyst with effusion; left "
     "side facets unremarkable.\nWe injected the <j side=right>L4-5</j> facet on the side of the cyst under "
     "fluoroscopy; 40 mg triamcinolone.", {}),
    ("tender-side-glossed-and-named-as-the-side", "Tender side is the left, from L3 down to L5. Right non-tender.\n"
     "Diagnostic MBB, tender side: <j level=L4-L5,L5-S1 side=left>L3, L4 medial branches and L5 dorsal ramus</j> "
     "under fluoroscopy, bupivacaine 0.5 mL each.", {"guidance": "fluoroscopy"}),
    ("log-done-line-after-a-booked-line", "0930 RM1  Okafor T.\nBooked: bilat L3-4, L4-5 facet IA.\nDone: R "
     "<j side=right>L3-4</j>, R <j side=bilateral>L4-5</j>, L L4-5.  L L3-4 - could not enter jt, abandoned.\n"
     "kenalog 40 + bupi. fluoro. tol ok.", {}),
    ("mbb-range-down-to-the-sacrum-names-joints", "Proc note\n\nbilat <j level=L3-L4,L4-L5,L5-S1 side=bilateral>"
     "L3-S1</j> MBB, diagnostic #1\nfluoro, prone, prep\nbilat targets: L2, L3, L4 MB + L5 DR = 8 needles\n0.5cc 2% "
     "lidocaine each, no steroid", {}),
    ("dictated-lift-for-left", "procedure colon lift serve a cool facet joint injection period under floral scopy the "
     "lift <j side=left>C five six</j> joint was entered period 20 milligrams of Kenalog period no complications "
     "period new paragraph", {"guidance": "fluoroscopy"}),
    ("dictated-nerve-heard-in-pieces", "procedure colon write third ox sip Idle nerve block period under floral scopy "
     "three needles across the write C two three joint for the third ox sip Idle nerve period lidocaine only comma "
     "diagnostic period new paragraph <j level=C2-C3 side=right>write TON</j>", {"kind": "medial_branch_block"}),
    ("dictated-media-branch-blocks", "procedure colon write <j level=L4-L5,L5-S1 side=right>L3 L4 media branch blocks "
     "and L5 dorsal ramus</j> block period floral scopy period lidocaine each period diagnostic block period", {}),
    ("void-wrong-date-in-full", "VOID - WRONG DATE OF SERVICE\nThis 03/04 note is voided in full; the procedure took "
     "place on 03/11 and is documented there.\n\n[voided text]\nLeft L4-5 facet injection under fluoroscopy, Kenalog "
     "40 mg.", {"kinds": []}),
    ("imaging-box-checked-in-error", "Procedure: bilateral <j side=bilateral>L4-5</j> facet joint injections, 40 mg "
     "Kenalog.\nTemplate: [x] fluoroscopy [ ] CT [ ] ultrasound\nAddendum: correction - the fluoroscopy box was "
     "checked in error. Done in the exam room with no imaging of any kind (landmark technique).", {"guidance": "none"}),
    ("kind-corrected-to-a-look-alike", "Procedure: left L5-S1 facet injection with fluoroscopic guidance.\nOblique "
     "fluoroscopic view, 22 g needle, contrast spread in the joint, 40 mg Kenalog with 1 mL bupivacaine.\n\nLate entry "
     "/ correction: The procedure was a LEFT SACROILIAC JOINT injection, not an L5-S1 facet injection. The needle "
     "entered the left SI joint under fluoroscopy.", {"kinds": []}),
    ("pre-procedure-is-not-the-procedure", "Procedure: bilateral L4-L5, L5-S1 RFA\nGuidance: fluoroscopy\nNerves "
     "lesioned: <j level=L4-L5,L5-S1 side=bilateral>L3 MB, L4 MB, L5 dorsal ramus, both sides</j>\nParameters: 80 C / "
     "90 s\n\nAddendum: Recovery pain score was omitted: 3/10 at discharge (pre-procedure 7/10). No other changes.",
     {}),
    ("aside-about-earlier-blocks-claims-no-levels", "THORACIC RADIOFREQUENCY NEUROTOMY\n\n<j level=T8-T9,T9-T10 "
     "side=right>Right T7, T8 and T9 medial branches</j> lesioned under fluoroscopy for right T8-9 and T9-10 facet "
     "pain (two prior positive thoracic MBBs). 80 C x 90 s.", {}),
    ("dictated-loft-and-rite-and-el", "procedure colon loft sided lamb bar meat ial branch block comma diagnostic "
     "period under sea arm guidance needles to the loft <j level=L4-L5,L5-S1 side=left>el three and el four meat ial "
     "branches and the el five doors all ray mess</j> period lidocaine each comma nothing on the rite period", {}),
    ("dictated-joints-with-spoken-letters", "facet joint injection loft side under see tea guidance period the loft "
     "<j level=T7-T8,T8-T9 side=left>tea seven tea eight and tea eight tea nine</j> joints were marked period twenty "
     "milligram deep oh med roll in each joint period new paragraph", {"guidance": "ct"}),
    ("no-facet-joint-was-injected-after-a-correction", "Procedure: right L5-S1 facet joint injection under "
     "fluoroscopy, 40 mg triamcinolone.\n\nCorrection: the procedure was mislabeled in the original note. The "
     "procedure actually performed was a RIGHT SACROILIAC JOINT injection. No facet joint was injected.",
     {"kinds": []}),
    # --- session 17: dictation's spoken levels and heard sides, ESL cognates, form grids and codes ------------
    ("spoken-ess-one", "procedure colon right lumbar facet injection period patient prone period under fluoroscopy "
     "comma the rite <j side=right>el five ess one</j> joint was entered and injected with kenalog forty period "
     "no complications period end of dictation", {"guidance": "fluoroscopy"}),
    ("spoken-comma-between-levels", "procedure colon thoracic radiofrequency ablation right side period under "
     "fluoroscopy the cannulas were placed at the superolateral corner of the <j level=T4-T5,T5-T6 side=right>tea "
     "four comma tea five and tea six transverse processes</j> on the right period lesioned at eighty degrees for "
     "ninety seconds period end of dictation", {"kind": "radiofrequency_ablation"}),
    ("heard-sides-and-the-loft", "procedure colon lumbar facet joint injections period under fluoroscopy comma prone "
     "comma the <j side=bilateral>el three four</j> joint was entered on the rite and the loft period each got "
     "kenalog period no complications period end of dictation", {}),
    ("heard-side-before-heard-letter", "procedure colon cervical facet injection period under fluoroscopy comma "
     "the loft <j side=left>see four five</j> joint was injected with kenalog period tolerated well period "
     "end of dictation", {}),
    ("dictated-letter-with-full-stop", "Procedure: right cervical medial branch blocks. Under fluoroscopy the right "
     "<j level=C4-C5 side=right>C. four and C. five medial branches</j> were blocked with bupivacaine only.", {}),
    ("repeat-side-after-header-levels", "procedure: rt lumbar radiofrequency ablation L3-4 and L4-5 then same on the "
     "left.\nunder fluoroscopy the rt <j level=L3-L4,L4-L5 side=bilateral>L2, L3 and L4 medial branches</j> were "
     "lesioned at 80 degrees. then the same procedure was repeated on the left side.", {}),
    ("same-at-the-other-side-present-tense", "Action: radiofrequency ablation medial branch lumbar. With the C-arm "
     "the RF needle is directed to the <j level=L4-L5,L5-S1 side=bilateral>medial branch L3, L4 and L5</j> at the "
     "right side, after that same at the left side. Lesion 80 C during 90 seconds each point.", {}),
    ("cognate-words", "Action: Injeksi facet intraartikular lumbal, right side <j side=right>L4-5</j>. With the "
     "C-arm the needle entered the joint, contrast intraarticular. Injected Kenalog 40 mg.",
     {"kind": "facet_injection", "guidance": "fluoroscopy"}),
    ("facetary-joints", "Intervention: infiltration of the facetary joints <j side=bilateral>L4-L5</j>, bilateral, "
     "under radioscopy, with Depo-Medrol 40 mg.", {"kind": "facet_injection"}),
    ("level-columns-aligned-by-spaces", "Procedure: lumbar medial branch block, diagnostic\n"
     "Imaging:  [X] FL  [ ] CT  [ ] US\n"
     "Joint grid:    L3-4  <j side=right>L4-5</j>  <j side=bilateral>L5-S1</j>\n"
     "   Right       [ ]   [X]   [X]\n"
     "   Left        [ ]   [ ]   [X]\n"
     "Bupivacaine 0.5% 0.5 mL per target.", {"guidance": "fluoroscopy", "kind": "medial_branch_block"}),
    ("boxes-answered-y-n", "Procedure    MBB [Y]   Facet IA [N]   RFA [N]\nGuidance     Fluoro [Y]  CT [N]  US [N]\n"
     "Levels       <j side=right>L4-L5</j> [Y]  <j side=right>L5-S1</j> [Y]\nSide         Right [Y]  Left [N]\n"
     "Drug: lidocaine 1%, 0.5 mL per nerve.", {"guidance": "fluoroscopy", "kind": "medial_branch_block"}),
    ("guidance-code-fl", "PROC: RFA   REGION: LUMB   LAT: R   GUID: FL\nJOINTS: <j side=right>L4-5</j>, "
     "<j side=right>L5-S1</j>\nCOMMENT: lesions completed at 80 C, tolerated well.", {"guidance": "fluoroscopy"}),
    ("comment-aborted", "PROC: RFA   REGION: LUMB   LAT: R   GUID: FL\nJOINTS: L4-5, L5-S1\n"
     "COMMENT: ABORTED. Patient had a vasovagal episode before skin prep; no needles placed.", {"kinds": []}),
    ("bare-check-marks", "\u2713 Consent   \u2713 Time-out   \u2713 Fluoroscopy\n"
     "Procedure: \u2713 facet joint (intra-articular)   \u2610 medial branch   \u2610 RF\n"
     "Levels:  \u2713 <j side=bilateral>L4-5</j> R  \u2713 L4-5 L  \u2610 L5-S1 R  \u2610 L5-S1 L\n"
     "Drug: Kenalog 40 mg with bupivacaine.", {"kind": "facet_injection"}),
    ("done-not-done-columns", "TYPE: MBB   IMG: FL   LAT: RT   INTENT: DX\n\n"
     "RIGHT             Done   Not done\n  <j level=C4-C5 side=right>C4 MB            X\n  C5 MB            X</j>\n"
     "  C6 MB                    X\n\nBupivacaine 0.5%, 0.3 mL per nerve.", {"kind": "medial_branch_block"}),
    ("row-side-keys", "PROC: FACET-IA   REGION: CERV   IMG: CT\nLVL: <j side=right>C56</j>   SIDE: R   DONE: Y\n"
     "LVL: <j side=left>C67</j>   SIDE: L   DONE: Y\nLVL: C45   SIDE: R   DONE: N\n"
     "INJ: dexamethasone 4 mg per joint", {"guidance": "ct"}),
    ("side-code-b", "TYPE: FACET-TX\nIMG: CT\nLVL: <j side=bilateral>L45</j>\nSIDE: B\nMED: Kenalog 40 mg\nDONE: Yes",
     {"kind": "facet_injection", "guidance": "ct"}),
    ("yes-no-status-column", "CERVICAL MBB FORM\nSIDE: R   IMG: FLUORO\n Nerve  Y/N\n C5      N\n"
     " <j level=C6-C7 side=right>C6      Y\n C7      Y</j>\nAgent: lidocaine 2%, 0.4 mL per nerve", {}),
    ("procedure-done-answered-no", "PROCEDURE TYPE:  [X] Medial branch block     IMAGING: [X] Fluoroscopy\n"
     "LEVEL GRID     RIGHT  LEFT\n  L3-4         [X]    [X]\n  L4-5         [X]    [X]\n"
     "Procedure done:  Yes [ ]  No [X]\nComments: blood pressure too high, sent home.", {"kinds": []}),
    ("procedure-performed-blank-none", "Booked procedure: L4-5 and L5-S1 bilateral facet joint injections, "
     "fluoroscopic\n08:10 BP 210/115, consultant informed.\nProcedure performed: ___ NONE ___\n"
     "08:40 discharged, to see GP about blood pressure.", {"kinds": []}),
    ("placed-on-my-list", "Dear Dr Hale,\n\nThank you for referring this man with axial low back pain. I have "
     "placed him on my list for bilateral L4/5 and L5/S1 facet joint injections under X-ray guidance, and will "
     "review him afterwards.\n\nYours sincerely", {"kinds": []}),
    ("pulsed-only-correction", "Procedure: right L4-5 and L5-S1 radiofrequency ablation. Fluoroscopy. Cannulae at "
     "the right L3 and L4 medial branches and L5 dorsal ramus.\n\nADDENDUM: because of the pacemaker we used pulsed "
     "radiofrequency only (42 C, 2 Hz, 120 s). No thermal (continuous) lesions were made. The procedure should not "
     "be billed as a thermal RFA.", {"kinds": []}),
    ("plan-line-keyed-today", "S: right low back pain.\nA: lumbar facet pain.\nP: Today: right <j side=right>L4-5"
     "</j> facet injection. Fluoroscopic guidance; 40 mg Kenalog with bupivacaine.",
     {"guidance": "fluoroscopy", "kind": "facet_injection"}),
    ("if-positive-block-then-rfa", "PROCEDURE NOTE\nDiagnostic medial branch block, <j level=L4-L5,L5-S1 side=left>"
     "left L3, L4 medial branches and left L5 dorsal ramus</j>. Fluoroscopic guidance. Bupivacaine 0.5 mL each.\n"
     "If positive, second block then left RFA.", {"kinds": ["medial_branch_block"]}),
    ("next-line-is-a-plan", "TYPE: FACET-TX   IMG: FLUORO   SIDE: L\nJOINT 1: <j side=left>C5-C6</j>   DONE: Y\n"
     "MED: dexamethasone 5 mg\nNEXT: if under 50% relief, diagnostic MBB then RFA.", {"kinds": ["facet_injection"]}),
    ("bright-and-cleft", "procedure colon lumbar facet injections period under fluoroscopy comma needles into "
     "bright <j side=right>L3 4</j> comma then bright and cleft <j side=bilateral>L4 5</j> period each got kenalog "
     "period end of dictation", {}),
    ("scout-that-localised-the-joint", "Procedure: cervical facet injection under CT guidance. A scout and thin cuts "
     "localized the right <j side=right>C5-6</j> facet joint; a 22 gauge needle was advanced into the joint and "
     "dexamethasone 10 mg injected.", {"guidance": "ct"}),
    ("named-target-side-not-lesioned", "<j level=L3-L4 side=right></j><j level=L4-L5,L5-S1 side=bilateral></j>"
     "RF NEUROTOMY RECORD\nIMAGING: [X] Fluoro\nTARGET            R     L\n"
     "  L2 MB           [X]   [X]\n  L3 MB           [X]   [X]\n"
     "  L4 MB           [X]   [X]\n  L5 DR           [X]   [X]\nComments: L2 MB on the LEFT was not lesioned "
     "(no sensory threshold). All other targets lesioned at 80 C.", {"kind": "radiofrequency_ablation"}),
    ("blank-lines-after-side-options", "Procedure: thoracic facet joint injections\nLevels (check all that apply):\n"
     " T5-6 [ ]  <j>T6-7</j> [X]  <j>T7-8</j> [X]\nSide:  Right ___  Left ___  Bilateral ___\n"
     "Imaging: Fluoroscopy [X]  CT [ ]\nMedication: Kenalog 40 mg total", {"guidance": "fluoroscopy"}),
    ("requisition-status-scheduled", "RADIOLOGY REQUISITION\nRequested exam: CT guided facet injection, lumbar\n"
     "Protocol: approved. CT guided bilateral L4/5 facet injections, 40 mg Kenalog.\nStatus: Scheduled",
     {"kinds": []}),
    ("assembler-reads-the-heard-side", "procedure colon by lateral lumbar radio frequency ablation L4-5 and L5-S1 "
     "period\nunder fluoroscopy the write <j level=L4-L5,L5-S1 side=right>L3 and L4 medial branches and write L5 "
     "dorsal ramus</j> were lesioned at eighty degrees after lidocaine period\nthen she became very anxious and could "
     "not tolerate any more comma the lift side was not done comma we will bring her back with sedation",
     {"kind": "radiofrequency_ablation"}),
    ("homophone-before-a-misheard-word", "procedure colon rite lamb bar radio frequency ablation el three four and el "
     "four five then same on the loft period under fluoroscopy the rite <j level=L3-L4,L4-L5 side=bilateral>el two "
     "comma el three and el four medial branches</j> were lesioned period then the same procedure was repeated on "
     "the loft side period end of dictation", {}),
    ("side-grid-with-a-status-column", "Clinic: Eastside Pain   |   Form: FJ-02\n"
     "Procedure:  Lumbar facet joint injection, intra-articular\n"
     "Guidance:   (x) Fluoroscopy  ( ) CT\n\n Level  | Right | Left | Done?\n -------+-------+------+------\n"
     " <j side=bilateral>L4-5</j>   |   x   |  x   | Yes\n <j side=left>L5-S1</j>  |   x   |  x   | Yes\n\n"
     "Drug: Kenalog 40 mg divided among the joints.\nComment: R L5-S1 could not be entered (osteophyte); no "
     "medication delivered on that side at L5-S1.", {"kind": "facet_injection"}),
    ("as-discussed-in-clinic", "Dear Dr Marsh,\n\nI saw Mrs Kaur on my day-case list today. As discussed in clinic, "
     "I performed right <j side=right>C5/6</j> facet joint injection under X-ray guidance with 40 mg "
     "triamcinolone. There were no complications.\n\nYours sincerely", {"guidance": "fluoroscopy"}),
    ("if-response-then-neurotomy", "Clinic letter. My plan is to proceed to diagnostic right C5, C6 and C7 medial "
     "branch blocks under X-ray, and if he gets a good response on two occasions then radiofrequency neurotomy. He "
     "will be booked for my list.", {"kinds": []}),
    ("denervation-done-with-phenol", "PROCEDURE PERFORMED: Right L4-5 facet denervation (right L3, L4 medial "
     "branches), fluoroscopy.\nDESCRIPTION: Under fluoroscopy needles were placed at the right L3 and L4 medial "
     "branches and 0.5 mL of 6% aqueous phenol was injected at each site for chemical neurolysis.", {"kinds": []}),
    ("conventional-thermal-rf-beside-pulsed", "Lumbar RF - left conventional, right pulsed.\nFluoro. Left L3 MB, L4 "
     "MB, L5 DR: <j level=L4-L5,L5-S1 side=left></j>conventional thermal RF, 80 C 90 s after 1 mL lidocaine each.\n"
     "Right L4 MB and L5 DR: pulsed RF 42 C, 2 Hz, 120 s at each. No thermal lesions on the right.",
     {"kind": "radiofrequency_ablation"}),
    ("level-documented-in-error", "Procedure: bilateral L3-4 and L4-5 medial branch blocks, fluoroscopy, "
     "lidocaine only.\n\nATTENDING ATTESTATION: the levels blocked today were <j side=bilateral>L4-5</j> and "
     "<j side=bilateral>L5-S1</j> bilaterally, as on the saved images. \"L3-4\" was documented in error.", {}),
    ("terse-ia-after-level", "R <j side=right>l5s1</j> ia + R sij\nfluoro\n1) R l5-s1 jt, 22g, arthrogram ok -> "
     "1cc (20 kenalog + bupi)\n2) R sij -> 2cc (20 kenalog + bupi)", {"kind": "facet_injection"}),
    ("generic-technique-for-a-level", "Procedure: right cervical medial branch blocks under fluoroscopy, "
     "<j level=C4-C5 side=right>right C4 and C5 medial branches</j>. Technique: for C3 to C6 the medial branch lies "
     "at the waist of the articular pillar. For a C7 block the needle tip is positioned higher, over the superior "
     "articular process. For a C8 block the needle is placed where the T1 transverse process meets its superior "
     "articular process. Bupivacaine 0.5% 0.5 mL at each nerve.", {}),
    # --- session 18: forms of four more vendors, ambulatory surgery records, dictation without spoken marks --
    # (form-default-corrected and temperature-c-is-no-level are guards: they pass at the session's start)
    ("form-region-code-after-procedure-code", "PROC: RFA-L      LAT: RT      GUIDANCE: FLUORO\nLEVELS: "
     "<j side=right>L3/4</j> [X]   <j side=right>L4/5</j> [X]\nLesions 80 C x 90 s each after lidocaine.\n"
     "STATUS: Done", {"kind": "radiofrequency_ablation", "guidance": "fluoroscopy"}),
    ("form-lat-bil-code", "PROC: FJI      LAT: BIL      GUIDANCE: FLUORO\nLEVELS: <j side=bilateral>L5/S1</j> [X]"
     "\nSTEROID: Kenalog 40 mg split\nSTATUS: Done", {"intent": "therapeutic"}),
    ("form-cxl-status-no-needle", "PROC: FJI      LAT: RT      GUIDANCE: FLUORO\nLEVELS: L4/5 [X]\n\nPROC STATUS: ** "
     "CXL - PRE-PROCEDURE **\nCOMMENT: INR 3.1 on arrival. Sent home, rebook in 2 weeks. No needle placed.", {}),
    ("side-grid-with-region-column", "MEDIAL BRANCH BLOCK, diagnostic, fluoroscopy, bupivacaine only\n\n"
     "REGION    JOINT     RT    LT\nLx        <j side=left>L3-4</j>                \u2713\nLx        "
     "<j side=left>L4-5</j>                \u2713\n", {"intent": "diagnostic"}),
    ("after-completion-of-the-right-side", "Procedure: right C4-C5 and C5-C6 medial branch radiofrequency ablation "
     "under fluoroscopy (<j level=C4-C5,C5-C6 side=right>right C4, C5 and C6 medial branches</j>), 80 C for 90 "
     "seconds. Bilateral was planned; however after completion of the right side the patient became nauseated and "
     "could not continue. The left side was not done and will be rebooked.", {}),
    ("ultrasound-called-off-sentence-before", "Attempted ultrasound-guided right <j side=right>L4-5</j> facet joint "
     "injection. The joint line could not be seen on ultrasound; converted to fluoroscopic guidance. The needle "
     "entered the joint and 40 mg triamcinolone was injected.", {"guidance": "fluoroscopy"}),
    ("spaced-chain-of-nerves", "<j level=C4-C5,C5-C6 side=right>C4 5 6 MBs RT</j>, dx block #1\nfluoro, 0.3 mL "
     "bupivacaine per nerve.", {"intent": "diagnostic"}),
    ("scheduled-key-line", "Scheduled: Right L3-4, L4-5, L5-S1 facet injections + Left L4-5, L5-S1 facet "
     "injections\n\nPROCEDURE NOTE\nUnder "
     "fluoroscopy a right <j side=right>L4-5</j> facet joint injection was performed with 40 mg Depo-Medrol. "
     "Tolerated well.", {}),
    ("radio-buttons-under-level-line", "LEVEL 1\n Level: <j side=right>C5-6</j>\n Side: (o) Right ( ) Left ( ) "
     "Bilateral\nLEVEL 2\n Level: <j side=left>C6-7</j>\n Side: ( ) Right (o) Left ( ) Bilateral\nProcedure: "
     "facet joint injection, fluoroscopy, dexamethasone 4 mg per joint.", {}),
    ("form-default-corrected", "Side: (o) Right ( ) Left ( ) Bilateral      [default]\nProcedure: facet joint "
     "injection under fluoroscopy, methylprednisolone 40 mg.\nNote: side field defaulted to Right; the injection "
     "was into the LEFT <j side=left>L4-5</j> joint only.", {}),
    ("answered-yes-per-side", "Procedure: medial branch block, fluoroscopy, lidocaine only, diagnostic.\n"
     "Target 1   Nerve: <j level=L4-L5 side=bilateral>L3 medial branch       Right: Yes   Left: Yes\nTarget 2   "
     "Nerve: L4 medial branch</j>       Right: Yes   Left: Yes", {}),
    ("interface-export-fields", "PROC|1|PROC^FJI^Facet joint injection|MOD^FL^Fluoroscopy\nTGT|1|JNT^L4/5^"
     "<j side=left>L4/5</j> facet|LAT^L^Left\nMED|1|RX^KEN^Kenalog 40 mg\nSTS|CMP^Completed",
     {"guidance": "fluoroscopy", "intent": "therapeutic"}),
    ("number-homophone-after-level", "dictation. right sided L3 L for and L5 medial branch blocks, diagnostic block "
     "number won, under fluoroscopy, bupivacaine only. <j level=L4-L5,L5-S1 side=right>right L3 L for and L5</j>",
     {}),
    ("temperature-c-is-no-level", "Right <j level=C5-C6,C6-C7 side=right>C5, C6 and C7 medial branches</j> lesioned "
     "under fluoroscopy at 80 degrees C for 90 seconds after 0.5 mL lidocaine.", {"kind": "radiofrequency_ablation"}),
    ("lesion-temperature-in-words", "left cervical RF\n<j level=C3-C4,C4-C5 side=left>left C3, C4 and C5 medial "
     "branches</j>\nC arm lateral views\ncannulas placed\nsensory and motor testing done\nlidocaine one mL each\n"
     "then lesions eighty degrees ninety seconds\ntolerated well", {"kind": "radiofrequency_ablation"}),
    ("correction-to-title", "PROCEDURE: Therapeutic right L4-5 facet injection\n\nCorrection to title: this was a "
     "diagnostic medial branch block, not a facet injection. <j level=L4-L5,L5-S1 side=right>Right L3 MB, L4 MB and "
     "L5 dorsal ramus</j> blocked under fluoroscopy with 0.5 mL bupivacaine each.", {"kind": "medial_branch_block"}),
    ("fluoroscopy-showed-is-guidance", "Fluoroscopy showed good access to the left joints. Left <j side=left>L4-5"
     "</j> facet joint entered, arthrogram confirmed, 0.5 mL lidocaine. Diagnostic injection, no steroid.",
     {"guidance": "fluoroscopy"}),
    ("procedure-aborted-without-verb", "Planned: 1. SI joint injection, right. 2. Right L4-5, L5-S1 medial branch "
     "blocks.\n\n1. SI joint injection done under fluoroscopy, 40 mg Kenalog.\n2. Before any needle for the blocks "
     "she became lightheaded and pale. Medial branch blocks aborted; will rebook next week.", {"kinds": []}),
    ("procedure-today-no-in-brackets", "FOLLOW-UP VISIT - smart form\nProcedure today? ....... Yes  [No]\n"
     "Plan (multi-select):\n  [x] Right L4-5, L5-S1 facet injections under fluoroscopy with Depo-Medrol\n"
     "  [ ] Physical therapy\n",
     {"kinds": []}),
    ("chosen-options-side-by-side", "Spine procedure wizard\nStep 1 - Procedure: Facet joint injection (selected)   "
     "Medial branch block   RFA\nStep 2 - Laterality: Left   Right (selected)   Bilateral\n"
     "Step 3 - Levels: L3-L4 | <j side=right>L4-L5</j> (selected) | L5-S1\n"
     "Step 4 - Imaging: CT   Fluoroscopy (selected)   Ultrasound\nStep 5 - Drug: Triamcinolone 40 mg (selected)\n",
     {"guidance": "fluoroscopy", "kind": "facet_injection"}),
    ("chosen-options-one-per-line", "PROCEDURE BUILDER\nTargets\n   L2 medial branch\n   "
     "<j level=L4-L5 side=left>L3 medial branch <<\n   L4 medial branch</j> <<\n   L5 medial branch\n"
     "Side\n   Left <<\n   Right\nGuidance\n   Fluoroscopy <<\n   CT\nBlock: medial branch block, lidocaine only <<\n",
     {"guidance": "fluoroscopy", "kind": "medial_branch_block"}),
    ("chosen-options-leading-arrow", "RF wizard\nProcedure: => Radiofrequency ablation\nTarget selection\n"
     "        C3 MB\n   =>   <j level=C4-C5 side=right>C4 MB\n   =>   C5 MB</j>\n        C6 MB\n"
     "Side: Right =>\nGuidance: => Fluoroscopy\n", {"kind": "radiofrequency_ablation"}),
    ("chosen-star-beside-empty-box", "Step 1 - Procedure\n  [ ] Facet intra-articular\n  [ ] Radiofrequency\n"
     "  [ ] Medial branch block *\nStep 2 - Nerves\n  C3 MB\n  <j level=C4-C5 side=left>C4 MB *\n  C5 MB *</j>\n"
     "  C6 MB\nStep 3 - Side\n  Left *\nStep 4 - Imaging\n  Fluoroscopy *\nStep 5 - Drug\n  Lidocaine 2% *\n"
     "  Depo-Medrol\n", {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("procedure-today-none-step", "Follow-up wizard\nStep 1 - Visit: post-procedure check (selected)\n"
     "Step 2 - Index procedure:\n   right L4-5, L5-S1 medial branch blocks, fluoroscopy, lidocaine\n"
     "Step 3 - Procedure today: None\nStep 4 - Next: repeat block with bupivacaine (selected)\n", {"kinds": []}),
    ("local-before-anaesthetic-is-skin", "Procedure: left <j side=left>L3-4</j> and <j side=left>L4-5</j> facet "
     "joint injections, flouro guided.\nprone, prep, local lidocaine. 22g needles into the joints under oblique "
     "fluoro, contrast confirmed, medication injected in each.\n", {"intent": "unknown"}),
    ("order-row-status-future", "ORDERS\n  Order                                   Status\n"
     "  Interlaminar ESI L5-S1                  Completed\n  Cervical MBB right C4-5, C5-6           Future\n\n"
     "PROCEDURE NOTE\nInterlaminar epidural steroid injection at L5-S1 under fluoroscopy, loss of resistance, "
     "dexamethasone 10 mg.\n", {"kinds": []}),
    ("identical-count-on-the-other-side", "procedure colon bilateral lumbar medial branch blocks.\nprone. under "
     "fluoroscopy, on the right, for the <j level=L4-L5,L5-S1 side=bilateral>L3, L4 medial branches and L5 dorsal "
     "ramus</j>, and then the identical three on the left. lidocaine only at each.\n",
     {"kind": "medial_branch_block"}),
    ("block-for-rfa-decision-making", "PROCEDURE: Left <j level=C4-C5 side=left>C4 and C5 medial branch blocks</j>, "
     "fluoroscopy.\nTechnique: 25 g needles to the left C4 and C5 articular pillar waists, 0.3 mL 0.5% bupivacaine at "
     "each. 2 mg dexamethasone added at his request; this is still a diagnostic block for RFA decision-making.\n",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("denial-then-colon-explanation", "Right lumbar RF neurotomy. Fluoroscopy. Cannulae along the <j level=L4-L5,L5-S1 "
     "side=right>right L3 and L4 medial branches and the right L5 dorsal ramus</j>, sensory and motor testing, "
     "lesions at 80 C for 90 s.\nThe L2 medial branch was not targeted: per the block record his positive blocks "
     "were L3, L4 and L5 only.\n", {"kind": "radiofrequency_ablation"}),
    ("target-obstructed-and-no-injection-at-it", "BILATERAL L4-5 AND L5-S1 MEDIAL BRANCH BLOCKS\nFluoroscopy. "
     "<j level=L4-L5 side=bilateral>L3 and L4 medial branches</j> blocked on both sides, and the <j level=L5-S1 "
     "side=right>right L5 dorsal ramus</j>. On the left the sacral ala target was blocked by a large iliac crest; no "
     "injection at the left L5 dorsal ramus. 2% lidocaine 0.5 mL at each target.\n",
     {"kind": "medial_branch_block", "intent": "diagnostic"}),
    ("scopy-and-introduced-until", "LUMBAR FACET AND SACROILIAC INFILTRATION\nIn the same act both infiltrations.\n"
     "1) With scopy, prone position. The needle 22G was introduced until the right <j side=right>L4-L5</j> facet, "
     "intra-articular position confirmed with contrast. Was injected 1 ml with 20 mg of triamcinolone.\n2) After, the "
     "right sacroiliac joint was entered and was injected 40 mg of triamcinolone.\n",
     {"guidance": "fluoroscopy", "kind": "facet_injection", "intent": "therapeutic"}),
    ("procedure-line-that-starts-the-account", "LUMBAR FACET INFILTRATION BILATERAL\n\nProcedure: Prone. Asepsis. With "
     "scopy we localize first the right <j side=bilateral>L3-L4</j> facet. Local anesthesia.\nNeedle introduced until "
     "the facet, contrast, injected bupivacaine with 40 mg methylprednisolone. The same for the right "
     "<j side=bilateral>L4-L5</j>.\n\nAfter the same procedure was realized in the left side, in the two levels.\n",
     {"kind": "facet_injection", "guidance": "fluoroscopy"}),
    ("nothing-performed-today", "Procedure form - PRE-AUTH WORKSHEET\nProcedure: Cervical medial branch blocks, right "
     "C4-5 and C5-6\nModality: Fluoroscopy\nPurpose: Diagnostic\nComments: form completed for the insurer. Nothing "
     "performed today.\n", {"kinds": []}),
    ("skipped-nerve-leaves-joint-not-covered", "Right thoracolumbar RFA. Fluoroscopy. <j level=T12-L1,L1-L2 "
     "side=right>Right T11, T12 and L1 medial branches</j> lesioned at 80 C x 90 s. T10 skipped, so T11-T12 not "
     "covered.\n", {"kind": "radiofrequency_ablation"}),
    ("positions-planned-on-the-image", "PROCEDURE PERFORMED: Left third occipital nerve radiofrequency neurotomy.\n"
     "TECHNIQUE: Under fluoroscopy, three lesion positions were planned along the <j level=C2-C3 side=left>left C2-3 "
     "joint line for the third occipital nerve</j>; cannulae placed, lesions at 80 C for 90 s each.\n",
     {"guidance": "fluoroscopy", "kind": "radiofrequency_ablation"}),
    ("only-this-joint-was-done", "Lumbar facet injection note, 08/12/2025, Dr Ames.\nPlanned bilateral L3 through S1 "
     "intra-articular facet joint injections with steroid, prone, prepped, time-out done, C-arm used, first needle "
     "placed into the <j side=right>right L3-4</j> joint with good arthrogram, Depo-Medrol 40 mg injected into that "
     "joint, as the second needle was being advanced toward the right L4-5 she had a vasovagal episode, the needle "
     "was withdrawn and the procedure was stopped, so only the right L3-4 joint was done today.\n",
     {"kind": "facet_injection"}),
    ("side-stopped-at-an-earlier-session", "Thoracic RF ablation, right side (second half).\nThe left T8-T9, T9-T10 "
     "was ablated on 12/02; the right side had been postponed that day because of hiccups. Today the right side "
     "only.\nFluoroscopy. Cannulae to the <j level=T8-T9,T9-T10 side=right>right T7, T8 and T9 medial branches</j>, "
     "80 C x 90 s lesions.\n", {"kind": "radiofrequency_ablation"}),
    ("only-this-joint-on-one-side", "Bilateral L4-5 and L5-S1 facet joint injections planned. Fluoroscopy. Right "
     "<j side=bilateral>L4-5</j> and <j side=right>L5-S1</j> entered, arthrogram, 20 mg Kenalog each. On the "
     "left, only L4-5 was injected: the joint below is ankylosed.\n", {"kind": "facet_injection"}),
    ("limbs-examined-are-not-a-side", "RADIOFREQUENCY PROCEDURE\n- Procedure: Lumbar radiofrequency neurotomy "
     "(completed)\n  - Nerves: L3 MB, L4 MB, L5 dorsal ramus\n  - Laterality: Left\n- Technique:\n  * fluoroscopic "
     "guidance, oblique views\n  * lesions 80 C x 90 s, <j level=L4-L5,L5-S1 side=left>two per nerve</j>\n"
     "- Post: ambulating, strength intact bilat LE\n", {"kind": "radiofrequency_ablation"}),
    ("outline-side-status-deferred", "LUMBAR RFA\n- Procedure: Lumbar RF neurotomy, L4-5 and L5-S1, bilateral staged\n"
     "  - Nerves: <j level=L4-L5,L5-S1 side=right>L3, L4 medial branches + L5 dorsal ramus</j>\n"
     "  - Laterality:\n    - Right (completed)\n    - Left "
     "(deferred) - staged, scheduled 04/01/2025\n- Technique:\n  * fluoro oblique, cannulas right side x3, lesion "
     "85 C x 90 s\n", {"kind": "radiofrequency_ablation"}),
    ("dictated-levels-cue-sound-alike", "patient procedure left lumbar radio free quincy ablation L four L five and L "
     "five S one then same on the right\nunder fluoro on the left the <j level=L4-L5,L5-S1 side=bilateral>L three "
     "and L four medial branch and L five dorsal ramus</j> lesion eighty degree ninety second after stim test and lie "
     "doe cane\nthen the same procedure was done on the right side\n", {"kind": "radiofrequency_ablation"}),
    ("dictated-r-f-is-not-right", "op report procedure left thoracic radio frequency ablation\nunder fluoro the R F "
     "probe place at the superolateral corner of the T eleven T twelve and L one transverse process for the <j "
     "level=T11-T12,T12-L1 side=left>T ten T eleven and T twelve medial branch</j> then lesion ninety second "
     "eighty degree each\n", {"kind": "radiofrequency_ablation"}),
    ("side-then-treated-identically", "Procedure: bilateral cervical RF ablation\nFluoroscopic guidance. Working first "
     "on the right, cannulae onto the lateral masses at <j level=C3-C4,C4-C5 side=bilateral>C3, C4 and C5</j> medial "
     "branches, lesions at 80 C for 90 s. The left side was then treated identically.\n",
     {"kind": "radiofrequency_ablation"}),
]


@pytest.mark.parametrize(("name", "markup", "expect"), CASES, ids=[c[0] for c in CASES])
def test_extraction(pipeline, name: str, markup: str, expect: dict[str, Any]) -> None:  # noqa: ANN001
    text, joints = parse(markup)
    procs = [p for p in pipeline(text)._.spinecode_procedures if p["kind"] != "other"]
    got = {(j["level"], j["side"]) for p in procs for j in p["joints"]}
    assert got == joints
    for field in ("guidance", "intent", "kind"):
        if field in expect:
            assert {p[field] for p in procs} == {expect[field]}, field
    if "kinds" in expect:  # the facet-family kinds found; [] for a note where none was done
        assert {p["kind"] for p in procs} == set(expect["kinds"])
    if "intents" in expect:  # procedures of different kinds, each with its own intent
        assert {p["kind"]: p["intent"] for p in procs} == expect["intents"]
    if "guidances" in expect:  # one kind in two regions, each under its own imaging
        assert {p["region"]: p["guidance"] for p in procs} == expect["guidances"]
    for p in procs:
        for e in p.get("evidence", []) + [e for j in p["joints"] for e in j.get("evidence", [])]:
            assert text[e["start"] : e["end"]] == e["text"]


def test_enough_cases() -> None:
    assert len(CASES) >= 80
