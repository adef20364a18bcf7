"""The records newsclean produces: frozen, slotted, JSON-ready through ``to_dict()``.

An :class:`Article` is the contract of ``docs/record.md``: every key is always present, with
``None`` or an empty tuple where a stage has nothing to say. Records are immutable; derive a
changed copy with :func:`dataclasses.replace`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

Kind = Literal["article", "listing"]
AuthorKind = Literal["person", "organization"]
TzSource = Literal["explicit", "outlet", "none"]
#: outlet (the registry or cues say so), wire (a wire's tag), self (the publisher naming
#: itself), institution, person, or unknown
CitationKind = Literal["outlet", "wire", "self", "institution", "person", "unknown"]


def _plain(value: Any) -> Any:
    """Turn records, tuples and nested values into JSON-ready data."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(record: Any) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in fields(record))
    return names


class _Record:
    """Mixin: ``to_dict()`` over the dataclass fields, in declaration order; pickled as the
    class and its field values (workers send records back that way)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return {name: _plain(getattr(self, name)) for name in _field_names(self)}

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), tuple(getattr(self, name) for name in _field_names(self))


@dataclass(frozen=True, slots=True)
class Removal(_Record):
    """One input line that left the body, and the rule that took it.

    ``line`` is the 1-based line number in the input; ``text`` is the line as it was
    (without its line ending); ``rule`` is a stable rule id (see ``newsclean rules``).
    """

    line: int
    text: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        # spelled out: a record holds a hundred removals, and this is most of to_dict()'s work
        return {"line": self.line, "text": self.text, "rule": self.rule}


@dataclass(frozen=True, slots=True)
class Author(_Record):
    """A byline: a person or an organisation, with the text it was read from."""

    name: str
    kind: AuthorKind
    raw: str
    handle: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence(_Record):
    """Why an outlet was identified: the signal and the text it was read from."""

    signal: str
    text: str


@dataclass(frozen=True, slots=True)
class Outlet(_Record):
    """The outlet that published a record, with how sure we are and why."""

    id: str | None
    name: str
    domain: str | None
    country: str | None
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    #: beyond the contract: ratings from ``--ratings``, ``{"source": file name, "values": {...}}``
    ratings: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Citation(_Record):
    """An outlet or source the text attributes statements to."""

    name: str
    outlet_id: str | None
    phrase: str
    kind: CitationKind = "unknown"


@dataclass(frozen=True, slots=True)
class Dateline(_Record):
    """The place (and date) that opens a wire-style article: ``BAKU, Azerbaijan, Jan. 10``."""

    place: str
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Item(_Record):
    """One teaser of a listing page."""

    title: str | None
    text: str
    date: str | None = None
    truncated: bool = False
    #: beyond the contract: the id of the article in the batch this teaser is the start of
    #: (set by duplicate detection)
    teaser_of: str | None = None


@dataclass(frozen=True, slots=True)
class Article(_Record):
    """The clean record of one input document.

    >>> from newsclean import clean
    >>> record = clean("Headline of the story\\n\\nThe first paragraph of the story, as written "
    ...                "by the reporter, is long enough to be prose.\\n\\nShare on Facebook")
    >>> record.title
    'Headline of the story'
    >>> [r.rule for r in record.removed]
    ['title.headline', 'chrome.share']
    """

    id: str
    source: str
    url: str | None = None
    kind: Kind = "article"
    title: str | None = None
    text: str = ""
    published: str | None = None
    published_raw: str | None = None
    published_tz: TzSource | None = None
    page_date: str | None = None
    dateline: Dateline | None = None
    authors: tuple[Author, ...] = ()
    section: str | None = None
    outlet: Outlet | None = None
    citations: tuple[Citation, ...] = ()
    language: str | None = None
    items: tuple[Item, ...] = ()
    flags: tuple[str, ...] = ()
    duplicate_of: str | None = None
    removed: tuple[Removal, ...] = field(default=())
    #: beyond the contract: the "Updated" date when the page prints one
    updated: str | None = None
    #: beyond the contract: the encoding the input's bytes were read in (None for a str)
    encoding: str | None = None
    #: beyond the contract: how this record duplicates ``duplicate_of`` (see ``newsclean.dedup``)
    duplicate_kind: str | None = None
