"""News feeds: RSS 2.0, RSS 1.0 and Atom, one document per item."""

from __future__ import annotations

import gzip
import html
import io as stdio
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path
from unittest import mock
from xml.sax.saxutils import escape as xml_escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import InputError, feeds
from newsclean.feeds import CHUNK
from newsclean.io import Document, find_inputs
from newsclean.sniffing import read_stdin
from tests.reading import documents, run

PARAGRAPH = ("The city council approved a new budget on Thursday that raises spending on "
             "schools and hospitals by eight percent, the largest rise in a decade.")
SECOND = ("Opponents said the plan would leave the city with a deficit next year, and that "
          "the council had not explained how the rise would be paid for.")
TEASER = ("Schools get more money, and so do hospitals &amp; clinics, while roads wait another "
          "year for the repairs the council had promised in the spring.")

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>The Daily Example</title>
<link>https://www.example.com/</link>
<atom:link href="https://www.example.com/feed/" rel="self" type="application/rss+xml" />
<description>News from Example City</description>
<image><title>The logo</title><url>https://www.example.com/logo.png</url></image>
<item>
<title>Council approves new budget</title>
<link>https://www.example.com/news/council-budget</link>
<dc:creator><![CDATA[Jane Smith]]></dc:creator>
<pubDate>Thu, 03 Dec 2026 18:30:00 +0000</pubDate>
<guid isPermaLink="false">https://www.example.com/?p=123</guid>
<description><![CDATA[<p>The city council approved a new budget [&#8230;]</p>]]></description>
<content:encoded><![CDATA[<p>{PARAGRAPH}</p>
<p>{SECOND}</p>
<p>The post <a href="https://www.example.com/news/council-budget">Council approves new budget</a>
appeared first on <a href="https://www.example.com">The Daily Example</a>.</p>]]></content:encoded>
</item>
<item>
<title>Q&amp;A: what the budget means for you</title>
<author>editor@example.com (Tom Brown)</author>
<pubDate>Fri, 04 Dec 2026 07:00:00 GMT</pubDate>
<guid>https://www.example.com/news/budget-qa</guid>
<description>{TEASER}</description>
</item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Example Wire</title>
  <id>tag:example.org,2026:feed</id>
  <updated>2026-12-05T09:00:00Z</updated>
  <entry>
    <title>Council approves new budget</title>
    <link rel="alternate" type="text/html" href="https://example.org/2026/12/budget"/>
    <link rel="edit" href="https://example.org/api/entries/1"/>
    <id>tag:example.org,2026:1</id>
    <published>2026-12-03T18:30:00+01:00</published>
    <updated>2026-12-04T08:00:00+01:00</updated>
    <author><name>Jane Smith</name><email>jane@example.org</email></author>
    <author><name>Tom Brown</name></author>
    <summary>A short summary.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{PARAGRAPH}</p>
      <p>{SECOND}</p></div></content>
  </entry>
  <entry>
    <title>Roads wait</title>
    <link href="https://example.org/2026/12/roads"/>
    <updated>2026-12-05T07:00:00Z</updated>
    <content type="text">{PARAGRAPH}

{SECOND} &lt;b&gt; is not markup here.</content>
  </entry>
  <entry>
    <title>Escaped HTML</title>
    <link href="https://example.org/2026/12/escaped"/>
    <content type="html">&lt;p&gt;{PARAGRAPH}&lt;/p&gt;</content>
  </entry>
</feed>
"""

RDF = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.net/feed"><title>Example Net</title></channel>
  <item rdf:about="https://example.net/story/1">
    <title>Council approves new budget</title>
    <description>{PARAGRAPH}</description>
    <dc:date>2026-12-03T18:30:00Z</dc:date>
    <dc:creator>Jane Smith</dc:creator>
  </item>
</rdf:RDF>
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, "utf-8")
    else:
        path.write_bytes(content)
    return path


def pages(path: Path) -> list[Document]:
    found = documents(path)
    assert all(isinstance(d, Document) for d in found), found
    return found  # type: ignore[return-value]


def test_each_rss_item_is_a_page_with_what_the_feed_says_of_it(tmp_path: Path) -> None:
    path = write(tmp_path, "news.rss", RSS)
    first, second = pages(path)
    assert (first.id, first.url, first.source, first.text) == (
        "news:1", "https://www.example.com/news/council-budget",
        "https://www.example.com/news/council-budget", "")
    assert first.html is not None and second.html is not None
    assert f"<p>{PARAGRAPH}</p>" in first.html  # the full content, not the teaser
    assert "[&#8230;]" not in first.html
    assert '<meta property="article:published_time" content="2026-12-03T18:30:00+00:00">' in first.html
    assert '<meta name="author" content="Jane Smith">' in first.html
    assert '<meta property="og:site_name" content="The Daily Example">' in first.html
    assert "<title>Council approves new budget</title>" in first.html
    # no link: the guid, a permalink; the description alone; an author's e-mail left out
    assert (second.id, second.url) == ("news:2", "https://www.example.com/news/budget-qa")
    assert "<title>Q&amp;A: what the budget means for you</title>" in second.html
    assert '<meta name="author" content="Tom Brown">' in second.html
    assert html.unescape(TEASER) in html.unescape(second.html)


def test_the_records_of_a_feed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, (first, second), err = run(capsys, str(write(tmp_path, "news.rss", RSS)))
    assert code == 0, err
    assert first["title"] == "Council approves new budget"
    assert first["text"] == f"{PARAGRAPH}\n\n{SECOND}"
    assert {"text": "The post Council approves new budget appeared first on The Daily Example.",
            "rule": "chrome.crosslink"}.items() <= first["removed"][-1].items()
    assert first["published"] == "2026-12-03T18:30:00+00:00"  # the time pubDate gives
    assert [a["name"] for a in first["authors"]] == ["Jane Smith"]
    assert first["outlet"]["domain"] == "example.com"
    assert second["title"] == "Q&A: what the budget means for you"
    assert second["text"] == html.unescape(TEASER)
    assert [a["name"] for a in second["authors"]] == ["Tom Brown"]
    assert second["published"] == "2026-12-04T07:00:00+00:00"


def test_an_atom_entry_s_record_is_dated_by_its_publication_not_its_update(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, (first, second, third), _ = run(capsys, str(write(tmp_path, "wire.atom", ATOM)))
    assert code == 0
    assert (first["published"], second["published"], third["published"]) == (
        "2026-12-03T18:30:00+01:00",
        "2026-12-05T07:00:00+00:00",  # the update, where there is nothing else
        None)
    assert [a["name"] for a in first["authors"]] == ["Jane Smith", "Tom Brown"]
    # the entry's update after its publication; none where the update is all there is
    assert (first["updated"], second["updated"]) == ("2026-12-04T08:00:00+01:00", None)
    assert ["published_from_updated" in r["flags"] for r in (first, second, third)] == [
        False, True, False]


def test_an_excerpt_in_a_feed_is_found_a_teaser_of_the_article_scraped_beside_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    third = ("The vote was seven to four. The budget takes effect on the first of January, and "
             "the mayor said the city would publish the details of every cut next week.")
    page = write(tmp_path, "story.html", f"<html><head><title>Council approves new budget"
                 f"</title></head><body><article><h1>Council approves new budget</h1>"
                 f"<p>{PARAGRAPH}</p><p>{SECOND}</p><p>{third}</p></article></body></html>")
    excerpt = RSS.replace(f"<description>{TEASER}</description>",
                          f"<description>{PARAGRAPH[:-1]} [&#8230;]</description>")
    code, records, _ = run(capsys, str(page), str(write(tmp_path, "news.rss", excerpt)), "--dedup")
    assert code == 0
    found = {r["id"]: (r["duplicate_of"], r["duplicate_kind"]) for r in records}
    # the full item is the article but its last paragraph; the excerpt, its opening
    assert found == {"story": (None, None), "news:1": ("story", "containment"),
                     "news:2": ("story", "containment")}


def test_atom_entries_by_their_content_s_type(tmp_path: Path) -> None:
    first, second, third = pages(write(tmp_path, "wire.atom", ATOM))
    assert first.url == "https://example.org/2026/12/budget"  # the alternate link, not edit
    assert first.html is not None and second.html is not None and third.html is not None
    assert f"<p>{PARAGRAPH}</p>" in first.html and "A short summary" not in first.html
    assert '<meta property="article:published_time" content="2026-12-03T18:30:00+01:00">' in first.html
    assert '<meta property="article:modified_time" content="2026-12-04T08:00:00+01:00">' in first.html
    assert ['<meta name="author" content="Jane Smith">' in first.html,
            '<meta name="author" content="Tom Brown">' in first.html] == [True, True]
    assert '<meta property="og:site_name" content="Example Wire">' in first.html
    # text content: paragraphs, its markup-like text escaped
    assert f"<p>{PARAGRAPH}</p><p>{SECOND} &lt;b&gt; is not markup here.</p>" in second.html
    assert "article:published_time" not in second.html  # updated is no publication date
    assert f"<p>{PARAGRAPH}</p>" in third.html  # escaped HTML, as RSS holds it


def test_rss_1_items_are_named_by_their_about(tmp_path: Path) -> None:
    (item,) = pages(write(tmp_path, "feed.xml", RDF))
    assert (item.id, item.url) == ("feed:1", "https://example.net/story/1")
    assert item.html is not None and PARAGRAPH in item.html
    assert '<meta property="og:site_name" content="Example Net">' in item.html
    assert 'content="2026-12-03T18:30:00Z"' in item.html


def test_an_aggregator_s_item_names_its_outlet_and_other_namespaces_are_not_read(
        tmp_path: Path) -> None:
    feed = f"""<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Top stories - Google News</title>
<item><title>Council approves new budget - Reuters</title>
<link>https://news.google.com/rss/articles/CBMiabc?oc=5</link>
<media:title>A photo of the council</media:title>
<media:description>The council chamber on Thursday, photographed from the gallery.</media:description>
<media:content url="https://example.com/a.jpg" medium="image"/>
<description>{PARAGRAPH}</description>
<source url="https://www.reuters.com">Reuters</source>
</item></channel></rss>"""
    (item,) = pages(write(tmp_path, "news.rss", feed))
    assert item.html is not None
    assert '<meta property="og:site_name" content="Reuters">' in item.html
    assert "<title>Council approves new budget - Reuters</title>" in item.html
    assert PARAGRAPH in item.html and "gallery" not in item.html and "a photo" not in item.html


def test_html_entities_and_bare_ampersands_are_read_as_an_html_reader_reads_them(
        tmp_path: Path) -> None:
    feed = RSS.replace("<title>Council approves new budget</title>",
                       "<title>Caf&eacute; owners&nbsp;&amp; the council: AT&T, Q&A &#233;</title>")
    (first, _) = pages(write(tmp_path, "news.rss", feed))
    assert first.html is not None
    # (its spaces, the no-break one too, as the title's spaces)
    assert "<title>Café owners &amp; the council: AT&amp;T, Q&amp;A é</title>" in first.html


@pytest.mark.parametrize(("declared", "written", "encoding", "flags"), [
    ("windows-1251", "cp1251", "cp1251", ()),  # as declared
    ("UTF-16", "utf-16", "utf-16", ()),  # with its byte-order mark
    ("ISO-8859-1", "utf-8", "utf-8", ("encoding_misdeclared",)),  # a server's default name
    ("windows-1251", "utf-8", "utf-8", ("encoding_misdeclared",)),
    (None, "cp1251", "cp1251", ("encoding_detected",)),  # no name at all
    ("GB2312", "gb2312", "gb2312", ()),  # a multi-byte encoding, as declared
])
def test_a_feed_s_encoding_declared_misdeclared_or_undeclared(
        tmp_path: Path, declared: str | None, written: str, encoding: str,
        flags: tuple[str, ...]) -> None:
    title = "财政预算获批" if written == "gb2312" else "Совет утвердил бюджет"
    feed = RSS.replace("Council approves new budget", title)
    feed = (feed.replace('encoding="UTF-8"', f'encoding="{declared}"') if declared
            else feed.replace(' encoding="UTF-8"', ""))
    # a long feed, read a chunk at a time: the title's first letter cut by a chunk's end
    def padded(size: int) -> bytes:
        return feed.replace("<channel>", f"<channel><!--{'x' * size}-->").encode(written)

    unit = len(padded(1)) - len(padded(0))  # bytes a letter of ASCII takes
    needle = title.encode(written)[2:] if written == "utf-16" else title.encode(written)
    data = padded((CHUNK - unit - padded(0).index(needle)) // unit)
    assert data.index(needle) == CHUNK - unit  # its first byte the chunk's last (a unit's)
    first, _ = pages(write(tmp_path, "news.rss", data))
    assert first.html is not None and f"<title>{title}</title>" in first.html
    assert (first.encoding, first.flags) == (encoding, flags)


def test_what_a_server_printed_around_the_feed_is_passed_over(tmp_path: Path) -> None:
    warning = "\n<b>Warning</b>: Undefined variable $x in /var/www/feed.php on line 12<br />\n"
    found = documents(write(tmp_path, "news.rss", "\n" + warning + RSS + warning))
    assert [d.id for d in found if isinstance(d, Document)] == ["news:1", "news:2"]
    assert not [d for d in found if isinstance(d, InputError)]


def test_damage_ends_the_feed_after_the_items_before_it(tmp_path: Path) -> None:
    feed = RSS.replace("<title>Q&amp;A", "<title><b>Q&amp;A")  # a tag left open
    found = documents(write(tmp_path, "news.rss", feed))
    assert isinstance(found[0], Document) and found[0].id == "news:1"
    assert isinstance(found[1], InputError)
    line = next(n for n, row in enumerate(feed.splitlines(), 1) if "<b>Q&amp;A" in row)
    assert found[1].reason.startswith(f"line {line}: Opening and ending tag mismatch")
    assert found[1].reason.endswith("the feed is not read on after 1 item")


@pytest.mark.parametrize(("content", "reason"), [
    ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
     "<url><loc>https://example.com/a</loc></url></urlset>",
     "a sitemap (<urlset>): it lists addresses, and holds no text"),
    ('<?xml version="1.0"?><nitf><body/></nitf>',
     "not a feed: its root is <nitf>, not <rss>, <feed>, <rdf:RDF> or an export's <items>"),
    (f"Council approves new budget\n\n{PARAGRAPH}\n", "not a feed: line 1: "),
    ("<rss><channel><title>Empty</title></channel></rss>", "a feed with no item in it"),
    ("", "empty file"),
    ("\n  \n", "empty file"),
    ("<rss><channel><item><description>" + "<b>" * 100_000, "line 1: Excessive depth in "
     "document: 2048: the feed is not read on after 0 items"),
])
def test_a_file_that_is_no_feed_is_one_error_that_says_what_it_is(
        tmp_path: Path, content: str, reason: str) -> None:
    path = write(tmp_path, "feed.xml", content)
    (found,) = documents(path)
    assert isinstance(found, InputError) and found.source == str(path)
    assert found.reason.startswith(reason)


def test_an_item_with_nothing_to_read_is_named_and_the_others_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = RSS.replace(f"<description>{TEASER}</description>", "<description> </description>")
    path = write(tmp_path, "news.rss", feed)
    code, records, err = run(capsys, str(path))
    assert code == 1
    assert [r["id"] for r in records] == ["news:1"]
    assert f"{path}: item 2: no content, description or summary" in err


def test_feeds_in_folders_archives_compressed_and_on_stdin(tmp_path: Path) -> None:
    folder = tmp_path / "feeds"
    folder.mkdir()
    write(folder, "a.rss", RSS)
    write(folder, "b.atom", ATOM)
    (folder / "c.rss.gz").write_bytes(gzip.compress(RSS.encode()))
    write(folder, "sitemap.xml", '<?xml version="1.0"?><urlset/>')
    found = [p for p in find_inputs([str(folder)]) if isinstance(p, Path)]
    assert [p.name for p in found] == ["a.rss", "b.atom", "c.rss.gz"]  # .xml: when named
    (only,) = find_inputs([str(tmp_path / "feeds" / "sitemap.xml")])
    assert only == folder / "sitemap.xml"
    alone = tmp_path / "alone"
    alone.mkdir()
    write(alone, "feed.xml", RDF)
    (error,) = find_inputs([str(alone)])
    assert isinstance(error, InputError) and "1 .xml file: name them to read them" in error.reason
    tar = tmp_path / "feeds.tar.gz"
    with tarfile.open(tar, "w:gz") as archive:
        for path in sorted(folder.iterdir()):
            archive.add(path, arcname=path.name)
    inside = documents(tar)
    assert [d.id for d in inside if isinstance(d, Document)] == [
        "a:1", "a:2", "b:1", "b:2", "b:3", "c:1", "c:2"]  # sitemap.xml passed over
    assert not [d for d in inside if isinstance(d, InputError)]
    for data in (RSS.encode(), ATOM.encode(), gzip.compress(RDF.encode())):
        told = list(read_stdin(stdio.BytesIO(data)))
        assert told and all(isinstance(d, Document) and d.html for d in told)
        assert [d.id for d in told] == [f"stdin:{n}" for n in range(1, len(told) + 1)]
    (forced,) = read_stdin(stdio.BytesIO(b"\n\n" + RDF.encode()), kind="feed")
    assert isinstance(forced, Document) and forced.url == "https://example.net/story/1"


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(items=st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=4))
def test_any_item_s_title_and_text_come_through(items: list[tuple[str, str]]) -> None:
    """Whatever an item's title and description hold (markup characters, entities'
    look-alikes), as an XML writer escapes them, the page holds them as they were (before
    the repair of mojibake, which text made of any characters can look like)."""
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    for title, text in items:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = title
        ET.SubElement(item, "description").text = text
    data = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    with mock.patch.object(feeds, "repair_mojibake", lambda read: read):  # the XML's part alone
        found = list(read_stdin(stdio.BytesIO(data), kind="feed"))
    assert len(found) == len(items)
    for (title, text), page in zip(items, found, strict=True):
        if not text.strip():  # nothing to read: named, not made a page
            assert isinstance(page, InputError) and "no content" in page.reason
            continue
        assert isinstance(page, Document) and page.html is not None
        spaced = " ".join(title.split())
        if spaced:
            assert f"<title>{html.escape(spaced)}</title>" in page.html
        assert f"<article>{'<h1>' + html.escape(spaced) + '</h1>' if spaced else ''}{text}" \
            f"</article>" in page.html


def test_a_feed_saved_under_a_pages_name_or_none_is_read_as_a_feed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """wget saves a site's /feed/ as feed/index.html; a scraper may name it as it likes."""
    (tmp_path / "feed").mkdir()
    write(tmp_path / "feed", "index.html", RSS)
    write(tmp_path, "news.html.gz", gzip.compress(RSS.encode("utf-8")))
    code, records, err = run(capsys, str(tmp_path))
    assert code == 0, err
    assert [(r["id"], r["title"]) for r in records] == [
        ("index:1", "Council approves new budget"),
        ("index:2", "Q&A: what the budget means for you"),
        ("news:1", "Council approves new budget"),
        ("news:2", "Q&A: what the budget means for you")]
    # named, a file of no reader's suffix, or a dump's, is read by what it holds too
    entries = [d.html for d in pages(write(tmp_path, "feed.atom", ATOM))]
    for name in ("feed-2026-12-04", "atom.txt"):
        found = pages(write(tmp_path, name, ATOM))
        assert [(d.id, d.html) for d in found] == [
            (f"{name.removesuffix('.txt')}:{n}", page) for n, page in enumerate(entries, 1)]


def test_a_feed_in_an_archive_under_a_pages_name_is_read_as_a_feed(tmp_path: Path) -> None:
    archive = tmp_path / "mirror.tar"
    with tarfile.open(archive, "w") as packed:
        data = RSS.encode("utf-8")
        info = tarfile.TarInfo("site/feed/index.html")
        info.size = len(data)
        packed.addfile(info, stdio.BytesIO(data))
    assert [(d.id, d.url) for d in pages(archive)] == [
        ("index:1", "https://www.example.com/news/council-budget"),
        ("index:2", "https://www.example.com/news/budget-qa")]


@pytest.mark.parametrize(("cut_after", "read", "said"), [
    ("<dc:creator>", ["item 1: no content, description or summary"],
     "cut short: the data ends inside <creator>, in item 1, which is read as far as it goes"),
    (f"<description>{TEASER[:40]}", ["news:1", "news:2"],
     "cut short: the data ends inside <description>, in item 2, which is read as far as it goes"),
    (f"{TEASER}</description>\n</item>\n", ["news:1", "news:2"],
     "cut short: the data ends inside <channel>, after 2 items"),
])
def test_a_feed_cut_short_says_so_after_what_it_holds(
    tmp_path: Path, cut_after: str, read: list[str], said: str
) -> None:
    """A download that broke off: the parser closes what is open at the data's end, which
    is no end the feed wrote."""
    feed = RSS[:RSS.index(cut_after) + len(cut_after)]
    *found, last = documents(write(tmp_path, "news.rss", feed))
    assert [d.id if isinstance(d, Document) else d.reason for d in found] == read
    assert isinstance(last, InputError) and last.reason == said
    if read[-1] == "news:2":
        (second,) = [d for d in found if isinstance(d, Document) and d.id == "news:2"]
        assert second.html is not None and html.unescape(TEASER[:40]) in html.unescape(second.html)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=RSS.index("<rss"), max_value=len(RSS)))
def test_a_feed_cut_anywhere_is_read_to_the_cut_and_said_cut_unless_whole(cut: int) -> None:
    data = stdio.BufferedReader(stdio.BytesIO(RSS[:cut].encode()))  # type: ignore[arg-type]
    found = list(feeds.feed_documents(data, "news.rss", "news"))
    assert isinstance(found[-1], InputError) != RSS[:cut].rstrip().endswith("</rss>")


# Scrapy's XML export (-o items.xml): an <item> per scraped item, a field per element, a
# list as <value> elements, strings escaped as XML and written as they are
def exported(*items: dict) -> str:
    def value(v: object) -> str:
        if isinstance(v, list):
            return "".join(f"<value>{value(x)}</value>" for x in v)
        if isinstance(v, dict):
            return "".join(f"<{k}>{value(x)}</{k}>" for k, x in v.items())
        return xml_escape(str(v))
    body = "\n".join(f"<item>{value(item)}</item>" for item in items)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<items>\n{body}\n</items>'


STORY = f"Council approves new budget\n\n{PARAGRAPH}\n\nThe vote was 7 to 2 & final."


def test_scrapys_xml_export_is_read_as_its_items_are_in_json(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "items.xml", exported(
        {"url": "https://example.com/a", "text": STORY, "authors": ["Jane Smith", "John Doe"]},
        {"url": "https://example.com/b", "title": "No text here"},
        {"article": {"body": STORY}}))
    code, records, err = run(capsys, str(path))
    assert code == 1
    assert [r["id"] for r in records] == ["items:1"]
    first = records[0]
    assert (first["id"], first["url"], first["title"]) == ("items:1", "https://example.com/a",
                                                           "Council approves new budget")
    assert first["text"].endswith("The vote was 7 to 2 & final.")
    assert [a["name"] for a in first["authors"]] == ["Jane Smith", "John Doe"]
    assert f'{path}:8: item 2: the object has no "text" or "html" string' in err  # its line
    assert f'{path}:9: item 3: the object has no "text" or "html" string; --field text=article.body' in err
    # a nested field, as --field names one in JSON
    code, records, _ = run(capsys, str(path), "--field", "text=article.body")
    assert [r["id"] for r in records] == ["items:3"]
    # on standard input, told by its opening
    found, *_ = read_stdin(stdio.BytesIO(path.read_bytes()))
    assert isinstance(found, Document) and found.text == STORY and found.id == "stdin:1"


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"),
               min_size=1).filter(str.strip))
def test_an_exported_text_is_read_back_as_it_was_written(text: str) -> None:
    data = exported({"id": "x", "text": text}).encode("utf-8")
    (found,) = feeds.feed_documents(stdio.BufferedReader(stdio.BytesIO(data)), "items.xml", "items")  # type: ignore[arg-type]
    assert isinstance(found, Document)
    assert found.text == text or "mojibake_repaired" in found.flags  # as a JSON object's is


def test_an_export_cut_short_is_read_to_the_break(tmp_path: Path) -> None:
    data = exported({"text": STORY}, {"text": STORY})
    path = write(tmp_path, "items.xml", data[:data.rindex("final.")])
    one, two, error = documents(path)
    assert isinstance(one, Document) and one.text == STORY
    assert isinstance(two, Document) and STORY.startswith(two.text)
    assert isinstance(error, InputError)
    assert error.reason == ("cut short: the data ends inside <text>, in item 2, which is read as "
                            "far as it goes")


def test_a_feed_cut_inside_a_prefixed_tag_ends_in_an_error_not_a_crash() -> None:
    """The parser names the tag the data ends inside as far as it goes (``atom:``), which
    is no name lxml's ``QName`` takes."""
    feed = RSS[:RSS.index("<atom:") + len("<atom:")]
    data = stdio.BufferedReader(stdio.BytesIO(feed.encode()))  # type: ignore[arg-type]
    *_, last = feeds.feed_documents(data, "news.rss", "news")
    assert isinstance(last, InputError) and "QName 'atom:'" in last.reason
