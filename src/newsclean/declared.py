"""What an input's own fields declare of its article: the title, the publication date and the
authors a crawler extracted beside the text (news-please's ``title``, ``date_publish`` and
``authors``; trafilatura's ``title``, ``date`` and ``author``; a table's columns).

An object that holds the page beside the text it was extracted from (``text`` and
``html``) declares what the page's markup declares too, where its fields are silent
(:func:`page_markup`). They fill in what the cleaned text lacks: a body a crawler extracted
(news-please's ``maintext``) has no headline, byline or date line, while a dump that prints
them is read as it prints them. Each field used is flagged (``title_from_input``,
``published_from_input``, ``authors_from_input``, ``updated_from_input``).

- The title is one line (its HTML character references read, as a dump's are), without the
  site's name a ``<title>`` adds (the markup's, the outlet's or its domain's), weighed
  against the headline the text shows as a page's markup title is (``weighed_title``): the
  text's headline stays when the title holds it, is held in it or rewords it, and the title
  wins otherwise (a dump's first short line is as often a section's label or a byline). The
  text's first paragraph, when it is that title, goes to ``removed`` as the headline. With
  the page, its markup's section is the record's, as a page's is.
- The date is read as a page's printed date is (``normalize_date``: ISO 8601, ``April 23,
  2024``, an HTTP date), or as Unix time or a timestamp; not a date without its year, nor
  one after the fetch.
- The authors (a list of names, or one string of them) are read as a byline is, without a
  content system's placeholder (``Admin``), their character references read too.
- The time of the last change (``updated``; news-please's ``date_modify``), read as the date
  is, or else the page markup's, is the record's ``updated`` when the text prints none and
  it comes after the publication (``markup.declared_update``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from newsclean.article import Article, Author
from newsclean.decoding import unescape_entities
from newsclean.fetched import read_fetch_time
from newsclean.html import PageMetadata
from newsclean.io import Declared
from newsclean.markup import (
    declared_authors,
    declared_update,
    weighed_title,
    without_headline,
    without_site_name,
)
from newsclean.meta.dates import OffsetSource, normalize_date

_MAX_TITLE = 500  # characters: a longer "title" is a body under the wrong key


def page_markup(page: str, reference: datetime | date | None) -> PageMetadata:
    """What ``page``'s markup declares (``html_metadata``: meta tags, JSON-LD, the
    ``<title>``): the page a text was extracted from, kept beside it. ``reference`` is the
    fetch time, after which no date is taken."""
    from newsclean.html import html_metadata

    return html_metadata(page, reference=reference)


def with_declared(
    record: Article, declared: Declared, *, text: str | None = None,
    reference: datetime | date | None = None, markup: PageMetadata | None = None,
) -> Article:
    """``record`` with what ``declared`` gives, and ``markup`` (``page_markup``) where its
    fields are silent; ``text`` is the text it was cleaned from (``None``: a page's, whose
    headline is not sought again), ``reference`` the fetch time (no date after it is taken).

    The declared title is weighed against the headline ``text`` shows as a page's markup
    title is (``weighed_title``); a date and authors fill in only what the record lacks (a
    date also gives its time to the day the text prints without one), and
    the markup's section overrules the text's, as a page's does."""
    if record.kind != "article":
        return record
    # the markup's date is the page's last change, where it declares no publication
    by_update = markup is not None and markup.dated_by_update and declared.published is None
    if markup is not None:
        declared = Declared(
            title=declared.title or markup.title,
            published=declared.published or markup.date,
            authors=declared.authors or declared_authors(markup.author, markup.sitename),
            updated=declared.updated,
        )
        if markup.section:
            record = replace(record, section=markup.section)
    flags = set(record.flags)
    changes: dict[str, Any] = {}
    title = _title(declared.title, record, markup)
    if title is not None and text is not None:
        weighed, printed, joined = weighed_title(
            replace(markup or PageMetadata(), title=title), text, record.title)
        if weighed and weighed != record.title:
            record = without_headline(record, text, weighed, printed, title, joined)
            changes["title"] = weighed
    elif title is not None and record.title is None:
        changes["title"] = title
    if "title" in changes:
        flags = (flags - {"untitled"}) | {"title_from_input"}
    if record.published is None or (len(record.published) == 10
                                    and "published_from_updated" not in flags):
        found = _published(declared.published, reference)
        if found is not None and record.published is not None and not (
                found[0][:10] == record.published and len(found[0]) > 10):
            found = None  # the day the text prints stands, unless this gives its time
        if found is not None:
            value, raw, zone, ambiguous = found
            changes.update(published=value, published_raw=raw, published_tz=zone)
            flags = (flags - {"undated", "date_ambiguous"}) | {"published_from_input"}
            if ambiguous and record.published is None:
                flags.add("date_ambiguous")
            if by_update and record.published is None:
                flags.add("published_from_updated")
    if record.updated is None:  # when the article was changed last: given, or the page's markup's
        published = changes.get("published", record.published)
        given = _published(declared.updated, reference)
        updated = declared_update(published, given[0] if given is not None else None) or (
            declared_update(published, markup.modified) if markup is not None else None)
        if updated is not None:
            changes["updated"] = updated
            flags.add("updated_from_input")
    if not record.authors:
        authors = _authors(declared.authors)
        if authors:
            changes["authors"] = authors
            flags = (flags - {"no_byline"}) | {"authors_from_input"}
    if not changes:
        return record
    return replace(record, **changes, flags=tuple(sorted(flags)))


def _title(value: Any, record: Article, markup: PageMetadata | None) -> str | None:
    """The declared title on one line, without the site's name a page's ``<title>`` adds
    ("Council approves budget | The Daily Example": the name the markup or the outlet gives,
    or its domain's)."""
    if not isinstance(value, str):
        return None
    title = " ".join((unescape_entities(value) or value).split())
    if not title or len(title) > _MAX_TITLE:
        return None
    site = markup.sitename if markup is not None and markup.sitename else (
        record.outlet.name if record.outlet is not None else None)
    host = markup.hostname if markup is not None and markup.hostname else (
        record.outlet.domain if record.outlet is not None else None)
    if host is None and record.url:
        host = urlsplit(record.url).hostname
    return without_site_name(title, site, host) or title


def _published(
    value: Any, reference: datetime | date | None
) -> tuple[str, str, OffsetSource, bool] | None:
    """The declared date as the record holds it: its ISO value, as it was written, where
    its offset came from, and whether day and month could be either; or ``None``."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        found = normalize_date(value, reference=reference)
        if found is None or not found.year_known or found.from_reference:
            return None
        stated: tuple[str, str, OffsetSource, bool] = (
            found.value, value.strip(), found.offset_source, found.ambiguous)
    else:  # Unix time, a timestamp of a Parquet file or a data frame
        when = read_fetch_time(value)
        if when is None:
            return None
        zone: OffsetSource = ("explicit" if isinstance(when, datetime) and when.tzinfo is not None
                              else "none")
        stated = (when.isoformat(), str(value), zone, False)
    if reference is not None and stated[0][:10] > reference.isoformat()[:10]:
        return None  # after the fetch: no publication date
    return stated


def _authors(value: Any) -> tuple[Author, ...]:
    names = [value] if isinstance(value, str) else value if isinstance(value, (list, tuple)) else []
    named = [author for name in names if isinstance(name, (str, Author))
             for author in ((name,) if isinstance(name, Author)  # read from a page already
                            else declared_authors(unescape_entities(name) or name, None))]
    return tuple(dict.fromkeys(named))
