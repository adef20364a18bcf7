"""HTML pages: their main text, one block per line, for the cleaner's rules to read.

trafilatura finds the main content (offline: it is handed the page, nothing is fetched);
newsclean's line rules then run over its text, which still carries share rows, captions and
teasers (see ``Cleaner.for_html``). When trafilatura finds nothing, the page's visible text
is used. Line numbers in
``removed`` count lines of this text, not of the HTML source.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

MAX_DATE = "2099-12-31"  # the latest publication date believed when no fetch time is given


def html_to_text(html: str) -> str:
    """The main text of an HTML page, one block per line.

    >>> html_to_text("<html><body><article><h1>Title</h1><p>" + "Some words here. " * 20
    ...              + "</p></article></body></html>").splitlines()[0]
    'Title'
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, output_format="txt", favor_recall=True
    )
    if text:
        return str(text)
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    return "\n".join(line.strip() for line in soup.get_text("\n").splitlines() if line.strip())


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What the page's markup says of itself: meta tags, JSON-LD, the <title>."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None


def html_metadata(html: str, *, max_date: str = MAX_DATE) -> PageMetadata:
    """The title, author, publication day and site name the HTML declares (trafilatura and
    htmldate, offline). ``max_date`` bounds the dates accepted; it defaults to a fixed day,
    never the clock, so the answer does not change with the day it is asked."""
    import trafilatura

    config = {"original_date": True, "extensive_search": True, "max_date": max_date}
    try:
        found = trafilatura.extract_metadata(html, date_config=config)
    except Exception:  # malformed markup: the page then declares nothing
        log.debug("no metadata read from the page", exc_info=True)
        return PageMetadata()
    if found is None:
        return PageMetadata()
    return PageMetadata(
        title=found.title or None,
        author=found.author or None,
        date=found.date or None,
        sitename=found.sitename or None,
    )
