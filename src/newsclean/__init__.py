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
from newsclean.errors import ConfigError, InputError, InputTypeError, NewscleanError
from newsclean.language import detect_language
from newsclean.pipeline import Cleaner, clean

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Author",
    "Citation",
    "CleanConfig",
    "Cleaner",
    "ConfigError",
    "Dateline",
    "Evidence",
    "InputError",
    "InputTypeError",
    "Item",
    "NewscleanError",
    "Outlet",
    "Removal",
    "Rule",
    "__version__",
    "all_rules",
    "clean",
    "detect_language",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
