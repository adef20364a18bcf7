"""The time a page was fetched, as crawlers, archives and database exports write it.

A record's ``fetched_at`` is what relative dates (``3 hours ago``) and dates without a year
are read against, and the latest day its publication date can be. Crawlers write it in many
forms, and each of these is read:

- ISO 8601, with a ``T`` or a space, a ``Z`` or an offset, any digits of a second's fraction,
  or a zone after it (``2026-12-06 10:00:00 UTC``, Java's ``2026-12-06T10:00Z[UTC]``);
- an HTTP or e-mail date (``Sun, 06 Dec 2026 10:00:00 GMT``: a response's ``Date`` header);
- a WARC or Wayback timestamp (``20261206100000``);
- Unix time in seconds or milliseconds, as a number or its digits (``1733400000``);
- MongoDB's extended JSON (``{"$date": "2026-12-06T10:00:00Z"}``, ``{"$date":
  {"$numberLong": "1733400000000"}}``), which ``mongoexport`` writes.

Anything else is no time: the cleaner then flags the record ``fetched_at_unread``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

LATEST_SECONDS = 4_102_444_800  # 2100-01-01 in Unix time: a larger number is milliseconds

# What datetime.fromisoformat does not read on every Python this runs on is made so first:
# a second's fraction of other than 3 or 6 digits, an offset without its colon, UTC named
# after the time, a zone's name in brackets after the offset (which stands for it).
_FRACTION = re.compile(r"(?<=:\d\d)\.(\d+)")
_OFFSET = re.compile(r"([+-]\d\d):?(\d\d)$")
_UTC = re.compile(r"\s*(?:Z|UTC|GMT)$", re.IGNORECASE)
_ZONE_NAME = re.compile(r"\[[^\]]*\]$")
_ISO = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?\s*"
                  r"(?:Z|UTC|GMT|[+-]\d\d:?\d\d)?(?:\[[^\]]*\])?", re.IGNORECASE)
_DIGITS = re.compile(r"\d{9,13}(?:\.\d+)?")  # Unix time in seconds (since 1973) or milliseconds
_TIMESTAMP = re.compile(r"(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)")  # WARC and Wayback


def read_fetch_time(value: Any) -> datetime | date | None:
    """The time ``value`` says a page was fetched (a ``date`` or ``datetime`` as it is), or
    ``None`` when it is none of the forms the module reads.

    >>> read_fetch_time("Sun, 06 Dec 2026 10:00:00 GMT").isoformat()
    '2026-12-06T10:00:00+00:00'
    >>> read_fetch_time("20261206100000").isoformat()
    '2026-12-06T10:00:00+00:00'
    >>> read_fetch_time({"$date": {"$numberLong": "1796551200000"}}).isoformat()
    '2026-12-06T10:00:00+00:00'
    """
    if isinstance(value, (datetime, date)):
        return value
    if isinstance(value, dict) and len(value) == 1:  # MongoDB's {"$date": ...}
        inner = value.get("$date")
        if isinstance(inner, dict) and len(inner) == 1:
            inner = inner.get("$numberLong")
        return read_fetch_time(inner) if inner is not None else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return from_unix_time(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _ISO.fullmatch(text):
        return _from_iso(text)
    if _DIGITS.fullmatch(text):
        return from_unix_time(float(text))
    if stamp := _TIMESTAMP.fullmatch(text):
        try:
            year, month, day, hour, minute, second = map(int, stamp.groups())
            return datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc)
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def from_unix_time(value: float) -> datetime | None:
    """A Unix time, in seconds or (as JavaScript gives it) milliseconds, in UTC; ``None`` for
    a number that is neither (before 1970, after 2100)."""
    seconds = value / 1000 if value > LATEST_SECONDS else value
    if not 0 < seconds <= LATEST_SECONDS:
        return None
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


def _from_iso(text: str) -> datetime | None:
    text = _ZONE_NAME.sub("", text)
    utc = _UTC.search(text)
    if utc is not None:
        text = text[:utc.start()] + "+00:00"
    text = _OFFSET.sub(r"\1:\2", _FRACTION.sub(lambda m: "." + m.group(1)[:6].ljust(6, "0"), text))
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
