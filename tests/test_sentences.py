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
    ],
)
def test_boundaries(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected
