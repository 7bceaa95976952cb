"""The text of a Doc, built once per Doc for the components that run on it one after another.

`Doc.text` joins every token's text on each access (a Python-level loop over the tokens): the sentence
splitter, the three rule matchers and the mention builder each read it. A Doc's text never changes (the
retokenizer keeps it), so the last Doc's text and lower-cased text are kept; the Doc itself is held (not only
its id) so a new Doc can never be mistaken for it.
"""

from __future__ import annotations

from spacy.tokens import Doc

_last: tuple[Doc | None, str, str | None] = (None, "", None)


def doc_text(doc: Doc) -> str:
    return _texts(doc)[0]


def doc_lower(doc: Doc) -> str | None:
    """The lower-cased text, or None when lower-casing changes its length (offsets would not line up)."""
    return _texts(doc)[1]


def _texts(doc: Doc) -> tuple[str, str | None]:
    global _last
    if _last[0] is not doc:
        text = doc.text
        low: str | None = text.lower()
        if len(low) != len(text):  # rare Unicode such as "İ"
            low = None
        _last = (doc, text, low)
    return _last[1], _last[2]
