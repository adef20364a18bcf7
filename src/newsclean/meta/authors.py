"""Which lines name the article's authors, and who they are.

The byline under the headline comes first; without one, a name standing by the headline or
the body's opening date, a labelled name, a Chinese or Korean credit, a wire story's
"Reporting by" credit, an author box, a name signing off after the body, the person a blog
is named after, a copyright's holder. What a name looks like is ``names``' to say; author
boxes are ``authorbox``'s.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsclean.article import Author
from newsclean.chrome import patterns as p
from newsclean.chrome import rules
from newsclean.chrome.region import in_data_list
from newsclean.language import char_script
from newsclean.meta.authorbox import AUTHOR_LABELS, author_box
from newsclean.meta.bylines import (
    CJK_CREDIT_CHARS,
    CJK_EDITOR_CREDIT,
    LEAD_HEADING,
    ROLE_WORDS,
    WIRES,
    beside_sites,
    chinese_opening_credit,
    chinese_surname,
    cjk_writer_credit,
    credited_names,
    cut_at_label,
    parse_byline,
)
from newsclean.meta.dates import ParsedDate, find_dates
from newsclean.meta.names import (
    ANY_HANDLE,
    BLOG_OF,
    HANDLE_NAME,
    NAME_LIST,
    given_named,
    looks_like_name,
    looks_like_names,
    lower_user_name,
    name_of,
    one_name,
    opens_with_given_name,
    titled,
    user_name,
)
from newsclean.provenance.cues import CHINESE_DATELINE, agency_dateline
from newsclean.segment import Line


def find_byline(
    lines: Sequence[Line],
    removed: Mapping[int, str],
    kept: Sequence[int],
    title: int | None = None,
    stopwords: frozenset[str] = frozenset(),
    label_start: int | None = None,
) -> tuple[int, str] | None:
    """The line the article's byline is read from, and the text to read.

    Only one byline line is read: the first between the headline and the body, else the
    nearest to the body's start, before its end if there is one there. A lead on a line of
    its own over the names ("By" / "Ann Lee") is a byline too. Pages print other bylines
    (related stories, comments); they are not this article's authors, and a byline below
    the body, or under paragraphs of it, yields to a name by the headline.

    Without a byline, in this order:

    - a name standing alone between the headline and the body ("Patrick Otte", "Julia
      Steinhoff / Oktober 25 2023", "1. Februar 2022, Anna Lenz") or next to the date that
      opens the article, after a lead on a dated line ("Veröffentlicht am 3.2.2022 von Anna
      Lenz"), in a blog theme's line of facts ("1. November 2023 Tobi 1 Kommentar"), a
      newsroom signing as itself ("Redaktion") or a wire service alone ("JIJI"): within three
      lines of them, or six when the page prints the name again;
    - a name after an explicit label ("| Autor: gnaddrig |") anywhere above the body;
    - a Chinese, Japanese or Korean credit on a short line ("责任编辑： 李华"), or in brackets
      opening the body ("〔記者巫其倫／台北報導〕");
    - the reporter an agency's dateline opening the body credits ("BAKU, Azerbaijan, Jan. 10.
      By Elchin Mehdiyev – Trend:");
    - a wire story's credit after the body: its reporters ("(Reporting by Will Dunham;
      Editing by Tom Brown)");
    - the name of an author box ("Über Anna Lenz", "All posts by Anna Lenz", "Über Steffi
      1009 Artikel", a name above a line about that person);
    - a name signing off after the body, alone (not one the body speaks of: a tag), after a
      lead ("Posted by Ann Lee at 10:15 AM") or one word beside a date;
    - the person a blog is named after ("Daniel Lemire's blog"), a copyright after the body
      names ("© 2009-2020 by Florian Weber"), or a titled name heading the page ("Dr. Anna
      Lenz").

    Where no lead, separator or opening date vouches for a name, it must open with a usual
    given name (``given_name``): two capitalised nouns are a label. A label is sought above
    ``label_start``, where the body begins under a lead it took back from above the label's line
    (its first line otherwise).
    """
    start = kept[0] if kept else len(lines)
    end = kept[-1] if kept else -1
    bylines = [(i, cjk_writer_credit(lines[i].text) or lines[i].text)
               for i, rule in removed.items()
               if rule == rules.BYLINE and not LEAD_HEADING.match(lines[i].text)]
    bylines += _split_bylines(lines, stopwords)
    below = sorted(b[0] for b in bylines if b[0] > end)
    # a list of teasers under the body, each with its credit; not an author box printed
    # twice ("Geschrieben von Elisa Marvena" / "Geschrieben von Global Voices", twice)
    if sum(1 for k, i in enumerate(below) if k == 0 or below[k - 1] != i - 1) >= _LIST_CREDITS:
        bylines = [b for b in bylines if b[0] <= end]
    if bylines:
        under = [b for b in bylines if title is not None and title < b[0] < start]
        nearest = (min(under) if under  # the first under the headline: below it, teasers' credits
                   else min(bylines, key=lambda b: (b[0] > end, abs(b[0] - start))))
        if nearest[0] > end or _deep_in(kept, nearest[0]):
            # below the body, or under paragraphs of it (a comment's signature): a name by
            # the headline is surer
            by_headline = _name_line(lines, removed, start, title, stopwords)
            if by_headline is not None:
                return by_headline
        if parse_byline(nearest[1]):  # not "Von Kopf bis Fuss", a section's name
            return nearest
    return (_name_line(lines, removed, start, title, stopwords)
            or _labelled_name(lines, removed, start if label_start is None else label_start, stopwords)
            or _cjk_credit(lines, start)
            or _dateline_credit(lines, start)
            or _reporting_credit(lines, start)
            or author_box(lines, stopwords)
            or _closing_name(lines, removed, end, stopwords)
            or _blog_owner(lines, stopwords)
            or _copyright_owner(lines, end, stopwords)
            or _site_owner(lines, stopwords))


# A reporter's role on the line under the byline's name: "Staff Writer", "Senior Reporter, The
# Herald", "Корреспондент E1.RU", "Редактор отдела «Экономика»"; at most three words after the
# role's word, or a comma ("Reporter says the plan is wrong" is a sentence)
_ROLE_LINE = re.compile(
    r"^(?:[^\W\d_]+[- ]){0,2}(?:" + ROLE_WORDS + r"|корреспондент|кореспондент|редактор|"
    r"обозреватель|оглядач|журналист|журналіст|репортер)(?:ка)?(?:$|,|\s+\S+(?:\s+\S+){0,2}$)",
    re.IGNORECASE,
)
_ROLE_LINE_WORDS = 6


def role_under(lines: Sequence[Line], byline: int) -> str | None:
    """The reporter's role the line under the byline's line prints, if it prints one."""
    if byline + 1 >= len(lines):
        return None
    line = lines[byline + 1]
    if line.words > _ROLE_LINE_WORDS or line.text.endswith(".") or not _ROLE_LINE.match(line.text):
        return None
    return line.text


def collect_authors(
    lines: Sequence[Line],
    removed: Mapping[int, str],
    named: tuple[int, str] | None,
) -> tuple[Author, ...]:
    """Authors from the byline ``find_byline`` found (with the role printed under it, the
    byline's too), author promos, a signature after the body."""
    authors: list[Author] = []
    byline, byline_text = named if named is not None else (None, "")
    for i, line in enumerate(lines):
        rule = removed.get(i)
        if i == byline:  # the name read from the line; the line itself is the evidence
            credit = chinese_opening_credit(line.text)  # ... or the credit opening a paragraph
            raw = (credit.group() if credit is not None
                   else dateline_credit(line.text) or line.text)
            found = tuple(_as_printed(lines, i, a, raw) for a in parse_byline(byline_text))
            role = role_under(lines, i) if removed.get(i + 1) == rules.BYLINE else None
            if role is not None and len(found) == 1 and found[0].role is None:
                found = (replace(found[0], role=role),)
        elif rule == "chrome.author_promo":
            # the person the promo is about, who opens it; not the outlets it names after
            found = tuple(a for a in parse_byline(line.text)
                          if a.kind == "person" and line.text.startswith(a.name))
            subject = None if found else _PROMO_SUBJECT.match(line.text)
            if subject is not None:  # "Ann Lee is a general assignment reporter on the ..."
                found = tuple(replace(a, raw=line.text) for a in parse_byline(subject.group("name"))
                              if a.kind == "person")
        elif rule == rules.SIGNATURE:
            found = tuple(a for a in parse_byline(line.text) if a.kind == "organization")
        else:
            continue
        for author in found:
            key = author.name.casefold()
            match = next((k for k, a in enumerate(authors) if a.name.casefold() == key), None)
            if match is None:
                authors.append(author)
            elif author.handle and not authors[match].handle:
                old = authors[match]
                authors[match] = Author(old.name, old.kind, old.raw, author.handle, old.role or author.role)
    return beside_sites(authors)


def _as_printed(lines: Sequence[Line], at: int, author: Author, raw: str) -> Author:
    """A byline's author with the line its name was read from: ``raw`` (the byline's), or
    for a byline printed a name a line ("By" / "April Roach" / "@aprilroach28" / "Daniel
    O'Mahony") the line that prints the name, and the handle printed under it."""
    key = author.name.casefold()
    at_raw = key in raw.casefold()
    printed = at if at_raw else next(
        (j for j in range(at + 1, min(len(lines), at + 2 * _MAX_SPLIT_NAMES))
         if key in lines[j].text.casefold()), None)
    if printed is None:
        return replace(author, raw=raw)
    below = lines[printed + 1].text if printed + 1 < len(lines) else ""
    handle = author.handle or (below if _AT_HANDLE.match(below) else None)
    return replace(author, raw=raw if at_raw else lines[printed].text, handle=handle)


_PROMO_SUBJECT = re.compile(
    r"^(?:(?:Autor(?:\*in|/in|in)?|Author|About the author|Über (?:den|die) Autor(?:in)?)\s*:\s*)?"
    r"(?:(?:Prof|Dr|Dr\.-Ing)\.\s+)*"
    r"(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’.\-]*)\s+"
    r"(?:is|was|ist|war|est|était|es|era|writes|reports|covers)\s"
)
_SET_APART = re.compile(r"\s[/·•]\s|\s?\|\s?|\s[-–—]\s|,\s")  # a bar unspaced: "Gad Lior|Published: ..."
# A lead inside a dated line: "Veröffentlicht am 3.2.2022 von Anna Lenz", "26/12/2019 by Ann Lee".
# ("Da Roma" opens a dateline: the short leads only in lower case)
_LEAD_INSIDE = re.compile(r"(?:^|\s)(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|da|door|av)\s+(?=[A-ZÀ-ÖØ-Þ])")
# A lead opening a part of a dated line, before a name or a handle: "· von freeman1984 ·",
# "| Autor: gnaddrig |", "25. Januar 2022Author Redaktion" (a scrape that lost the space).
_LEAD_SEGMENT = re.compile(
    r"(?:^|[·|•]\s*|(?<=\d))(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|(?P<label>[Aa]utor(?:in)?\s*:|[Aa]uthor\s*:?|[Aa]uteur\s*:))"
    r"\s+(?=\w)"
)
_SEGMENT_END = re.compile(r"\s[/|·•]\s|\s[-–—]\s|,\s|\s(?:um|à|at|a las|alle|in)\s")
# the same label before the name on its line: "Interview: Julia Lauter", "Text: Ann Lee, Fotos: ..."
_AUTHOR_LABEL = re.compile(r"^(?i:" + AUTHOR_LABELS + r")\s*:\s*(?=\w)")
# A wire service credited alone under the headline ("JIJI", "Kyodo"); not a word that is also a
# section's name ("Trend"), a button's ("Map", "Tap") or a photo agency's ("EPA").
_WIRE_ALONE = frozenset(WIRES) - {"trend", "aa", "epa", "map", "tap"}
_CLOSING_LINES = 3  # lines after the body where the author may sign off
_LIST_CREDITS = 3  # bylines below the body that are a list's, not the article's signature
_NAME_WINDOW = 3  # lines around the headline and the body's start where a name may stand
_WIDE_WINDOW = 6  # farther, a name counts when the page prints it elsewhere too


def _without_dates(text: str, dates: Sequence[ParsedDate] | None = None) -> str:
    for found in reversed(find_dates(text) if dates is None else dates):
        text = text[: found.start] + text[found.end :]
    return text.strip(" |/-–—,·•")


def _name_line(
    lines: Sequence[Line],
    removed: Mapping[int, str],
    start: int,
    title: int | None,
    stopwords: frozenset[str],
) -> tuple[int, str] | None:
    """A line that is only a name (and perhaps a date, or a lead inside a dated line) next to
    the headline, the body or the date that opens the article, and the name's text."""
    # lines counted as a reader counts them: chrome named between (a share row, a repeated
    # line) stands apart from the page, so a name is as near with it as without it
    shown = [i for i in range(len(lines))
             if removed.get(i) in _CANDIDATE_RULES or i in (title, start)]
    near, wide = _around(shown, start, title, _NAME_WINDOW), _around(shown, start, title, _WIDE_WINDOW)
    dated = _opening_date(lines, removed, start, title)
    beside = set()
    if dated is not None:
        last = dated  # the published date's line, and the updated date's under it
        while removed.get(last + 1) == rules.DATE:
            last += 1
        beside = {dated - 1, dated + 1, last + 1} - {-1, len(lines)}
    near |= beside  # "Ronja Beck" above "/ 16.11.2018, 03:00 Uhr"
    alone: tuple[int, str] | None = None
    for i in sorted(wide | near):
        rule = removed.get(i)
        if i == title or rule not in _CANDIDATE_RULES:
            continue
        line = lines[i]
        text = line.text
        if line.words > _MAX_LEAD_WORDS or in_data_list(lines, i):  # "June 9 – Tampa, FL"
            continue
        dates = find_dates(text)  # read once: every test below asks of them
        led = _LEAD_SEGMENT.search(text)
        if led is not None and (rule == rules.DATE or dates):
            # a part of its own after a lead: "Dezember 10, 2019 · von freeman1984 · in Blog"
            name = _SEGMENT_END.split(text[led.end():], 1)[0].strip()
            handle = HANDLE_NAME if led.group("label") is None else ANY_HANDLE  # "Autor: gnaddrig"
            if (looks_like_name(name, stopwords) or one_name(name, stopwords)
                    or user_name(name, stopwords, handle)):
                return i, name
        label = _AUTHOR_LABEL.match(text)
        if label is not None and i in near:
            name = _SEGMENT_END.split(text[label.end():], 1)[0].strip()
            if looks_like_names(name, stopwords):
                return i, name
        lead = _LEAD_INSIDE.search(text)
        if lead is not None and dates:
            # after a lead, one word is a name too: "29. Juni 2017 · von Tobi"
            text = cut_at_label(_SEGMENT_END.split(_without_dates(text[lead.end():]), 1)[0]).strip()
            if looks_like_name(text, stopwords) or one_name(text, stopwords):
                return i, text
            continue
        if dates and i in near:
            name = _facts_name(lines, i, dates, stopwords)
            if name:
                return i, name
        if rule == rules.DATE or dates:
            # A name beside a date only when set apart from it: "Julia Steinhoff / 25.10.2023",
            # "04.02.2022 | 13:10 Uhr | Uta Lenz", never "Politics Materials 10 January 2022"
            # (a section label). A comma sets a name apart only after the date: before it,
            # it ends a dateline's place ("Da Roma, 12 marzo 2022").
            # Without a separator, a name that opens with a given name: "Ariel Melgar Cabrera
            # 3/5/2022 22:41", or a list of such names: "Markus M. Haefliger, London, Beat
            # Bumbacher 19.10.2019, 23:38 Uhr".
            apart = _SET_APART.search(text)
            if apart is None or (apart.group() == ", " and not (dates and dates[0].start < apart.start())):
                rest = _without_dates(text, dates)
                if not (given_named(rest, stopwords) or p.NEWSROOM.match(rest)
                        or (NAME_LIST.search(rest) and opens_with_given_name(rest)
                            and looks_like_names(rest, stopwords))):
                    continue
                text = rest
            else:
                parts = [part.strip() for part in _SET_APART.split(_without_dates(text, dates))]
                wire = next((part for part in parts if part.casefold() in _WIRE_ALONE), None)
                if wire is not None and i in near:
                    return i, wire  # "PTI / Updated: May 30, 2024": the wire credited beside it
                text = next((part for part in parts
                             if looks_like_name(part, stopwords) or p.NEWSROOM.match(part)), "")
                user = next((part for part in parts
                             if lower_user_name(part, stopwords)), None)
                if not text and user is not None and i in near:
                    return i, user  # "reineckefuchs — 2. Februar 2022": a user name
        elif i in near and _outlet_and_name(text, stopwords):
            return i, text  # "Dawn.com | Tahir Sherani": the outlet and its reporter
        elif i in near and (placed := _placed_name(text, stopwords)):
            return i, placed  # "غزة - محمد أحمد": the reporter's city and name
        elif i in near and (signed := _signed_for(text, stopwords)):
            return i, signed  # "Иван Жилин, специально для «Новой газеты Европа»"
        given = opens_with_given_name(text)
        one = looks_like_name(text, stopwords) and (
            (i in near and (given or i in beside))
            or (given and _named_elsewhere(lines, i, text)))
        # "Clara Löw, Siddharth Prakash & Klaus Jacob"
        several = i in near and given and looks_like_names(text, stopwords)
        if one or several:
            if dates:
                return i, text
            # a name alone may be a tag's or the story's subject's; a name beside a date
            # further down is the byline: "Alexandria Douziech" / headline / "Shana Nys
            # DambrotNovember 6, 2023". An organisation's alone is a section's: "India News"
            if not all(a.kind == "organization" for a in parse_byline(text)):
                alone = alone or (i, text)
                continue
        if i in near and (p.NEWSROOM.match(text) or text.casefold() in _WIRE_ALONE):
            return alone or (i, text)  # "Redaktion", "Redaktion Haus.de | 3. Mai 2022", "JIJI"
    return alone


_CANDIDATE_RULES = frozenset({None, rules.DATE, rules.PREAMBLE, rules.MENU})


def _outlet_and_name(text: str, stopwords: frozenset[str]) -> bool:
    """Whether a line is an organisation and a person's name set apart: "Dawn.com | Tahir
    Sherani", "Reuters - Ann Lee"."""
    parts = [part.strip() for part in _SET_APART.split(text)]
    if len(parts) != 2:
        return False
    kinds = [tuple(author.kind for author in parse_byline(part)) for part in parts]
    return ("organization",) in kinds and any(given_named(part, stopwords) for part in parts)


_PLACE_WORDS = 3  # "رام الله", "إدلب", "القدس"; an outlet's name with it: "القدس دوت كوم"


def _placed_name(text: str, stopwords: frozenset[str]) -> str | None:
    """The reporter the Arab press credits after the city they file from, and perhaps the
    outlet: "إدلب - أحمد السعدي", "القدس - "القدس" دوت كوم - محمد أبو خضير"; the last part,
    opening with a usual given name, where the others do not."""
    if char_script(text[0]) != "ARABIC":
        return None
    parts = [part.strip() for part in _DASHED.split(text)]
    if not 2 <= len(parts) <= 3 or not given_named(parts[-1], stopwords):
        return None
    if any(len(part.split()) > _PLACE_WORDS or opens_with_given_name(part) for part in parts[:-1]):
        return None
    return parts[-1]


_DASHED = re.compile(r"\s[-–—]\s")
# A reporter signing with the outlet they write for, quoted or after "specially for": "Ирина
# Ермолаева, «Фонтанка.ру»", "Иван Жилин, специально для «Новой газеты Европа»", "Jane Doe,
# special to The Globe and Mail". Not "Jane Doe, Reuters": a photo's credit is printed so.
_QUOTED_OUTLET = r"«[^«»\n]{2,40}»|„[^“”\n]{2,40}“|“[^“”\n]{2,40}”|\"[^\"\n]{2,40}\""
_SIGNED_FOR = re.compile(
    r"^(?P<name>[^,«»“”„\"\d]{3,60}),\s+(?:(?:(?i:специально|спеціально)\s+для|(?i:special)\s+to)\s+"
    r"(?:" + _QUOTED_OUTLET + r"|[A-ZА-ЯЁЄІЇ][^,\n]{1,40})|" + _QUOTED_OUTLET + r")$"
)


# Under the story, a reporter signs with their outlet's initials or the city they file from:
# "Марія Степанюк — УП", "Анна Капустина, Екатеринбург" (a Cyrillic name and place only:
# "Jane Doe, Reuters" is a photo's credit)
_SIGNED_OFF = re.compile(
    r"^(?P<name>[^,«»“”„\"\d—–]{3,60})(?:\s[—–]\s[A-ZА-ЯЁЄІЇ]{2,5}"
    r"|(?<=[а-яёєіїґ]),\s[А-ЯЁЄІЇ][а-яёєіїґ'’-]{2,30})$"
)


def _signed_for(text: str, stopwords: frozenset[str], *, closing: bool = False) -> str | None:
    """The reporter's name of a line that signs it with the outlet it was written for; under
    the story (``closing``), with the outlet's initials or the city too."""
    m = _SIGNED_FOR.match(text) or (_SIGNED_OFF.match(text) if closing else None)
    return m.group("name") if m is not None and given_named(m.group("name"), stopwords) else None


def holds_the_byline(text: str, name: str) -> bool:
    """Whether the line a byline's ``name`` was read from is the byline's line: the name alone,
    or with its date ("Tanja Karrasch3.11.2023", "Accueil | Par Loïc Le Clerc | 30 septembre
    2018"), its reporter's city ("إدلب - أحمد السعدي") or the outlet it was written for
    ("Ирина Ермолаева, «Фонтанка.ру»"); not a blog's name ("Damian Duchamps' Blog") nor an
    author box's heading ("Über Anika Schön")."""
    if name not in text:
        return False
    rest = text.replace(name, " ", 1).strip(" |/-–—,·•:")
    return (not rest or bool(find_dates(rest)) or _placed_name(text, frozenset()) == name
            or _signed_for(text, frozenset(), closing=True) == name)


def _around(shown: list[int], start: int, title: int | None, reach: int) -> set[int]:
    """The lines of ``shown`` up to ``reach`` of them above the body's ``start`` (and it),
    and below the headline ``title``."""
    at = bisect.bisect_left(shown, start)
    found = set(shown[max(0, at - reach):at + 1])
    if title is not None:
        below = bisect.bisect_right(shown, title)
        found |= set(shown[below:below + reach])
    return found


BODY_DEPTH = 3  # paragraphs of the body above a byline that make it a comment's, not the article's


def _deep_in(kept: Sequence[int], i: int) -> bool:
    """Whether line ``i`` stands in the body under ``BODY_DEPTH`` of its lines or more."""
    return bisect.bisect_left(kept, i) >= BODY_DEPTH


def _split_bylines(lines: Sequence[Line], stopwords: frozenset[str]) -> list[tuple[int, str]]:
    """Bylines printed over two lines, a lead over the name ("Kommentar von" / "Ingrid Hohl",
    "by" / "quill2077"): the name's line and the name."""
    found = []
    for i, line in enumerate(lines[:-1]):
        if (line.words > 4 or lines[i + 1].words > 4
                or line.key.rpartition(" ")[2] not in _LEAD_LAST_WORDS
                or not LEAD_HEADING.match(line.text)):
            continue
        below = lines[i + 1].text
        if user_name(below, stopwords):
            found.append((i + 1, below))
            continue
        names: list[str] = []  # "By" / "Ann Lee" / "@annlee" / "Tom Hay": each name
        for after in lines[i + 1: i + 1 + 2 * _MAX_SPLIT_NAMES]:
            if _AT_HANDLE.match(after.text) and names:
                continue
            if after.words > 4 or not looks_like_name(after.text, stopwords):
                break
            names.append(after.text)
        if names:
            found.append((i + 1, ", ".join(names[:_MAX_SPLIT_NAMES])))
    return found


_LEAD_LAST_WORDS = frozenset("by von par por de".split())  # what every lead heading ends with
_MAX_SPLIT_NAMES = 4
_AT_HANDLE = re.compile(r"^@\w{2,30}$")


# The count of comments, or the prompt to write one, in a theme's line of facts.
_COMMENTS = re.compile(
    r"\s(?:\d+\s+(?:kommentare?|comments?|commentaires?|comentarios?|responses?|replies|antworten)|"
    r"(?:schreibe|hinterlasse) einen kommentar|leave a (?:comment|reply)|no comments|"
    r"keine kommentare|laisser un commentaire|deja un comentario)\b",
    re.IGNORECASE,
)


def _facts_name(
    lines: Sequence[Line], at: int, dates: Sequence[ParsedDate], stopwords: frozenset[str]
) -> str | None:
    """The author in a blog theme's line of facts under the headline: the name between the
    date and the comments ("1. November 2023 Tobi 1 Kommentar"), or a name at either end of
    the date that the page prints again on a line of their own ("Anna Lenz Politique
    scientifique 20 janvier 2020 ..." over "Anna Lenz" in the sidebar), opening with a
    given name: a section ("News") is printed again in the menu."""
    text = lines[at].text

    comments = _COMMENTS.search(text)
    before = [d for d in dates if d.end <= comments.start()] if comments else []
    if comments and before:
        name = text[before[-1].end: comments.start()].strip(" |/-–—,·•")
        if 0 < len(name.split()) <= 3 and (
            given_named(name, stopwords)
            or one_name(name, stopwords)
            or lower_user_name(name, stopwords)
        ):
            return name
    ahead = text[: dates[0].start].split()
    behind = text[dates[-1].end:].split()
    spans = [" ".join(ahead[:k]) for k in (3, 2, 1) if len(ahead) >= k]
    spans += [" ".join(behind[:k]) for k in (3, 2, 1) if len(behind) >= k]
    if not spans:
        return None
    alone = {line.text for j, line in enumerate(lines) if j != at and line.words <= 3}
    return next((span for span in spans if span in alone and (
        given_named(span, stopwords)
        or user_name(span, stopwords)
    )), None)


def _labelled_name(
    lines: Sequence[Line], removed: Mapping[int, str], start: int, stopwords: frozenset[str]
) -> tuple[int, str] | None:
    """A name after an explicit label in a part of its own, anywhere above the body
    ("Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: ..."): the nearest."""
    for i in range(start - 1, -1, -1):
        if removed.get(i) not in (rules.DATE, rules.PREAMBLE, rules.MENU) or lines[i].words > 40:
            continue
        text = lines[i].text
        if ":" not in text:
            continue
        for led in _LEAD_SEGMENT.finditer(text):
            if led.group("label") is None or not led.group("label").endswith(":"):
                continue
            name = _SEGMENT_END.split(text[led.end():], 1)[0].strip()
            if looks_like_name(name, stopwords) or user_name(name, stopwords, ANY_HANDLE):
                return i, name
    return None


def _cjk_credit(lines: Sequence[Line], start: int) -> tuple[int, str] | None:
    """The writer a Chinese, Japanese or Korean page credits on a short line or in brackets
    opening the body ("〔記者巫其倫／台北報導〕財政部..."), else its editor (a page that names no
    writer is signed by its editor)."""
    short = [(i, line.text) for i, line in enumerate(lines)
             if line.chars <= CJK_CREDIT_CHARS and not line.text.isascii()]
    for i, text in short:
        name = cjk_writer_credit(text)
        if name is not None:
            return i, name
    opening = chinese_opening_credit(lines[start].text) if start < len(lines) else None
    if opening is not None:
        return start, ", ".join(credited_names(opening))
    wired = CHINESE_DATELINE.match(lines[start].text) if start < len(lines) else None
    if wired is not None and wired["name"] and chinese_surname(wired["name"]):
        return start, wired["name"]  # "（中央社記者溫貴香台北3日電）": the agency's reporter
    for i, text in short:
        found = CJK_EDITOR_CREDIT.search(text)
        if found is not None:
            return i, found.group("name")
    return None


# A wire story's credit after its body: "(Reporting by Will Dunham; Editing by Tom Brown)",
# "Reporting by Jason Hovet in Prague". The reporters only, not the editors; not "Additional
# reporting by", whose reporters helped the story's writer.
_REPORTING = re.compile(r"^\(?\s*(?:[Rr]eporting|[Rr]eported) by\s+(?P<names>[^;()]{2,120})")
_CREDIT_WORDS = 40  # a credit line, not a paragraph


def _reporting_credit(lines: Sequence[Line], start: int) -> tuple[int, str] | None:
    """The reporters a wire story's credit line after the body's start names."""
    for i in range(start, len(lines)):
        if lines[i].words <= _CREDIT_WORDS and lines[i].text[:1] in "(Rr":
            found = _REPORTING.match(lines[i].text)
            if found is not None:
                return i, found.group("names").strip()
    return None


def wire_under(lines: Sequence[Line], kept: Sequence[int], byline: int) -> int | None:
    """The line right under a byline that is a wire's name alone ("By John Smith" over
    "NAN"): the byline's credit, not the body's, when the body kept it."""
    below = byline + 1
    if below in kept and lines[below].text.strip().casefold() in _WIRE_ALONE:
        return below
    return None


def credit_in_text(text: str) -> bool:
    """Whether a line an author was read from is a credit the article prints as its own text:
    a wire story's "(Reporting by ...)", a Chinese report's opening "〔記者巫其倫／台北報導〕",
    an agency's dateline ("BAKU, Azerbaijan, Jan. 10. By Elchin Mehdiyev – Trend:",
    "（中央社記者溫貴香台北3日電）總統...")."""
    return (_REPORTING.match(text) is not None or chinese_opening_credit(text) is not None
            or dateline_credit(text) is not None or CHINESE_DATELINE.match(text) is not None)


def dateline_credit(text: str) -> str | None:
    """The reporter's credit in the agency's dateline that opens ``text``: "By Elchin
    Mehdiyev – Trend:" in "BAKU, Azerbaijan, Jan. 10. By Elchin Mehdiyev – Trend: ..."."""
    tag = agency_dateline(text)
    return tag[0].group("credit") if tag is not None and tag[1] == "credited" else None


def _dateline_credit(lines: Sequence[Line], start: int) -> tuple[int, str] | None:
    """The reporter an agency's dateline opening the body credits (``dateline_credit``)."""
    credit = dateline_credit(lines[start].text) if start < len(lines) else None
    return (start, credit) if credit is not None else None


def _opening_date(
    lines: Sequence[Line], removed: Mapping[int, str], start: int, title: int | None
) -> int | None:
    """The first date line after the headline, when it stands at the body's opening."""
    first = title + 1 if title is not None else max(0, start - _WIDE_WINDOW)
    for i in range(first, min(len(lines), start + _WIDE_WINDOW + 1)):
        if removed.get(i) == rules.DATE:
            return i
    return None


_MAX_LEAD_WORDS = 16  # a dated line with a lead inside it: a byline, not a sentence


def _named_elsewhere(lines: Sequence[Line], at: int, text: str) -> bool:
    """Whether the page prints the name on another line too (an author box, "More from")."""
    name = name_of(text).casefold()
    return any(name in line.text.casefold() for j, line in enumerate(lines) if j != at)


def _closing_name(
    lines: Sequence[Line], removed: Mapping[int, str], end: int, stopwords: frozenset[str]
) -> tuple[int, str] | None:
    """A name alone on one of the first lines after the body, perhaps after a dash
    ("- Anna Lenz"), one word beside a date ("Benni" / "10. September 2017"), after a lead
    ("Posted by Ann Lee at 10:15 AM") or before the outlet it wrote for or the city it filed
    from ("Ирина Ермолаева, «Фонтанка.ру»", "Анна Капустина, Екатеринбург"): the author
    signing off. Not a name before a role ("Tim Thabe, CEO von Beispiel"): a press release
    signs its quotes so. Nor a name the body's paragraphs speak of: the story's subject, the
    first of its tags ("Boris Johnson" over "Chiny", "NATO")."""
    if end < 0 or end + 1 >= len(lines):
        return None
    for i in range(end + 1, min(len(lines), end + 1 + _CLOSING_LINES)):
        if removed.get(i) not in (None, rules.TRAILER, rules.MENU):
            continue
        text = lines[i].text.lstrip("-–—•· ")
        if (given_named(text, stopwords)
                and not titled(text)
                and not any(text in lines[k].text for k in range(end + 1) if k not in removed)):
            return i, text  # not "Frau Simone Stensen": an address, no one signs so
        if (one_name(text, stopwords)
                and rules.DATE in (removed.get(i - 1), removed.get(i + 1))):
            return i, text  # "Benni" over "10. September 2017": a blog's author and its date
        if lines[i].words <= _MAX_LEAD_WORDS and p.BYLINE_LEAD.match(text) and parse_byline(text):
            return i, text  # "Posted by Ann Lee at 10:15 AM" under a blog's post
        signed = _signed_for(text, stopwords, closing=True)
        if signed is not None:
            return i, signed  # "Ирина Ермолаева, «Фонтанка.ру»", "Марія Степанюк — УП"
    return None


def _blog_owner(lines: Sequence[Line], stopwords: frozenset[str]) -> tuple[int, str] | None:
    """The person a blog is named after, when nothing else names the author."""
    for i, line in enumerate(lines):
        blog = BLOG_OF.match(line.text) if line.words <= 6 else None
        if blog and given_named(blog.group("name"), stopwords):
            return i, blog.group("name")
    return None


# A person's copyright in the footer: "© 2009-2020 by Florian Weber – Powered by Nikola".
_OWNER_LINE_WORDS = 30  # a copyright line naming its holder, not a paragraph
_OWNER = re.compile(
    r"(?:^|[\s©])(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+(?:by|von|par)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+){1,2})(?=\s*(?:[-–—|,.]|$))"
)


def _copyright_owner(
    lines: Sequence[Line], end: int, stopwords: frozenset[str]
) -> tuple[int, str] | None:
    """The person a site's copyright names after the body, when nothing else names the author:
    a personal site's owner writes its pieces."""
    for i in range(max(end + 1, 0), len(lines)):
        owner = _OWNER.search(lines[i].text) if lines[i].words <= _OWNER_LINE_WORDS else None
        if owner and given_named(owner.group("name"), stopwords):
            return i, owner.group("name")
    return None


_SITE_HEADER = 3  # the page's first lines, where a site prints its name


def _site_owner(lines: Sequence[Line], stopwords: frozenset[str]) -> tuple[int, str] | None:
    """A personal site's owner: a person's name with a title heading the page ("Dr. Anna
    Lenz" over "Meine Homepage"), when nothing else names the author. Without the title, a
    name there heads a menu of topics as often ("Steve Mnuchin" over "Cryptocurrencies")."""
    for i, line in enumerate(lines[:_SITE_HEADER]):
        text = line.text
        if titled(text) and looks_like_name(text, stopwords):
            return i, text
    return None


def signature_line(
    lines: Sequence[Line], removed: Mapping[int, str], kept: Sequence[int]
) -> int | None:
    """The organisation's signature: the first trailer line, a short name with a domain."""
    if not kept:
        return None
    for i in range(kept[-1] + 1, len(lines)):
        if removed.get(i) == rules.TRAILER:
            line = lines[i]
            return i if line.words <= 4 and p.DOMAIN_NAME.search(line.text) else None
    return None
