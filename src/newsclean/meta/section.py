"""The site's section or rubric an article is filed under (``Politics``, ``INTERVIEWS``).

A text dump shows it in one of four ways, tried in this order, each one the page's own
statement of where the article stands:

1. a labelled line near the article: ``Posted in Politics, World``, ``Kategorie: Allgemein``,
   ``Abgelegt unter: Lesenswert``, ``Rubrik: Kultur`` (the first category named);
2. a breadcrumb trail above the headline: ``Home » Vegan Desserts » Peanut Butter Truffles``,
   ``Sie sind hier: Startseite > Kultur > ...`` (the first crumb after the home page's);
3. words before the date on the date line: ``Politics Materials 10 January 2022 09:26``;
4. a kicker: a label of a few words just above the headline (interface strings such as
   ``A+`` between them), which the page prints elsewhere too (in its menu) and which is not
   the last item of a menu that runs into the headline, unless the headline or the body's
   opening speaks of it.

When none of them shows, the section is ``None``: a menu's items, a tag list or the site's
name are never taken for it. The line the section is read from stays where the chrome rules
put it (in ``removed``); reading the section removes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsclean.chrome import patterns as p
from newsclean.chrome import rules
from newsclean.meta.bylines import given_name
from newsclean.meta.dates import find_dates
from newsclean.segment import Line

_LABEL_WORDS = 4  # a section's name is short: "Higher education", "Politik & Gesellschaft"
_LABEL_CHARS = 40
_LABELLED_WORDS = 12  # a labelled line is short too: "Posted in Brookhaven, DeKalb, News"
_LABELLED_REACH = 30  # lines after the body's end where its "Posted in" line may stand
_TRAIL_REACH = 12  # lines above the headline where a breadcrumb trail may stand
_TRAIL_WORDS = 20
_DIGIT = re.compile(r"\d")
_OPENING_LINES = 3  # the body's lines a kicker ending a menu must be spoken of in
_SPOKEN_WORD = 4  # letters of a kicker's word that counts: not "and", "des"
_AROUND = " |•·/-–—"  # what a site prints beside a label: "Preps |", "Handball Schweiz •"
_LIST_SEPARATOR = re.compile(r"\s*[,|•;]\s*|\s+/\s+")
# Lines between a kicker and its headline that are no part of either: font controls, share
# buttons, a view counter, the date and the byline.
_BETWEEN = frozenset({
    "chrome.ui", "chrome.social", "chrome.share", "chrome.counter", "chrome.separator",
    "chrome.url", rules.DATE, rules.BYLINE,
})
# What the chrome rules call a line that may be a section's label: outside the body, named
# for where it stands (above the body, printed again, in a menu) rather than for what it says.
_LABEL_RULES = frozenset({rules.PREAMBLE, rules.REPEAT, rules.MENU})


def find_section(
    lines: Sequence[Line],
    removed: Mapping[int, str],
    kept: Sequence[int],
    title: int | None,
    *,
    outlet_names: Sequence[str] = (),
) -> str | None:
    """The section the page files the article under, or ``None`` when it shows none.

    ``lines`` are the document's, ``removed`` maps the indices of the lines outside the body
    to their rules, ``kept`` are the body's, ``title`` is the headline's index. A label that
    names the outlet itself (``outlet_names``) is no section.
    """
    if not kept:
        return None
    top = title if title is not None else kept[0]
    outlets = {p.key_of(name) for name in outlet_names}
    found = (_labelled(lines, removed, top, kept[-1])
             or _trail(lines, top)
             or _on_date_line(lines, removed, top, kept[0]))
    if found is None and title is not None:
        found = _kicker(lines, removed, title, kept)
    if found is None or p.key_of(found) in outlets:
        return None
    return found


def _label(text: str) -> str | None:
    """``text`` as a section's name, without the separators around it ("Preps |"), or
    ``None`` when it is none: a few words opening with a letter, no digits, no colon (a
    field's label, a headline's kicker), no sentence's end, no interface string or home page."""
    label = text.strip(_AROUND)
    if (0 < len(label.split()) <= _LABEL_WORDS and len(label) <= _LABEL_CHARS
            and label[0].isalpha() and label[-1] not in ".!?;,…" and ":" not in label
            and not _DIGIT.search(label) and p.key_of(label) not in p.NOT_SECTIONS):
        return label
    return None


def _labelled(lines: Sequence[Line], removed: Mapping[int, str], top: int, end: int) -> str | None:
    """The first category of the labelled line nearest the article ("Posted in X, Y")."""
    best: tuple[int, str] | None = None
    for i in range(min(len(lines), end + _LABELLED_REACH + 1)):
        line = lines[i]
        if i not in removed or line.words > _LABELLED_WORDS:
            continue
        match = p.SECTION_LABEL.match(line.text)
        if match is None:
            continue
        first = _label(_LIST_SEPARATOR.split(match.group("sections").strip(), maxsplit=1)[0])
        distance = top - i if i < top else max(0, i - end)
        if first is not None and (best is None or distance < best[0]):
            best = (distance, first)
    return best[1] if best is not None else None


def _trail(lines: Sequence[Line], top: int) -> str | None:
    """The first crumb after the home page's of a breadcrumb trail above the headline."""
    for i in range(top - 1, max(-1, top - 1 - _TRAIL_REACH), -1):
        line = lines[i]
        if line.words > _TRAIL_WORDS or not p.CRUMB_ARROW.search(line.text):
            continue
        crumbs = [c for c in p.CRUMB_ARROW.split(p.YOU_ARE_HERE.sub("", line.text)) if c]
        homed = bool(crumbs) and p.key_of(crumbs[0]) in p.HOME_CRUMBS
        if len(crumbs) < 3 and not (homed and len(crumbs) == 2):
            continue  # "Fokus >", "Mehr »": a link, not a trail
        return _label(crumbs[1] if homed else crumbs[0])
    return None


def _on_date_line(
    lines: Sequence[Line], removed: Mapping[int, str], top: int, start: int
) -> str | None:
    """The words a date line opens with ("Politics Materials 10 January 2022 09:26",
    "Handball Schweiz • 02.02.2022"), when they are a label: every word capitalised, none a
    date's; not a field's label ("Release: 14.11.2019"), a place or a weekday set off by a
    comma ("Bonn, 11.10.2021", "Senin, 4 Mei 2020"), nor a person's name ("Chris Davies -")
    nor a byline ("By JT - Jun 03,2024")."""
    for i in range(max(0, top - 2), start):
        if removed.get(i) != rules.DATE:
            continue
        text = lines[i].text
        dates = find_dates(text)
        if not dates:
            continue
        before = text[:dates[0].start]
        if ":" in before or "," in before:
            continue
        label = _label(before)
        if (label is not None
                and all(w[0].isupper() for w in label.split() if w[0].isalpha())
                and not any(map(p.DATE_WORDS.__contains__, p.key_of(label).split()))
                and not p.WEEKDAY_SHORT.fullmatch(label + ".")  # "Di 04.06.24 | 07:30 Uhr"
                and not given_name(label.split()[0]) and not p.BYLINE_LEAD.match(label)):
            return label
    return None


def _kicker(
    lines: Sequence[Line], removed: Mapping[int, str], title: int, kept: Sequence[int]
) -> str | None:
    """A label just above the headline that the page prints elsewhere too (its menu), and
    that is not the last of a menu's items running into the headline unless the headline or
    the body's opening speaks of it."""
    above = _line_above(removed, title)
    if above is None or removed.get(above) not in _LABEL_RULES:
        return None
    label = _label(lines[above].text)
    if label is None:
        return None
    key = lines[above].key
    if sum(1 for line in lines if line.key == key) < 2:
        return None  # printed once: a promotion, the site's name, not a menu's entry
    before = _line_above(removed, above)
    ends_menu = (before is not None and removed.get(before) in _LABEL_RULES
                 and lines[before].words <= _LABEL_WORDS and not lines[before].sentence_end)
    if ends_menu and not _spoken_of(label, [lines[title], *(lines[i] for i in kept[:_OPENING_LINES])]):
        return None  # "Sport / TV-Thek / Shop" over the headline: where a menu ends
    return label


def _spoken_of(label: str, lines: Sequence[Line]) -> bool:
    """Whether the headline or the body's opening uses a word of ``label`` (or a longer word
    it opens: "Düsseldorf", "Düsseldorfer")."""
    words = [w for w in p.key_of(label).split() if len(w) >= _SPOKEN_WORD]
    if not words:
        return False
    text = " " + " ".join(line.key for line in lines)
    return any(" " + w in text for w in words)


def _line_above(removed: Mapping[int, str], index: int) -> int | None:
    """The nearest line above ``index`` that is not a control or a date between a kicker and
    its headline."""
    i = index - 1
    while i >= 0 and removed.get(i) in _BETWEEN:
        i -= 1
    return i if i >= 0 else None
