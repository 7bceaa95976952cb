"""Payer profiles: built-ins load, user files work, invalid files are rejected naming the bad key."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from nlp.mapper import BUILTIN_PROFILES, ProfileError, load_profile


def _medicare_text() -> str:
    return resources.files("nlp.resources.payers").joinpath("medicare.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", BUILTIN_PROFILES)
def test_builtin_profiles_load(name: str) -> None:
    assert load_profile(name).name == name


def test_user_copy_of_a_profile_loads(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(_medicare_text().replace('name = "medicare"', 'name = "my-payer"'))
    profile = load_profile(path)
    assert profile.name == "my-payer" and profile.kx_on_diagnostic


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (('primary = "modifier_50"', 'primary = "fifty"'), "bilateral.primary"),
        (("kx_on_diagnostic = true", 'kx_on_diagnostic = "yes"'), "modifiers.kx_on_diagnostic"),
        (("thoracolumbar_junction = true", "thoracolumbar_juncton = true"), "rules.thoracolumbar_juncton"),
        (('"NO_IMAGE_GUIDANCE",', '"NO_IMAGE_GUIDANCES",'), "review.warnings"),
        (('place_of_service = ""', 'place_of_service = "hospital"'), "coverage.place_of_service"),
        (("schema = 1", "schema = 2"), "schema"),
    ],
)
def test_invalid_profile_names_the_key(tmp_path: Path, edit: tuple[str, str], key: str) -> None:
    path = tmp_path / "bad.toml"
    text = _medicare_text()
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1]))
    with pytest.raises(ProfileError, match=key.replace(".", r"\.")):
        load_profile(path)


def test_unknown_profile_name_and_broken_toml(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="unknown payer"):
        load_profile("blue-shield")
    path = tmp_path / "broken.toml"
    path.write_text("name = ")
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profile(path)


def test_missing_key_is_named(tmp_path: Path) -> None:
    path = tmp_path / "short.toml"
    path.write_text(_medicare_text().replace("kx_on_diagnostic = true", ""))
    with pytest.raises(ProfileError, match=r"missing key 'modifiers\.kx_on_diagnostic'"):
        load_profile(path)
