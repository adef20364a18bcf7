"""The outlet registry: what newsclean knows of outlets, kept as data users can extend.

The shipped registry is ``outlets.toml`` beside this module. :meth:`Registry.load` merges a
user's file of the same layout over it (an entry with a known id replaces that entry whole),
and :meth:`Registry.with_ratings` attaches a user's CSV of domain ratings. newsclean ships no
rating of its own.

>>> registry = Registry.shipped()
>>> registry.get("trend").timezone
'Asia/Baku'
>>> registry.by_url("https://en.trend.az/azerbaijan/politics/1").name
'Trend'
"""

from __future__ import annotations

import csv
import functools
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsclean.errors import ConfigError, InputError
from newsclean.language import WITHOUT_TONOS
from newsclean.provenance.suffixes import registered_domain_of_host

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised by the py310 tox env
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

# Countries whose press writes numeric dates month first (04/10/2024 is April 10).
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW"})
_REQUIRED = ("id", "name")
_LISTS = ("aliases", "domains", "languages", "signatures")
_TEXTS = ("country", "timezone", "type", "owner", "source")


@dataclass(frozen=True, slots=True)
class OutletInfo:
    """One registry entry: an outlet and the verifiable facts about it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None
    languages: tuple[str, ...] = ()
    timezone: str | None = None
    type: str | None = None
    signatures: tuple[str, ...] = ()
    owner: str | None = None
    source: str | None = None
    #: ratings attached by the user (``--ratings``): ``{"source": file name, "values": {...}}``
    ratings: Mapping[str, Any] | None = None

    @property
    def day_first(self) -> bool:
        """Whether the outlet's country writes ``04/10/2024`` day first."""
        return self.country not in MONTH_FIRST_COUNTRIES

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "aliases": list(self.aliases),
            "domains": list(self.domains), "country": self.country,
            "languages": list(self.languages), "timezone": self.timezone, "type": self.type,
            "signatures": list(self.signatures), "owner": self.owner, "source": self.source,
            "ratings": dict(self.ratings) if self.ratings else None,
        }


def name_key(text: str) -> str:
    """A name as compared: case, a leading article (``the``, ``El``, ``Le``, ``Die``),
    spacing and punctuation ignored.

    >>> name_key("The Times of  Central Asia") == name_key("times of central asia.")
    True
    >>> name_key("La Nación") == name_key("Nación")
    True
    """
    return " ".join(_ARTICLE.sub("", _printed(text)).split())


def _printed(text: str) -> str:
    """A name as printed: case, spacing and surrounding punctuation ignored, its article kept
    (what :func:`name_key` compares before it drops the article). Greek's accents are ignored
    too: capitals drop them ("Η ΚΑΘΗΜΕΡΙΝΗ" is "Η Καθημερινή")."""
    folded = text.casefold().replace("’", "'").strip(" .,:;!?\"'«»()„“")
    if not folded.isascii():
        folded = folded.translate(WITHOUT_TONOS)
    return " ".join(folded.split())


def _article(text: str) -> str | None:
    """The article ``text`` opens with (``the``, ``der``, ``l'``), or ``None``."""
    m = _ARTICLE.match(_printed(text))
    return m.group(0).strip() if m else None


def _bears(outlet: OutletInfo, key: str, article: str) -> bool:
    """Whether one of ``outlet``'s names is ``key`` printed with ``article`` or without one."""
    return any(name_key(name) == key and _article(name) in (None, article)
               for name in (*outlet.names, *outlet.domains))


# the articles that open a title (The Hill, El País, Le Monde, Die Zeit; and French l')
TITLE_ARTICLES = frozenset("the el la los las le les der die das".split())
_ARTICLE = re.compile(rf"^(?:(?:{'|'.join(sorted(TITLE_ARTICLES))})\s+|l')")


def registered_domain(url_or_host: str) -> str | None:
    """The registered domain of a URL or host name (public suffix list, bundled, offline).

    >>> registered_domain("https://www.bbc.co.uk/news/world")
    'bbc.co.uk'
    >>> registered_domain("en.trend.az")
    'trend.az'
    """
    host = host_of(url_or_host)
    return registered_domain_of_host(host) if host else None


def host_of(url_or_host: str) -> str:
    """The host name of a URL or host name, lower case; "" when there is none.

    >>> host_of("https://News.Sky.com/story/1"), host_of("http://[::1")
    ('news.sky.com', '')
    """
    value = url_or_host.strip()
    if not value:
        return ""
    try:
        return urlsplit(value if "//" in value else "//" + value).hostname or ""
    except ValueError:  # "[", "http://[::1": a bracket that opens no address
        return ""


@dataclass(frozen=True, eq=False)
class Registry:
    """A set of outlets, looked up by id, by URL and by the names their pages print."""

    outlets: tuple[OutletInfo, ...] = ()
    #: where ratings came from (the CSV's file name), when ratings are attached
    ratings_source: str | None = None
    _ratings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------- building
    @classmethod
    def shipped(cls) -> Registry:
        """The registry shipped with newsclean (read once per process)."""
        return _shipped()

    @classmethod
    def load(cls, path: str | Path, *, base: Registry | None = None) -> Registry:
        """The shipped registry (or ``base``) with the outlets of a TOML file merged over it.

        Raises :class:`~newsclean.errors.InputError` when the file cannot be read and
        :class:`~newsclean.errors.ConfigError` when an entry is malformed; both name the file.
        """
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputError(str(path), f"cannot read the registry: {exc.strerror or exc}") from None
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: not a TOML registry: {exc}") from None
        outlets = parse_outlets(data, str(path), check_zones=True)
        return (base or cls.shipped()).merged(outlets)

    def merged(self, outlets: Iterable[OutletInfo]) -> Registry:
        """This registry with ``outlets`` added; an entry with a known id replaces it."""
        by_id = {o.id: o for o in self.outlets}
        for outlet in outlets:
            by_id[outlet.id] = outlet
        return replace(self, outlets=tuple(by_id.values()))

    def with_ratings(self, path: str | Path) -> Registry:
        """This registry with the ratings of a CSV keyed by domain attached.

        The CSV's domain column is the one headed ``domain`` (or ``site``, ``url``,
        ``source``), else the first; every other column is a rating, kept as given
        (numbers as numbers). An outlet carries the row of any of its domains.
        """
        path = Path(path)
        ratings = read_ratings(path)
        return replace(self, ratings_source=path.name, _ratings=ratings)

    # ------------------------------------------------------------- lookups
    def __iter__(self) -> Iterator[OutletInfo]:
        return iter(self.outlets)

    def __len__(self) -> int:
        return len(self.outlets)

    def get(self, outlet_id: str) -> OutletInfo | None:
        """The outlet with this id, with its ratings when ratings are attached."""
        outlet = self._index.ids.get(outlet_id)
        return self._rated(outlet) if outlet is not None else None

    def select(self, country: str | None = None) -> list[OutletInfo]:
        """The outlets (of one country, ISO 3166-1 alpha-2, when given), sorted by id."""
        chosen = [o for o in self.outlets if country is None or o.country == country.upper()]
        return sorted((self._rated(o) for o in chosen), key=lambda o: o.id)

    def by_url(self, url: str) -> OutletInfo | None:
        """The outlet whose domain (or ``domain/path``) the URL is on."""
        domain = registered_domain(url)
        if domain is None:
            return None
        value = url.strip()
        parts = urlsplit(value if "//" in value else "//" + value)
        path = (parts.path or "/").rstrip("/")
        index = self._index
        if index.hosts:  # an outlet on a host under another's domain: news.sky.com, g1.globo.com
            host = (parts.hostname or "").removeprefix("www.")
            while len(host) > len(domain):
                on_host = index.hosts.get(host)
                if on_host is not None:
                    return self._rated(on_host)
                host = host.partition(".")[2]
        for prefix, on_path in index.paths.get(domain, ()):
            if path == prefix or path.startswith(prefix + "/"):
                return self._rated(on_path)
        outlet = index.domains.get(domain)
        return self._rated(outlet) if outlet is not None else None

    def by_name(self, text: str, language: str | None = None) -> OutletInfo | None:
        """The outlet with this name, alias or domain (case, ``the`` and spacing ignored).

        Outlets may share a name (``APA``, an agency in Baku and one in Vienna): the one that
        publishes in ``language``, the text's, is chosen, else the one listed first. A name
        printed with its article is the outlet's whose name has that article or none: ``The
        Standard`` (Nairobi's) is not ``Der Standard`` (Vienna's), whatever the language."""
        key = name_key(text)
        outlet = self._index.names.get(key)
        if outlet is not None:
            bearers = self._index.homonyms.get(key) or [outlet]
            article = _article(text)
            if article is not None:
                bearers = [o for o in bearers if _bears(o, key, article)]
            outlet = bearers[0] if bearers else None
            if language is not None and len(bearers) > 1:
                outlet = next((o for o in bearers if language in o.languages), outlet)
        if outlet is None and "." in text:
            domain = _domain_like(text)
            outlet = self._index.domains.get(domain) if domain else None
        return self._rated(outlet) if outlet is not None else None

    def name_at(self, text: str, start: int) -> str | None:
        """The longest name or alias of an outlet that ``text`` prints from ``start`` on, as
        printed (``Le Canard enchaîné``, whose second word a capitalised name leaves out)."""
        m = self._index.folded_match(text, start)
        return text[m.start():m.end()] if m else None

    def prints_name(self, text: str, outlet: OutletInfo) -> bool:
        """Whether ``text`` is one of the outlet's names or domains as a whole, its title's
        article included (case and spacing ignored): ``Mundo``, a section of many a Spanish
        site, is not ``El Mundo``.

        >>> registry = Registry.shipped()
        >>> registry.prints_name("EL MUNDO", registry.get("elmundo"))
        True
        >>> registry.prints_name("Mundo", registry.get("elmundo"))
        False
        """
        printed = _printed(text)
        return any(printed == _printed(name) for name in (*outlet.names, *outlet.domains))

    def by_handle(self, handle: str) -> OutletInfo | None:
        """The outlet a social-media handle (``@AzerNewsAz``) belongs to."""
        outlet = self._index.handles.get(handle.lstrip("@").casefold())
        return self._rated(outlet) if outlet is not None else None

    def by_squeezed(self, squeezed: str) -> OutletInfo | None:
        """The outlet whose name, alias or domain is this once spaces and punctuation go
        (``trendaz``); only keys of at least five characters count."""
        outlet = self._index.squeezed.get(squeezed) if len(squeezed) >= 5 else None
        return self._rated(outlet) if outlet is not None else None

    def names_in(self, text: str, language: str | None = None) -> list[OutletInfo]:
        """Outlets whose name or alias the text prints as words, in the order they appear;
        a name outlets share is read in ``language`` as :meth:`by_name` reads it.

        Short all-capital names (``AP``, ``DW``) must match in capitals."""
        index = self._index
        found: dict[str, OutletInfo] = {}
        for _, name in self.mentions(text):
            exact = index.names_exact.get(name)  # "AP" in capitals, no homonym's
            outlet = (self._rated(exact) if exact is not None and name_key(name) not in index.homonyms
                      else self.by_name(name, language))
            if outlet is not None:
                found.setdefault(outlet.id, outlet)
        return list(found.values())

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """Where the text prints an outlet's name or alias as words, and the name as printed,
        in order (short all-capital names in capitals only, as :meth:`names_in` reads them)."""
        index = self._index
        found = [(m.start(), m.group(0)) for m in index.exact.finditer(text)] if index.exact else []
        found += [(m.start(), text[m.start():m.end()]) for m in index.folded_finditer(text)]
        return sorted(found)

    def signatures_in(self, text: str) -> list[OutletInfo]:
        """Outlets whose signature phrases (not handles or wire tags) the text prints."""
        regex = self._index.signatures
        if regex is None:
            return []
        found = {m.group(0) for m in regex.finditer(text.lower())}
        return [self._rated(self._index.phrases[p]) for p in sorted(found)]

    def signature_regex(self) -> re.Pattern[str] | None:
        """One regex for every signature phrase, to match against lower-cased text."""
        return self._index.signatures

    def ratings_for(self, domain: str | None) -> dict[str, Any] | None:
        """The attached ratings of a domain, ``{"source", "values"}``, or ``None``."""
        if not domain or not self._ratings:
            return None
        values = self._ratings.get(domain.casefold().removeprefix("www."))
        if values is None:
            return None
        return {"source": self.ratings_source, "values": dict(values)}

    # ------------------------------------------------------------- internals
    def _rated(self, outlet: OutletInfo) -> OutletInfo:
        if not self._ratings:
            return outlet
        for domain in outlet.domains:
            ratings = self.ratings_for(domain.split("/", 1)[0])
            if ratings is not None:
                return replace(outlet, ratings=ratings)
        return outlet

    @functools.cached_property
    def _index(self) -> _Index:
        return _Index.build(self.outlets)

    def __getstate__(self) -> dict[str, Any]:
        # the index is rebuilt where the registry lands (a worker process)
        return {k: v for k, v in self.__dict__.items() if k != "_index"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


@dataclass(slots=True)
class _Index:
    ids: dict[str, OutletInfo]
    domains: dict[str, OutletInfo]
    paths: dict[str, list[tuple[str, OutletInfo]]]
    hosts: dict[str, OutletInfo]
    names: dict[str, OutletInfo]
    handles: dict[str, OutletInfo]
    phrases: dict[str, OutletInfo]
    squeezed: dict[str, OutletInfo]
    names_exact: dict[str, OutletInfo]
    #: the names (keys) that more than one outlet bears, with every outlet bearing each
    homonyms: dict[str, list[OutletInfo]] = field(default_factory=dict)
    exact: re.Pattern[str] | None = None
    folded: re.Pattern[str] | None = None  # the names in any case
    lowered: re.Pattern[str] | None = None  # ... in lower case, for lower-cased text: faster
    signatures: re.Pattern[str] | None = None

    @classmethod
    def build(cls, outlets: Iterable[OutletInfo]) -> _Index:
        index = cls({}, {}, {}, {}, {}, {}, {}, {}, {})
        for outlet in outlets:
            index.ids[outlet.id] = outlet
            for domain in outlet.domains:
                host, _, path = domain.casefold().partition("/")
                if path:
                    index.paths.setdefault(host, []).append(("/" + path.rstrip("/"), outlet))
                elif registered_domain_of_host(host) != host:
                    index.hosts.setdefault(host, outlet)
                else:
                    index.domains.setdefault(host, outlet)
                    index.names.setdefault(name_key(host), outlet)
            for name in outlet.names:
                key = name_key(name)
                bearer = index.names.setdefault(key, outlet)
                if bearer is not outlet:
                    bearers = index.homonyms.setdefault(key, [bearer])
                    if outlet not in bearers:
                        bearers.append(outlet)
                if _SHORT_CAPS.fullmatch(name):
                    index.names_exact.setdefault(name, outlet)
            for key in (*outlet.names, *outlet.domains):
                index.squeezed.setdefault(squeeze(key.split("/", 1)[0]), outlet)
            for phrase in outlet.signatures:
                if phrase.startswith("@"):
                    index.handles.setdefault(phrase[1:].casefold(), outlet)
                elif not (phrase.startswith("(") and phrase.endswith(")")):
                    index.phrases.setdefault(phrase.lower(), outlet)
        for prefixes in index.paths.values():
            prefixes.sort(key=lambda item: -len(item[0]))
        index.exact = _alternation(index.names_exact, 0)
        ordered = sorted(index.phrases, key=lambda p: (-len(p), p))
        if ordered:
            index.signatures = re.compile("|".join(re.escape(p) for p in ordered))
        names = {n for o in index.ids.values() for n in o.names if not _SHORT_CAPS.fullmatch(n)}
        index.folded = _alternation(names, re.IGNORECASE)
        index.lowered = _alternation({n.lower() for n in names}, 0)
        return index

    def _any_case(self, text: str) -> tuple[re.Pattern[str] | None, str]:
        """The pattern of the names in any case and the text to match it on: ``lowered`` on
        the lower case, three to four times faster than a pattern ignoring case (the same
        answers), where lower-casing keeps every character's place ("İ" does not)."""
        lowered = text.lower()
        if len(lowered) == len(text) and self.lowered is not None:
            return self.lowered, lowered
        return self.folded, text

    def folded_finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The names in ``text`` in any case, where they stand."""
        pattern, matched = self._any_case(text)
        return pattern.finditer(matched) if pattern is not None else iter(())

    def folded_match(self, text: str, start: int) -> re.Match[str] | None:
        """A name in any case at ``start``."""
        pattern, matched = self._any_case(text)
        return pattern.match(matched, start) if pattern is not None else None


_SHORT_CAPS = re.compile(r"[A-ZА-ЯЁ0-9]{1,4}")


def squeeze(text: str) -> str:
    """A name without case, spaces or punctuation: ``Trend.az`` and ``@Trend_Az`` alike."""
    return re.sub(r"[^0-9a-zа-яё]", "", text.casefold())


def _alternation(names: Iterable[str], flags: int) -> re.Pattern[str] | None:
    """One regex for many names, longest first, matched as whole words; a name of three
    characters or more in Chinese or Japanese, which write no spaces, and in Korean, which
    glues its particles to a name ("연합뉴스에 따르면"), matched where it stands, its end
    (and in Chinese and Japanese its start) no word's."""
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    if not ordered:
        return None
    glued = [n for n in ordered if len(n) >= _GLUED_NAME_CHARS and _CJK.search(n)]
    prefixed = [n for n in ordered if _PREFIXED_SCRIPTS.match(n)]
    alone = [n for n in ordered if n not in glued and n not in prefixed]
    parts = []
    if prefixed:  # "שמורות למעריב", "בגלובס", "לוكالة...": after a preposition glued to it
        parts.append(rf"(?={_PREFIXED_SCRIPTS.pattern}){_AFTER_PREFIX}"
                     rf"(?:{'|'.join(re.escape(n) for n in prefixed)})(?!\w)")
    if alone:  # a word's letters may not go on, but Chinese or Japanese ones may ("NHKによると")
        parts.append(rf"(?<![.@]|[^\W{_CJK_CHARS}])(?:{'|'.join(re.escape(n) for n in alone)})"
                     rf"(?![^\W{_CJK_CHARS}])")
    hangul = [n for n in glued if _HANGUL.search(n)]
    if hangul:
        parts.append(rf"(?<![\w.@])(?:{'|'.join(re.escape(n) for n in hangul)})")
    han = [n for n in glued if n not in hangul]
    if han:
        parts.append(rf"(?:{'|'.join(re.escape(n) for n in han)})")
    return re.compile("|".join(parts), flags)


_GLUED_NAME_CHARS = 3  # shorter, a name in Chinese is part of too many words ("央视" in "央视网")
# Hebrew and Arabic glue their prepositions, "and" and Hebrew's article to the name after them
# ("למעריב", to Maariv; "ובגלובס", and in Globes; "لوكالة", to the agency): a name in their
# scripts may follow one letter of them, or Hebrew's two, at a word's start.
_PREFIXED_SCRIPTS = re.compile("[\u05d0-\u05ea\u0621-\u064a]")
_HE_PREFIX = "[\u05d5\u05d1\u05dc\u05de\u05d4\u05e9\u05db]"  # ו ב ל מ ה ש כ
_AR_PREFIX = "[\u0648\u0628\u0644\u0641\u0643]"  # و ب ل ف ك
_AFTER_PREFIX = (rf"(?:(?<![\w.@])|(?<=(?<!\w){_HE_PREFIX})|(?<=(?<!\w){_HE_PREFIX}{_HE_PREFIX})"
                 rf"|(?<=(?<!\w){_AR_PREFIX}))")
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK = re.compile(f"[{_CJK_CHARS}]")
_HANGUL = re.compile("[\uac00-\ud7af]")


_DOMAIN_LIKE = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})/?$")


def _domain_like(text: str) -> str | None:
    m = _DOMAIN_LIKE.match(text.strip().casefold())
    return registered_domain(m.group(1)) if m else None


def parse_outlets(data: Mapping[str, Any], origin: str, *, check_zones: bool) -> list[OutletInfo]:
    """The ``[[outlet]]`` tables of a parsed registry file, checked."""
    tables = data.get("outlet")
    if not isinstance(tables, list):
        raise ConfigError(f"{origin}: a registry holds [[outlet]] tables; none found")
    outlets = []
    for number, table in enumerate(tables, start=1):
        where = f"{origin}: outlet #{number}"
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: not a table")
        missing = [key for key in _REQUIRED if not isinstance(table.get(key), str) or not table[key]]
        if missing:
            raise ConfigError(f"{where}: missing {', '.join(missing)}")
        where = f"{origin}: outlet {table['id']!r}"
        unknown = set(table) - {*_REQUIRED, *_LISTS, *_TEXTS}
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}")
        values: dict[str, Any] = {"id": table["id"], "name": table["name"]}
        for key in _LISTS:
            items = table.get(key, [])
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise ConfigError(f"{where}: {key} must be a list of strings")
            values[key] = tuple(items)
        for key in _TEXTS:
            if key in table and not isinstance(table[key], str):
                raise ConfigError(f"{where}: {key} must be a string")
            values[key] = table.get(key)
        country = values["country"]
        if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
            raise ConfigError(f"{where}: country must be an ISO 3166-1 alpha-2 code, got {country!r}")
        if check_zones and values["timezone"] is not None:
            try:
                ZoneInfo(values["timezone"])
            except (ZoneInfoNotFoundError, ValueError):
                raise ConfigError(
                    f"{where}: unknown time zone {values['timezone']!r} (an IANA name such as "
                    "'Asia/Baku')"
                ) from None
        outlets.append(OutletInfo(**values))
    return outlets


_DOMAIN_COLUMNS = ("domain", "site", "url", "source", "host")


def read_ratings(path: Path) -> dict[str, dict[str, Any]]:
    """Rows of a ratings CSV keyed by domain (lower case, without ``www.``)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except OSError as exc:
        raise InputError(str(path), f"cannot read the ratings: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"{path}: not a CSV of ratings: {exc}") from None
    if len(rows) < 2 or len(rows[0]) < 2:
        raise ConfigError(f"{path}: a ratings CSV needs a header, a domain column and a score column")
    header = [h.strip() for h in rows[0]]
    folded = [h.casefold() for h in header]
    key = next((folded.index(c) for c in _DOMAIN_COLUMNS if c in folded), 0)
    ratings: dict[str, dict[str, Any]] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ConfigError(f"{path}:{line}: {len(row)} columns, the header has {len(header)}")
        domain = registered_domain(row[key]) or row[key].strip().casefold()
        ratings[domain.removeprefix("www.")] = {
            header[i]: _number(cell) for i, cell in enumerate(row) if i != key
        }
    return ratings


def _number(cell: str) -> Any:
    text = cell.strip()
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text


@functools.lru_cache(maxsize=1)
def _shipped() -> Registry:
    text = resources.files("newsclean.provenance").joinpath("outlets.toml").read_text("utf-8")
    return Registry(tuple(parse_outlets(tomllib.loads(text), "outlets.toml", check_zones=False)))
