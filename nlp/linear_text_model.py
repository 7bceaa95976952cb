"""A trained linear text classifier as plain data, scored in pure Python.

The intent model is trained with scikit-learn (TF-IDF word n-grams + binary fact tokens + multinomial logistic
regression) but shipped as the numbers that define it: each feature's idf and per-class weights, the intercepts
and the vectoriser settings, in a gzipped JSON file. Scoring needs neither scikit-learn, SciPy nor a pickle-like
loader, so the pipeline starts faster, a note costs a few dictionary lookups, and the file loads under any library
version. `from_sklearn` (training side) and `probabilities` reproduce scikit-learn's `predict_proba` to the
precision the weights are stored with (WEIGHT_DIGITS significant digits).
"""

from __future__ import annotations

import gzip
import io
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = "spinecode-linear-text-model/1"
WEIGHT_DIGITS = 7  # float32 precision: probabilities stay within ~1e-6 of scikit-learn's


class ModelFormatError(ValueError):
    """The file is not a model of this format (or of another version of it)."""


@dataclass(frozen=True)
class LinearTextModel:
    """Softmax over `intercepts + X . weights`, X = [l2-normalised sublinear TF-IDF n-grams | binary facts]."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    token_pattern: str
    ngram_range: tuple[int, int]
    words: dict[str, tuple[float, tuple[float, ...]]]  # n-gram -> (idf, weight per class)
    facts: dict[str, tuple[float, ...]]  # fact token -> weight per class

    def probabilities(self, text: str, facts: str) -> dict[str, float]:
        """Class probabilities for one row: the encounter text and its space-separated fact tokens."""
        scores = list(self.intercepts)
        counts = Counter(g for g in self._ngrams(text.lower()) if g in self.words)
        tfidf = {g: (1.0 + math.log(n)) * self.words[g][0] for g, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in tfidf.values())) or 1.0
        for g, value in tfidf.items():
            for k, w in enumerate(self.words[g][1]):
                scores[k] += value / norm * w
        for token in set(facts.split()):
            for k, w in enumerate(self.facts.get(token, ())):
                scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def _ngrams(self, text: str) -> list[str]:
        tokens = re.findall(self.token_pattern, text)
        low, high = self.ngram_range
        return [" ".join(tokens[i:i + n]) for n in range(low, high + 1) for i in range(len(tokens) - n + 1)]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "classes": list(self.classes), "intercepts": list(self.intercepts),
            "token_pattern": self.token_pattern, "ngram_range": list(self.ngram_range),
            "words": {g: [idf, *w] for g, (idf, w) in sorted(self.words.items())},
            "facts": {t: list(w) for t, w in sorted(self.facts.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearTextModel:
        if data.get("format") != FORMAT:
            raise ModelFormatError(f"model format {data.get('format')!r}; this spinecode reads {FORMAT!r}")
        return cls(
            classes=tuple(data["classes"]), intercepts=tuple(data["intercepts"]),
            token_pattern=data["token_pattern"], ngram_range=tuple(data["ngram_range"]),
            words={g: (v[0], tuple(v[1:])) for g, v in data["words"].items()},
            facts={t: tuple(w) for t, w in data["facts"].items()},
        )

    def save(self, path: Path) -> None:
        """Gzipped JSON with a zero timestamp and sorted keys: the same model gives the same bytes."""
        raw = json.dumps(self.to_json(), separators=(",", ":")).encode("utf-8")
        buffer = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
            gz.write(raw)
        path.write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> LinearTextModel:
        try:
            data = json.loads(gzip.decompress(path.read_bytes()))
        except (OSError, EOFError, ValueError) as exc:
            raise ModelFormatError(f"{path.name} is not a gzipped JSON model: {exc}") from exc
        return cls.from_json(data)

    @classmethod
    def from_sklearn(cls, pipeline: Any) -> LinearTextModel:
        """Export Pipeline([ColumnTransformer([TfidfVectorizer on column 0, binary CountVectorizer on column 1]),
        LogisticRegression]) as fitted by nlp.intent_model.build_model."""
        features, classifier = pipeline.named_steps["features"], pipeline.named_steps["model"]
        words, facts = features.named_transformers_["words"], features.named_transformers_["facts"]
        expected = (words.lowercase and words.sublinear_tf and words.use_idf and words.norm == "l2"
                    and words.analyzer == "word" and words.strip_accents is None and words.stop_words is None
                    and facts.binary and not facts.lowercase and facts.ngram_range == (1, 1)
                    and facts.token_pattern == r"\S+" and len(classifier.classes_) > 2)
        if not expected:
            raise ModelFormatError("only the vectoriser and classifier settings of intent_model.build_model export")

        def rounded(values: Any) -> tuple[float, ...]:
            return tuple(float(f"{float(v):.{WEIGHT_DIGITS}g}") for v in values)

        coef = classifier.coef_
        n_words = len(words.vocabulary_)
        return cls(
            classes=tuple(str(c) for c in classifier.classes_), intercepts=rounded(classifier.intercept_),
            token_pattern=words.token_pattern, ngram_range=tuple(words.ngram_range),
            words={g: (rounded([words.idf_[j]])[0], rounded(coef[:, j])) for g, j in words.vocabulary_.items()},
            facts={t: rounded(coef[:, n_words + j]) for t, j in facts.vocabulary_.items()},
        )
