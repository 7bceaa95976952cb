"""Import medspaCy without NLTK.

`medspacy.util` imports QuickUMLS (UMLS concept lookup, which spinecode never runs) for its factory, and
QuickUMLS's core module runs `import nltk`, which loads SciPy, scikit-learn and pandas: about 2 s and 100 MB of
every process's start. QuickUMLS touches NLTK only when a QuickUMLS matcher is built, so while medspaCy's modules
are first imported `nltk` is a stand-in that imports the real package on first attribute access. The stand-in
leaves `sys.modules` straight after, so `import nltk` anywhere else gets the real package.
"""

from __future__ import annotations

import importlib
import sys
import types


class _Deferred(types.ModuleType):
    """A module name bound to a stand-in; attribute access imports the real module and reads it there."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # import machinery probing (__path__, __spec__ ...): not a real access
        return getattr(importlib.import_module(self.__name__), name)


def import_medspacy() -> None:
    """Import medspaCy's modules (idempotent), with NLTK deferred if nothing has imported it yet."""
    if "medspacy" in sys.modules:
        return
    stand_in = None
    if "nltk" not in sys.modules:
        stand_in = sys.modules["nltk"] = _Deferred("nltk")
    try:
        import medspacy  # noqa: F401
    finally:
        if stand_in is not None and sys.modules.get("nltk") is stand_in:
            del sys.modules["nltk"]
