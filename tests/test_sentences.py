"""Sentence boundaries (nlp.pipeline.sentences.boundary_offsets): pure text in, sentence starts out."""

from __future__ import annotations

import pytest

from nlp.pipeline.sentences import boundary_offsets


def _sentences(text: str) -> list[str]:
    starts = [0, *boundary_offsets(text), len(text)]
    return [text[a:b].strip() for a, b in zip(starts, starts[1:], strict=False) if text[a:b].strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # terse notes start sentences in lower case after a word, a level or a parenthesis
        ("rt L4-5 FJI. tol well. f/u 2 wk.", ["rt L4-5 FJI.", "tol well.", "f/u 2 wk."]),
        ("level was C6-7, not C5-6. same side (L).", ["level was C6-7, not C5-6.", "same side (L)."]),
        ("done on the right (L = dictation error). no L side done.",
         ["done on the right (L = dictation error).", "no L side done."]),
        # ... but not after an abbreviation, a decimal or a list number
        ("approx. two mL injected", ["approx. two mL injected"]),
        ("0.5 mL bupivacaine at each", ["0.5 mL bupivacaine at each"]),
        ("1. right L4-5 MBB\n2. left L5-S1 MBB", ["1. right L4-5 MBB", "2. left L5-S1 MBB"]),
        # a hard-wrapped line goes on; a form's next key, with a colon or a dotted leader, does not
        ("Under fluoroscopy the needle was advanced to the junction of the right L4-L5\nfacet joint and "
         "contrast injected.", ["Under fluoroscopy the needle was advanced to the junction of the right L4-L5\n"
                                "facet joint and contrast injected."]),
        ("Injectate ......... dexamethasone 4 mg with bupivacaine 0.25% 2 mL, about 1 mL per nerve\n"
         "Procedure aborted ......... N",
         ["Injectate ......... dexamethasone 4 mg with bupivacaine 0.25% 2 mL, about 1 mL per nerve",
          "Procedure aborted ......... N"]),
        # dictation typed without full stops, a paragraph per line: each line is a sentence ...
        (_DICTATED := "history she had two prior diagnostic medial branch blocks at these nerves with 85 and 90 "
         "percent relief and she has done well since then so she comes today for ablation of the same nerves\n"
         "procedure in detail under fluoroscopy the cannulas were placed at the left L3 and L4 medial branches and "
         "the left L5 dorsal ramus",
         _DICTATED.split("\n")),
        # ... but in paragraphs that end with full stops, a long line without one going on in lower case was wrapped
        ("The patient was positioned prone on the table and the low back was prepped and draped in the usual "
         "sterile fashion\nwith chlorhexidine after consent was signed by the patient in the holding area.\n"
         "Fluoroscopy was used to identify the right L4-L5 and L5-S1 facet joints and needles were advanced into each "
         "joint in turn.",
         ["The patient was positioned prone on the table and the low back was prepped and draped in the usual "
          "sterile fashion\nwith chlorhexidine after consent was signed by the patient in the holding area.",
          "Fluoroscopy was used to identify the right L4-L5 and L5-S1 facet joints and needles were advanced into "
          "each joint in turn."]),
        # typed in lower case, a sentence may start with a level or a one-letter side
        ("right c3-4 facet injection completed. c5-6 not done.", ["right c3-4 facet injection completed.",
                                                                  "c5-6 not done."]),
        ("l side done. r l5-s1 aborted.", ["l side done.", "r l5-s1 aborted."]),
        # a note whose sentences start in capitals: a line going on in lower case, or with a parenthesis still
        # open, was wrapped, however short it is
        (_WRAPPED := "Procedure note. The blocks were booked for today.\nShe had taken apixaban this morning, so "
         "we did not\nproceed with the right L4-5 medial branch blocks.\nShe will be rebooked.\nRight L5-S1 "
         "facet injection (block\n#2) was done instead.\nDischarged home.",
         ["Procedure note.", "The blocks were booked for today.", "She had taken apixaban this morning, so we did "
          "not\nproceed with the right L4-5 medial branch blocks.", "She will be rebooked.", "Right L5-S1 facet "
          "injection (block\n#2) was done instead.", "Discharged home."]),
        # ... but a terse note's lines start in lower case and each is its own sentence
        ("Lumbar FJI.\nL L4/5 in, arthrogram ok.\nR L5/S1 stopped, NOT injected\ntotal kenalog 30 mg\nno cx.\n"
         "VSS.\nf/u 6 wk", ["Lumbar FJI.", "L L4/5 in, arthrogram ok.", "R L5/S1 stopped, NOT injected",
                            "total kenalog 30 mg", "no cx.", "VSS.", "f/u 6 wk"]),
        # ... and a long line's next line that opens with a needle gauge or a dose is the next step
        ("skipped the R C6-7 today since the MRI from last month shows it fused, C5-6 only done\n25 g, 0.5cc "
         "kenalog 10 ea", ["skipped the R C6-7 today since the MRI from last month shows it fused, C5-6 only done",
                          "25 g, 0.5cc kenalog 10 ea"]),
        ("Under fluoroscopy the needle was advanced toward the right L4-L5 facet joint, and we then used a\n22 g "
         "needle for the next level.", ["Under fluoroscopy the needle was advanced toward the right L4-L5 facet "
                                        "joint, and we then used a\n22 g needle for the next level."]),
        ("Fluoroscopic oblique view brought the left C4-5 facet into view. A 25-gauge needle entered it; Kenalog\n"
         "10 mg with 0.3 mL 1% lidocaine was injected into the joint.\nThe same was done at C5-6 with a second "
         "needle placed under the same oblique view.",
         ["Fluoroscopic oblique view brought the left C4-5 facet into view.", "A 25-gauge needle entered it; "
          "Kenalog\n10 mg with 0.3 mL 1% lidocaine was injected into the joint.", "The same was done at C5-6 with "
          "a second needle placed under the same oblique view."]),
        # a note typed with no capitals at all: any full stop and space ends a sentence, even before a hyphenated
        # word or a quote, but not on a table row
        ("pt laid prone and prepped, time-out held. c-arm aligned over the r l3-4 joint. \"no steroid\" per pt.",
         ["pt laid prone and prepped, time-out held.", "c-arm aligned over the r l3-4 joint.",
          "\"no steroid\" per pt."]),
        ("| 1 | third occipital n. (upper) | r | 80c x 90s |", ["| 1 | third occipital n. (upper) | r | 80c x 90s |"]),
        # a clause in capitals with a colon is not a header starting a sentence mid-line
        ("L3-L4 AND L4-L5 INJECTED. L5-S1 NOT DONE: SOLID FUSION, NO JOINT LINE SEEN.",
         ["L3-L4 AND L4-L5 INJECTED.", "L5-S1 NOT DONE: SOLID FUSION, NO JOINT LINE SEEN."]),
        # a note typed all in capitals: its wrapped lines go on as a note typed without capitals would
        ("PATIENT PLACED PRONE ON THE CT TABLE. WITHIN MINUTES HE DEVELOPED SEVERE BACK SPASM AND COULD NOT\n"
         "TOLERATE THE PRONE POSITION. NO LOCAL ANESTHETIC WAS GIVEN, NO NEEDLE WAS PLACED, NO MEDICATION\n"
         "INJECTED. PROCEDURE ABORTED.\n\nPLAN: DISCUSS ALTERNATIVES.",
         ["PATIENT PLACED PRONE ON THE CT TABLE.", "WITHIN MINUTES HE DEVELOPED SEVERE BACK SPASM AND COULD NOT\n"
          "TOLERATE THE PRONE POSITION.", "NO LOCAL ANESTHETIC WAS GIVEN, NO NEEDLE WAS PLACED, NO MEDICATION\n"
          "INJECTED.", "PROCEDURE ABORTED.", "PLAN: DISCUSS ALTERNATIVES."]),
        # a parenthesis opening the next line of a hard-wrapped sentence goes on with it
        ("Tolerated well; neck pain 7 -> 2. No facet block was\ndone today. If the axial pain is still there in\n"
         "six weeks, once the arm pain settles, we will look at facets\n(right C5-6, C6-7 MBB).",
         ["Tolerated well; neck pain 7 -> 2.", "No facet block was\ndone today.", "If the axial pain is still there "
          "in\nsix weeks, once the arm pain settles, we will look at facets\n(right C5-6, C6-7 MBB)."]),
        # an abbreviation ("mg.") at the end of a line longer than any wrap width ends its sentence there
        ("prone, prep, oblique views, 22g needles into right L4-5 and left L5-S1, contrast confirmed each, each joint "
         "got 1ml bupivacaine with 40 mg depo-medrol total 80mg.\nleft L4-5 not done pt has no pain there.",
         ["prone, prep, oblique views, 22g needles into right L4-5 and left L5-S1, contrast confirmed each, each joint "
          "got 1ml bupivacaine with 40 mg depo-medrol total 80mg.", "left L4-5 not done pt has no pain there."]),
    ],
)
def test_boundaries(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected
