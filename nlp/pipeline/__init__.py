"""The spinecode spaCy pipeline: tokenizer settings, sentences, targets, ConText, sections, procedures."""

from __future__ import annotations

import logging
import os
from functools import cache

from nlp.pipeline.deferred_imports import import_medspacy

import_medspacy()  # before any submodule imports medspaCy: keeps NLTK (and SciPy, pandas) out of the process

PIPE_NAMES = (
    "spinecode_sentences", "spinecode_targets", "spinecode_context", "spinecode_sections", "spinecode_procedures",
    "spinecode_intent",
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
    import warnings

    # medspaCy calls an empty spaCy Matcher for every note (all our rules are regex rules).
    warnings.filterwarnings("ignore", message=r"\[W036\]")


def record_failure(proc_name: str, proc: object, docs: list, error: Exception) -> None:
    """spaCy error handler: a component that fails on one note marks that note; the batch goes on."""
    for doc in docs:
        doc._.spinecode_error = f"{proc_name}: {type(error).__name__}"


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
            # spinecode reads doc._.sections only; per-token section values would be cleared again.
            nlp.add_pipe(name, config={"token_sections": False} if name == "spinecode_sections" else {})
    nlp.set_error_handler(record_failure)
    return nlp
