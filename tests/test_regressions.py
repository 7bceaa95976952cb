"""Regression notes (tests/data/regressions/) written while probing how physicians write; each expected
line was checked by hand against coding-rules.md. Each note was once wrong or nearly wrong and was fixed as
a class of problem (side across a clause, drugs of another procedure, A/P sections, look-alike anatomy)."""

from __future__ import annotations

from pathlib import Path

import pytest

import nlp

DATA = Path(__file__).parent / "data" / "regressions"

EXPECTED = {
    'assessment-plan-performed-today': (['64493-50'], []),
    'cervical-ia-side-not-injected': (['64490-LT', '64491-LT'], []),
    'cervical-rfa-four-nerves': (['64633-LT', '64634-LTx2'], []),
    'esi-steroid-plus-mbb-local': (['64493-LT-KX', '64494-LT-KX'], ['NON_FACET_PROCEDURE']),
    'history-rfa-then-cervical-ia': (['64490-LT'], []),
    'ia-left-side-aborted': (['64493-RT', '64494-RT'], []),
    'mbb-header-facet-words-body-nerves': (['64493-50-KX', '64494-50-KX'], []),
    'mbb-sacral-ala-contralateral': (['64493-50-KX', '64494-50-KX'], []),
    'mbb-second-diagnostic-lidocaine': (['64493-50-KX', '64494-50-KX'], []),
    'rfa-other-side-planned': (['64635-RT', '64636-RT'], []),
    'rfa-template-dated-prior-blocks': (['64635-50', '64636-50'], []),
    'template-levels-side-after': (['64493-50', '64494-50'], []),
    'terse-us-nerve-list-comparative': (
        ['0216T-RT', '0217T-RT', '0218T-RT'], ['ULTRASOUND_NOT_COVERED']
    ),
    'tfesi-plus-facet-foramen-anatomy': (['64493-50'], ['NON_FACET_PROCEDURE']),
    'thoracic-ia-two-joints': (['64490-RT', '64491-RT'], []),
    'us-mbb-nerve-range': (
        ['0216T-RT', '0217T-RT', '0218T-RT'], ['ULTRASOUND_NOT_COVERED']
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_regression_note(name: str) -> None:
    lines, warnings = EXPECTED[name]
    record = nlp.suggest((DATA / f"{name}.txt").read_text(encoding="utf-8")).to_dict()
    got = [c["code"] + "".join("-" + m for m in c["modifiers"]) + (f"x{c['units']}" if c["units"] > 1 else "")
           for c in record["claim_lines"]]
    assert got == lines
    assert sorted({w["code"] for w in record["warnings"]}) == warnings


def test_every_note_has_an_expectation() -> None:
    assert sorted(p.stem for p in DATA.glob("*.txt")) == sorted(EXPECTED)
