"""Language identification (langdetect, seeded) and the stop-word lists the rules read."""

from __future__ import annotations

import functools
import logging
import unicodedata
from importlib import resources

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

log = logging.getLogger(__name__)

_LETTER_MIN = 20  # fewer letters than this and langdetect's answer is noise


@functools.lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    # A private factory: the profiles are read once, and langdetect's module-level
    # factory (which other code may seed differently) is never touched.
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def detect_language(text: str, *, seed: int = 0) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` when it cannot be told.

    Deterministic: langdetect samples at random, so the detector is seeded every call.
    Chinese comes back as ``zh`` (langdetect's ``zh-cn``/``zh-tw`` collapsed).

    >>> detect_language("The minister said on Tuesday that the talks would go on.")
    'en'
    """
    if sum(ch.isalpha() for ch in text) < _LETTER_MIN:
        return None
    detector = _factory().create()
    detector.seed = seed
    detector.append(text)
    try:
        code: str = detector.detect()
    except LangDetectException:
        return None
    if code == "unknown":
        return None
    return code.split("-")[0]


@functools.lru_cache(maxsize=1)
def _stopword_table() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    data = resources.files("newsclean.data").joinpath("stopwords.tsv").read_text("utf-8")
    for row in data.splitlines():
        if not row or row.startswith("#"):
            continue
        code, _, words = row.partition("\t")
        table[code] = frozenset(words.split())
    return table


@functools.cache
def stopwords(language: str | None) -> frozenset[str]:
    """The stop words of ``language``; every known language's together when it is unknown."""
    table = _stopword_table()
    if language in table:
        return table[language]
    return frozenset().union(*table.values())


# Code point ranges of the scripts news is mostly written in; others are named by unicodedata.
_RANGES = (
    (0x0250, "LATIN"), (0x0370, None), (0x0400, "GREEK"), (0x0530, "CYRILLIC"),
    (0x0590, "ARMENIAN"), (0x0600, "HEBREW"), (0x0700, "ARABIC"),
)


def _script(ch: str) -> str:
    code = ord(ch)
    for limit, script in _RANGES:
        if code < limit:
            if script is not None:
                return script
            break
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def script_of(text: str) -> str | None:
    """The Unicode script most of ``text``'s letters belong to (``LATIN``, ``CYRILLIC``, ...).

    >>> script_of("Ссылка скопирована"), script_of("Copy link")
    ('CYRILLIC', 'LATIN')
    """
    if text.isascii():
        return "LATIN" if any(ch.isalpha() for ch in text) else None
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=counts.__getitem__)
