"""Recognise metadata lines (date, byline, dateline) so that they leave the body.

Reading their values (the normalised date, the authors) is the job of the date and byline
stages; this module only says which lines carry them.
"""

from __future__ import annotations

import re

from newsclean.chrome import patterns as p
from newsclean.chrome import rules
from newsclean.language import char_script
from newsclean.meta.bylines import (
    LEAD_HEADING,
    capitals_byline,
    cjk_writer_credit,
    given_name,
    parse_byline,
    placed_byline,
)
from newsclean.meta.dates import COUNTED_IN_WORDS, relative_span
from newsclean.segment import Line, key_words

_MAX_WORDS = 20


_LEAD_WORDS = 4  # "Eine Kolumne von": the longest lead over a name
_MAX_OTHER_WORDS = 2  # words that are not part of a date: a section label, an author's name


_DIGIT = re.compile(r"\d")
# The author's name after a date, which a blog prints on one line with it: " by John Smith",
# " von Creeny", or an account's name in lower case (" by admin", " von revamp-it Webteam";
# not " by the Council"). The words of the name are not counted against the date.
_CAPITALISED = r"[" + p.UPPER + r"]" + p.NAME_REST
_SIGNED = re.compile(
    r"\s(?:by|von|par|por|от)\s+(?:" + _CAPITALISED + r"|[a-z][\w.]*-[\w.\-]*|[a-z][\w.\-]*$)"
    r"(?:\s+" + _CAPITALISED + r"){0,3}$"
)


# A number of a date: a day with its ordinal's ending ("3rd", "1er", "1º"), a French time ("16h28").
# The Hebrew calendar's date, its day and year in letters ('כ"ו באייר תשפ"ד', 26 Iyar 5784),
# which a page prints beside the Gregorian one; not converted, but a date line's words
_HEBREW_CALENDAR = re.compile(
    "^[\u05d0-\u05ea]{1,2}[\"'\u05f3\u05f4]?[\u05d0-\u05ea]?\\s+\u05d1?"
    "(?:תשרי|מרחשוון|חשוון|חשון|כסלו|טבת|שבט|אדר(?:\\s+[אב]['\u05f3]?)?|ניסן|אייר|סיוון|סיון|תמוז|אב|אלול)"
    "(?:\\s+\u05d4?\u05ea[\u05d0-\u05ea]{1,2}[\"\u05f4]?[\u05d0-\u05ea])?"
)
_NUMBER_TOKEN = re.compile(r"\d+(?:st|nd|rd|th|er|º|ª)?|\d{1,2}h(?:\d\d)?")


def _is_number(token: str) -> bool:
    return token.isdigit() or _NUMBER_TOKEN.fullmatch(token) is not None


def is_date_line(line: Line) -> bool:
    """A line made of a date and little else: numbers, month and weekday names, clock words.

    ``Politics Materials 10 January 2022 09:26 (UTC +04:00)`` is one; so is
    ``PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019``.
    """
    if not _DIGIT.search(line.text):
        return False  # a date line has its day or year in digits
    tokens = line.key.split()
    hebrew = _HEBREW_CALENDAR.search(line.text) if char_script(line.text[0]) == "HEBREW" else None
    if hebrew is not None:  # 'כ"ו באייר תשפ"ד, 03/06/24 14:32': the Hebrew calendar's day too
        tokens = key_words(line.text[:hebrew.start()] + " " + line.text[hebrew.end():])
    if not _dated(tokens, line.text):
        return False  # nor with fewer words: a signature's are cut below
    signed = _SIGNED.search(line.text) if len(tokens) > _MAX_OTHER_WORDS + 2 else None
    if signed is not None:  # "Posted on Fri, January 24, 2020 at 6:18 pm by John Smith"
        tokens = tokens[:len(tokens) - len(key_words(signed.group()))]
        if not _dated(tokens, line.text):
            return False
    numbers = sum(1 for t in tokens if _is_number(t))
    months = sum(map(p.MONTH_WORDS.__contains__, tokens))
    other = sum(1 for t in tokens if not _is_number(t) and t not in p.DATE_WORDS)
    if other > _MAX_OTHER_WORDS or numbers + months <= other:
        # a weekday's short name is a word of the date ("Mar." is March's already)
        other -= len(p.WEEKDAY_SHORT.findall(line.text))
    return other <= _MAX_OTHER_WORDS and numbers + months > other


def is_relative_date_line(line: Line) -> bool:
    """A line made of a relative date and little else: ``2 hours ago``, ``Опубликовано: вчера
    в 18:40``, ``Сегодня, 10:15 | Просмотров: 25`` (a part with a number is a counter).

    A sentence that says when something happened ("Он приехал 2 часа назад.") is not one.
    """
    text = line.text
    if line.words > _RELATIVE_WORDS or text.endswith((".", "!", "?")):
        return False
    if _DIGIT.search(text) is None and COUNTED_IN_WORDS.search(line.lower) is None:
        return False  # a day's word has its time beside it; a count is in digits, or these
    span = relative_span(text)
    if span is None:
        return False
    rest = _SEPARATOR.split(text[:span[0]] + "|" + text[span[1]:])
    other = sum(1 for part in rest if not _DIGIT.search(part)
                for t in key_words(part) if t not in p.DATE_WORDS)
    return other == 0


_RELATIVE_WORDS = 8
_SEPARATOR = re.compile(r"[|·•]")


# a day and a month in digits without the year, and the clock: "4.6. 7:30", "4.6. klo 9.05"
# (Finnish and Nordic pages date today's stories so)
_DAY_MONTH_CLOCK = re.compile(r"\b\d{1,2}\.\d{1,2}\.\s+(?:klo\s+|kl\.?\s+)?\d{1,2}[:.]\d{2}\b")


def _dated(tokens: list[str], text: str) -> bool:
    """A month's name and two numbers, or one under a date's label ("Publicado el 11 de
    mayo"), or a date in digits (15.04.2020, 2020-04-15), or a day and a month in digits
    with the clock ("4.6. 7:30")."""
    if p.NUMERIC_DATE.search(text) or _DAY_MONTH_CLOCK.search(text):
        return True
    if not any(map(p.MONTH_WORDS.__contains__, tokens)):
        return False
    numbers = sum(map(_is_number, tokens))
    return numbers >= 2 or (numbers == 1 and any(map(p.DATE_LABELS.__contains__, tokens)))


def _organisations(text: str) -> bool:
    """Whether a byline names organisations only (a legal form, a domain), which may be
    written in lower case; a person's name is not ("von hier, erfahrungen.com")."""
    authors = parse_byline(text)
    return bool(authors) and all(a.kind == "organization" for a in authors)


# Italian's "by", which is Indonesian's "in" too, and Dagens industri's short name: a byline's
# lead before a usual given name only ("Di Marco Rossi"; not "di Jakarta", "Di Morgonkoll")
_ITALIAN_BY = "di"


def metadata_rule(line: Line) -> str | None:
    """The id of the metadata rule that claims ``line``, or ``None``."""
    if line.words > _MAX_WORDS:
        return None
    text = line.text
    if is_date_line(line) or is_relative_date_line(line):
        return rules.DATE
    # Every byline pattern wants a space after its lead or between names, the role and the
    # dateline a comma (or a bar): a line's text has its whitespace as single spaces, so these
    # tests skip patterns that cannot match, most menu words among them.
    comma = "," in text
    if " " in text and (p.BYLINE.match(text) or ((comma or "|" in text) and p.BYLINE_ROLE.match(text))
                        or p.BYLINE_LEAD.match(text) or p.GLUED_LEAD.match(text)):
        lead, _, rest = text.partition(" ")
        if lead.casefold() != _ITALIAN_BY or given_name(rest.split(maxsplit=1)[0]) or capitals_byline(text):
            return rules.BYLINE
    if "|" in text and placed_byline(text) is not None:
        return rules.BYLINE  # "Freiburg | Von Simone Höhl": the place, then the byline
    if p.LOWER_BYLINE.match(text) and _organisations(text):
        return rules.BYLINE  # "von besserwisser eG", "von tennisnet.com": a name in lower case
    given = p.BYLINE_GIVEN_LEAD.match(text)
    if given is not None and (given_name(given["names"].split(maxsplit=1)[0])
                              or capitals_byline(text)):
        return rules.BYLINE  # "Door Jan de Vries", "NA WANDERI KAMAU"; not "Door County Board"
    if comma and p.DATELINE.match(text):
        return rules.DATELINE
    if not line.lower.isascii() and cjk_writer_credit(text) is not None:
        return rules.BYLINE  # "스포츠조선=선수민 기자", "作者：李华"
    if line.words <= _LEAD_WORDS and LEAD_HEADING.match(text):
        return rules.BYLINE  # "By", "Ein Beitrag von:": a lead over the name's line
    return None
