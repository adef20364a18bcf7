"""HTML pages: their main text, one block per line, for the cleaner's rules to read.

trafilatura finds the main content (offline: it is handed the page, nothing is fetched);
newsclean's line rules then run over its text, which still carries share rows, captions and
teasers (see ``Cleaner.for_html``). When trafilatura finds nothing, the page's visible text
is used. Line numbers in
``removed`` count lines of this text, not of the HTML source.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


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
