"""The one frozen configuration object a :class:`~newsclean.Cleaner` holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsclean.errors import ConfigError

if TYPE_CHECKING:
    from newsclean.provenance.registry import Registry


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """How newsclean cleans. Every field has a default that suits news scrapes.

    >>> CleanConfig(disabled_rules=frozenset({"chrome.repeat"})).disabled_rules
    frozenset({'chrome.repeat'})
    """

    #: Rule ids (see ``newsclean rules``) that never fire. Unknown ids raise ``ConfigError``.
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    #: Seed for langdetect, so that the same text always gets the same language.
    language_seed: int = 0
    #: Characters of the longest lines given to langdetect; more is slower, rarely better.
    language_sample_chars: int = 600
    #: Words a line needs before it can count as prose (article text) on its own.
    prose_min_words: int = 10
    #: Share of a line's words that must be stop words for it to read as prose.
    prose_min_stopword_share: float = 0.18
    #: A line of at most this many words is a candidate for menu and label rules.
    short_line_words: int = 4
    #: Consecutive short lines that make a menu run when they sit outside the body.
    menu_run_length: int = 3
    #: The outlet registry (``Registry.load(path)`` to extend it); ``None`` is the shipped one.
    registry: Registry | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.disabled_rules, frozenset):
            object.__setattr__(self, "disabled_rules", frozenset(self.disabled_rules))
        if self.prose_min_words < 1:
            raise ConfigError(f"prose_min_words must be at least 1, got {self.prose_min_words}")
        if not 0.0 <= self.prose_min_stopword_share <= 1.0:
            raise ConfigError(
                "prose_min_stopword_share is a share between 0 and 1, "
                f"got {self.prose_min_stopword_share}"
            )
        if self.language_sample_chars < 1:
            raise ConfigError(
                f"language_sample_chars must be positive, got {self.language_sample_chars}"
            )
