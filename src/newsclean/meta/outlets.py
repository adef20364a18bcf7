"""Outlet time zones, until the outlet registry of the provenance stage replaces them.

A small stand-in: the outlets of the supplied scrapes and a few of the region's, each with
the domain, the names their pages print, and an IANA time zone. A time printed without an
offset takes the outlet's zone, and the record says so (``published_tz: "outlet"``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

# domain: (names printed in the chrome, IANA time zone, writes dates day-first)
OUTLETS: dict[str, tuple[tuple[str, ...], str, bool]] = {
    "azernews.az": (("azernews",), "Asia/Baku", True),
    "trend.az": (("trend news agency", "trend.az"), "Asia/Baku", True),
    "caliber.az": (("caliber.az",), "Asia/Baku", True),
    "report.az": (("report.az",), "Asia/Baku", True),
    "apa.az": (("apa.az",), "Asia/Baku", True),
    "vestnikkavkaza.net": (("vestnik kavkaza",), "Europe/Moscow", True),
    "timesca.com": (("times of central asia",), "Asia/Almaty", True),
    "tass.com": (("tass",), "Europe/Moscow", True),
    "akipress.com": (("akipress",), "Asia/Bishkek", True),
    "kun.uz": (("kun.uz",), "Asia/Tashkent", True),
    "asiaplustj.info": (("asia-plus",), "Asia/Dushanbe", True),
    "civil.ge": (("civil.ge",), "Asia/Tbilisi", True),
    "armenpress.am": (("armenpress",), "Asia/Yerevan", True),
}


def _domain(url: str) -> str | None:
    host = urlsplit(url if "//" in url else "//" + url).hostname
    if not host:
        return None
    for domain in OUTLETS:
        if host == domain or host.endswith("." + domain):
            return domain
    return None


def outlet_timezone(url: str | None, chrome: Iterable[str]) -> tuple[str | None, bool | None]:
    """The time zone and day-first habit of the outlet named by the URL or by its chrome."""
    domain = _domain(url) if url else None
    if domain is None:
        text = " ".join(chrome).casefold()
        for candidate, (names, _, _) in OUTLETS.items():
            if any(re.search(r"(?<![\w.])" + re.escape(n) + r"(?![\w])", text) for n in names):
                domain = candidate
                break
    if domain is None:
        return None, None
    _, zone, day_first = OUTLETS[domain]
    return zone, day_first
