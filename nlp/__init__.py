"""spinecode: suggest CPT claim lines for spine facet procedures from procedure notes.

Heavy imports (spaCy, medspaCy) happen on first use so `import nlp` and `spinecode --help` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
SCHEMA_VERSION = "1"

if TYPE_CHECKING:
    from nlp.suggestion import Suggestion

__all__ = ["SCHEMA_VERSION", "Suggestion", "load", "suggest", "suggest_many"]


def load():  # noqa: ANN201 - returns spacy.Language, imported lazily
    """The spinecode spaCy pipeline (built once per process and cached)."""
    from nlp.pipeline import load as _load

    return _load()


def suggest(text: str, payer: Any = "medicare", **kwargs: Any) -> Suggestion:
    """Claim-line suggestion for one note."""
    from nlp.suggestion import suggest as _suggest

    return _suggest(text, payer=payer, **kwargs)


def suggest_many(texts: Any, payer: Any = "medicare", **kwargs: Any):  # noqa: ANN201
    """Suggestions for many notes, streamed in input order."""
    from nlp.suggestion import suggest_many as _suggest_many

    return _suggest_many(texts, payer=payer, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "Suggestion":
        from nlp.suggestion import Suggestion

        return Suggestion
    raise AttributeError(name)
