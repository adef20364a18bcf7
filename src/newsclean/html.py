"""HTML pages: their main text, one block per line, for the cleaner's rules to read.

trafilatura finds the main content (offline: it is handed the page, nothing is fetched);
newsclean's line rules then run over its text, which still carries share rows, captions and
teasers (see ``Cleaner.for_html``). When trafilatura finds nothing, the page's visible text
is used. Line numbers in ``removed`` count lines of this text, not of the HTML source.

The visible text (``visible_text``) is also where the page prints its date: extraction keeps
the article's paragraphs and often drops the date line above them.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import unescape
from typing import Any

from newsclean.segment import MARKS

log = logging.getLogger(__name__)

MAX_DATE = "2099-12-31"  # the latest publication date believed when no fetch time is given

# A start tag this long, with this many attributes or more, is broken or hostile markup: the
# HTML parser checks each attribute against those before it, so its time grows with their
# square (100,000 attributes: over a minute). Such a tag keeps its name and loses them.
_LONG_TAG = re.compile(r"<([A-Za-z][\w:-]*)[^<>]{20000,}>")
MAX_ATTRIBUTES = 1000


def without_attribute_floods(html: str) -> str:
    """``html`` with each start tag of ``MAX_ATTRIBUTES`` attributes or more cut to its name.

    >>> without_attribute_floods("<p " + 'a="x" ' * 5000 + ">text</p>")
    '<p>text</p>'
    """
    def cut(tag: re.Match[str]) -> str:
        return f"<{tag.group(1)}>" if tag.group(0).count("=") >= MAX_ATTRIBUTES else tag.group(0)

    return _LONG_TAG.sub(cut, html)


def html_to_text(html: str) -> str:
    """The main text of an HTML page, one block per line.

    >>> html_to_text("<html><body><article><h1>Title</h1><p>" + "Some words here. " * 20
    ...              + "</p></article></body></html>").splitlines()[0]
    'Title'
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    page: Any = html
    if _TABLE_CELL.search(html):
        root = _parse(html)
        if root is not None and unwrap_layout_tables(root):
            page = root
    text = trafilatura.extract(
        page, include_comments=False, include_tables=True, output_format="txt", favor_recall=True
    )
    return str(text) if text else visible_text(html)


_TABLE_CELL = re.compile(r"<t[dh][\s>]", re.IGNORECASE)
LAYOUT_CELL_WORDS = 100  # a table cell of this many words, in paragraphs, holds the page's text
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote",
                     "pre", "table", "article", "section"})


def unwrap_layout_tables(root: Any) -> bool:
    """Turn the tables that lay out a page into plain blocks; whether there was one.

    Old and regional sites set the whole article in a table cell. Extraction reads a table
    row as one line of cells, so the article came out one line of thousands of words, in
    which no line rule can tell a paragraph from the "Top stories" after it. A table is a
    layout table when a cell holds ``LAYOUT_CELL_WORDS`` words or more and a paragraph, a
    heading, a list or another table: a table of data holds short values.

    >>> import lxml.html
    >>> root = lxml.html.fromstring("<table><tr><td><h1>Title</h1><p>" + "word " * 120
    ...     + "</p><table><tr><td>Born</td><td>1950</td></tr></table></td></tr></table>")
    >>> unwrap_layout_tables(root), [e.tag for e in root.iter()]
    (True, ['div', 'div', 'div', 'h1', 'p', 'table', 'tr', 'td', 'td'])
    """
    found = False
    for table in list(root.iter("table")):
        # its own parts: a table of data inside a layout table's cell stays a table
        parts = [e for e in table.iter("thead", "tbody", "tfoot", "tr", "td", "th", "caption")
                 if _table_of(e) is table]
        if any(e.tag in ("td", "th") and _lays_out(e) for e in parts):
            found = True
            for element in parts:
                element.tag = "div"
            table.tag = "div"
    return found


def _table_of(element: Any) -> Any:
    """The table an element of a table belongs to: the nearest one above it."""
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _lays_out(cell: Any) -> bool:
    if not any(isinstance(e.tag, str) and e.tag in _BLOCKS for e in cell.iterdescendants()):
        return False
    return len(cell.text_content().split()) >= LAYOUT_CELL_WORDS


# Elements whose text a reader never sees, and those that flow inside a line of text; every
# other element starts and ends a line.
_UNSEEN = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "iframe",
                     "object", "select", "option", "datalist"})
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font",
                     "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
                     "sup", "time", "u", "var", "wbr", "label", "img", "input", "button"})
_SPACES = re.compile(r"\s+")


def visible_text(html: str) -> str:
    """The text a reader sees on the page, one line per block: what a scraper's dump holds.

    >>> visible_text("<html><head><title>T</title><script>x=1</script></head><body>"
    ...              "<nav><a>Home</a> <a>News</a></nav><p>Posted <time>4. 2. 2022</time></p>"
    ...              "<div>One<br>Two</div></body></html>").splitlines()
    ['Home News', 'Posted 4. 2. 2022', 'One', 'Two']
    """
    import lxml.etree

    root = _parse(html)
    if root is None:
        return _soup_text(html)
    lines: list[str] = []
    pending: list[str] = []

    def end_line() -> None:
        line = _SPACES.sub(" ", "".join(pending)).strip()
        if line:
            lines.append(line)
        pending.clear()

    unseen = 0  # how many enclosing elements hide their text
    for event, element in lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        if event in ("comment", "pi"):  # says nothing; the text after it is seen
            if not unseen:
                pending.append(element.tail or "")
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        hidden = tag in _UNSEEN
        block = tag not in _INLINE or tag == "br"
        if event == "start":
            if not unseen and not hidden:
                if block:
                    end_line()
                pending.append(element.text or "")
            unseen += hidden
            continue
        unseen -= hidden
        if not unseen:
            if block and not hidden:
                end_line()
            pending.append(element.tail or "")
    end_line()
    return "\n".join(lines)


def _parse(html: str) -> Any:
    """The page's element tree by lxml, or ``None`` where lxml loses text: markup it cannot
    parse (an empty document), a page that is one comment, nesting past libxml2's limit."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        try:
            root = lxml.html.fromstring(html, parser=parser)
        except ValueError:  # a string that declares its own encoding: lxml wants the bytes
            root = lxml.html.fromstring(html.encode("utf-8"), parser=parser)
    except (lxml.etree.LxmlError, ValueError):
        return None
    if not isinstance(root.tag, str):
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return None
    return root


def _soup_text(html: str) -> str:
    """The visible text of markup lxml cannot parse, by BeautifulSoup's lenient parser."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(without_unclosed_markup(html), "html.parser")
    for tag in soup(list(_UNSEEN)):
        tag.decompose()
    return "\n".join(line.strip() for line in soup.get_text("\n").splitlines() if line.strip())


# What closes each kind of markup that opens with "<": a comment, a marked section, any other
# declaration, processing instruction or tag.
_CLOSERS = (("<!--", "-->"), ("<![", "]]>"), ("<!", ">"), ("<?", ">"), ("</", ">"))


def without_unclosed_markup(html: str) -> str:
    """``html`` up to the first comment, declaration or tag that is never closed (which a
    browser reads to the end of the page, and shows none of). Python's HTML parser looks for
    the close of each again from every ``<`` after it, in time that grows with the square of
    their number: a page of 200,000 unclosed ``<!--`` took twelve minutes.

    >>> without_unclosed_markup("<p>Text</p><!-- a <!-- b")
    '<p>Text</p>'
    >>> without_unclosed_markup("<p>a < b, and c <d")
    '<p>a < b, and c '
    """
    pos = 0
    while True:
        start = html.find("<", pos)
        if start < 0 or start + 1 >= len(html):
            return html
        opener, closer = next(((o, c) for o, c in _CLOSERS if html.startswith(o, start)),
                              ("<", ">") if html[start + 1].isalpha() else ("", ""))
        if not opener:  # "a < b": a sign in the text
            pos = start + 1
            continue
        end = html.find(closer, start + len(opener))
        if end < 0:
            return html[:start]
        pos = end + len(closer)


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What the page's markup says of itself: meta tags, JSON-LD, the <title>."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    hostname: str | None = None  # of the page's URL, as its canonical link or og:url gives it
    section: str | None = None  # the first category: JSON-LD articleSection, category links
    # the titles the markup declares besides ``title`` (which JSON-LD may give): og:title,
    # twitter:title, the <title> element
    titles: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()  # the texts of the page's <h1> elements, in order, spaced
    # when the page was last changed, as its markup declares it (article:modified_time,
    # JSON-LD dateModified), in ISO 8601
    modified: str | None = None
    # ``date`` is ``modified``: the markup declares when the page changed, and no publication
    dated_by_update: bool = False


def html_metadata(html: str, *, reference: datetime | date | None = None) -> PageMetadata:
    """The title, author, publication day, site name and section the HTML declares
    (trafilatura and htmldate, offline). ``reference`` is the fetch time: no date after it
    is taken (see ``_Bound``); without it, none after ``MAX_DATE``, a fixed day, never the
    clock, so the answer does not change with the day it is asked.

    The day is what htmldate's fast search finds: what the markup states (meta tags,
    JSON-LD, ``<time>`` and date elements, the URL) and a few fixed patterns. Its extensive
    search, which hands strings of the page's text to dateparser, is left out: the cleaner
    reads the dates the page prints itself, and that search answers a page that prints none
    with the January 1st of a copyright line's year."""
    import trafilatura
    from trafilatura.utils import load_html

    bound = _Bound.of(reference)
    config = {"original_date": True, "extensive_search": False, "max_date": bound.htmldate,
              "outputformat": _DATE_FORMAT}
    try:
        tree = load_html(html)
        titles = _declared_titles(tree) if tree is not None else ()
        headings = _headings(tree) if tree is not None else ()
        modified = _declared_modified(tree, bound) if tree is not None else None
        found = trafilatura.extract_metadata(tree if tree is not None else html, date_config=config)
    except Exception:  # malformed markup: the page then declares nothing
        log.debug("no metadata read from the page", exc_info=True)
        return PageMetadata()
    if found is None:
        return PageMetadata()
    title = found.title or None
    day = declared_time(found.date) if found.date else None
    if day is not None and not bound.allows(day):
        day = None
    return PageMetadata(
        title=title,
        author=_with_last_marks(found.author, html) if found.author else None,
        date=day,
        sitename=found.sitename or None,
        hostname=found.hostname or None,
        section=_declared_section(found.categories),
        titles=tuple(t for t in titles if t != title),
        headings=headings,
        modified=modified,
        dated_by_update=day is not None and day == modified and not _declares_publication(tree),
    )


def _with_last_marks(author: str, html: str) -> str:
    """The authors as the page prints them: trafilatura cuts the vowel sign that ends a name
    in Hindi or Thai ("ऐश्ली कुटिन्हो" comes back "ऐश्ली कुटिन्ह")."""
    if author.isascii():
        return author
    names = []
    for name in author.split("; "):
        whole = re.search(re.escape(name) + f"[{MARKS}]+", html) if name else None
        names.append(whole.group() if whole else name)
    return "; ".join(names)


# htmldate's answer with its time and offset, which it gives as the markup wrote them
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_OFFSET = re.compile(r"([+-]\d\d)(\d\d)$")


def declared_time(value: str) -> str:
    """htmldate's answer (``_DATE_FORMAT``) in ISO 8601 as a record gives it: the day alone
    when no time was declared (a URL's or a JSON-LD ``2026-11-02`` comes back at a midnight
    without offset), else with the time, and the offset as ``-05:00``."""
    if value.endswith("T00:00:00"):
        return value[:10]
    return _OFFSET.sub(r"\1:\2", value)


# the meta tags before an element's microdata, found in one walk of the tree
_MODIFIED_PATH = ('//*[@itemprop="dateModified" or self::meta[@property="article:modified_time" '
                  'or @property="og:updated_time"]]')
_LD_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]{8,40})"')


_PUBLISHED_PATH = ('//*[@itemprop="datePublished" or self::meta[@property="article:published_time" '
                   'or @property="og:published_time"]]')


def _declares_publication(tree: Any) -> bool:
    """Whether the markup declares when the page was published (meta tags, microdata, JSON-LD)."""
    return bool(tree.xpath(_PUBLISHED_PATH)) or any(
        '"datePublished"' in (script.text or "")
        for script in tree.iterfind('.//script[@type="application/ld+json"]'))


@dataclass(frozen=True, slots=True)
class _Bound:
    """The latest date a page fetched at some time declares: a day no later than the one
    after the fetch's (the page's clock may be ahead of the fetch's), and with its offset,
    a moment no later than the fetch, where the fetch's time is known."""

    last_day: str
    moment: datetime | None = None

    @classmethod
    def of(cls, reference: datetime | date | None) -> _Bound:
        from newsclean.meta.dates import latest_day

        latest = latest_day(reference)
        if latest is None:
            return cls(MAX_DATE)
        aware = reference if isinstance(reference, datetime) and reference.tzinfo else None
        return cls(latest.isoformat(), aware)

    @property
    def htmldate(self) -> str:
        """htmldate's ``max_date``, which bounds a date by its midnight: the day after."""
        try:
            return (date.fromisoformat(self.last_day) + timedelta(days=1)).isoformat()
        except (ValueError, OverflowError):  # 9999-12-31
            return self.last_day

    def allows(self, value: str) -> bool:
        """Whether an ISO 8601 date may be the page's: on a day no later than the last, and
        with an offset, at a moment no later than the fetch."""
        if value[:10] > self.last_day:
            return False
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:  # a year-less day
            return True
        return self.moment is None or moment.tzinfo is None or moment <= self.moment


def _declared_modified(tree: Any, bound: _Bound) -> str | None:
    """When the markup says the page was last changed: its meta tags' modification time,
    else a JSON-LD ``dateModified``; in ISO 8601, and not after the fetch (``bound``)."""
    from newsclean.meta.dates import normalize_date

    elements = sorted(tree.xpath(_MODIFIED_PATH), key=lambda e: e.get("itemprop") is not None)
    found = [value for e in elements for value in (e.get("content"), e.get("datetime")) if value]
    if not found:
        found = [m.group(1) for script in tree.iterfind('.//script[@type="application/ld+json"]')
                 for m in _LD_MODIFIED.finditer(script.text or "")]
    for value in found:
        parsed = normalize_date(value)
        if parsed is not None and parsed.year_known and bound.allows(parsed.value):
            return parsed.value
    return None


_TITLE_PATHS = ('//head/meta[@property="og:title"]/@content', '//head/meta[@name="twitter:title"]/@content',
                "//head/title/text()")


_HEADINGS_READ = 5  # a page with more <h1> elements uses them for teasers too


def _headings(tree: Any) -> tuple[str, ...]:
    """The texts of the page's first <h1> elements, spaced as text."""
    return tuple(" ".join(element.text_content().split())
                 for element in itertools.islice(tree.iterfind(".//h1"), _HEADINGS_READ))


def _declared_titles(tree: Any) -> tuple[str, ...]:
    """The titles the page's head declares: og:title (each, where a theme and a plugin both
    print one), twitter:title, <title>; spaced as text."""
    found = (" ".join(str(value).split()) for path in _TITLE_PATHS for value in tree.xpath(path))
    return tuple(dict.fromkeys(title for title in found if title))


_SECTION_WORDS = 6  # "Crime and Public Safety"; longer, a list run together or a headline
_SECTION_CHARS = 60


def _declared_section(categories: list[str] | None) -> str | None:
    """The first of the categories the markup declares (the first of a list it declares as
    one string: "Health, Science, U.S. News"), when it is short enough to be a section's
    name and is no interface string or home page ("Über uns", "Startseite")."""
    from newsclean.chrome import patterns as p

    for category in categories or ():
        name = " ".join(unescape(category).partition(",")[0].split())  # "Body &amp; Fitness"
        if (name[:1].isalpha() and ":" not in name  # not "repository:274214725", an id
                and len(name.split()) <= _SECTION_WORDS and len(name) <= _SECTION_CHARS
                and p.key_of(name) not in p.NOT_SECTIONS):  # "Startseite", "Über uns"
            return name
        break
    return None
