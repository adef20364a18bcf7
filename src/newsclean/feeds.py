"""Reading news feeds: RSS 2.0, RSS 1.0 (RDF) and Atom (``.rss``, ``.atom``, and ``.xml``
when named), one document per item.

An item becomes a page, cleaned as a saved page is: its content (``content:encoded``, Atom's
``content``, else the ``description`` or ``summary``, which many feeds hold alone: a
teaser) under its title, with what the feed says of it in the page's head, where the HTML
reader finds it: the title, the publication date (``pubDate``, ``dc:date``, Atom's
``published``) as ``article:published_time`` and Atom's ``updated`` as
``article:modified_time``, the authors (``dc:creator``, ``author``) and the feed's title as
the site's name (an aggregator's item's ``source``, as Google News gives it, instead). Its
``url`` is the item's link (Atom's ``alternate`` link, RSS 1.0's ``rdf:about``, or a
``guid`` that is a permalink); its id is ``stem:N``, N the item's number in the feed, and
its source the link, else ``file.rss#N``.

A crawler's XML export is read here too, as it is XML a feed reader reads (Scrapy's ``-o
items.xml``, a "feed export" in its words: ``<items><item><text>...``): each item is the JSON
object it was written from (:func:`_exported`), read as a JSON object is.

Feeds are read as a stream, an item at a time, so a feed of any size is read in about the
memory of its largest item. Feeds are often not quite XML, nor in the encoding they say
(:class:`_Transcoded`): the named entities of HTML (``&nbsp;``, ``&eacute;``) and a bare
``&`` ("Q&A") are read as an HTML reader reads them, not taken for errors, and what a server
printed around the feed is passed over. Other damage ends the feed with one error naming
its line, after the items before it. An item with no content, description or summary is named and passed over;
a file that is no feed (a sitemap, another XML format) is one error that says what it is.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterator
from html.entities import name2codepoint
from pathlib import Path
from typing import IO, Any

from newsclean.compression import peek
from newsclean.decoding import (
    SNIFF,
    Decoded,
    codec_named,
    marked_codec,
    read_legacy,
    read_not_utf8,
    repair_mojibake,
)
from newsclean.errors import InputError, counted
from newsclean.fetched import read_fetch_time
from newsclean.io import FIELDS, Document, Fields, object_document, read_streamed, web_address

FEED_ROOTS = frozenset({"rss", "feed", "RDF"})  # RSS 2.0, Atom, RSS 1.0 (rdf:RDF)
ITEMS = frozenset({"item", "entry"})
# Scrapy's XML export (-o items.xml, a "feed export" in its words): <items><item><text>...
EXPORT_ROOT = "items"
SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
_CONTENT = ("encoded", "content", "description", "summary")  # the first there is the item's
_DATES = ("pubDate", "date", "published", "issued")  # when it was published
_UPDATES = ("updated", "modified")  # when it was changed last
# The namespaces an item's own parts are read in: RSS 2.0's (none), RSS 1.0's, Atom's (1.0,
# 0.3), the content module's (content:encoded) and Dublin Core's (dc:creator, dc:date). Others
# name their own things alike: Media RSS's media:content and media:description are a photo's.
_READ_NAMESPACES = frozenset({
    None, "http://purl.org/rss/1.0/", "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#",
    "http://purl.org/rss/1.0/modules/content/", "http://purl.org/dc/elements/1.1/",
    "http://purl.org/dc/terms/"})
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
# an ampersand and what follows it, up to where a reference would end
_AMPERSAND = re.compile(r"&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{0,31});)?")
_HOLD = 42  # characters at a chunk's end kept back when an ampersand there may open a reference
CHUNK = 1 << 16
_DECLARATION = re.compile(rb"""^<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")
# the XML declaration, and what a server printed before it (whitespace; a PHP warning)
_XML_DECLARATION = re.compile(r"^.{0,2000}?<\?xml[^>]{0,200}\?>", re.S)
_UTF8_TAIL = re.compile(rb"(?:[\xc0-\xff]|[\xe0-\xff][\x80-\xbf]|[\xf0-\xff][\x80-\xbf]{2})\Z")
_PROLOG = re.compile(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.S)
_FEED_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF)[\s>/]|<items>\s*<item>")


def read_feed_file(path: Path, fields: Fields | None = None) -> Iterator[Document | InputError]:
    """The items of a feed or an XML export (plain or compressed), one document each."""
    return read_streamed(path, feed_documents, fields or FIELDS)


def feed_documents(
    handle: IO[bytes], source: str, stem: str, fields: Fields | None = None
) -> Iterator[Document | InputError]:
    """The items of a feed on a stream (decompressed): documents ``stem:N``, errors naming
    ``source``."""
    from lxml import etree  # trafilatura's, loaded when a feed is read

    opening = peek(handle, SNIFF)
    if not opening.strip():
        yield InputError(source, "empty file")
        return
    text = _Transcoded(handle, opening)
    chunks = iter(text)
    parser = etree.XMLPullParser(
        events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
        huge_tree=True, remove_comments=True)
    count, channel, root, closed = 0, None, None, False
    error: Exception | None = None
    ended = cut = False  # whether the data ended before the feed did (the parser then closes
    # what is open: its "end" of the root is no end the feed wrote), and inside an item
    while error is None:
        try:
            chunk = next(chunks, b"")
        except OSError as exc:  # unreadable; a torn compressed stream
            yield InputError(source, exc.strerror or f"cannot read: {exc}")
            return
        try:
            if chunk:
                parser.feed(chunk)
            else:
                parser.close()
        except etree.XMLSyntaxError as exc:  # the events before it are still read
            error, ended = exc, not chunk
        for event, element in parser.read_events():
            name = _local(element)
            if root is None:
                root = name
                if name not in FEED_ROOTS and name != EXPORT_ROOT:
                    yield InputError(source, _not_a_feed(name))
                    return
            elif event == "end" and element.getparent() is None:
                closed = not ended  # what follows the feed (a PHP warning) is none of it
            elif root == EXPORT_ROOT:
                if event == "end" and name == "item" and element.getparent().getparent() is None:
                    count += 1
                    cut = cut or ended
                    yield object_document(
                        _exported(element), source, line=element.sourceline,
                        default_id=f"{stem}:{count}", origin=f"{source}#{count}",
                        fields=fields or FIELDS, where=f"item {count}: ",
                        encoding=text.encoding or "utf-8")
                    _let_go(element)
            elif event == "end" and name in ITEMS:
                count += 1
                cut = cut or ended  # an item the data ends inside, closed by the parser
                yield _item(element, source, f"{stem}:{count}", count, channel, text)
                _let_go(element)
            elif event == "end" and name == "title" and channel is None and (
                    _local(element.getparent()) in ("channel", "feed")):
                channel = _text(element) or None
        if not chunk:
            break
    if error is not None and not closed:
        number = getattr(error, "lineno", None)
        line = f"line {number}: " if number else ""
        inside = _OPEN_TAG.search(str(error)) if ended else None
        if root is not None and inside is not None:
            where = (f"in item {count}, which is read as far as it goes" if cut
                     else f"after {counted(count, 'item')}")
            yield InputError(source, f"cut short: the data ends inside <{inside.group(1)}>, {where}")
        elif root is None:
            yield InputError(source, f"not a feed: {line}{_reason(error)}")
        else:
            yield InputError(source, f"{line}{_reason(error)}: the feed is not read on "
                                     f"after {counted(count, 'item')}")
    elif count == 0:
        yield InputError(source, "an export with no item in it" if root == EXPORT_ROOT
                         else "a feed with no item in it")


_OPEN_TAG = re.compile(r"Premature end of data in tag (\S+)")  # libxml2's, at the data's end


def _exported(element: Any) -> Any:
    """An exported item's element as the JSON value Scrapy's XML exporter wrote it from: an
    object of its fields, a list of ``<value>`` elements, a string (as written: its lines
    and spaces kept)."""
    children = [child for child in element if isinstance(child.tag, str)]
    if not children:
        return "".join(element.itertext())
    if all(_local(child) == "value" for child in children):
        return [_exported(child) for child in children]
    found: dict[str, Any] = {}
    for child in children:
        found.setdefault(_local(child), _exported(child))
    return found


def _let_go(element: Any) -> None:
    """An item read, let go with what came before it: memory holds one item."""
    element.clear()
    while element.getprevious() is not None:
        del element.getparent()[0]


def _qualified(element: Any) -> tuple[str | None, str]:
    """An element's namespace (``None`` without one) and its name in it. Not lxml's
    ``QName``, which refuses the name the parser gives a tag the data ends inside (``atom:``,
    of ``<atom:link`` cut short)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if not tag.startswith("{"):
        return None, tag
    namespace, _, name = tag[1:].partition("}")
    return namespace, name


def _local(element: Any) -> str:
    """An element's name without its namespace (``_qualified``)."""
    return _qualified(element)[1]


def _reason(exc: Exception) -> str:
    """A parser's message without the place it already gives by line."""
    said = re.sub(r",? line \d+, column \d+(?: \(.*\))?$", "", str(exc))
    return said.replace(", use XML_PARSE_HUGE option", "").strip() or "not XML"


def _not_a_feed(root: str) -> str:
    if root in SITEMAP_ROOTS:
        return f"a sitemap (<{root}>): it lists addresses, and holds no text"
    return f"not a feed: its root is <{root}>, not <rss>, <feed>, <rdf:RDF> or an export's <items>"


def _item(
    element: Any, source: str, id: str, number: int, site: str | None, read: _Transcoded
) -> Document | InputError:
    """An item's page, or the error of an item with nothing to read."""
    found: dict[str, Any] = {}
    authors: list[str] = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        namespace, name = _qualified(child)
        if namespace not in _READ_NAMESPACES:  # Media RSS's, iTunes's: not the item's
            continue
        if name == "source":  # an aggregator's item: its outlet (Google News; Atom's title)
            titles = [c for c in child if isinstance(c.tag, str)
                      and _local(c) == "title"]
            site = _text(titles[0] if titles else child) or site
        elif name in ("creator", "author"):
            author = _author(child)
            if author and author not in authors:
                authors.append(author)
        elif name == "link":
            if child.get("href") is None:
                found.setdefault("link", _text(child))
            elif child.get("rel", "alternate") == "alternate":
                found.setdefault("link", child.get("href", "").strip())
        else:
            found.setdefault(name, child)
    content = next((found[name] for name in _CONTENT if name in found
                    and _markup(found[name]).strip()), None)
    if content is None:
        return InputError(source, f"item {number}: no content, description or summary")
    url = web_address(found.get("link")) or web_address(element.get(
        "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")) or _permalink(found.get("guid"))
    title = _text(found["title"]) if "title" in found else None
    date, updated = (next((_date(_text(found[name])) for name in names if name in found
                           and _text(found[name])), None) for names in (_DATES, _UPDATES))
    head = ['<meta charset="utf-8">']
    if title:
        head.append(f"<title>{html.escape(title)}</title>")
    if date:
        head.append(f'<meta property="article:published_time" content="{html.escape(date)}">')
    if updated:
        head.append(f'<meta property="article:modified_time" content="{html.escape(updated)}">')
    head += [f'<meta name="author" content="{html.escape(a)}">' for a in authors]
    if site:
        head.append(f'<meta property="og:site_name" content="{html.escape(site)}">')
    if url:
        head.append(f'<link rel="canonical" href="{html.escape(url)}">')
    heading = f"<h1>{html.escape(title)}</h1>" if title else ""
    page = (f"<!DOCTYPE html><html><head>{''.join(head)}</head><body><article>{heading}"
            f"{_markup(content)}</article></body></html>")
    # mojibake in the item's text (a feed written from text read in the wrong encoding)
    repaired = repair_mojibake(Decoded(page, read.encoding or "utf-8", read.flags))
    return Document(id=id, source=url or f"{source}#{number}", text="", url=url,
                    html=repaired.text, flags=repaired.flags, encoding=repaired.encoding)


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _markup(element: Any) -> str:
    """An item's content as HTML: RSS's escaped HTML as it is, Atom's by its type (``html``,
    ``xhtml``: the elements inside it, ``text``: escaped)."""
    from lxml import etree

    kind = element.get("type", "html").lower()
    if kind in ("xhtml", "application/xhtml+xml"):
        inner = (element.text or "") + "".join(
            etree.tostring(child, encoding="unicode", method="html") for child in element)
        return re.sub(r"<(/?)[a-z]+:", r"<\1", inner)  # the xhtml: prefix, where one is written
    value = "".join(element.itertext())
    if kind in ("text", "text/plain", "plain"):
        return "".join(f"<p>{html.escape(p)}</p>" for p in value.split("\n\n") if p.strip())
    return value


def _author(element: Any) -> str | None:
    """An author's name: Atom's ``name``, RSS's ``jane@example.com (Jane Doe)``, or the text."""
    names = [c for c in element if isinstance(c.tag, str) and _local(c) == "name"]
    text = _text(names[0]) if names else _text(element)
    mailed = re.fullmatch(r"\S+@\S+\s+\((.+)\)", text)
    if mailed:
        return mailed.group(1).strip()
    return None if not text or re.fullmatch(r"\S+@\S+", text) else text


def _permalink(guid: Any) -> str | None:
    if guid is None or guid.get("isPermaLink", "true").lower() == "false":
        return None
    return web_address(_text(guid))


def _date(value: str) -> str:
    """A feed's date as ISO 8601 when it is RFC 822's (RSS's ``pubDate``); else as written."""
    if value[:1].isdigit() and "-" in value[:8]:
        return value  # ISO 8601 already (Atom, dc:date)
    when = read_fetch_time(value)
    return when.isoformat() if when is not None else value


class _Transcoded:
    """A feed's bytes as UTF-8 that XML reads, a chunk at a time, and how they were read.

    Feeds often say their encoding wrong, or not at all: bytes in UTF-8 under an
    ``ISO-8859-1`` or ``windows-1251`` declaration (a server's default), a cp1251 feed that
    declares nothing. So bytes are read as UTF-8 where they are that (a legacy declaration
    of UTF-8 bytes is wrong: flag ``encoding_misdeclared``); bytes that are not are read in
    the legacy encoding the feed declares, or, declaring none, in the one they read likeliest
    in (flag ``encoding_detected``), from then on; a byte-order mark, or another encoding
    declared (Shift_JIS, GB2312, EUC-KR), is read as it says. The XML declaration is then
    dropped, so that the parser reads UTF-8.

    HTML's named references are made numeric (``&nbsp;``: ``&#160;``) and a bare ampersand
    escaped (``&amp;``), as an HTML reader would read them, so that the XML parser does not
    stop at them; in CDATA, where they are text, the page's HTML reads the new forms as it
    would have read the old. What a server printed before the XML declaration (whitespace,
    a PHP warning) is passed over.
    """

    def __init__(self, handle: IO[bytes], opening: bytes) -> None:
        self.handle = handle
        self.flags: tuple[str, ...] = ()
        marked = marked_codec(opening)
        declared = _DECLARATION.search(opening.lstrip()[:200]) if marked is None else None
        self.declared = codec_named(declared.group(1).decode("ascii")) if declared else None
        self.encoding: str | None = None  # UTF-8 until bytes beyond ASCII say what they are
        self._decoder: Any = None  # once they are not UTF-8, what reads them
        if marked is not None or (self.declared or "").startswith(("utf-16", "utf-32")):
            self._switch(marked or self.declared or "utf-8")
        self._pending = b""  # the start of a UTF-8 sequence a chunk's end cut
        self._held = ""  # text from an ampersand at a chunk's end, kept until its reference ends
        self._started = False

    def __iter__(self) -> Iterator[bytes]:
        while True:
            raw = self.handle.read(CHUNK)
            text = self._held + self._decoded(raw)
            if not self._started:
                # its lines kept as line breaks, so that an error names the file's line
                text = _XML_DECLARATION.sub(lambda found: "\n" * found.group().count("\n"),
                                            text, count=1).lstrip("\ufeff")
                self._started = bool(text)
            cut = len(text)
            if raw:  # an ampersand near the end may open a reference the next chunk ends
                at = text.rfind("&", max(0, len(text) - _HOLD))
                if at >= 0 and ";" not in text[at:]:
                    cut = at
            text, self._held = text[:cut], text[cut:]
            if text:
                yield _AMPERSAND.sub(_reference, text).encode("utf-8")
            if not raw:
                return

    def _switch(self, codec: str) -> Any:
        """Read the bytes from now on in ``codec``; its incremental decoder."""
        self.encoding = codec.removesuffix("-sig")
        self._decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        return self._decoder

    def _decoded(self, raw: bytes) -> str:
        data = self._pending + raw
        self._pending = b""
        if self._decoder is not None:
            return str(self._decoder.decode(data, final=not raw))
        body = data
        if raw:  # a sequence cut at the chunk's end waits for its rest
            tail = _UTF8_TAIL.search(data[-4:])
            if tail is not None:
                body, self._pending = data[:len(data) - 4 + tail.start()], data[len(data) - 4
                                                                              + tail.start():]
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            if self.encoding == "utf-8":  # UTF-8 so far: stray bytes, read as their words read
                read = read_not_utf8(body)
                return read.text if read is not None else body.decode("utf-8", "replace")
            self._pending = b""
            if self.declared not in (None, "utf-8"):
                decoder = self._switch(str(self.declared))
            else:
                legacy = read_legacy(data)
                decoder = self._switch(legacy.encoding if legacy is not None else "cp1252")
                self.flags = ("encoding_detected",)
            return str(decoder.decode(data, final=not raw))
        if self.encoding is None and not body.isascii():
            self.encoding = "utf-8"
            if self.declared not in (None, "utf-8"):  # UTF-8 under another name
                self.flags = ("encoding_misdeclared",)
        return text


def _reference(found: re.Match[str]) -> str:
    if found.group(1) is None:  # a bare ampersand
        return "&amp;"
    name = found.group(2)
    if name is None or name in _XML_ENTITIES:
        return found.group(0)
    code = name2codepoint.get(name)
    return f"&#{code};" if code is not None else f"&amp;{name};"


def looks_like_feed(data: bytes) -> bool:
    """Whether bytes open as a feed does: its root element ``<rss``, ``<feed`` or
    ``<rdf:RDF`` (or ``<items><item>``, a crawler's XML export), after the XML declaration,
    comments, processing instructions and a document type."""
    head = data[:SNIFF].removeprefix(b"\xef\xbb\xbf").lstrip()
    while (prolog := _PROLOG.match(head)) is not None:
        head = head[prolog.end():].lstrip()
    return _FEED_START.match(head) is not None
