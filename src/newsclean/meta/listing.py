"""Listing pages: an index of teasers, each a headline and a paragraph cut off with '...', or
a headline and its date line (a latest-news index)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsclean.chrome import patterns as p
from newsclean.chrome import rules
from newsclean.chrome.rules import DocContext
from newsclean.meta.titles import headline_shaped
from newsclean.segment import Line

MIN_TRUNCATED = 2  # teasers cut off with an ellipsis that make a page a listing
MIN_DATED_HEADLINES = 3  # headlines, each over its date line, that make a page without prose one


@dataclass(frozen=True, slots=True)
class Teaser:
    title: int | None  # line index of the teaser's headline
    text: int | None  # line index of its paragraph; None for a headline with its date alone
    truncated: bool
    date: int | None = None  # line index of its date: between headline and text, or just after


def find_teasers(
    lines: Sequence[Line], named: Mapping[int, str], span: tuple[int, int], ctx: DocContext
) -> list[Teaser]:
    """The teasers of a listing page, or ``[]`` when the page is an article."""
    start, end = span
    # (headline or None, paragraph, truncated, date): records only for a listing's teasers,
    # as most pages are articles
    teasers = [t for i in range(start, end) if (t := _teaser_at(lines, named, i, ctx)) is not None]
    cut = [t for t in teasers if t[2] and t[0] is not None]
    if len(cut) < MIN_TRUNCATED:
        return [] if teasers else _dated_headlines(lines, named, span, ctx)
    titled = [t for t in teasers if t[0] is not None]
    # An article followed by a few teasers is an article: the teasers must be most of the page.
    teaser_words = sum(lines[t[1]].words for t in titled)
    all_words = sum(lines[t[1]].words for t in teasers)
    if teaser_words * 2 < all_words:
        return []
    return [Teaser(*t) for t in [*_teasers_before(lines, named, titled[0][0], ctx), *titled]]


_Found = tuple[int | None, int, bool, int | None]


def _teaser_at(lines: Sequence[Line], named: Mapping[int, str], i: int, ctx: DocContext) -> _Found | None:
    """The teaser whose paragraph is line ``i``, with its headline if it has one."""
    if i in named or not ctx.is_prose(lines[i]):
        return None
    title = i - 1
    date = None
    while title >= 0 and title in named and named[title].startswith("meta."):
        if named[title] == rules.DATE and date is None:
            date = title
        title -= 1
    if date is None and named.get(i + 1) == rules.DATE:
        date = i + 1
    has_title = (
        title >= 0
        and title not in named
        and headline_shaped(lines[title], ctx)
        and not ctx.is_prose(lines[title])
    )
    truncated = bool(p.TRUNCATED.search(lines[i].text))
    return title if has_title else None, i, truncated, date


def _dated_headlines(
    lines: Sequence[Line], named: Mapping[int, str], span: tuple[int, int], ctx: DocContext
) -> list[Teaser]:
    """The headlines of a latest-news index, each over its date line ("Merkez Bankası faiz
    kararını açıkladı" / "03.06.2024 14:05"), where the body's span holds no paragraph and
    such headlines are most of its lines; ``[]`` otherwise."""
    start, end = span
    found: list[Teaser] = []
    others = []  # the other lines: a menu above the first headline is the page's header
    for i in range(start, end):
        if i in named:
            continue
        line = lines[i]
        if named.get(i + 1) == rules.DATE and headline_shaped(line, ctx) and not ctx.is_prose(line):
            found.append(Teaser(i, None, False, i + 1))
        elif ctx.is_prose(line):
            return []  # a paragraph: an article, or a listing of teasers
        else:
            others.append(i)
    if len(found) < MIN_DATED_HEADLINES:
        return []
    first, last = found[0].title or 0, found[-1].title or 0
    between = sum(1 for i in others if first < i < last)
    return found if len(found) > 2 * between else []


def _teasers_before(
    lines: Sequence[Line], named: Mapping[int, str], first: int | None, ctx: DocContext
) -> list[_Found]:
    """The teasers of the same shape right above the first one the body's span holds: a
    headline, perhaps a date, a paragraph cut off, with nothing between them and the next
    (the span, which discounts a paragraph between two headlines, may leave the first out
    where a menu stands over it)."""
    found: list[_Found] = []
    while first is not None and first > 0:
        above = first - 1
        while above >= 0 and named.get(above) == rules.DATE:
            above -= 1  # the next teaser's date, printed under its paragraph
        teaser = _teaser_at(lines, named, above, ctx) if above >= 0 else None
        if teaser is None or teaser[0] is None or not teaser[2]:
            break
        found.insert(0, teaser)
        first = teaser[0]
    return found
