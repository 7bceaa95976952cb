"""A suggestion loads neither NLTK nor the scientific stack (medspaCy's QuickUMLS import is deferred, the intent
model is plain weights), and code that does import NLTK afterwards gets the real package."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import nlp
lines = [c.code for c in nlp.suggest("Right L4-5 facet joint injection under fluoroscopy, 40 mg Kenalog.").claim_lines]
heavy = sorted(m for m in ("nltk", "sklearn", "scipy", "pandas", "skops") if m in sys.modules)
import nltk
import quickumls.core
print(lines, heavy, type(nltk).__name__, hasattr(nltk, "word_tokenize"), quickumls.core.nltk.corpus.__name__)
"""


def test_suggest_keeps_heavy_libraries_out_and_nltk_still_works_after() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['64493'] [] module True nltk.corpus"
