"""Which outlet published a record, how sure we are, and why.

Signals, strongest first, each with the confidence it gives on its own:

========================  ====  ===============================================================
signal                    conf  read from
========================  ====  ===============================================================
``url``                   0.99  the record's URL, on a registry domain
``url_domain``            0.95  the record's URL, on a domain the registry does not know
``copyright``             0.90  a copyright line of the chrome naming a registry outlet
``reuse``                 0.90  a reuse notice (``a hyperlink to Caliber.az is required``)
``signature``             0.85  a phrase the registry lists for the outlet (an author promo)
``markup_site_name``      0.80  the site name an HTML page declares (``og:site_name``)
``site_name``             0.80  a line above the article that is the outlet's name or domain,
                                or the first line naming it twice (its name and its tag)
``handle``                0.75  a follow-us handle of the outlet (``@AzerNewsAz``)
``byline``                0.70  an organisation byline (``Caliber.Az``); a wire's only beside
                                another signal for it, as its tag
``copyright_name``        0.60  a copyright line naming an outlet the registry does not know
``site_domain``           0.50  the page's first line, a domain: unknown, or a host of a
                                registered outlet's whose name it does not print
                                (``news.ORF.at``)
``wire_tag``              0.50  a wire's tag opening the article (``MOSCOW (Reuters) -``),
                                only beside another signal for that wire: every client of
                                a wire prints its tag
``self_attribution``      0.35  quotes given to one outlet (``told Trend``), and nothing else
========================  ====  ===============================================================

Signals naming the same outlet combine (``1 - (1 - a)(1 - b)``, at most 0.99). The URL, when
given, decides. Otherwise the strongest outlet wins, and when other signals name another
outlet its confidence drops by half of the runner-up's.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlsplit

from newsclean.article import Author, Citation, Evidence, Outlet
from newsclean.meta.bylines import given_name
from newsclean.provenance.citations import (
    WIRE_TYPES,
    Found,
    credited_sources,
    is_publisher,
    publisher_from,
    scan,
    syndicated,
    told_the_masthead,
)
from newsclean.provenance.cues import (
    COPYRIGHT,
    COPYRIGHT_NOISE,
    CREDIT,
    DOMAIN_TOKEN,
    FOLLOW,
    FOOTER,
    HANDLE,
    HOLDER_COMPANY_WORDS,
    HOLDER_OUTLET_WORDS,
    LEGAL_FORM,
    REUSE,
    SOCIAL_DOMAINS,
)
from newsclean.provenance.registry import (
    OutletInfo,
    Registry,
    host_of,
    name_key,
    registered_domain,
    squeeze,
)
from newsclean.segment import UNSPACED

CONFIDENCE = {
    "url": 0.99, "url_domain": 0.95, "copyright": 0.90, "reuse": 0.90, "signature": 0.85,
    "markup_site_name": 0.80,
    "site_name": 0.80, "handle": 0.75, "byline": 0.70, "copyright_name": 0.60,
    "site_domain": 0.50, "wire_tag": 0.50, "self_attribution": 0.35,
}
#: below this, an outlet's time zone is not assumed for dates printed without an offset
TIMEZONE_CONFIDENCE = 0.5
_SITE_NAME_WORDS = 6
_SITE_NAME_CHARS = 5
_SITE_NAME_LINES = 12
_HOLDER_WORDS = 6


@dataclass(frozen=True, slots=True)
class Provenance:
    """What the provenance stage tells the record."""

    outlet: Outlet | None
    #: the registry entry of the outlet, when it has one (its time zone dates the record)
    info: OutletInfo | None
    citations: tuple[Citation, ...]
    flags: frozenset[str]

    @property
    def timezone(self) -> str | None:
        """The outlet's time zone, when the outlet is known well enough to assume it."""
        if self.info is None or self.outlet is None:
            return None
        return self.info.timezone if self.outlet.confidence >= TIMEZONE_CONFIDENCE else None


@dataclass(slots=True)
class _Candidate:
    info: OutletInfo | None
    name: str
    domain: str | None = None
    evidence: list[tuple[str, str]] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        doubt = 1.0
        for signal in {signal for signal, _ in self.evidence}:
            doubt *= 1.0 - CONFIDENCE[signal]
        return min(0.99, 1.0 - doubt)


class _Candidates:
    def __init__(self, registry: Registry, language: str | None = None) -> None:
        self.registry = registry
        self.language = language  # the text's: which of the outlets sharing a name it names
        self.by_key: dict[str, _Candidate] = {}

    def add(self, signal: str, text: str, info: OutletInfo | None, *, name: str | None = None,
            domain: str | None = None) -> None:
        if info is not None:
            key = "id:" + info.id
            candidate = self.by_key.setdefault(key, _Candidate(info, info.name))
        else:
            key = "domain:" + domain if domain else "name:" + name_key(name or "")
            candidate = self.by_key.setdefault(key, _Candidate(None, name or domain or "", domain))
        if domain and candidate.domain is None:
            candidate.domain = domain
        if (signal, text) not in candidate.evidence:
            candidate.evidence.append((signal, text))

    def merge_unknown(self) -> None:
        """An unknown name and an unknown domain that spell the same outlet are one."""
        domains = {k: c for k, c in self.by_key.items() if k.startswith("domain:")}
        for key, candidate in list(self.by_key.items()):
            if not key.startswith("name:"):
                continue
            squeezed = squeeze(candidate.name)
            for other in domains.values():
                label = (other.domain or "").split(".")[0]
                if squeezed and (squeezed == squeeze(other.domain or "") or squeezed == label):
                    other.evidence.extend(candidate.evidence)
                    other.name = candidate.name
                    del self.by_key[key]
                    break


    def merge_services(self) -> None:
        """A service an outlet runs on a path of its domain (BBC News Türkçe on
        ``bbc.com/turkce``), named above the article, is the page's outlet: the parent's
        copyright or reuse line ("© 2024 BBC") backs it, as it covers all the parent's
        services. The parent's name in the page's address or masthead is not merged."""
        for key, service in list(self.by_key.items()):
            info = service.info
            if (info is None or not info.domains or not all("/" in d for d in info.domains)
                    or all(signal != "site_name" for signal, _ in service.evidence)):
                continue
            homes = {d.split("/", 1)[0] for d in info.domains}
            for other_key, parent in list(self.by_key.items()):
                if (other_key != key and parent.info is not None and homes & set(parent.info.domains)
                        and all(signal in _PARENT_SIGNALS for signal, _ in parent.evidence)):
                    service.evidence.extend(parent.evidence)
                    del self.by_key[other_key]


# What a parent outlet's line says for each of its services too: its copyright, its reuse notice.
_PARENT_SIGNALS = frozenset({"copyright", "reuse"})


def identify(
    registry: Registry,
    *,
    url: str | None,
    chrome: Sequence[tuple[str, bool]],
    first: str | None = None,
    body: Sequence[str],
    authors: Iterable[Author] = (),
    language: str | None = None,
    site_name: str | None = None,
    closing: Sequence[str] = (),
) -> Provenance:
    """The outlet, citations and provenance flags of one document.

    ``chrome`` holds the lines cleaning removed, each with whether it stands above the
    article (where a site-name header is); ``first`` is the document's first line, where
    an unknown domain is read as the site's name; ``body`` holds the article's paragraphs,
    in ``language`` (which citation patterns read them: ``find_citations``); ``site_name``
    is the name an HTML page declares (``with_declared_name``); ``closing`` holds the body's
    last paragraph and the lines right under it, where agencies sign a story off ("(dpa)").
    """
    candidates = _Candidates(registry, language)
    url = original_url(url) if url else None
    url_domain = registered_domain(url) if url else None
    if url:
        info = registry.by_url(url)
        if info is not None:
            candidates.add("url", url, info, domain=url_domain)
        elif url_domain is not None:
            candidates.add("url_domain", url, None, name=url_domain, domain=url_domain)
    wanted = _lines_with_cues([text for text, _ in chrome], registry)
    heads = 0
    for number, (text, above) in enumerate(chrome):
        # the site's name sits among the first lines above the article, not in a ticker
        head = above and heads < _SITE_NAME_LINES
        heads += head
        if head or number in wanted or text == first:
            _read_chrome(candidates, text, head, first=text == first)
    masthead = {text for text, above in chrome if above}
    for author in authors:
        # a name alone above the article is the site's name (read as such above), not a byline
        if author.kind == "organization" and not (author.raw == author.name and author.raw in masthead):
            info = registry.by_name(author.name, language)
            # a wire's byline (its clients print it on the stories they take) backs the
            # wire's own pages, as its tag does: it never names a publisher alone
            if info is not None and (info.type not in WIRE_TYPES or "id:" + info.id in candidates.by_key):
                candidates.add("byline", author.raw, info)
    found = scan(body, registry, language=language)
    copied = syndicated((text for text, _ in chrome), registry, language)
    # a source line cleaning removed, or one the body ends with ("Forrás: MTI")
    credited = credited_sources([*(text for text, _ in chrome), *body], registry, language, closing)
    cited = {f.outlet.id for f in found if f.outlet is not None}
    for f in (*copied, *credited):  # each outlet once
        if f.outlet is None:
            found.append(f)
        elif f.outlet.id not in cited:
            found.append(f)
            cited.add(f.outlet.id)
    wires = [f for f in found if f.citation.kind == "wire"]
    for f in wires:
        # Every client of a wire prints its tag: the tag backs the wire's own pages, it
        # never names a publisher alone.
        if f.outlet is not None and "id:" + f.outlet.id in candidates.by_key:
            candidates.add("wire_tag", f.citation.phrase, f.outlet)
    if not candidates.by_key:
        own = publisher_from(found)
        header = [text for text, above in chrome[:_SITE_NAME_LINES] if above]
        told = told_the_masthead(found, header) if own is None else None
        if own is not None:
            phrase = next(f.citation.phrase for f in found
                          if f.outlet is not None and f.outlet.id == own.id and f.gives_quotes)
            candidates.add("self_attribution", phrase, own)
        elif told is not None:  # "told The Herald" under "The Herald", an outlet unknown
            candidates.add("self_attribution", told.citation.phrase, None, name=told.citation.name)
    candidates.merge_unknown()
    candidates.merge_services()
    chosen, info = _choose(candidates, url_domain, host_of(url) if url else "")
    if site_name:
        chosen = with_declared_name(chosen, site_name, registry, language)
        if chosen is not None and (info is None or chosen.id != info.id):
            info = registry.get(chosen.id) if chosen.id is not None else None
    citations = _as_published_by(found, info, chosen)
    flags = set()
    if any(f.gives_quotes and c.kind == "outlet" for f, c in zip(found, citations, strict=True)):
        flags.add("secondary_reporting")
    # a wire's tag, or a source line crediting an agency (though the body cites it too)
    if any(f.outlet is not None and f.outlet.type in WIRE_TYPES
           for f in (*wires, *(c for c in credited if c.citation.kind == "wire"))):
        flags.add("wire_copy")
    if any(info is None or f.outlet is None or not is_publisher(f.outlet, info) for f in copied):
        flags.add("syndicated")
    return Provenance(chosen, info, citations, frozenset(flags))


def outlets_signing(
    authors: Iterable[Author], registry: Registry, language: str | None = None
) -> tuple[Author, ...]:
    """The authors, with an outlet's name among them as the organisation it is: "Divya
    Bhaskar" or "દિવ્ય ભાસ્કર" under a headline (a name's shape: Divya is a given name) is the
    newspaper signing, not a person, and so is its desk in a city ("Evrensel Ankara", an
    outlet's name that is no given name and a word after it); and a person's name without the
    initials of the outlet printed after it ("Liisa Mäkinen HS", Helsingin Sanomat's
    reporter)."""
    signed = []
    for author in authors:
        if author.kind == "person":
            info = registry.by_name(author.name, language)
            head, _, place = author.name.rpartition(" ")
            desk = registry.by_name(head, language) if head and " " not in place else None
            if ((info is not None and registry.prints_name(author.name, info))
                    or (desk is not None and registry.prints_name(head, desk)
                        and not given_name(head.split()[0]))):
                author = replace(author, kind="organization")
            else:
                head, _, last = author.name.rpartition(" ")
                if (" " in head and last.isupper() and len(last) <= _INITIALS
                        and registry.by_name(last, language) is not None):
                    author = replace(author, name=head)
        signed.append(author)
    return tuple(signed)


_INITIALS = 4  # an outlet's initials after a reporter's name: "HS", "DR", "NRK", "AFP"


def original_url(url: str) -> str | None:
    """The URL of the page itself: the archived page's for a Wayback Machine URL; the
    target of a redirect that carries it (``google.com/url?q=...``, a Google News article
    link whose id holds it); ``None`` for a link that hides it, a feed's or an aggregator's
    redirect or a shortener's (a Google News link with a newer id, FeedBurner's
    ``feedproxy.google.com/~r/...``, ``t.co``, ``bit.ly``), whose host publishes nothing;
    any other URL as it is.

    >>> original_url("https://web.archive.org/web/20181206101316/https://swap-stop.org/de/")
    'https://swap-stop.org/de/'
    >>> original_url("https://www.google.com/url?q=https://caliber.az/p/1&sa=U") is None
    False
    >>> original_url("https://news.google.com/rss/articles/CBMiSGh0dHBz?oc=5") is None
    True
    """
    m = _WAYBACK.match(url.strip())
    if m:
        return m.group(1)
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:  # no address to read ("http://[::1/x"): as it is
        return url
    if host in _REDIRECTS and parts.path in ("/url", "/link", "/l.php"):
        target = next((value for key, value in parse_qsl(parts.query)
                       if key in ("q", "url", "u") and _WEB.match(value)), None)
        if target is not None:
            return target
    if host == "news.google.com":
        found = _GOOGLE_NEWS_ARTICLE.search(parts.path)
        if found is not None:  # an id that holds the page's URL (until 2024), or not
            return _url_in_id(found.group(1))
    if host in _SHORTENERS or any(host == h and parts.path.startswith(p) for h, p in _HIDDEN):
        return None
    return url


def _url_in_id(token: str) -> str | None:
    """The page's URL a Google News article id holds (base64 of a protobuf message that
    opens with it), or ``None`` for an id that holds none (an encrypted one)."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    found = _URL_BYTES.search(raw)
    return found.group(0).decode("ascii") if found is not None else None


_WEB = re.compile(r"https?://[^/\s]", re.IGNORECASE)
# Hosts whose /url?q=TARGET (Google's) or /l.php?u=TARGET (Facebook's link shim) is a
# redirect to TARGET.
_REDIRECTS = frozenset({"google.com", "l.facebook.com", "lm.facebook.com", "l.instagram.com"})
# Links that hide the page behind a host that publishes nothing: shorteners, and feed and
# aggregator redirects (the host, and the path its redirects are under).
_SHORTENERS = frozenset({"t.co", "bit.ly", "ow.ly", "buff.ly", "dlvr.it", "trib.al", "lnkd.in",
                         "fb.me", "ift.tt", "goo.gl", "tinyurl.com", "flip.it", "apple.news"})
_HIDDEN = (("feedproxy.google.com", "/~r/"), ("feeds.feedburner.com", "/~r/"))
# A Google News link to an article (``/rss/articles/ID``, ``/articles/ID``,
# ``/__i/rss/rd/articles/ID``); its id, and the URL bytes within it
_GOOGLE_NEWS_ARTICLE = re.compile(r"/articles/([A-Za-z0-9_-]+)")
_URL_BYTES = re.compile(rb"https?://[\x21-\x7e]+")
_WAYBACK = re.compile(r"^(?:https?://)?web\.archive\.org/web/[0-9a-z_*]+/((?:https?://)?[^/\s].*)$",
                      re.IGNORECASE)
_MADE_BY = re.compile(r"\b(?:powered|managed|designed|developed|hosted|created|made|built|"
                      r"maintained|supported)\s+(?:and\s+\w+\s+)?by\b.*$", re.IGNORECASE)
_LINK_CUE = re.compile(r"link|ссылк|kaynak|istinad|source", re.IGNORECASE)


def _lines_with_cues(texts: Sequence[str], registry: Registry) -> set[int]:
    """The lines (by index) where a copyright, reuse, signature or handle cue appears: each
    cue is looked for once over all the lines, not line by line."""
    lowered = "\n".join(texts).lower()
    ends = [m.start() for m in _NEWLINE.finditer(lowered)]
    wanted: set[int] = set()
    for regex in (_CUES, registry.signature_regex()):
        if regex is not None:
            wanted.update(bisect.bisect_left(ends, m.start()) for m in regex.finditer(lowered))
    return wanted


_NEWLINE = re.compile("\n")
# The copyright and reuse cues and a handle's "@", in one scan. Without their word boundaries
# the patterns match a few more lines, which _read_chrome then reads with the exact patterns;
# a pattern that starts with a boundary is scanned several times slower.
_CUES = re.compile("|".join(cue.pattern.replace(r"\b", "") for cue in (COPYRIGHT, REUSE)) + "|@")


def _read_chrome(candidates: _Candidates, text: str, above: bool, *, first: bool) -> None:
    registry = candidates.registry
    lowered = text.lower()
    if COPYRIGHT.search(lowered):
        if not CREDIT.search(text) and FOOTER.search(text):
            named = _named_in(_MADE_BY.sub("", text), registry, candidates.language)
            for info, domain in named:
                candidates.add("copyright", text, info, name=domain, domain=domain)
            holder = None if named else _holder(text)
            if holder:
                candidates.add("copyright_name", text, None, name=holder)
    elif REUSE.search(lowered):
        for info, domain in _named_in(text, registry, candidates.language):
            if info is not None or _LINK_CUE.search(text):  # "a hyperlink to foo.az"
                candidates.add("reuse" if info else "copyright_name", text, info, name=domain,
                               domain=domain)
    for info in registry.signatures_in(text):
        candidates.add("signature", text, info)
    for handle in HANDLE.findall(text) if FOLLOW.search(text) else ():
        info = registry.by_handle(handle) or _handle_owner(handle, registry)
        if info is not None:
            candidates.add("handle", text, info)
    if above and len(text.split()) <= _SITE_NAME_WORDS:
        # a short or all-capital line (AFP, REUTERS) above an article is a credit as often
        # as it is the site's name; but the page's first line naming no agency is its
        # masthead ("EL TIEMPO", "g1")
        plain = text.strip()
        # (a character of Chinese, Japanese or Korean is worth two of an alphabet's)
        chars = len(plain) + len(UNSPACED.findall(plain))
        # "REUTERS", not "中央社 CNA" (its Chinese letters have no case: not capitals)
        capitals = plain.isupper() and all(ch.isupper() for ch in plain if ch.isalpha())
        credit = chars < _SITE_NAME_CHARS or (capitals and "." not in plain)
        info = registry.by_name(plain, candidates.language)
        if credit and not (first and info is not None and info.type not in WIRE_TYPES):
            info = None
        if info is not None and not registry.prints_name(plain, info):
            info = None  # "Mundo", a section, names no "El Mundo"
        if info is None and first:
            info = _named_twice(plain, registry, candidates.language)
        if info is not None and not first and _foreign(info, candidates.language):
            info = None  # "Vesti" in a Serbian page's menu: its section "News", not Russia's Vesti
        if info is not None:
            candidates.add("site_name", text, info)
        elif first:
            m = DOMAIN_TOKEN.fullmatch(text.strip(" .|"))
            domain = registered_domain(m.group(1)) if m else None
            if domain and domain not in SOCIAL_DOMAINS:
                # a host of a registered outlet's domain: "news.ORF.at"
                known = registry.by_name(domain, candidates.language)
                candidates.add("site_domain", text, known, name=domain, domain=domain)


_MASTHEAD_PARTS = re.compile(r"\s+[-–—|]\s*|\s*[-–—|]\s+")


def _named_twice(text: str, registry: Registry, language: str | None) -> OutletInfo | None:
    """The outlet a masthead names twice, by its name and its short name or tag: "وكالة
    الأنباء الأردنية - بترا" (the Jordan News Agency, Petra), "Agence France-Presse | AFP"."""
    parts = _MASTHEAD_PARTS.split(text)
    if len(parts) < 2:
        return None
    named = [registry.by_name(part, language) for part in parts]
    first = named[0]
    if first is None or any(info is None or info.id != first.id or not registry.prints_name(part, info)
                            for part, info in zip(parts, named, strict=True)):
        return None
    return first


def _foreign(info: OutletInfo, language: str | None) -> bool:
    """Whether the outlet publishes in languages the text's is not among: a line below the
    page's first that is such an outlet's name is a word of the text's language (Serbian's
    and Bulgarian's "Вести", news, is Russia's Vesti)."""
    return bool(language and info.languages) and language not in info.languages


def _named_in(
    text: str, registry: Registry, language: str | None = None
) -> list[tuple[OutletInfo | None, str | None]]:
    """Registry outlets (by name or domain) and unknown domains a chrome line names."""
    found: list[tuple[OutletInfo | None, str | None]] = []
    for m in DOMAIN_TOKEN.finditer(text):
        domain = registered_domain(m.group(1))
        if domain is None or domain in SOCIAL_DOMAINS:
            continue
        info = registry.by_url(m.group(1))  # the host: news.sky.com is Sky News
        found.append((info, None if info else domain))
    for info in registry.names_in(text, language):
        if all(f[0] is None or f[0].id != info.id for f in found):
            found.append((info, None))
    return found


def _holder(text: str) -> str | None:
    """The name a copyright footer gives, when it reads as an outlet's: ``© 2024 Foo News``.

    A company (``Tamedia``, ``MediaNews Group``) is an owner, not the outlet: only a name with
    a word of the trade (News, Zeitung, Times, Radio, ...) counts; its legal form is dropped.
    """
    holder = COPYRIGHT_NOISE.sub(" ", text)
    holder = re.split(r"[.|•·;/]\s|\s[-–—|/]\s|\.$", holder.strip(" .,;:|-–—"))[0]
    holder = LEGAL_FORM.sub("", " ".join(holder.split()).strip(" .,;:|-–—")).strip(" .,;:")
    words = holder.split()
    if not 1 <= len(words) <= _HOLDER_WORDS or not (words[0][0].isupper() or words[0][0].isdigit()):
        return None
    folded = {w.casefold().strip("«»\"'") for w in words}
    if not folded & HOLDER_OUTLET_WORDS or folded & HOLDER_COMPANY_WORDS:
        return None
    return holder


def _handle_owner(handle: str, registry: Registry) -> OutletInfo | None:
    """The outlet whose squeezed name or domain a handle is: ``@Trend_Az`` for trend.az."""
    return registry.by_squeezed(squeeze(handle))


def _choose(
    candidates: _Candidates, url_domain: str | None, url_host: str = ""
) -> tuple[Outlet | None, OutletInfo | None]:
    # Of two copyright lines, the later is the page's footer, the earlier the article's
    # source's ("Copyright @ 2019 The New Arab." under a story, "© 2019 Al Bawaba" at the foot)
    # (the names one line gives keep their order: "© WSVN-TV ... reports with the FCC")
    lines = list(dict.fromkeys(c.evidence[0][1] for c in candidates.by_key.values() if c.evidence))
    line_of = {text: k for k, text in enumerate(lines)}
    ranked = sorted(candidates.by_key.values(),
                    key=lambda c: (-c.confidence, -line_of[c.evidence[0][1]] if _copyright_only(c) else 0))
    if not ranked:
        return None, None
    url_first = [c for c in ranked if any(s in {"url", "url_domain"} for s, _ in c.evidence)]
    best = url_first[0] if url_first else ranked[0]
    confidence = best.confidence
    if not url_first:
        others = [c for c in ranked if c is not best]
        if others:
            confidence = max(0.05, confidence - others[0].confidence / 2)
    info = best.info
    registry = candidates.registry
    domain = url_domain if url_first else best.domain
    if url_first and info is not None:  # the outlet's own host: news.sky.com, not sky.com
        hosts = [d.split("/", 1)[0] for d in info.domains]
        domain = next((h for h in hosts if url_host == h or url_host.endswith("." + h)), domain)
    if domain is None and info is not None and info.domains:
        domain = info.domains[0].split("/", 1)[0]
    ratings = info.ratings if info is not None else registry.ratings_for(domain)
    evidence = sorted(best.evidence, key=lambda e: -CONFIDENCE[e[0]])
    outlet = Outlet(
        id=info.id if info else None,
        name=info.name if info else best.name,
        domain=domain,
        country=info.country if info else None,
        confidence=round(confidence, 2),
        evidence=tuple(Evidence(signal, text) for signal, text in evidence),
        ratings=ratings,
    )
    return outlet, info


def _copyright_only(candidate: _Candidate) -> bool:
    """Whether a candidate's only evidence is copyright lines."""
    return bool(candidate.evidence) and all(signal == "copyright" for signal, _ in candidate.evidence)


def with_declared_name(
    outlet: Outlet | None, declared: str, registry: Registry, language: str | None = None
) -> Outlet | None:
    """The outlet once the site name an HTML page declares (``og:site_name``, JSON-LD
    publisher) is weighed in: it names the outlet when nothing else did, adds to the evidence
    when it agrees, and never overrides a URL."""
    declared = " ".join(declared.split())
    if (not declared or len(declared.split()) > _SITE_NAME_WORDS or _WAYBACK_NAME.search(declared)
            or COPYRIGHT.search(declared.lower()) or LEGAL_FORM.search(declared)):
        return outlet  # an archive, a copyright line or a company, not the site's name
    info = registry.by_name(declared, language)
    evidence = Evidence("markup_site_name", declared)
    agrees = outlet is not None and (
        (info is not None and outlet.id == info.id)
        or (info is None and outlet.id is None and name_key(outlet.name) == name_key(declared))
    )
    if outlet is not None and agrees:
        doubt = (1 - outlet.confidence) * (1 - CONFIDENCE["markup_site_name"])
        return replace(outlet, confidence=round(min(0.99, 1 - doubt), 2),
                       evidence=(*outlet.evidence, evidence))
    if outlet is not None and outlet.confidence >= CONFIDENCE["markup_site_name"]:
        return outlet
    domain = info.domains[0].split("/", 1)[0] if info is not None and info.domains else None
    return Outlet(
        id=info.id if info else None,
        name=info.name if info else declared,
        domain=domain if info else (outlet.domain if outlet and outlet.id is None else None),
        country=info.country if info else None,
        confidence=round(CONFIDENCE["markup_site_name"] - (0 if info else 0.1), 2),
        evidence=(evidence,),
        ratings=info.ratings if info else registry.ratings_for(domain),
    )


_WAYBACK_NAME = re.compile(r"archive\.org|wayback", re.IGNORECASE)


def _as_published_by(
    found: Sequence[Found], info: OutletInfo | None, chosen: Outlet | None = None
) -> tuple[Citation, ...]:
    """Citations, with the publisher naming itself marked as ``self``: the registry's outlet,
    or one it does not know by the name the page gives it."""
    unknown = name_key(chosen.name) if chosen is not None and chosen.id is None else None
    out = []
    for f in found:
        citation = f.citation
        if ((info is not None and f.outlet is not None and is_publisher(f.outlet, info))
                or (unknown and f.outlet is None and name_key(citation.name) == unknown)):
            citation = replace(citation, kind="self")
        out.append(citation)
    return tuple(out)
