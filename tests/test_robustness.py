"""The same note written another way gives the same joints and guidance: all in lower case (terse typists), all
in upper case (old transcription systems), or hard-wrapped at a narrower width (faxes, fixed-width exports).

Each note is written for this test. A transformation that changes what a coder would read is not used: wrapping
keeps every existing line break and only breaks long lines, as a printer or a fax does.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

# The transformations of benchmarks/robustness.py, loaded by path: an installed package is also named "benchmarks".
_SPEC = importlib.util.spec_from_file_location("spinecode_robustness",
                                               Path(__file__).resolve().parents[1] / "benchmarks" / "robustness.py")
_MODULE = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_MODULE)
TRANSFORMS = _MODULE.TRANSFORMS

R, L, B = "right", "left", "bilateral"

FLUORO, US = "fluoroscopy", "ultrasound"
NOTES: list[tuple[str, str, set[tuple[str, str]], str]] = [
    ("terse-letter-sides", "FJI R L4/5 + L L3/4, fluoro, 20mg kenalog each. 2 jts total.\nno cx, d/c home.",
     {("L4-L5", R), ("L3-L4", L)}, FLUORO),
    ("terse-bilateral-letter", "B C5-6 IA FJI under fluoro, dexa 4mg + 0.5cc bupi per jt. Tol well.",
     {("C5-C6", B)}, FLUORO),
    ("table-of-sides", "MBB today, dx #1\nSide | Nerve | Vol\n L    | L3 MB | 0.5\n L    | L4 MB | 0.5\n"
     " L    | L5 DR | 0.5\nFluoro, lido 2% only, no steroid.", {("L4-L5", L), ("L5-S1", L)}, FLUORO),
    ("ultrasound-abbreviated", "US-guided RT C4, C5, C6 MB blocks, ropi 0.5% 0.4cc each, dx blk #1.",
     {("C4-C5", R), ("C5-C6", R)}, US),
    ("form-answered-no", "Procedure: Left L5-S1 facet joint injection\nGuidance: Fluoroscopy\nProcedure aborted: No\n"
     "Medication: methylprednisolone 40 mg + 1 mL bupivacaine", {("L5-S1", L)}, FLUORO),
    ("sentence-after-a-level-list", "Right C3-4 and C4-5 facet injections under fluoroscopy with triamcinolone "
     "were completed. C5-6 not done, could not access.", {("C3-C4", R), ("C4-C5", R)}, FLUORO),
    ("dictated-with-a-side-not-done", "PROCEDURE: Bilateral L4-5 facet joint injections under fluoroscopy.\n\n"
     "The patient was placed prone and the skin was prepped with chlorhexidine in the usual sterile fashion. Under "
     "fluoroscopy the right L4-5 joint was entered with a 22-gauge spinal needle and an arthrogram was obtained; 1 "
     "mL of 0.25% bupivacaine with 20 mg of triamcinolone was injected. On the left the joint space was obliterated "
     "by a large osteophyte, and after three attempts without a needle in the joint the left side was abandoned "
     "and not injected.\n\nThe patient tolerated the procedure well.", {("L4-L5", R)}, FLUORO),
    ("dictated-plan-after-the-procedure", "Procedure: Left T12-L1 facet joint injection with fluoroscopic guidance and "
     "10 mg triamcinolone, completed without complication.\n\nPlan: if the relief from today's injection is brief, "
     "we will consider left T11 and T12 medial branch blocks and then radiofrequency ablation of those nerves at a "
     "later visit, after discussing it with her.", {("T12-L1", L)}, FLUORO),
]


@pytest.mark.parametrize("transform", TRANSFORMS)
@pytest.mark.parametrize(("name", "text", "joints", "guidance"), NOTES, ids=[n[0] for n in NOTES])
def test_same_joints_and_guidance_however_the_note_is_typed(  # noqa: PLR0913
    pipeline, name: str, text: str, joints: set, guidance: str, transform: str,  # noqa: ANN001
) -> None:
    procs = [p for p in pipeline(TRANSFORMS[transform](text))._.spinecode_procedures if p["kind"] != "other"]
    assert {(j["level"], j["side"]) for p in procs for j in p["joints"]} == joints
    assert {p["guidance"] for p in procs} == {guidance}
