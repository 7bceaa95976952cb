"""Table-driven mapper tests over facts (no NLP): coding-rules.md sections 1-6 under the three profiles.

Each scenario lists its procedures in a compact form and the expected lines per profile, derived by hand from
the rules. Procedures: "<kind> <guidance> <intent> <level>:<side> ..." with kind ia|mbb|rfa|prf|cryo|si|esi,
guidance F (fluoroscopy) C (CT) U (ultrasound) N (none), intent dx|tx|un, side B|R|L|- ; several procedures
are separated by ";". Lines are "code-mod-mod" with "xN" for units > 1.
"""

from __future__ import annotations

import pytest

from nlp.facts import Joint, Procedure
from nlp.levels import region_of
from nlp.mapper import load_profile, map_procedures

KINDS = {"ia": ("facet_injection", "facet_injection"), "mbb": ("medial_branch_block", "medial_branch_block"),
         "rfa": ("radiofrequency_ablation", "radiofrequency_ablation"), "prf": ("other", "pulsed_radiofrequency"),
         "cryo": ("other", "cryoneurolysis"), "si": ("other", "sacroiliac_joint_injection"),
         "esi": ("other", "interlaminar_epidural")}
GUIDANCE = {"F": "fluoroscopy", "C": "ct", "U": "ultrasound", "N": "none"}
INTENT = {"dx": "diagnostic", "tx": "therapeutic", "un": "unknown"}
SIDE = {"B": "bilateral", "R": "right", "L": "left", "-": None}


def procs(spec: str) -> list[Procedure]:
    out = []
    for part in spec.split(";"):
        words = part.split()
        kind, name = KINDS[words[0]]
        if kind == "other" and len(words) == 1:
            out.append(Procedure(kind, name, None, [], "fluoroscopy", "unknown"))
            continue
        joints = [Joint(w.split(":")[0], SIDE[w.split(":")[1]]) for w in words[3:]]
        regions = {region_of(j.level) for j in joints}
        for region in sorted(regions) or [None]:
            out.append(Procedure(kind, name, region, [j for j in joints if region_of(j.level) == region],
                                 GUIDANCE[words[1]], INTENT[words[2]]))
    return out


def lines(result) -> list[str]:  # noqa: ANN001
    return ["-".join([line.code, *line.modifiers]) + (f"x{line.units}" if line.units > 1 else "")
            for line in result.lines]


M, A, C = "medicare", "asc-facility", "cpt-commercial"
# (scenario id, procedures, {profile: (lines, warnings, needs_review)})
SCENARIOS = [
    ("ia-1-right", "ia F tx L4-L5:R", {
        M: (["64493-RT"], [], False), A: (["64493-RT"], [], False), C: (["64493-RT"], [], False)}),
    ("ia-1-bilateral-dx", "ia F dx L4-L5:B", {
        M: (["64493-50-KX"], [], False), A: (["64493-RT", "64493-LT"], [], False), C: (["64493-50"], [], False)}),
    ("mbb-2-bilateral-dx", "mbb F dx L4-L5:B L5-S1:B", {
        M: (["64493-50-KX", "64494-50-KX"], [], False),
        A: (["64493-RT", "64493-LT", "64494-RT", "64494-LT"], [], False),
        C: (["64493-50", "64494x2"], [], False)}),
    ("mbb-3-bilateral-dx", "mbb F dx L3-L4:B L4-L5:B L5-S1:B", {
        M: (["64493-50-KX", "64494-50-KX", "64495-50-KX"], ["THIRD_LEVEL_NOT_COVERED"], True),
        A: (["64493-RT", "64493-LT", "64494-RT", "64494-LT", "64495-RT", "64495-LT"], [], False),
        C: (["64493-50", "64494x2", "64495x2"], [], False)}),
    ("ia-4-right-once", "ia F tx L2-L3:R L3-L4:R L4-L5:R L5-S1:R", {
        M: (["64493-RT", "64494-RT", "64495-RT"], ["THIRD_LEVEL_NOT_COVERED"], True),
        A: (["64493-RT", "64494-RT", "64495-RT"], [], False), C: (["64493-RT", "64494-RT", "64495-RT"], [], False)}),
    ("ia-5-left-once", "ia F tx L1-L2:L L2-L3:L L3-L4:L L4-L5:L L5-S1:L", {
        M: (["64493-LT", "64494-LT", "64495-LT"], ["THIRD_LEVEL_NOT_COVERED"], True),
        C: (["64493-LT", "64494-LT", "64495-LT"], [], False)}),
    ("ia-ct-cervical", "ia C tx C5-C6:L", {
        M: (["64490-LT"], [], False), A: (["64490-LT"], [], False), C: (["64490-LT"], [], False)}),
    ("us-cervical-2", "ia U dx C3-C4:R C4-C5:R", {
        M: (["0213T-RT", "0214T-RT"], ["ULTRASOUND_NOT_COVERED"], True),
        A: (["0213T-RT", "0214T-RT"], [], False), C: (["0213T-RT", "0214T-RT"], [], False)}),
    ("us-lumbar-bilateral-no-kx", "mbb U dx L4-L5:B", {
        M: (["0216T-50"], ["ULTRASOUND_NOT_COVERED"], True), A: (["0216T-RT", "0216T-LT"], [], False),
        C: (["0216T-50"], [], False)}),
    ("us-lumbar-3", "mbb U tx L3-L4:L L4-L5:L L5-S1:L", {
        M: (["0216T-LT", "0217T-LT", "0218T-LT"], ["ULTRASOUND_NOT_COVERED"], True),
        A: (["0216T-LT", "0217T-LT", "0218T-LT"], [], False)}),
    ("us-cervical-3-bilateral", "mbb U dx C2-C3:B C3-C4:B C4-C5:B", {
        M: (["0213T-50", "0214T-50", "0215T-50"], ["ULTRASOUND_NOT_COVERED"], True),
        C: (["0213T-50", "0214Tx2", "0215Tx2"], [], False)}),
    ("rfa-1-cervical", "rfa F tx C4-C5:R", {
        M: (["64633-RT"], [], False), A: (["64633-RT"], [], False), C: (["64633-RT"], [], False)}),
    ("rfa-2-bilateral", "rfa F tx L4-L5:B L5-S1:B", {
        M: (["64635-50", "64636-50"], [], False), A: (["64635-RT", "64635-LT", "64636-RT", "64636-LT"], [], False),
        C: (["64635-50", "64636x2"], [], False)}),
    ("rfa-3-bilateral", "rfa F tx L3-L4:B L4-L5:B L5-S1:B", {
        M: (["64635-50", "64636-50x2"], [], False),
        A: (["64635-RT", "64635-LT", "64636-RTx2", "64636-LTx2"], [], False),
        C: (["64635-50", "64636x4"], [], False)}),
    ("rfa-4-right", "rfa F tx L2-L3:R L3-L4:R L4-L5:R L5-S1:R", {
        M: (["64635-RT", "64636-RTx3"], [], False), A: (["64635-RT", "64636-RTx3"], [], False),
        C: (["64635-RT", "64636-RTx3"], [], False)}),
    ("rfa-mixed-sides", "rfa F tx L3-L4:R L4-L5:B L5-S1:L", {
        M: (["64635-50", "64636-RT", "64636-LT"], [], False),
        A: (["64635-RT", "64635-LT", "64636-RT", "64636-LT"], [], False),
        C: (["64635-50", "64636-RT", "64636-LT"], [], False)}),
    ("rfa-bilateral-and-right-addons", "rfa F tx L3-L4:B L4-L5:B L5-S1:R", {
        M: (["64635-50", "64636-50", "64636-RT"], [], False),
        A: (["64635-RT", "64635-LT", "64636-RTx2", "64636-LT"], [], False),
        C: (["64635-50", "64636x2", "64636-RT"], [], False)}),
    ("rfa-cervical-3-bilateral-ct", "rfa C tx C3-C4:B C4-C5:B C5-C6:B", {
        M: (["64633-50", "64634-50x2"], [], False), C: (["64633-50", "64634x4"], [], False)}),
    ("rfa-never-kx", "rfa F dx L4-L5:R", {M: (["64635-RT"], [], False)}),
    ("rfa-unknown-intent-is-therapeutic", "rfa F un L4-L5:R L5-S1:R", {M: (["64635-RT", "64636-RT"], [], False)}),
    ("mixed-laterality-3", "ia F tx L3-L4:R L4-L5:B L5-S1:L", {
        M: (["64493-50", "64494-RT", "64495-LT"], ["THIRD_LEVEL_NOT_COVERED"], True),
        A: (["64493-RT", "64493-LT", "64494-RT", "64495-LT"], [], False),
        C: (["64493-50", "64494-RT", "64495-LT"], [], False)}),
    ("third-plus-both-sides-gets-50", "ia F tx L2-L3:B L3-L4:R L4-L5:R L5-S1:L", {
        M: (["64493-50", "64494-RT", "64495-50"], ["THIRD_LEVEL_NOT_COVERED"], True),
        A: (["64493-RT", "64493-LT", "64494-RT", "64495-RT", "64495-LT"], [], False),
        C: (["64493-50", "64494-RT", "64495x2"], [], False)}),
    ("third-plus-one-side", "mbb F dx L2-L3:R L3-L4:R L4-L5:R", {
        M: (["64493-RT-KX", "64494-RT-KX", "64495-RT-KX"], ["THIRD_LEVEL_NOT_COVERED"], True)}),
    ("third-plus-bilateral-joint", "mbb F dx L3-L4:R L4-L5:R L5-S1:B", {
        M: (["64493-50-KX", "64494-RT-KX", "64495-RT-KX"], ["THIRD_LEVEL_NOT_COVERED"], True)}),
    ("tie-cranial-first", "ia F tx L4-L5:R L5-S1:L", {
        M: (["64493-RT", "64494-LT"], [], False), A: (["64493-RT", "64494-LT"], [], False)}),
    ("most-sides-first", "ia F tx L4-L5:R L5-S1:B", {
        M: (["64493-50", "64494-RT"], [], False), A: (["64493-RT", "64493-LT", "64494-RT"], [], False),
        C: (["64493-50", "64494-RT"], [], False)}),
    ("cervical-most-sides-first", "mbb F tx C3-C4:L C4-C5:L C5-C6:B", {
        M: (["64490-50", "64491-LT", "64492-LT"], ["THIRD_LEVEL_NOT_COVERED"], True)}),
    ("two-regions", "ia F tx C5-C6:R; ia F tx L4-L5:R", {
        M: (["64490-RT", "64493-RT"], [], False), A: (["64490-RT", "64493-RT"], [], False),
        C: (["64490-RT", "64493-RT"], [], False)}),
    ("two-regions-lumbar-given-first", "ia F tx L4-L5:B L5-S1:B; ia F tx C6-C7:L", {
        M: (["64490-LT", "64493-50", "64494-50"], [], False),
        C: (["64490-LT", "64493-50", "64494x2"], [], False)}),
    ("two-regions-each-two-levels-dx", "mbb F dx C3-C4:R C4-C5:R L4-L5:R L5-S1:R", {
        M: (["64490-RT-KX", "64491-RT-KX", "64493-RT-KX", "64494-RT-KX"], [], False)}),
    ("t12-l1-alone", "mbb F dx T12-L1:B", {
        M: (["64490-50-KX"], [], False), A: (["64490-RT", "64490-LT"], [], False), C: (["64490-50"], [], False)}),
    ("junction", "mbb F dx T12-L1:B L1-L2:B", {
        M: (["64490-50-KX", "64494-50-KX"], [], False),
        A: (["64490-RT", "64490-LT", "64493-RT", "64493-LT"], [], False),
        C: (["64490-50", "64493-50"], [], False)}),
    ("junction-three-levels", "mbb F tx T12-L1:R L1-L2:R L2-L3:R", {
        M: (["64490-RT", "64494-RT", "64495-RT"], ["THIRD_LEVEL_NOT_COVERED"], True),
        A: (["64490-RT", "64493-RT", "64494-RT"], [], False), C: (["64490-RT", "64493-RT", "64494-RT"], [], False)}),
    ("junction-primary-whatever-sides", "ia F tx T12-L1:R L1-L2:B", {
        M: (["64490-RT", "64494-50"], [], False), C: (["64490-RT", "64493-50"], [], False)}),
    ("no-junction-with-t11-t12", "ia F tx T11-T12:L T12-L1:L L1-L2:L", {
        M: (["64490-LT", "64491-LT", "64493-LT"], [], False), A: (["64490-LT", "64491-LT", "64493-LT"], [], False)}),
    ("junction-rfa", "rfa F tx T12-L1:R L1-L2:R L2-L3:R", {
        M: (["64633-RT", "64636-RTx2"], [], False), A: (["64633-RT", "64635-RT", "64636-RT"], [], False),
        C: (["64633-RT", "64635-RT", "64636-RT"], [], False)}),
    ("l1-l2-alone", "ia F tx L1-L2:R", {M: (["64493-RT"], [], False)}),
    ("ia-and-mbb-same-joint", "ia F tx L4-L5:R; mbb F tx L4-L5:R", {
        M: (["64493-RT"], [], False), A: (["64493-RT"], [], False)}),
    ("ia-and-mbb-two-joints", "ia F tx L4-L5:R; mbb F tx L5-S1:R", {M: (["64493-RT", "64494-RT"], [], False)}),
    ("ia-right-mbb-left-same-joint", "ia F tx L4-L5:R; mbb F tx L4-L5:L", {
        M: (["64493-50"], [], False), A: (["64493-RT", "64493-LT"], [], False)}),
    ("ct-and-fluoro-one-family", "ia C tx L4-L5:R; ia F tx L5-S1:R", {M: (["64493-RT", "64494-RT"], [], False)}),
    ("cervical-3-bilateral-dx", "mbb F dx C3-C4:B C4-C5:B C5-C6:B", {
        M: (["64490-50-KX", "64491-50-KX", "64492-50-KX"], ["THIRD_LEVEL_NOT_COVERED"], True),
        A: (["64490-RT", "64490-LT", "64491-RT", "64491-LT", "64492-RT", "64492-LT"], [], False),
        C: (["64490-50", "64491x2", "64492x2"], [], False)}),
    ("thoracic-2-dx", "mbb F dx T7-T8:B T8-T9:B", {
        M: (["64490-50-KX", "64491-50-KX"], [], False), C: (["64490-50", "64491x2"], [], False)}),
    ("no-guidance", "ia N tx L4-L5:R", {
        M: ([], ["NO_IMAGE_GUIDANCE"], True), A: ([], ["NO_IMAGE_GUIDANCE"], True),
        C: ([], ["NO_IMAGE_GUIDANCE"], True)}),
    ("pulsed-rf", "prf F tx L4-L5:R", {
        M: ([], ["PULSED_RF_UNLISTED"], True), A: ([], ["PULSED_RF_UNLISTED"], True)}),
    ("cryo", "cryo F tx L4-L5:R L5-S1:R", {M: ([], ["DENERVATION_UNLISTED"], True)}),
    ("si-look-alike", "si", {
        M: ([], ["NON_FACET_PROCEDURE"], False), A: ([], ["NON_FACET_PROCEDURE"], False),
        C: ([], ["NON_FACET_PROCEDURE"], False)}),
    ("epidural-plus-facet", "esi; ia F tx L3-L4:B", {
        M: (["64493-50"], ["NON_FACET_PROCEDURE"], False), A: (["64493-RT", "64493-LT"], ["NON_FACET_PROCEDURE"],
                                                              False)}),
    ("no-joints", "mbb F dx", {
        M: ([], ["LEVEL_NOT_DOCUMENTED"], True), C: ([], ["LEVEL_NOT_DOCUMENTED"], True)}),
    ("unknown-intent", "ia F un L4-L5:R", {
        M: (["64493-RT"], ["INTENT_NOT_DOCUMENTED"], True), A: (["64493-RT"], ["INTENT_NOT_DOCUMENTED"], False),
        C: (["64493-RT"], ["INTENT_NOT_DOCUMENTED"], False)}),
    ("unknown-intent-bilateral-no-kx", "mbb F un L4-L5:B L5-S1:B", {
        M: (["64493-50", "64494-50"], ["INTENT_NOT_DOCUMENTED"], True)}),
    ("side-not-documented", "ia F tx L4-L5:-", {
        M: (["64493"], ["LATERALITY_NOT_DOCUMENTED"], True), A: (["64493"], ["LATERALITY_NOT_DOCUMENTED"], True),
        C: (["64493"], ["LATERALITY_NOT_DOCUMENTED"], True)}),
    ("side-not-documented-dx-keeps-kx", "mbb F dx L4-L5:- L5-S1:R", {
        M: (["64493-RT-KX", "64494-KX"], ["LATERALITY_NOT_DOCUMENTED"], True)}),
    ("rfa-under-ultrasound", "rfa U tx L4-L5:R", {M: ([], ["RFA_GUIDANCE_NOT_CODED"], True)}),
    ("mixed-intent", "ia F tx L4-L5:R; mbb F dx L5-S1:R", {
        M: (["64493-RT", "64494-RT"], ["INTENT_CONFLICT"], True), A: (["64493-RT", "64494-RT"], ["INTENT_CONFLICT"],
                                                                      False)}),
    ("rfa-and-mbb", "rfa F tx L4-L5:R; mbb F dx L4-L5:L", {
        M: (["64493-LT-KX", "64635-RT"], [], False), A: (["64493-LT", "64635-RT"], [], False)}),
    ("us-and-fluoro-two-families", "mbb U dx L4-L5:R; ia F tx L5-S1:L", {
        M: (["64493-LT", "0216T-RT"], ["ULTRASOUND_NOT_COVERED"], True)}),
    ("cervical-rfa-and-lumbar-mbb", "mbb F dx L4-L5:B; rfa F tx C5-C6:R C6-C7:R", {
        M: (["64633-RT", "64634-RT", "64493-50-KX"], [], False)}),
    ("empty-session", "", {M: ([], [], False), A: ([], [], False), C: ([], [], False)}),
]

ROWS = [pytest.param(spec, profile, *expected, id=f"{name}-{profile}")
        for name, spec, per_profile in SCENARIOS for profile, expected in per_profile.items()]


@pytest.mark.parametrize(("spec", "profile", "expected_lines", "expected_warnings", "review"), ROWS)
def test_mapping(spec: str, profile: str, expected_lines: list[str], expected_warnings: list[str],
                 review: bool) -> None:
    prof = load_profile(profile)
    result = map_procedures(procs(spec) if spec else [], prof)
    assert lines(result) == expected_lines
    assert sorted({w.code for w in result.warnings}) == sorted(expected_warnings)
    assert result.needs_review(prof) is review


def test_enough_rows() -> None:
    assert len(ROWS) >= 100


@pytest.mark.parametrize("name", [s[0] for s in SCENARIOS if s[1]])
def test_deterministic_and_order_independent(name: str) -> None:
    spec = next(s[1] for s in SCENARIOS if s[0] == name)
    prof = load_profile("medicare")
    first = [x.to_dict() for x in map_procedures(procs(spec), prof).lines]
    again = [x.to_dict() for x in map_procedures(procs(spec), prof).lines]
    reverse = [x.to_dict() for x in map_procedures(list(reversed(procs(spec))), prof).lines]
    assert first == again == reverse


def test_modifier_order_and_no_rt_lt_with_50() -> None:
    for name, spec, _ in SCENARIOS:
        for profile in (M, A, C):
            for line in map_procedures(procs(spec) if spec else [], load_profile(profile)).lines:
                mods = line.modifiers
                assert mods == sorted(mods, key=["50", "RT", "LT", "KX"].index), name
                assert not ("50" in mods and ({"RT", "LT"} & set(mods))), name
                assert line.units >= 1


def test_add_on_never_without_primary() -> None:
    primaries = {"64490", "64493", "0213T", "0216T", "64633", "64635"}
    for name, spec, _ in SCENARIOS:
        for profile in (M, A, C):
            codes = [line.code for line in map_procedures(procs(spec) if spec else [], load_profile(profile)).lines]
            assert not codes or codes[0] in primaries, name


def test_hospital_outpatient_needs_prior_authorization(tmp_path) -> None:  # noqa: ANN001
    from importlib import resources

    text = resources.files("nlp.resources.payers").joinpath("medicare.toml").read_text()
    path = tmp_path / "hopd.toml"
    path.write_text(text.replace('place_of_service = ""', 'place_of_service = "22"'))
    prof = load_profile(path)
    result = map_procedures(procs("ia F tx L4-L5:R"), prof)
    assert [w.code for w in result.warnings] == ["PRIOR_AUTH_REQUIRED"] and result.needs_review(prof)
    assert map_procedures(procs("si"), prof).warnings[0].code == "NON_FACET_PROCEDURE"
