"""newsclean: raw news scrapes in, clean and trustworthy records out.

>>> import newsclean
>>> record = newsclean.clean(open("fixtures/000_19febdbf991cfabd.txt").read())  # doctest: +SKIP
>>> record.title, [r.rule for r in record.removed][:3]  # doctest: +SKIP
"""

from __future__ import annotations

import logging

from newsclean.article import (
    Article,
    Author,
    Citation,
    Dateline,
    Evidence,
    Item,
    Outlet,
    Removal,
)
from newsclean.chrome.rules import Rule, all_rules
from newsclean.config import CleanConfig
from newsclean.errors import (
    ConfigError,
    InputError,
    InputTypeError,
    NewscleanError,
    OutputError,
)
from newsclean.language import detect_language
from newsclean.meta.bylines import parse_byline
from newsclean.meta.dates import DATE_PATTERNS, DatePattern, ParsedDate, find_dates, normalize_date
from newsclean.pipeline import Cleaner, clean, clean_html
from newsclean.provenance.citations import find_citations
from newsclean.provenance.registry import OutletInfo, Registry

__version__ = "0.1.0"

__all__ = [
    "DATE_PATTERNS",
    "Article",
    "Author",
    "Citation",
    "CleanConfig",
    "Cleaner",
    "ConfigError",
    "DatePattern",
    "Dateline",
    "DedupIndex",
    "Evidence",
    "InputError",
    "InputTypeError",
    "Item",
    "NewscleanError",
    "Outlet",
    "OutletInfo",
    "OutputError",
    "ParsedDate",
    "Registry",
    "Removal",
    "Rule",
    "__version__",
    "all_rules",
    "clean",
    "clean_html",
    "detect_language",
    "find_citations",
    "find_dates",
    "find_duplicates",
    "normalize_date",
    "parse_byline",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

_LAZY = {"DedupIndex": "newsclean.dedup", "find_duplicates": "newsclean.dedup"}


def __getattr__(name: str) -> object:
    # Duplicate detection brings numpy; it is imported when first asked for, not with newsclean.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsclean' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
