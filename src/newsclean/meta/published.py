"""Reading the record's metadata from the lines the cleaner set aside.

The publication date is chosen among the dates printed outside the body's prose: a date
labelled "Published" wins, then one between the headline and the body, then one before
the headline; a date printed above the headline when another follows it is the page's
(the day of the scrape in a site header), never the article's. "Updated" dates are kept
apart. Dates inside the body's paragraphs are events and are never read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from newsclean.article import Citation, Dateline
from newsclean.chrome import patterns as p
from newsclean.chrome import rules
from newsclean.meta.bylines import given_name
from newsclean.meta.dates import ParsedDate, find_dates, latest_day, may_hold_a_date
from newsclean.provenance.cues import ARABIC_PLACE_TAG, agency_dateline
from newsclean.segment import Line

_PUBLISHED = re.compile(
    r"(?:\b(?:published|posted|publication|veröffentlicht|erschienen|publié|publicado|pubblicato|"
    r"опубликовано|дата публикации|yayınlanma|yayın tarihi|yayın|giriş tarihi|giriş|oluşturulma|"
    r"eklenme|dərc|written|date|datum|fecha|publicat|publicada|argitaratua|argitaratze|"
    r"geschrieben|wurde am|beitrag vom|artikel vom|stand|"
    r"نشر|نُشر|تاريخ|تاریخ|انتشار|منتشر|प्रकाशित|प्रकाशन|প্রকাশিত|شائع|diterbitkan|"
    r"dipublikasikan|terbit|diunggah|ngày đăng|đăng lúc|xuất bản|inilathala|פורסם|פורסמה|"
    r"תאריך פרסום|"
    + "|".join(p.EUROPE_PUBLISHED) + "|"
    r"பதிவு செய்த நாள்|வெளியிடப்பட்டது|പ്രസിദ്ധീകരിച്ചത്)(?!\w)"  # (a vowel sign may end one)
    r"|เผยแพร่)",  # Thai, written without spaces: no word boundary to look for
    re.IGNORECASE,
)
# A member's profile beside a forum post: the day they joined, never the post's.
_JOINED = re.compile(
    r"\b(?:registriert|registered|joined|mitglied seit|member since|dabei seit|angemeldet seit|"
    r"inscrit|inscrite|registrado|registrada|iscritto|iscritta|зарегистрирован\w*|"
    r"на сайте с|kayıt tarihi|üyelik tarihi)\b[^\d]{0,12}$",
    re.IGNORECASE,
)
_UPDATED = re.compile(
    r"(?:\b(?:updated|update|last modified|modified|aktualisiert|aktualisierung|geändert|"
    r"letzte änderung|zuletzt|"
    r"mis à jour|actualizado|actualizada|actualización|atualizado|atualizada|atualização|"
    r"aggiornato|aggiornamento|обновлено|güncelle\w*|yenilənib|actualitzat|actualitzada|"
    r"actualització|eguneratua|eguneratze|"
    r"تحديث|بروزرسانی|به‌روزرسانی|به روزرسانی|अपडेट|আপডেট|اپ ڈیٹ|diperbarui|diperbaharui|"
    r"dikemaskini|cập nhật|புதுப்பிக்கப்பட்டது|അപ്ഡേറ്റ് ചെയ്തത്|עודכן|עודכנה|עדכון|"
    + "|".join(p.EUROPE_UPDATED) + r")(?!\w)"
    r"|ปรับปรุง|อัปเดต)",
    re.IGNORECASE,
)
# the label right before the date, or before its weekday: "Last updated on 20 Feb, 2020",
# "Aktualisiert: 3. Mai", "Updated: Thu, 30 May 2024"; not "Covid-19 update: Grenada Dashboard
# 20 April 2022", a story's headline
_UPDATED_JUST_BEFORE = re.compile(_UPDATED.pattern + r"(?:\s*(?:on|am|le|el|il|:))?\s*"
                                  r"(?:[^\W\d_]{2,12}\.?,\s*)?$",  # and the weekday: "Thu, "
                                  re.IGNORECASE)
# The capitals a dateline's place is printed in, Turkish's with them ("İZMİR (DHA) -")
_CAPITAL = "A-ZÀ-ÖØ-ÞİŞĞ"
_WIRE_DATELINE = re.compile(
    rf"^(?P<place>[{_CAPITAL}][{_CAPITAL}'’.\- ]{{1,30}}(?:,\s*[A-Z][\w'’.\- ]{{1,30}})?)\s*"
    r"(?:\((?P<wire>[^)]{2,30})\)\s*)?[-–—]\s+\S"
)
# The South Asian press's dateline, a place in capitals and a colon: "THIRUVANANTHAPURAM: The
# southwest monsoon ...", "ISLAMABAD: Prime Minister ..."; not a label ("BREAKING: ...").
_COLON_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}):\s+[A-Z\"“]")
_COLON_PLACE_CHARS = 4  # "NEW DELHI", "DOHA"; not "AP", "UN"
_LEDE_LABELS = frozenset(label.strip() for label in """
breaking, breaking news, update, updated, watch, exclusive, live, live updates, video, photos,
photo, analysis, opinion, editorial, review, read, read more, note, editor's note, editor’s note,
correction, file, alert, urgent, warning, listen, explainer, interview, comment, profile,
obituary, preview, recap, related, sponsored, advertisement, disclaimer, source, sources,
fact check, caution, important, notice, announcement, just in, developing, developing story
""".split(","))
# Lines whose dates are never the article's: links to other stories (a related box's
# teasers among them), tickers, captions.
_NOT_READ = {"chrome.crosslink", "chrome.related_box", "chrome.ticker", "chrome.caption",
             "chrome.cookie", "chrome.subscribe", "chrome.ad", "title.headline"}
_MAX_WORDS = 30
_MAX_LABELLED_WORDS = 50
_OPENING = 12  # characters into a paragraph within which a date is its dateline
_SET_OFF_AFTER = re.compile(r"\s*[-–—|/:]\s")
_SET_OFF_BEFORE = re.compile(r"[-–—|/]\s*$")
_OPENING_LINES = 3  # the body's first lines, whose opening date may be the article's
_DATELINE_PARAGRAPHS = 2  # the body's paragraphs a wire's dateline may open


# The lines whose relative date ("2 hours ago") is the page's, in the body's reach.
_RELATIVE_RULES = frozenset({rules.DATE, rules.BYLINE})


@dataclass(frozen=True, slots=True)
class Dates:
    published: ParsedDate | None = None
    updated: ParsedDate | None = None
    page_date: ParsedDate | None = None
    from_updated: bool = False


def choose_dates(
    lines: Sequence[Line],
    removed: Mapping[int, str],
    kept: Sequence[int],
    title: int | None,
    *,
    listing: bool,
    tz: str | None,
    reference: datetime | date | None,
    day_first: bool | None,
) -> Dates:
    """The publication, update and page dates, read from the lines around the body."""
    start = kept[0] if kept else len(lines)
    end = kept[-1] if kept else len(lines)
    anchor = title if title is not None else start
    # Under a headline that stands below the body's first line (a notice the rules kept
    # opens the body), the header runs down to the first paragraph under the headline.
    header_end = next((k for k in kept if k > anchor), end) if anchor > start else start
    candidates: list[tuple[float, int, ParsedDate, bool]] = []
    opening = set(kept[:_OPENING_LINES])
    # Below the heading of the readers' comments, every date is a comment's.
    comments = next((i for i in range(end + 1, len(lines))
                     if i in removed and p.COMMENT_HEADING.match(lines[i].text)), len(lines))
    # nothing is published after it was fetched: a later date is one to come, an event's
    last = latest_day(reference)
    latest = last.isoformat() if last is not None else None
    for i, line in enumerate(lines[:comments]):
        rule = removed.get(i)
        if rule in _NOT_READ or not may_hold_a_date(line.text, reference):
            continue
        if line.words > _MAX_WORDS and i not in opening and (
            line.words > _MAX_LABELLED_WORDS or not _PUBLISHED.search(line.text)
        ):
            continue
        if p.EMBED_SIGNATURE.match(line.text):
            continue  # "— Name (@handle) November 3, 2023": an embedded post, not the article
        if rule == "chrome.ui" and p.COMMENT_WINDOW.search(line.lower) is not None:
            continue  # "Die Kommentarfunktion wurde am 04.06.2024 um 18:00 Uhr geschlossen."
        labelled = bool(_PUBLISHED.match(line.text))
        # A sentence of the body: its dates are events, unless the date opens the line
        # ("27.1.2022 - Bei der Erinnerung an ...", "Red. / 31.10.2023 Die ...").
        in_prose = (
            rule is None
            and line.words > 8
            and (line.sentence_end or line.words > 15)
            and not labelled
        )
        if in_prose and i not in opening:
            continue
        for found in find_dates(line.text, tz=tz, reference=reference, day_first=day_first):
            if not found.year_known or (in_prose and not (_opens(line.text, found)
                                                          or _in_dateline(line.text, found))):
                continue
            if latest is not None and found.value[:10] > latest:
                continue
            if found.rule == "date.relative" and rule not in _RELATIVE_RULES and i >= start:
                continue  # "He arrived 2 hours ago.": a relative date is the page's on its own line
            before = line.text[max(0, found.start - 40): found.start]
            if _JOINED.search(before):
                continue
            is_update = bool(_UPDATED.search(before)) and not _PUBLISHED.search(before[-12:])
            score = 0.0
            if _PUBLISHED.search(before):
                score += 6
            if i < anchor:
                score += 1 - min(1.5, 0.02 * (anchor - i))
            elif i <= header_end:
                score += 3 - 0.05 * (i - anchor)
            elif i <= end:
                score += 0.0  # between paragraphs: comments' and events' dates as often as not
            else:
                score -= 2 + 0.01 * (i - end)
            if rule in (rules.DATE, rules.BYLINE):
                score += 1
            elif rule == "chrome.copyright":
                score -= 2
            if found.has_time:
                score += 0.5
            if found.from_reference:  # its year, or all of it, the fetch time's guess
                score -= 1
            candidates.append((score, i, found, is_update))
    if not candidates:
        return Dates()
    candidates = _settle_ambiguous(candidates, lines, tz, reference)
    published = [c for c in candidates if not c[3]]
    updated_dates = [c for c in candidates if c[3]]
    stated = [c for c in updated_dates if c[1] <= end and c[1] in removed  # not the story's text
              and _UPDATED_JUST_BEFORE.search(lines[c[1]].text, 0, c[2].start)]
    later_header: list[tuple[float, int, ParsedDate, bool]] = []
    if stated:
        # The article's "Last updated Nov 8, 2023" bounds its publication: a later date
        # below that line is another story's, a teaser's under the body; a later one above
        # the headline is the site header's day, the page's.
        at, bound = min(c[1] for c in stated), max(c[2].value[:10] for c in stated)
        later_header = [c for c in published if c[1] < min(at, anchor) and c[2].value[:10] > bound]
        published = [c for c in published if (c[1] < at or c[2].value[:10] <= bound)
                     and c not in later_header]
    updated = max(updated_dates, key=lambda c: c[0])[2] if updated_dates else None
    header = [c for c in published if c[1] < anchor] + later_header
    after = [c for c in published if c[1] >= anchor]
    if listing:
        first = min(published or candidates, key=lambda c: c[1])
        return Dates(page_date=first[2])
    if not published:
        # Only an "Updated" date: the article was published then or before. Better than
        # nothing for most users; the flag `published_from_updated` says so.
        best_update = max(updated_dates, key=lambda c: c[0])
        page = max(later_header, key=lambda c: c[0])[2] if later_header else None
        return Dates(published=best_update[2], updated=updated, page_date=page, from_updated=True)
    best = max(published, key=lambda c: c[0])
    if best[2].from_reference:
        # a day the fetch's year was guessed for ("عمان 3 حزيران (بترا) -", the agency's
        # dateline) that the page prints whole elsewhere ("03/06/2024 14:32:10"): the whole one
        whole = [c for c in published if not c[2].from_reference and c[2].value[:10] == best[2].value[:10]]
        best = max(whole, key=lambda c: c[0]) if whole else best
    # an update is never before the publication: an earlier "Update vom 03. Mai 2020, 16:05
    # Uhr:" opens a live report's earlier entry, under a page dated the day after
    later = [c for c in updated_dates if c[2].value[:10] >= best[2].value[:10]]
    updated = max(later, key=lambda c: c[0])[2] if later else None
    if updated is None:
        updated = _update_by_the_clock(lines, best[1], best[2], tz)
    page = None
    if best is not None and after and header and best in after:
        page = max(header, key=lambda c: c[0])[2]
    return Dates(published=best[2], updated=updated, page_date=page)


# An update line that prints its time alone, the day being the publication's: "Ultimo
# aggiornamento: 16:05", "Atualizado às 16:05", "Actualizado a las 16:05 h", "Updated 4:05 pm"
_UPDATE_CLOCK = re.compile(
    r"^\W*(?:[^\W\d_]+\s+){0,2}?(?:" + _UPDATED.pattern + r")\s*:?\s*"
    r"(?:(?:at|um|à|às|ás|a\s+las|a\s+les|alle|kl\.?|klo|saat|בשעה)\s+)?"
    r"(?P<clock>\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)\s*(?:h|uhr)?\.?$",
    re.IGNORECASE,
)
_UPDATE_CLOCK_REACH = 3  # lines from the publication's date line within which it stands


def _update_by_the_clock(
    lines: Sequence[Line], at: int, published: ParsedDate, tz: str | None
) -> ParsedDate | None:
    """The update an update line gives by its time alone, on the publication's day, or the
    publication's date line after its date ("4.6. 2:00 | Päivitetty 7:15"); not one before
    the publication's time."""
    for i in range(max(0, at - _UPDATE_CLOCK_REACH), min(len(lines), at + _UPDATE_CLOCK_REACH + 1)):
        text, offset = lines[i].text, 0
        if i == at:  # the line the publication's date was read from: what follows the date
            offset = published.end
            text = text[offset:]
        m = _UPDATE_CLOCK.match(text)
        if m is None:
            continue
        found = find_dates(f"{published.value[:10]} {_clock_24(m.group('clock'))}", tz=tz)
        if found and found[0].has_time and (not published.has_time or found[0].value > published.value):
            return replace(found[0], raw=lines[i].text, start=offset + m.start("clock"),
                           end=offset + m.end("clock"))
    return None


_CLOCK = re.compile(r"(\d{1,2})[:.](\d\d)\s*(?:([ap])\.?m\.?)?", re.IGNORECASE)


def _clock_24(clock: str) -> str:
    """An update line's clock as the day's date reads it: the hour in two digits, of 24
    ("9:30": 09:30; "4:05 pm": 16:05)."""
    m = _CLOCK.match(clock)
    if m is None:
        return clock
    hour, half = int(m.group(1)), (m.group(3) or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{m.group(2)}"


def _opens(text: str, found: ParsedDate) -> bool:
    """A date set off at the head of a paragraph: "27.1.2022 - Bei ...", "Red. / 31.10.2023"."""
    if found.start > _OPENING:
        return False
    return bool(_SET_OFF_AFTER.match(text, found.end) or _SET_OFF_BEFORE.search(text[: found.start]))


def _in_dateline(text: str, found: ParsedDate) -> bool:
    """A date in the agency's dateline a paragraph opens with: "Ziguinchor, 3 juin (APS) –",
    "TBILISI, April 15 (Reuters) -" (the day the story was filed)."""
    agency = agency_dateline(text)
    if agency is None or not _set_off(*agency):
        tagged = _TAG_FIRST.match(text)  # "(ANSA) - ROMA, 03 GIU - Il governo ..."
        return tagged is not None and tagged.start("dateline") <= found.start < tagged.end("dateline")
    m = agency[0]
    return m.start("date") <= found.start < m.end("date")


def _settle_ambiguous(
    candidates: list[tuple[float, int, ParsedDate, bool]],
    lines: Sequence[Line],
    tz: str | None,
    reference: datetime | date | None,
) -> list[tuple[float, int, ParsedDate, bool]]:
    """Read 06/01/2020 month-first when the page prints June 1, 2020 elsewhere."""
    known = {c[2].day for c in candidates if not c[2].ambiguous}
    settled = []
    for score, i, found, is_update in candidates:
        if found.ambiguous and found.day not in known:
            other = find_dates(found.raw, tz=tz, reference=reference, day_first=False)
            if other and other[0].day in known:
                found = replace(other[0], start=found.start, end=found.end)
        settled.append((score, i, found, is_update))
    return settled


def _set_off(m: re.Match[str], agency: str) -> bool:
    """Whether an agency's dateline is set off as one: its place or its agency in capitals
    (``АСТАНА. 15 апреля. КАЗИНФОРМ -``, ``Москва. 15 апреля. INTERFAX.RU -``), the agency
    between slashes, brackets or guillemets, or called a news agency (``— ИА Регнум.``), or
    an Arab agency's bare tag after the day ("رام الله 3-6-2024 وفا-"); not a sentence's
    opening words before a dash ("Monday, April 15 — The talks ended.")."""
    return (agency in ("slash", "paren", "credited", "agency", "bare", "quoted")
            or m.group("place").isupper() or m.group(agency).isupper()
            or (agency == "dash" and m.group("ia") is not None))


def find_dateline(
    lines: Sequence[Line], removed: Mapping[int, str], kept: Sequence[int],
    citations: Sequence[Citation] = (), language: str | None = None,
) -> Dateline | None:
    """The dateline: a line of its own before the body, or the opening of its first paragraph
    (or of its second, under a standfirst); or the place before a wire's tag the body opens
    with, among ``citations``, where the place is not in capitals ("İstanbul (İHA) - ..."); in
    German, the place in lower case that opens the first paragraph, or the second under a
    standfirst ("Passau – Nach den ...", ``_PLACE_OPENING``)."""
    start = kept[0] if kept else len(lines)
    for i in range(start):
        if removed.get(i) == rules.DATELINE:
            text = lines[i].text.rstrip(" -–—")
            dates = find_dates(text)
            if dates:
                place = text[: dates[0].start].rstrip(" ,")
                return Dateline(place=place, date=text[dates[0].start: dates[0].end])
            return Dateline(place=text)
    # the first paragraph's, or the second's under a standfirst or a caption the body keeps
    # ("Ticaret Bakanlığı verilerine göre ihracat yüzde 9 arttı." / "ANKARA (AA) - ..."),
    # where it names its wire: a heading's "KFT - Kraftfahrzeugtechnik" is no dateline
    for n, opening in enumerate(lines[i].text for i in kept[:_DATELINE_PARAGRAPHS]):
        agency = agency_dateline(opening)
        if agency is not None and _set_off(*agency):
            tag = agency[0]  # "МОСКВА, 15 апреля. /ТАСС/.", "TBILISI, April 15 (Reuters) -"
            return Dateline(place=tag.group("place"), date=tag.group("date").rstrip(". "))
        m = _WIRE_DATELINE.match(opening)
        if m and (n == 0 or m.group("wire")):
            return Dateline(place=m.group("place").strip(" ,-–—"))  # "MANILA -- ..."
    if kept:
        opening = lines[kept[0]].text
        m = _COLON_DATELINE.match(opening)
        if (m and len(m.group("place")) >= _COLON_PLACE_CHARS
                and m.group("place").casefold() not in _LEDE_LABELS
                and m.group("place").split()[0] not in ("DEAR", "ASK")):  # "DEAR ABBY:", a column's
            return Dateline(place=m.group("place"))
    # the first two paragraphs of prose: not a heading's topic ("Offshore-Windenergie –
    # Sauberer Strom vom Meer"), nor a kicker and a headline a page's extraction kept
    prose = [i for i in kept[:_DATELINE_PARAGRAPHS + _HEADINGS_KEPT]
             if lines[i].sentence_end and lines[i].words >= _PLACED_PARAGRAPH_WORDS
             ] if language in _PLACE_OPENING_LANGUAGES else []
    for i in prose[:_DATELINE_PARAGRAPHS]:
        placed = _PLACE_OPENING.match(lines[i].text)  # under a standfirst, the second's
        if placed is not None and _place_like(placed, lines, kept[0]):
            return Dateline(place=placed.group("place"))
    tagged = agency_tag_line(lines, kept, citations)
    if tagged is not None:
        return Dateline(place=tagged[1].group("place"))  # "دمشق-سانا" over the story
    openings = [lines[i].text for i in kept[:_DATELINE_PARAGRAPHS]]
    for citation in citations:
        # (the wire's tag on the wire's own page is its "self" citation)
        if citation.kind not in ("wire", "self") or "(" not in citation.phrase:
            continue
        for text in openings:
            if not text.startswith(citation.phrase):
                continue
            before = citation.phrase.partition("(")[0].strip(" ,-–—")
            if before:  # "İstanbul (İHA) -", "MADRID, 3 (EUROPA PRESS)"
                return _placed(before)
            after = _AFTER_TAG.match(text, len(citation.phrase))  # "(ANSA) - ROMA, 03 GIU -"
            if after is not None:
                return _placed(after.group("dateline"))
    return None


_PLACE_OPENING_LANGUAGES = frozenset({"de"})
_PLACED_PARAGRAPH_WORDS = 8  # the paragraph a dateline opens: a sentence, not a heading
_HEADINGS_KEPT = 2  # a kicker and a headline over the body, where a page's extraction kept them
# A place in lower case opening the first paragraph, as the German-language press sets its
# dateline: "Passau – Nach den ...", "Halle (Saale)/MZ - Die ..." (the paper's initials after
# it), "Bochum. Rund 500 ..." (``dot``)
_PLACE_OPENING = re.compile(
    r"^(?P<place>[^\W\d_][\w'’]+(?:\.(?= [A-Z]))?(?:[ -][^\W\d_][\w'’]+){0,2}"
    r"(?: \([A-ZÄÖÜ][a-zäöüß]+\))?(?:/[A-ZÄÖÜ][a-zäöüß]+)?)(?:/[A-Z]{2,5})?(?:\s[-–—]|(?P<dot>\.))"
    r"\s(?=[A-ZÀ-ÖØ-Þ„“\"«])"
)


def _place_like(m: re.Match[str], lines: Sequence[Line], first: int) -> bool:
    """Whether a dateline's match opens with a place: capitalised words, none in capitals
    ("DOW Jones – ..."), no label, weekday or month ("Fazit – ...", "Montag – ..."), no
    person's name; after a full stop, only the words a line above the body prints alone
    (the page's kicker or menu: "Bochum" over "Bochum. Rund 500 ..."), else a sentence of one
    word ("Nein. Das ...") would pass for one."""
    place = m.group("place")
    words = place.replace("/", " ").replace("-", " ").split()
    if not all((w[:1].isupper() and not w[1:].isupper()) or w.startswith("(") for w in words):
        return False
    if place.casefold() in _LEDE_LABELS or words[0].casefold() in _NOT_PLACES:
        return False
    if len(words) > 1 and given_name(words[0]):
        return False  # a person's name: "Leandra Lou – Der etwas andere Modeblog ..."
    if m.group("dot") is None:
        return True
    return any(lines[i].text.strip(" .") == place for i in range(first))


# Opening words that are no place: a label, a weekday, a month ("Montag – ...", "Fazit – ...")
_NOT_PLACES = frozenset("""
fazit hintergrund kommentar analyse update eilmeldung achtung wichtig tipp info bilanz
montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october
november december januar februar märz juni juli oktober dezember jänner
""".split())


def agency_tag_line(
    lines: Sequence[Line], kept: Sequence[int], citations: Sequence[Citation]
) -> tuple[int, re.Match[str]] | None:
    """The line over the body that is an Arab agency's place and tag, the agency a citation
    the record holds ("دمشق-سانا", "القاهرة - أ ش أ"), and its match."""
    phrases = {c.phrase for c in citations if c.kind in ("wire", "self")}
    for i in range(kept[0] if kept else len(lines)):
        placed = ARABIC_PLACE_TAG.match(lines[i].text) if lines[i].text in phrases else None
        if placed is not None:
            return i, placed
    return None


# The place and the day an agency prints after its tag: "(ANSA) - ROMA, 03 GIU - Il ..."
_AFTER_TAG = re.compile(rf"\s{{0,3}}(?P<dateline>(?<![^\W\d_])[{_CAPITAL}][^\W\d_]{{1,30}}"
                        rf"(?:[ -][{_CAPITAL}][^\W\d_]{{1,30}})?,\s*\d{{1,2}}\s+[^\W\d_]{{3,9}}\.?)"
                        r"\s*[-–—]\s")


_TAG_FIRST = re.compile(r"\((?P<wire>[^()\n]{2,30})\)\s{0,3}[-–—]" + _AFTER_TAG.pattern)


def _placed(text: str) -> Dateline:
    """A dateline's place, and its day where it prints one after the place ("ROMA, 03 GIU";
    "MADRID, 3", the day of the month alone, is the place's)."""
    dates = find_dates(text)
    if dates and dates[0].start > 0:
        return Dateline(place=text[:dates[0].start].rstrip(" ,"),
                        date=text[dates[0].start:dates[0].end].rstrip(". "))
    return Dateline(place=re.split(r",\s*\d", text, maxsplit=1)[0])
