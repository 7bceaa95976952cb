"""Tokenizer settings that keep spine notation in one piece: L4-5, L4-L5, L4/5, L4–L5, L5S1, C7-T1, T12-L1."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.util import compile_infix_regex

# A joint written without spaces is one token; the level parser reads it later.
_JOINT_TOKEN = re.compile(
    r"^(?:[CTLSctls]\d{1,2}(?:[-\u2010\u2011\u2012\u2013\u2014/][CTLSctls]?\d{1,2}|[CTLSctls]\d{1,2}))$"
)
# Comma-joined headers ("spondylosis.,POSTOPERATIVE"), checkboxes ("[x]Right") and the fields of an interface
# export ("TGT|1|JNT^L4/5^L4/5 facet|LAT^L^Left") split apart.
_EXTRA_INFIXES = [r"(?<=[.:;]),", r",(?=[A-Za-z\[])", r"(?<=\])(?=[A-Za-z])", r"(?<=[A-Za-z]):(?=[A-Za-z0-9])",
                  r"[|^]"]


def customise_tokenizer(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    previous = tokenizer.token_match
    if previous is None:  # English has none: the compiled pattern's own match saves a Python call per word
        tokenizer.token_match = _JOINT_TOKEN.match
    else:
        def token_match(text: str):  # noqa: ANN202 - spaCy's callback type
            return _JOINT_TOKEN.match(text) or previous(text)

        tokenizer.token_match = token_match
    infixes = list(nlp.Defaults.infixes or []) + _EXTRA_INFIXES
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
