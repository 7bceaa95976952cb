"""The spinecode spaCy pipeline: tokenizer settings, sentences, targets, ConText, sections, procedures."""

from __future__ import annotations

import logging
import os
from functools import cache

PIPE_NAMES = (
    "spinecode_sentences", "spinecode_targets", "spinecode_context", "spinecode_sections", "spinecode_procedures",
)


def quiet_medspacy() -> None:
    """medspaCy/PyRuSH log through loguru and print; keep stdout for the requested output only."""
    os.environ.setdefault("LOGURU_LEVEL", "WARNING")
    try:
        from loguru import logger

        logger.remove()
    except ImportError:  # pragma: no cover - loguru ships with PyRuSH
        pass
    for name in ("medspacy", "PyRuSH", "spacy"):
        logging.getLogger(name).setLevel(logging.WARNING)


@cache
def load():  # noqa: ANN201 - spacy.Language, imported lazily
    """Build the pipeline once per process."""
    quiet_medspacy()
    import contextlib
    import io
    import warnings

    import spacy

    from nlp.pipeline import components, sentences  # noqa: F401 - registers the factories
    from nlp.pipeline.tokenizer import customise_tokenizer

    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        for name in PIPE_NAMES:
            nlp.add_pipe(name)
    return nlp
