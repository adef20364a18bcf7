"""Bylines: people and organisations, never a joined string, never a quoted expert."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import clean, parse_byline
from newsclean.meta.bylines import cjk_writer_credit


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Akbar Mammadov", [("Akbar Mammadov", "person")]),
        ("By John Smith and Jane Doe", [("John Smith", "person"), ("Jane Doe", "person")]),
        ("By Ann Lee, Bo Chan and Carl Diaz",
         [("Ann Lee", "person"), ("Bo Chan", "person"), ("Carl Diaz", "person")]),
        ("By John Smith | Reuters", [("John Smith", "person"), ("Reuters", "organization")]),
        ("Mark Jones (AFP)", [("Mark Jones", "person"), ("AFP", "organization")]),
        ("By JOHN SMITH", [("John Smith", "person")]),
        ("Caliber.Az", [("Caliber.Az", "organization")]),
        ("By JERUSALEM POST STAFF", [("Jerusalem Post Staff", "organization")]),
        ("Von Vanessa Franke", [("Vanessa Franke", "person")]),
        ("Written by Ana Sandoiu on July 27, 2017", [("Ana Sandoiu", "person")]),
        ("By Jane Slaughter on Thu, Nov 9, 2023 at 4:00 am", [("Jane Slaughter", "person")]),
        ("---- by Kenneth Surin", [("Kenneth Surin", "person")]),
        ("Gepostet von Katharina Volkwein | Wohnen", [("Katharina Volkwein", "person")]),
        ("Veröffentlicht von Henning Lobin", [("Henning Lobin", "person")]),
        ("durch Yirou Chen", [("Yirou Chen", "person")]),  # "by" as a theme translates it
        ("Escrito por Ana Pérez", [("Ana Pérez", "person")]),
        ("By Alex Villa Last updated Nov 8, 2023 Share with new partner:",
         [("Alex Villa", "person")]),
        ("By Anna von der Leyen", [("Anna von der Leyen", "person")]),
        ("By Perry Bacon Jr.", [("Perry Bacon Jr.", "person")]),
        ("By Malcolm X", [("Malcolm X", "person")]),
        ("By 王小明 and 李华", [("王小明", "person"), ("李华", "person")]),
        ("Автор: Иван Петров", [("Иван Петров", "person")]),
        # "red": the newsroom (Redaktion) as German-language papers sign; a person's first name
        ("red/dpa", [("red", "organization"), ("dpa", "organization")]),
        ("By Red Adair", [("Red Adair", "person")]),
        # a legal form ends an organisation's name, in whatever case the rest is written
        ("von besserwisser eG", [("besserwisser eG", "organization")]),
        ("By Muster Media Ltd.", [("Muster Media Ltd.", "organization")]),
        # an outlet's name keeps its weekday; a date's weekday still goes
        ("By Glen Owen For The Mail On Sunday",
         [("Glen Owen", "person"), ("The Mail On Sunday", "organization")]),
        ("By Jane Doe for CNN on Monday", [("Jane Doe", "person"), ("CNN", "organization")]),
        ("Hanns-Seidel-Stiftung e. V.", [("Hanns-Seidel-Stiftung e. V.", "organization")]),
        # so does what only a body is called, in a name of capitalised words
        ("Von Deutscher Tennis Bund", [("Deutscher Tennis Bund", "organization")]),
        ("By Ann Lee, Pew Research Center",
         [("Ann Lee", "person"), ("Pew Research Center", "organization")]),
        ("Von Anna Lenz, Stiftung für Umwelt",
         [("Anna Lenz", "person"), ("Stiftung für Umwelt", "organization")]),
        # an academic title is not the person's name; it stays where nothing else is left
        ("Von Dr. Alexander Klier", [("Alexander Klier", "person")]),
        ("Prof. Dr. med. Eva Roth und Dipl.-Ing. Karl May",
         [("Eva Roth", "person"), ("Karl May", "person")]),
        ("By Dr. Klier", [("Dr. Klier", "person")]),
        # leads and "and" of more languages; a short "and" joins names that open with given names
        ("Door Jan de Vries en Piet Jansen", [("Jan de Vries", "person"), ("Piet Jansen", "person")]),
        ("Di Marco Rossi e Luca Bianchi", [("Marco Rossi", "person"), ("Luca Bianchi", "person")]),
        ("Av Ola Nordmann og Kari Nordmann", [("Ola Nordmann", "person"), ("Kari Nordmann", "person")]),
        ("Yazar: Ahmet Yılmaz", [("Ahmet Yılmaz", "person")]),
        ("Írta: Kovács János", [("Kovács János", "person")]),
        ("Pai de Francesco e Teresa, Carlos Nadalim", [("Carlos Nadalim", "person")]),
        # wire services and newsrooms of more countries are organisations
        ("Af Ritzau", [("Ritzau", "organization")]),
        ("Por Agencia EFE", [("Agencia EFE", "organization")]),
        ("Redazione", [("Redazione", "organization")]),
        # a content system's placeholder names no one
        ("Publié par Unknown à 08:00", []),
        ("By Admin", []),
        ("By Anonymous and Jane Doe", [("Jane Doe", "person")]),
    ],
)
def test_parse_byline(byline: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.name, a.kind) for a in parse_byline(byline)] == expected
    assert all(a.raw == byline for a in parse_byline(byline))


def test_roles() -> None:
    staff = parse_byline("Jane Doe, Staff Writer")
    assert [(a.name, a.role) for a in staff] == [("Jane Doe", "Staff Writer")]
    roles = parse_byline("Reporting by Ann Lee; Editing by Tom Hay")
    assert [(a.name, a.role) for a in roles] == [("Ann Lee", "reporting"), ("Tom Hay", "editing")]


def test_a_role_glued_to_the_name_is_split_off() -> None:
    assert [(a.name, a.role) for a in parse_byline("Evan HalperStaff Writer")] == [
        ("Evan Halper", "Staff Writer")]
    # a capital inside a name is not a glued role
    assert [(a.name, a.role) for a in parse_byline("By Mary McDonald, Staff Writer")] == [
        ("Mary McDonald", "Staff Writer")]


def test_a_role_after_the_name_without_a_comma() -> None:
    assert [(a.name, a.role) for a in parse_byline("Richard Adams Education editor")] == [
        ("Richard Adams", "Education editor")]
    assert [(a.name, a.role) for a in parse_byline("Anna Maria Lenz Staff Writer")] == [
        ("Anna Maria Lenz", "Staff Writer")]


def test_a_name_with_a_particle_beside_the_headline() -> None:
    text = ("El titular de la noticia de hoy\n\nEdilson La Rosa\n\nEl primer párrafo de la "
            "noticia es lo bastante largo para leerse como el texto del artículo, dijo el "
            "ministro el lunes en Lima.")
    assert [a.name for a in clean(text).authors] == ["Edilson La Rosa"]


def test_author_promo_gives_the_handle() -> None:
    (author,) = parse_byline(
        "Akbar Mammadov is AzerNews’ staff journalist, follow him on Twitter: @AkbarMammadov97")
    assert (author.name, author.kind, author.handle) == (
        "Akbar Mammadov", "person", "@AkbarMammadov97")


def test_quoted_people_are_not_authors() -> None:
    text = ("Headline of the story here\n\n“The situation is different,” Azerbaijani political "
            "analyst Tural Ismayilov told Trend on Monday in Baku.\n\nBy the end of the year the "
            "plant will employ more than 400 people, the company said.")
    record = clean(text)
    assert record.authors == () and "no_byline" in record.flags


@given(st.text())
def test_parse_byline_never_raises(text: str) -> None:
    for author in parse_byline(text):
        assert author.kind in ("person", "organization") and author.name


def test_a_name_alone_beside_the_headline_is_the_byline() -> None:
    text = ("Headline of the story here\n\nPatrick Otte\n\nThe first paragraph of the story is "
            "long enough to be read as the article's own prose, the minister said.")
    assert [(a.name, a.kind) for a in clean(text).authors] == [("Patrick Otte", "person")]


def test_a_name_beside_a_date_beats_a_name_alone_above_it() -> None:
    # the name alone is a tag's, the story's subject's: the headline names her
    text = ("Wellness\n\nAlexandria Douziech\n\nMeet Cultural Cultivation Artist Alexandria "
            "Douziech\n\n{line}\n\nCultivation is more than a metaphor for creativity in the "
            "work of the artist and educator Alexandria Douziech, who lives in Los Angeles.\n\n"
            "Douziech is the current artist in residence at a studio in South LA, where her solo "
            "project opens this weekend.")
    for line in ("Shana Nys Dambrot November 6, 2023", "Shana Nys DambrotNovember 6, 2023"):
        record = clean(text.format(line=line))
        assert [a.name for a in record.authors] == ["Shana Nys Dambrot"]
        assert record.published == "2023-11-06"
    # with no name beside a date, the name alone still is the author
    record = clean(text.format(line="November 6, 2023"))
    assert [a.name for a in record.authors] == ["Alexandria Douziech"]


def test_a_byline_after_the_body_and_the_bio_under_it_leave_the_body() -> None:
    byline = "Veröffentlicht von Henning Lobin"
    bio = ("Henning Lobin ist seit 2018 Direktor des Instituts für Deutsche Sprache in Mannheim "
           "und Professor für Germanistische Linguistik an der Universität Mannheim.")
    # prose below the box keeps the body's span running through it, as readers' comments do
    more = [paragraph.replace("council", "county") for paragraph in _BODY_PARAGRAPHS]
    text = "\n\n".join(["Council backs a bigger school budget", *_BODY_PARAGRAPHS, byline,
                         "www.lobin.de", bio, *more])
    record = clean(text)
    removed = {r.text: r.rule for r in record.removed}
    assert removed[byline] == "meta.byline" and removed[bio] == "chrome.author_promo"
    assert [a.name for a in record.authors] == ["Henning Lobin"]


def test_share_buttons_over_an_author_box_that_ends_the_body_leave_with_its_bio() -> None:
    """The bio ends the body's span, so the share buttons above it were inside it; once the
    bio leaves, they are the body's tail, which cleaning the body again would cut."""
    bio = ("Henning Lobin ist seit 2018 Direktor des Instituts für Deutsche Sprache in Mannheim "
           "und Professor für Germanistische Linguistik an der Universität Mannheim.")
    body = ["Die Regierung hat am Dienstag nach einer langen Debatte den Haushalt für das "
            "kommende Jahr beschlossen, wie der Sprecher des Ministeriums am Abend mitteilte.",
            "Die Opposition sagte, dass der Plan viel zu optimistisch sei und dass die Regierung "
            "die Kosten der neuen Ausgaben für die Schulen nicht erklärt habe."]
    text = "\n\n".join(["Der Haushalt ist beschlossen", *body, "twittern", "teilen", "pocket",
                         "teilen", "Veröffentlicht von Henning Lobin", bio,
                         "Kommentare Schreibe einen Kommentar"])
    record = clean(text)
    assert record.text == "\n\n".join(body)
    # "twittern", a button no rule knows, left as the body's tail ("pocket" is an interface word)
    assert {r.text: r.rule for r in record.removed}["twittern"] == "chrome.trailer"
    assert clean(record.text).text == record.text


def test_the_credits_of_a_list_of_teasers_under_the_body_name_no_author() -> None:
    head = "Council backs a bigger school budget"
    body = [_BODY_PARAGRAPHS[0], _BODY_PARAGRAPHS[1]]
    teasers = [line for n, name in enumerate(["Ella Glover", "Ann Lee", "Ella Glover"])
               for line in (f"Another story's headline, number {n} of the list", f"von {name}")]
    text = "\n\n".join([head, *body, "Mehr zum Thema", *teasers])
    assert clean(text).authors == ()
    # an author box printed twice below the body is the author's, though
    box = ["Geschrieben von Elisa Marvena", "Geschrieben von Global Voices"]
    text = "\n".join([head, "", body[0], "", body[1], "", *box, "", "Teilen", "", *box])
    assert [a.name for a in clean(text).authors][:1] == ["Elisa Marvena"]


_BODY_PARAGRAPHS = (
    "The council met on Tuesday to discuss the budget for the coming year, and the members "
    "agreed that the schools would get more money than they did before.",
    "It was the first time in a decade that the budget grew, the mayor said after the vote, "
    "and the opposition said it would not stand in the way.",
)


def test_a_forum_member_s_rank_beside_a_date_is_not_an_author() -> None:
    text = ("Patch notes for the new build are here\n\nForum Moderator\n\nSep 18, 2020\n\n"
            "The first paragraph of the story is long enough to be read as the article's own "
            "prose, the developers said.")
    assert clean(text).authors == ()


def test_a_section_label_beside_a_date_is_not_an_author() -> None:
    text = ("Headline of the story here\n\nPolitics Materials 10 January 2022 09:26\n\nThe first "
            "paragraph of the story is long enough to be read as the article's own prose.")
    assert clean(text).authors == ()


def test_a_name_signing_off_after_the_body_is_the_author() -> None:
    text = ("Headline of the story here\n\nThe first paragraph of the story is long enough to "
            "be read as the article's own prose, the minister said on Monday.\n\nThe second "
            "paragraph adds what the ministry said about the plan and the cost of it.\n\n"
            "- Nadja Podbregar\n\nImpressum\nDatenschutz\nKontakt")
    assert [(a.name, a.kind) for a in clean(text).authors] == [("Nadja Podbregar", "person")]


def test_a_name_the_body_speaks_of_after_it_is_a_tag_not_the_author() -> None:
    """The first of the tags under the body is the person the story is about."""
    text = ("Headline of the story here\n\nThe first paragraph of the story is long enough to "
            "be read as the article's own prose, Nadja Podbregar said on Monday.\n\nThe second "
            "paragraph adds what the ministry said about the plan and the cost of it.\n\n"
            + "\n\n".join(f"In the {n} part of the session the members went through the plan "
                          "again, line by line, and the mayor answered their questions."
                          for n in ("first", "second", "third", "fourth", "fifth")) + "\n\n"
            "Nadja Podbregar\nBudget\nCouncil\nSchools\n\nImpressum\nDatenschutz\nKontakt")
    record = clean(text)
    assert "Nadja Podbregar said" in record.text
    assert record.authors == ()


def test_a_name_farther_from_the_headline_counts_when_the_page_prints_it_again() -> None:
    head = ("Headline of the story here\n\nPolitics\n\nShare\n\nTweet\n\nEmail\n\n{name}\n\n"
            "Print\n\nSave\n\nComments\n\n")
    body = ("The first paragraph of the story is long enough to be read as the article's own "
            "prose, the minister said on Monday.\n\nThe second paragraph adds what the ministry "
            "said about the plan and the cost of it.\n\n")
    again = head.format(name="Julius Richter") + body + "More from Julius Richter\n"
    once = head.format(name="Interaktive Karte") + body + "More stories\n"
    assert [a.name for a in clean(again).authors] == ["Julius Richter"]
    assert clean(once).authors == ()


_HEAD = "Headline of the story here\n\n{line}\n\n"
_BODY = ("The first paragraph of the story is long enough to be read as the article's own "
         "prose, the minister said on Monday.\n\nThe second paragraph adds what the ministry "
         "said about the plan and the cost of it.\n\n")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("1. Februar 2022 , Daniel Dillenburg", ["Daniel Dillenburg"]),  # set apart by a comma
        ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", ["Uta Helkenberg"]),  # among several parts
        ("Christian Weisflog 15.06.2020, 12.11 Uhr", ["Christian Weisflog"]),  # not "... Uhr"
        ("Veröffentlicht am 03.02.2022 von Sarah Schnieder", ["Sarah Schnieder"]),
        ("29. Juni 2017, 23:39 · von Tobi", ["Tobi"]),  # after a lead, one word is a name
        ("Posted 11 April 2018 by Walter von Aachen in Travel", ["Walter von Aachen"]),
        ("Publicado por Alberto González", ["Alberto González"]),
        ("durch Yirou Chen", ["Yirou Chen"]),
        ("Durch Umwege", []),  # "Durch" opens a phrase
        # a byline long enough to read as prose: the name ends at the label
        ("By Alex Villa Last updated Nov 8, 2023 Share with new partner:", ["Alex Villa"]),
        # without a lead, one word beside a date is a section, and two words need a separator
        ("Politik · 3. Februar 2022", []),
        ("World News 10 January 2022", []),
        ("Approved by parliament on 4 April 2016", []),  # "by" before a word in lower case
        ("Da Roma, 12 marzo 2022", []),  # a dateline's place, not a lead and a name
    ],
)
def test_a_name_on_a_dated_line_by_the_headline(line: str, names: list[str]) -> None:
    assert [a.name for a in clean(_HEAD.format(line=line) + _BODY).authors] == names


@pytest.mark.parametrize(
    ("box", "names"),
    [
        ("Über Swantje Schemmerling", ["Swantje Schemmerling"]),
        ("All posts by Ann Lee »", ["Ann Lee"]),
        ("Alles von Martin Junker", ["Martin Junker"]),
        ("About Us", []),
        ("Über uns", []),
        # a heading over the name, however far from the body
        ("Drucken\nTeilen\nDokumente\nAutoren\nJoachim Hamberger", ["Joachim Hamberger"]),
        ("Drucken\nTeilen\nDokumente\nInterview\nSVEN MICHAELSEN", ["Sven Michaelsen"]),
        ("Drucken\nTeilen\nDokumente\nText:\nRedaktion Gelbe Liste", ["Redaktion Gelbe Liste"]),
        ("Drucken\nTeilen\nDokumente\nAutoren\nAlle Beiträge", []),  # a label is no name
        ("Drucken\nTeilen\nDokumente\nText\nMehr zum Thema Energie", []),
    ],
)
def test_an_author_box_names_the_author_when_no_byline_does(box: str, names: list[str]) -> None:
    text = _HEAD.format(line="Politics") + _BODY + f"Related stories\n\n{box}\n\nImpressum\n"
    assert [a.name for a in clean(text).authors] == names
    bylined = _HEAD.format(line="By Jane Doe") + _BODY + f"Related stories\n\n{box}\n"
    assert [a.name for a in clean(bylined).authors] == ["Jane Doe"]


def test_given_names() -> None:
    from newsclean.meta.bylines import given_name

    assert all(given_name(word) for word in ("Ronja", "Jan", "Əli", "Иван", "Kathrin"))
    # with their vowel signs, and Turkish's dotted capital I (which case-folds to "i" and a mark)
    assert all(given_name(word) for word in ("आदित्य", "กิติชัย", "İbrahim", "İlham"))
    assert not any(given_name(word) for word in ("Politics", "Impressum", "Ausgehandelte", "Share"))


def test_the_given_name_list_is_case_folded_words() -> None:
    from importlib import resources

    from newsclean.chrome.patterns import UI_STRINGS

    rows = resources.files("newsclean.data").joinpath("given_names.txt").read_text("utf-8")
    names = [row for row in rows.splitlines() if not row.startswith("#")]
    assert len(names) > 10_000
    assert all(name == name.casefold() and " " not in name and name not in UI_STRINGS
               for name in names)


def test_a_name_beside_the_opening_date_is_the_byline_and_leaves_the_body() -> None:
    text = ("Menu\n\nSport\n\nHeadline of the story here\n\nThe standfirst of the story says in "
            "a sentence what it is about and why.\n\nRonja Beck\n\n/ 16.11.2018, 03:00 Uhr\n\n"
            + _BODY)
    record = clean(text)
    assert [(a.name, a.raw) for a in record.authors] == [("Ronja Beck", "Ronja Beck")]
    assert "Ronja Beck" not in record.text
    assert any(r.rule == "meta.byline" and r.text == "Ronja Beck" for r in record.removed)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a name opening with a given name needs no separator from the date
        ("Ariel Melgar Cabrera 3/5/2022 22:41", ["Ariel Melgar Cabrera"]),
        ("Michael Mäser, 02.02.2022", ["Michael Mäser"]),
        ("Jan Koch", ["Jan Koch"]),  # a month's name, and a given name
        # a part of its own after a lead, a user name too
        ("Dezember 10, 2019 · von freeman1984 · in Uncategorized", ["freeman1984"]),
        ("Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotografie", ["gnaddrig"]),
        ("Posted on 25. Januar 202225. Januar 2022Author Redaktion", ["Redaktion"]),
        ("Markus Reuter | 23.06.2016 um 16:14 Uhr - 91 Ergänzungen", ["Markus Reuter"]),
        # a user name in lower case set apart from the date; never a weekday
        ("reineckefuchs — 2. Februar 2022", ["reineckefuchs"]),
        ("jeudi 27 juin 2019, par quelquun", []),
        # no given name, no separator, no lead: a label
        ("Aktuelle Meldungen 3/5/2022 22:41", []),
        ("Dezember 10, 2019 · von morgens · in Uncategorized", []),  # no digit: not a user name
        # a list of names, one with the place its author wrote from
        ("Markus M. Haefliger, London, Beat Bumbacher 19.10.2019, 23:38 Uhr",
         ["Markus M. Haefliger", "Beat Bumbacher"]),
        ("Paris, London, Berlin 10 January 2022", []),  # places alone name no one
    ],
)
def test_names_on_dated_lines_read_with_the_given_names(line: str, names: list[str]) -> None:
    assert [a.name for a in clean(_HEAD.format(line=line) + _BODY).authors] == names


def test_a_byline_under_paragraphs_of_the_body_yields_to_a_name_by_the_headline() -> None:
    """A comment's signature inside the body ("geschrieben von GeorgQuaas am ..."), under
    paragraphs of the article, is not its byline: the name by the headline is."""
    comments = ["I think the minister is wrong about the cost of the plan, and the critics are "
                "right about it, a reader wrote.",
                "We will see in the spring who was right, and I am sure that the parliament "
                "will change the plan again."]
    text = "\n\n".join(["Headline of the story here", "Georg Quaas, 21. Jan. 2015",
                         *_BODY.split("\n\n")[:2], _BODY_PARAGRAPHS[0],
                         "geschrieben von GeorgQuaas am 21. Jan. 2015, 21:03", *comments])
    assert [a.name for a in clean(text).authors] == ["Georg Quaas"]
    # above the body's paragraphs, a byline is the article's
    text = "\n\n".join(["Headline of the story here", "Georg Quaas, 21. Jan. 2015",
                         "geschrieben von GeorgQuaas am 21. Jan. 2015, 21:03", _BODY])
    assert [a.name for a in clean(text).authors] == ["GeorgQuaas"]


def test_an_initial_is_no_function_word_of_the_language() -> None:
    """German stop lists hold "m" (Meter): a name's initial is not that word."""
    body = ("Die Regierung hat am Dienstag nach einer langen Debatte den Haushalt für das "
            "kommende Jahr beschlossen, wie der Sprecher mitteilte.\n\nDie Opposition sagte, "
            "dass der Plan zu optimistisch sei und die Kosten nicht erklärt würden.\n\n")
    text = "Der Haushalt ist beschlossen\n\nMarkus M. Haefliger 19.10.2019, 23:38 Uhr\n\n" + body
    record = clean(text)
    assert record.language == "de"
    assert [a.name for a in record.authors] == ["Markus M. Haefliger"]


def test_two_capitalised_nouns_are_no_author_without_a_given_name() -> None:
    # German sets nouns in capitals: repeated on the page, they are still a label
    head = "Headline of the story here\n\nPolitics\n\nShare\n\nTweet\n\nEmail\n\n{label}\n\n"
    text = head.format(label="Ausgehandelte Sonderzinssätze") + _BODY + "Ausgehandelte Sonderzinssätze\n"
    assert clean(text).authors == ()
    after = _HEAD.format(line="Politics") + _BODY + "Zum Ratgeber\n\nAktuelle News\n\nKontakt\n"
    assert clean(after).authors == ()


def test_a_name_above_a_line_about_that_person_is_an_author_box() -> None:
    box = ("Philipp Sarasin\n\nPhilipp Sarasin lehrt Geschichte der Neuzeit an der Universität "
           "Zürich.\n")
    text = _HEAD.format(line="Politics") + _BODY + "Related stories\n\n" + box
    assert [a.name for a in clean(text).authors] == ["Philipp Sarasin"]
    heading = "Grüne Energie\n\nGrüne Energie ist die Zukunft, sagen alle.\n"
    assert clean(_HEAD.format(line="Politics") + _BODY + "Related stories\n\n" + heading).authors == ()


_MORE = ("The third paragraph says when the plan will be put to the vote, and what the "
         "opposition has said about it so far.\n\n")


@pytest.mark.parametrize("byline", ["By Markus Balser", "Politics"])
def test_an_author_box_inside_the_body_leaves_it_whether_or_not_a_byline_names_the_author(
    byline: str,
) -> None:
    """Cleaning the clean text finds the box's name line as the byline and takes it out: so
    the first cleaning takes it out too, though a byline elsewhere named the author."""
    box = ("Markus Balser\n\nMarkus Balser kam 2001 zur Süddeutschen Zeitung. Er ist Absolvent "
           "der Kölner Journalistenschule.\n\n")
    record = clean(_HEAD.format(line=byline) + _BODY + box + _MORE)
    assert "Markus Balser" not in record.text.split("\n\n")
    assert ("Markus Balser", "meta.byline") in [(r.text, r.rule) for r in record.removed]
    assert [a.name for a in record.authors] == ["Markus Balser"]
    assert clean(record.text).text == record.text  # a fixed point


@pytest.mark.parametrize(
    ("about", "author"),
    [
        ("Anna Lenz ist Chefredakteurin des Magazins und lebt in Berlin.", True),
        ("Anna Lenz covers politics and the courts for the paper.", True),
        ("Anna Lenz arbeitet als freie Wirtschaftsjournalistin in Köln.", True),
        ("Anna Lenz gewann am Sonntag das Finale gegen die Titelverteidigerin.", False),
        ("Anna Lenz zweifelt an der Autorität des Gerichts, sagte sie am Montag.", False),
    ],
)
def test_a_name_over_a_line_about_the_person_s_work_is_an_author_box(
    about: str, author: bool
) -> None:
    box = f"Anna Lenz\n\n{about}\n"
    # beyond the lines where a name alone signs the article off
    below = "Related stories\n\nMore news\n\nSport\n\nWeather\n\nCulture\n\n"
    text = _HEAD.format(line="Politics") + _BODY + below + box
    assert [a.name for a in clean(text).authors] == (["Anna Lenz"] if author else [])


def test_a_heading_over_a_paragraph_about_that_person_is_no_author_box() -> None:
    """A story's section headed with a person's name ("Liam Williams" over "Liam Williams
    stand im April ...") tells of no author: it stays, and cleaning the clean text keeps it."""
    section = ("Liam Williams\n\nLiam Williams stand im April des letzten Jahres gegen den "
               "Weltmeister im Ring und kam über die volle Distanz von zwölf Runden.\n\n")
    between = "".join(f"Paragraph {n} of the story tells what the fighters said about the bout "
                      f"on Friday, and what the promoters expect of it.\n\n" for n in range(4))
    record = clean(_HEAD.format(line="Politics") + _BODY + between + section + _MORE)
    assert "Liam Williams" in record.text.split("\n\n") and record.authors == ()
    again = clean(record.text)
    assert again.text == record.text and again.authors == ()


@pytest.mark.parametrize("place", ["Santa Cruz", "Sierra Leone", "Villa Park",
                                   "Sierra Leone 3/5/2022 22:41"])
def test_a_place_that_opens_with_a_given_name_is_no_byline(place: str) -> None:
    """"Santa", "Sierra" and "Villa" are given names somewhere, and open places on a news
    page far more often: a section or a dateline under the headline, not the author."""
    assert clean(_HEAD.format(line=place) + _BODY).authors == ()
    named = clean(_HEAD.format(line="Ariel Melgar Cabrera 3/5/2022 22:41") + _BODY)
    assert [a.name for a in named.authors] == ["Ariel Melgar Cabrera"]


def test_a_section_read_as_a_byline_does_not_hide_the_name_by_the_date() -> None:
    text = ("Headline of the story here\n\nVon Kopf bis Fuss\n\nThe standfirst of the story says "
            "in a sentence what it is about and why.\n\nChristoph von Eichhorn\n\n"
            "Aktualisiert: 11.04.2020, 10:27\n\n" + _BODY)
    assert [a.name for a in clean(text).authors] == ["Christoph von Eichhorn"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # a blog's clock time after the name
        ("Posted by John Smith at 10:15 AM", ["John Smith"]),
        ("Eingestellt von Anna Lenz um 21:11", ["Anna Lenz"]),
        ("Publié par Anne Roy à 08:00", ["Anne Roy"]),
        ("Ann Lee, 14:05 Uhr", ["Ann Lee"]),
        # what follows a date is a category, a counter or the date again, never a name
        ("von Marc Scholz | 20. Mai 2007 | Ergebnisse, Ergebnisse 2007 | 0 Kommentare",
         ["Marc Scholz"]),
        ("by Logan C. Ritchie November 8, 2023 | 6:03 pmNovember 8, 2023 | 6:03 pm",
         ["Logan C. Ritchie"]),
        ("Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)", ["Cooper"]),
        # ... but a name after the date is read when none stands before it
        ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", ["Uta Helkenberg"]),
        ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"]),
        # the category a post is filed under
        ("Posted by Nesselsetzer under Just For Fun, Reblogged | Tags: Antipodes, Fun",
         ["Nesselsetzer"]),
        # a place or an outlet after the name, in lower case
        ("Escribe Camila Méndez en Territorio", ["Camila Méndez"]),
        ("Von Ann Lee aus Berlin", ["Ann Lee"]),
        # brackets with a comma or a digit hold no organisation
        ("von Ann Lee (Stand 2015, aktualisiert)", ["Ann Lee"]),
        # a telephone number after the name is not part of it
        ("By Megan Rowe meganr@ejemplo.com(509) 459-5382", ["Megan Rowe"]),
        # an e-mail address is not part of the name
        ("Por Mariano Martín mmartin@ejemplo.com.ar", ["Mariano Martín"]),
        # a role and a place after the name stay out ("in" is no category)
        ("Autorin: Uta Staschewski, Projektleiterin der Stiftung in Tunesien.",
         ["Uta Staschewski"]),
    ],
)
def test_a_byline_ends_where_its_dates_times_and_categories_begin(
    byline: str, names: list[str]
) -> None:
    assert [a.name for a in parse_byline(byline)] == names


def test_a_lead_after_the_body_signs_off_a_blog_post() -> None:
    text = _HEAD.format(line="Politics") + _BODY + "Posted by Ned Deily at 5:11 AM\n\nNewer Post\n"
    record = clean(text)
    assert [(a.name, a.raw) for a in record.authors] == [
        ("Ned Deily", "Posted by Ned Deily at 5:11 AM")]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Redaktion", ["Redaktion"]),
        ("Redaktion 1. November 2023 10:29", ["Redaktion"]),
        ("Redaktion Gelbe Liste | 3. Mai 2022", ["Redaktion Gelbe Liste"]),
        ("Redaktionsschluss 3. Mai 2022", []),  # a word that begins like one is not
    ],
)
def test_a_newsroom_signing_beside_the_headline(line: str, names: list[str]) -> None:
    record = clean(_HEAD.format(line=line) + _BODY)
    assert [(a.name, a.kind) for a in record.authors] == [(n, "organization") for n in names]


def test_an_author_promo_names_the_person_it_is_about_not_the_outlets_it_lists() -> None:
    promo = ("Jane Slaughter is a former editor of Labor Notes and co-author of Secrets of a "
             "Successful Organizer who has written for The Progressive, Monthly Review and In "
             "These Times.")
    text = _HEAD.format(line="By Jane Slaughter") + _BODY + promo + "\n"
    assert [(a.name, a.kind) for a in clean(text).authors] == [("Jane Slaughter", "person")]
    second = ("Ramsey Khalifeh is a general assignment reporter on the city desk covering what the "
              "council and the courts do or don't do for the people of the borough.")
    text = _HEAD.format(line="By David Brand") + _BODY + second + "\n"
    assert [a.name for a in clean(text).authors] == ["David Brand", "Ramsey Khalifeh"]


@pytest.mark.parametrize("line", ["Seguir Medellín\n\n29/04/2022", "Follow Politics\n\n29/04/2022"])
def test_a_follow_button_beside_the_date_is_no_author(line: str) -> None:
    assert clean(_HEAD.format(line=line) + _BODY).authors == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Eine Kolumne von Nils Pickert", ["Nils Pickert"]),
        ("Eine Analyse von Caspar Schwietering", ["Caspar Schwietering"]),
        ("Ein Kommentar von Anna Lenz", ["Anna Lenz"]),
        ("Analysis by Ann Lee", ["Ann Lee"]),
        ("Une chronique de Anne Roy", ["Anne Roy"]),
    ],
)
def test_a_piece_named_before_its_author_is_a_byline(line: str, names: list[str]) -> None:
    record = clean(_HEAD.format(line=line) + _BODY)
    assert [a.name for a in record.authors] == names
    assert any(r.rule == "meta.byline" and r.text == line for r in record.removed)


def test_a_reader_s_comment_is_no_byline() -> None:
    text = _HEAD.format(line="Kommentar von Mareike") + _BODY
    assert clean(text).authors == ()


def test_a_labelled_author_far_above_the_body() -> None:
    head = ("Blog of a photographer\n\nVeröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt "
            "unter: Fotografie\n\nHome\n\nAbout\n\nArchive\n\nContact\n\nImprint\n\nPhotos\n\n"
            "Headline of the story here\n\n")
    assert [a.name for a in clean(head + _BODY).authors] == ["gnaddrig"]
    # a label is needed: a lead alone so far away is not enough
    far_lead = head.replace("Autor: gnaddrig", "von gnaddrig")
    assert clean(far_lead + _BODY).authors == ()


def test_a_domain_is_an_organisation() -> None:
    assert [(a.name, a.kind) for a in parse_byline("Autor: www.beispiel.pl")] == [
        ("www.beispiel.pl", "organization")]


@pytest.mark.parametrize(
    ("promo", "name"),
    [
        ("Nils Pickert ist freier Autor und Journalist. Als Vater von vier Kindern schreibt er "
         "über Familie.", "Nils Pickert"),
        ("Anne Roy est journaliste au service politique depuis 2015.", "Anne Roy"),
        ("Autor*in: Prof. Dr. Benjamin-Immanuel Hoff ist seit 2014 Minister für Kultur.",
         "Benjamin-Immanuel Hoff"),
    ],
)
def test_an_author_promo_in_other_languages_leaves_the_body_and_names_the_author(
    promo: str, name: str
) -> None:
    record = clean(_HEAD.format(line="Politics") + _BODY + promo + "\n")
    assert [a.name for a in record.authors] == [name]
    assert promo not in record.text
    assert any(r.rule == "chrome.author_promo" and r.text == promo for r in record.removed)


def test_a_sentence_about_a_journalist_in_the_body_stays() -> None:
    text = (_HEAD.format(line="By Ann Lee") + "Peter Weber ist Journalist und hat den Minister am "
            "Montag in Berlin getroffen, wie die Zeitung berichtet, und er fragte ihn nach dem "
            "Plan.\n\n" + _BODY)
    record = clean(text)
    assert "Peter Weber ist Journalist" in record.text
    assert [a.name for a in record.authors] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Clara Löw, Siddharth Prakash & Klaus Jacob", ["Clara Löw", "Siddharth Prakash", "Klaus Jacob"]),
        ("Mrs H Pyke", ["Mrs H Pyke"]),  # a title vouches for a person, an initial without a dot
        ("John v. Berenberg-Consbruch", ["John v. Berenberg-Consbruch"]),
        ("John Smith", ["John Smith"]),  # "john" is in the English stop list, and a given name
        ("An Update", []),  # "an" is a given name too, but a short stop word stays one
        ("Energie & Umwelt", []),  # a list of labels is no list of names
        # a label before the name on its line
        ("Interview: Julia Lauter", ["Julia Lauter"]),
        ("Text: Ann Lee, Fotos: Max Muster", ["Ann Lee"]),
        ("Text: Neue Regeln für alle", []),
    ],
)
def test_names_beside_the_headline(line: str, names: list[str]) -> None:
    assert [a.name for a in clean(_HEAD.format(line=line) + _BODY).authors] == names


def test_a_title_and_one_word_is_no_author_box() -> None:
    text = _HEAD.format(line="Politics") + _BODY + "Related stories\n\nÜber Dr. Oetker\n"
    assert clean(text).authors == ()


def test_a_name_and_an_office_is_no_list_of_authors() -> None:
    text = _HEAD.format(line="Franck Riester, Ministre de la Culture") + _BODY
    assert [a.name for a in clean(text).authors] == []


def test_a_quote_signed_after_the_body_is_no_author() -> None:
    text = _HEAD.format(line="Politics") + _BODY + "Tim Thabe, CEO von Beispiel\n\nImpressum\n"
    assert clean(text).authors == ()


def test_a_name_with_a_title_after_the_body_is_an_address_not_a_signature() -> None:
    text = (_HEAD.format(line="Politics") + _BODY + "Abteilung Wettkampfsport\n\n"
            "Frau Simone Stensen\n\nKorbacher Str. 93\n")
    assert clean(text).authors == ()


@pytest.mark.parametrize(
    ("blog", "names"),
    [("Daniel Lemire's blog", ["Daniel Lemire"]), ("Damian Duchamps' Blog", ["Damian Duchamps"]),
     ("PyPy Status Blog", [])],
)
def test_a_blog_named_after_a_person_names_the_author(blog: str, names: list[str]) -> None:
    text = f"{blog}\n\nHome\n\nAbout\n\nArchive\n\n" + _HEAD.format(line="Politics") + _BODY
    assert [a.name for a in clean(text).authors] == names


@pytest.mark.parametrize(
    ("head", "names"),
    [
        ("By\n\nAnn Lee", ["Ann Lee"]),
        ("by\n\nquill2077", ["quill2077"]),  # a user name after the lead
        ("Ein Beitrag von:\n\nAnna Lenz", ["Anna Lenz"]),
        # every name under the lead, past the handles between them
        ("By\n\nAnn Lee\n\n@annlee\n\nTom Hay\n\n01 October 2020", ["Ann Lee", "Tom Hay"]),
        ("By\n\nthe way, what did the minister", []),  # a sentence broken after "by"
    ],
)
def test_a_lead_over_the_name_is_a_byline(head: str, names: list[str]) -> None:
    text = f"Headline of the story here\n\n{head}\n\n" + _BODY
    authors = clean(text).authors
    assert [a.name for a in authors] == names
    assert all(a.raw.casefold() == a.name.casefold() for a in authors)  # each its own line


@pytest.mark.parametrize(("head", "handles"), [
    ("By\n\nAnn Lee\n\n@annlee\n\nTom Hay\n\n01 October 2020", [("Ann Lee", "@annlee"), ("Tom Hay", None)]),
    ("by Ann Lee\n\n@ann_lee\n\nNov 19, 2019 at 9:08 GMT", [("Ann Lee", "@ann_lee")]),
])
def test_a_handle_printed_under_a_bylines_name_is_its_authors(
    head: str, handles: list[tuple[str, str | None]]
) -> None:
    text = f"Headline of the story here\n\n{head}\n\n" + _BODY
    assert [(a.name, a.handle) for a in clean(text).authors] == handles


def test_a_lead_over_the_name_after_the_body_beats_a_teaser_s_byline_below_it() -> None:
    text = (_HEAD.format(line="Politics") + _BODY + "Kommentar von\n\nIngrid Hohl\n\n"
            "Redakteurin für Wirtschaft\n\nMore stories\n\nA teaser about another story\n\n"
            "von Peter Unger\n")
    assert [a.name for a in clean(text).authors] == ["Ingrid Hohl"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("作者： 记者王小明 编辑： 李华", ["王小明"]),  # the writer before the editor
        ("【纠错】 责任编辑： 李华", ["李华"]),
        ("스포츠조선=김민수 기자", ["김민수"]),
    ],
)
def test_chinese_and_korean_credits(line: str, names: list[str]) -> None:
    record = clean(_HEAD.format(line="Politics") + _BODY + line + "\n")
    assert [(a.name, a.kind) for a in record.authors] == [(n, "person") for n in names]


def test_a_korean_credit_under_the_headline_is_a_byline_not_the_headline() -> None:
    headline = "[부산 Live] 노경은, 4이닝 8실점 부진… 난타에 야수 실책 겹쳤다"
    paragraphs = [
        "[부산=스포츠조선 선수민 기자] 롯데 자이언츠 베테랑 투수 노경은이 무너졌다.",
        "노경은은 27일 부산 사직구장에서 열린 키움 히어로즈와의 경기에 선발 등판해 4이닝 10안타 "
        "1볼넷 2탈삼진 8실점을 기록했다. 수비 도움도 받지 못했다.",
        "노경은은 1회초 서건창을 1루수 땅볼로 처리했다. 하지만 김하성에게 던진 패스트볼이 높게 "
        "몰려 좌월 솔로 홈런을 맞았다.",
    ]
    shares = ["페이스북 공유", "트위터 공유", "카카오스토리 공유", "네이버블로그 공유", "기사 URL공유",
              "공유 더보기"]
    text = "\n\n".join([headline, "스포츠조선=선수민 기자", *shares, "입력 2020.08.27 20:27",
                         *paragraphs])
    record = clean(text)
    assert record.title == headline
    assert [(r.text, r.rule) for r in record.removed if "기자" in r.text] == [
        ("스포츠조선=선수민 기자", "meta.byline")]
    assert [a.name for a in record.authors] == ["선수민"]


@pytest.mark.parametrize("lead", ["Ein Beitrag von:", "By", "Von"])
def test_a_lead_on_a_line_of_its_own_leaves_the_body(lead: str) -> None:
    """"Ein Beitrag von:" over the author's name after the article: the name is the author,
    and the lead is the byline's, not the article's last line."""
    text = _HEAD.format(line="Politics") + _BODY + f"{lead}\n\nAnna Lenz\n"
    record = clean(text)
    assert [a.name for a in record.authors] == ["Anna Lenz"]
    assert [(r.text, r.rule) for r in record.removed if r.text == lead] == [(lead, "meta.byline")]
    assert not record.text.endswith(lead)


def test_the_bio_under_a_lead_and_a_name_after_the_article_leaves_the_body() -> None:
    bio = ("Content-Managerin beim Verlag. Nach dem Studium ist sie seit Jahren Redakteurin "
           "und Buchautorin. Sie schreibt über Karriere und Technik.")
    body = ["Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln für alle Schulen "
            "des Landes ab dem nächsten Jahr gelten sollen, und die Lehrer sind nicht zufrieden.",
            "Der Minister sagte, dass die Kosten für den Plan im Haushalt des nächsten Jahres "
            "stehen und dass die Länder einen Teil davon tragen sollen.",
            "Die Opposition kritisierte, dass die Regierung die Verbände nicht gefragt habe, und "
            "kündigte an, im Parlament gegen den Plan zu stimmen."]
    text = "\n\n".join(["Schulen bekommen neue Regeln", *body, "Ein Beitrag von:", "Anna Lenz", bio])
    record = clean(text)
    assert [a.name for a in record.authors] == ["Anna Lenz"]
    assert [r.rule for r in record.removed if r.text == bio] == ["chrome.author_promo"]
    assert record.text == "\n\n".join(body)


@pytest.mark.parametrize(
    ("credit", "names"),
    [("(Reporting by Will Dunham; Editing by Tom Brown)", ["Will Dunham"]),
     ("Reporting by Gus Trompiz and Marine Pennetier in Paris; Writing by Ann Lee",
      ["Gus Trompiz", "Marine Pennetier"]),
     ("Additional reporting by Steve Gorman; Editing by Nick Zieminski", [])],
)
def test_a_wire_story_s_credit_names_its_reporters(credit: str, names: list[str]) -> None:
    """A wire story signs with a credit after its body: its reporters are the authors, not
    its editors, nor those who only helped ("Additional reporting by")."""
    record = clean(_HEAD.format(line="Politics") + _BODY + credit + "\n")
    assert [a.name for a in record.authors] == names


def test_a_byline_beats_a_wire_story_s_credit() -> None:
    text = _HEAD.format(line="By Jill Serjeant") + _BODY + "(Reporting by Will Dunham)\n"
    assert [a.name for a in clean(text).authors] == ["Jill Serjeant"]


def test_a_column_s_name_is_no_chinese_credit() -> None:
    """"新华社记者看河北" (Xinhua's reporters look at Hebei) names a column: no family name
    follows "记者" there, as one does in "记者王敬照"."""
    assert cjk_writer_credit("新华社记者看河北") is None
    assert cjk_writer_credit("作者： 记者王敬照 编辑： 王华军") == "王敬照"
    record = clean(_HEAD.format(line="Politics") + _BODY + "新华社记者看河北\n")
    assert record.authors == ()


def test_a_paragraph_that_opens_with_a_credit_stays_in_the_body_and_names_the_writer() -> None:
    paragraph = ("〔記者王小明／台北報導〕財政部今天下午將公佈今年前三個月的出口統計數據，"
                 "官員表示出口金額比去年同期增加，主要來自電子產品與機械設備的需求回升。")
    record = clean(_HEAD.format(line="Politics") + paragraph + "\n\n" + _BODY)
    assert paragraph in record.text
    assert [(a.name, a.raw) for a in record.authors] == [("王小明", "〔記者王小明／台北報導〕")]


@pytest.mark.parametrize(
    ("opening", "names"),
    [("本报讯（记者 王小明、李华）", ["王小明", "李华"]),
     ("（记者 王小明）", ["王小明"]),
     ("（记者调查）", [])],  # no family name: a column's name, not a writer's
)
def test_a_chinese_report_s_opening_credit(opening: str, names: list[str]) -> None:
    paragraph = (f"{opening}财政部今天下午公布了今年前三个月的出口统计数据，官员表示出口金额比去年"
                 "同期增加，主要来自电子产品与机械设备的需求回升。")
    more = ("分析人士认为，出口的回升反映了海外市场需求的改善，但全年的走势仍然取决于主要经济体"
            "的复苏情况。")
    record = clean("出口数据公布\n\n" + paragraph + "\n\n" + more)
    assert [a.name for a in record.authors] == names
    assert record.text == paragraph + "\n\n" + more


def test_a_lead_glued_to_the_name() -> None:
    assert [a.name for a in parse_byline("Geschrieben vonElisa Marvena")] == ["Elisa Marvena"]
    text = _HEAD.format(line="Politics") + _BODY + "Teilen\n\nDrucken\n\nGeschrieben vonAnna Lenz\n"
    assert [a.name for a in clean(text).authors] == ["Anna Lenz"]
    assert parse_byline("Vonovia übernimmt") == ()  # no lead glued to a word of the sentence


@pytest.mark.parametrize(("word", "names"), [("Benni", ["Benni"]), ("Juni", []), ("Teilen", [])])
def test_one_word_over_the_date_after_the_body_signs_a_blog_post(word: str, names: list[str]) -> None:
    text = _HEAD.format(line="Politics") + _BODY + f"{word}\n\n10. September 2017\n\nImpressum\n"
    assert [a.name for a in clean(text).authors] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the name between the date and the comments
        ("5 Min. 1. November 2023 Tobi 1 Kommentar Lesezeichen", ["Tobi"]),
        ("28. Januar 2015 reineckefuchs Schreibe einen Kommentar", ["reineckefuchs"]),
        ("May 6, 2022 Ann Lee 4 Comments", ["Ann Lee"]),
        ("May 6, 2022 Politik Wirtschaft 4 Comments", []),  # two labels, no name
    ],
)
def test_the_name_in_a_blog_theme_s_line_of_facts(line: str, names: list[str]) -> None:
    assert [a.name for a in clean(_HEAD.format(line=line) + _BODY).authors] == names


def test_a_name_in_the_line_of_facts_that_the_page_prints_alone_elsewhere() -> None:
    line = "Anna Lenz Politique scientifique 20 janvier 2020 0 Comment"
    sidebar = "Mehr zum Thema\n\nArchiv\n\nKategorien\n\nTwitter\n\nAnna Lenz\n\n@annalenz\n"
    assert [a.name for a in clean(_HEAD.format(line=line) + _BODY + sidebar).authors] == ["Anna Lenz"]
    assert clean(_HEAD.format(line=line) + _BODY).authors == ()  # printed once: no telling
    # a section printed again in the menu is no name
    section = "Home\n\nNews\n\nSport\n\n" + _HEAD.format(line="May 06, 2022 News") + _BODY
    assert clean(section).authors == ()


def test_a_name_by_the_headline_beats_a_teaser_s_byline_below_the_body() -> None:
    text = (_HEAD.format(line="1. November 2023 Tobi 1 Kommentar") + _BODY
            + "Mehr zum Thema\n\nA teaser about another story\n\nvon Peter Unger\n")
    assert [a.name for a in clean(text).authors] == ["Tobi"]


@pytest.mark.parametrize(("line", "names"), [("JIJI", ["Jiji"]), ("Kyodo", ["Kyodo"]), ("Trend", [])])
def test_a_wire_service_alone_under_the_headline(line: str, names: list[str]) -> None:
    record = clean(_HEAD.format(line=line) + _BODY)
    assert [(a.name, a.kind) for a in record.authors] == [(n, "organization") for n in names]


def test_an_author_box_with_the_count_of_the_author_s_pieces() -> None:
    text = _HEAD.format(line="Politics") + _BODY + "Über Steffi 1009 Artikel\n\nIch bin Steffi.\n"
    assert [a.name for a in clean(text).authors] == ["Steffi"]
    assert clean(_HEAD.format(line="Politics") + _BODY + "Über uns 12 Artikel\n").authors == ()


@pytest.mark.parametrize(
    ("footer", "names"),
    [
        ("Archive – RSS – Impressum – 2009-2020 by Florian Weber – Powered by Nikola", ["Florian Weber"]),
        ("Copyright © 2020 by Paul Sander - Alle Rechte vorbehalten!", ["Paul Sander"]),
        ("© 2020 by Beispiel Medien GmbH", []),  # a company's copyright names no author
    ],
)
def test_a_person_s_copyright_names_the_author_of_a_personal_site(
    footer: str, names: list[str]
) -> None:
    text = _HEAD.format(line="Politics") + _BODY + f"Impressum\n\n{footer}\n"
    assert [a.name for a in clean(text).authors] == names


@pytest.mark.parametrize(
    # the title tells a person's site; the name is the person's, without it
    ("header", "names"), [("Dr. Anna Lenz", ["Anna Lenz"]), ("Steve Mnuchin", [])]
)
def test_a_titled_name_heading_the_page_is_a_personal_site(header: str, names: list[str]) -> None:
    text = f"{header}\n\nMeine Homepage\n\nStartseite\n\n" + _HEAD.format(line="Politics") + _BODY
    assert [a.name for a in clean(text).authors] == names


def test_the_first_byline_under_the_headline_beats_a_teaser_s_nearer_the_body() -> None:
    text = ("The minister's plan and what it will cost\n\nvon Anna Lenz\n\nam 20.09.2020\n\n"
            "Tipp drucken\n\nTIPP!\n\nEdle Gerichte perfekt zubereitet: so gelingt Hummer\n\n"
            "von Ella Kurz\n\n" + _BODY)
    record = clean(text)
    assert record.title == "The minister's plan and what it will cost"
    assert [a.name for a in record.authors] == ["Anna Lenz"]


@pytest.mark.parametrize(
    ("heading", "bio"),
    [
        ("Sobre Carlos Nadalim", "Pai de Francesco e Teresa, Carlos Nadalim é também coordenador "
                                 "pedagógico na escola Mundo do Balão Mágico, em Londrina."),
        ("Über Steffi 1009 Artikel", "Ich bin Steffi, bekennende Tiernärrin, und ich möchte mit "
                                     "meinen Beiträgen allen Tierbesitzern helfen."),
    ],
)
def test_the_bio_under_an_author_box_s_heading_leaves_the_body(heading: str, bio: str) -> None:
    """The box's heading names the author; the paragraph under it that names them again is the
    box's bio, not the article's text, and names no one else."""
    after = ("The third paragraph says what the opposition thought of the plan, and how the "
             "vote in parliament is likely to go next week.")
    record = clean(_HEAD.format(line="Politics") + _BODY + f"{heading}\n\n{bio}\n\n{after}\n")
    assert bio not in record.text and record.text.startswith("The first paragraph")
    assert [r.rule for r in record.removed if r.text == bio] == ["chrome.author_promo"]
    assert [a.name for a in record.authors] == [heading.split(" ", 1)[1].removesuffix(" 1009 Artikel")]


def test_a_paragraph_under_an_author_box_that_names_someone_else_stays() -> None:
    other = ("The third paragraph says what the opposition thought of the plan, and how the "
             "vote in parliament is likely to go next week.")
    record = clean(_HEAD.format(line="Politics") + _BODY + f"Sobre Carlos Nadalim\n\n{other}\n")
    assert other in record.text


@pytest.mark.parametrize(
    ("text", "names"),
    [("Ich bin Steffi, bekennende Tiernärrin", []), ("Soy Ana García", []),
     ("Osama bin Laden", ["Osama bin Laden"]), ("Mohammed bin Salman", ["Mohammed bin Salman"])],
)
def test_a_writer_introducing_themselves_is_no_byline(text: str, names: list[str]) -> None:
    assert [a.name for a in parse_byline(text)] == names


def test_an_author_box_s_heading_and_bio_leave_with_its_name() -> None:
    """"Autor*In" over the name, the bio under it that names the person: the whole box."""
    bio = ("Tanja ist seit 2023 Redakteurin bei OMR. Vor ihrem Wechsel hat sie für eine "
           "Produktionsfirma gearbeitet.")
    box = f"Autor*In\nTanja Karrasch\n\n{bio}\n\n"
    record = clean(_HEAD.format(line="Politics") + _BODY + box + _MORE)
    removed = {r.text: r.rule for r in record.removed}
    assert (removed.get("Autor*In"), removed.get("Tanja Karrasch"), removed.get(bio)) == (
        "meta.byline", "meta.byline", "chrome.author_promo")
    assert [a.name for a in record.authors] == ["Tanja Karrasch"]
    assert clean(record.text).text == record.text


def test_a_name_over_a_line_about_their_work_below_the_body_is_a_box_with_its_bio() -> None:
    bio = ("Markus Balser kam 2001 zur Süddeutschen Zeitung. Er ist Absolvent der Kölner "
           "Journalistenschule.")
    record = clean(_HEAD.format(line="By Jane Doe") + _BODY + f"Markus Balser\n\n{bio}\n\n" + _MORE)
    assert bio not in record.text
    assert [r.rule for r in record.removed if r.text == bio] == ["chrome.author_promo"]


def test_a_byline_over_a_lead_that_tells_of_the_author_s_work_keeps_the_lead() -> None:
    lead = ("Anna Lenz ist Reporterin und war in dieser Woche in Kiew, wo sie mit Soldaten und "
            "ihren Familien über den Winter gesprochen hat.")
    record = clean(f"Headline of the story here\n\nAnna Lenz\n\n{lead}\n\n{_BODY}")
    assert record.text.startswith(lead)


@pytest.mark.parametrize(
    ("text", "names"),
    [("Je suis Marie, journaliste", []), ("par Là-bas si j'y suis", []),
     ("von tobi", ["tobi"]), ("By John Smith, Reuters", ["John Smith", "Reuters"])],
)
def test_one_word_alone_is_a_name_only_as_the_byline_s_first_part(text: str, names: list[str]) -> None:
    assert [a.name for a in parse_byline(text)] == names


def test_a_placeholder_in_the_byline_leaves_the_record_without_authors() -> None:
    body = ("Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, "
            "après un long débat sur les écoles et les routes.\n\nLes travaux commenceront au "
            "printemps, a indiqué le maire, qui veut les achever avant la fin de l'été.")
    record = clean(f"Accueil\nLe budget de la ville est voté\nPublié par Unknown à 08:00\n\n{body}")
    assert record.authors == ()
    assert "no_byline" in record.flags
    assert "Publié par Unknown à 08:00" not in record.text


@pytest.mark.parametrize(("byline", "names"), [
    ("by Bob Yirka , Phys.org", ["Bob Yirka"]),  # the site it appeared on is no writer
    ("By Ann Lee | Reuters", ["Ann Lee", "Reuters"]),  # a wire service is
    ("Von Caliber.Az", ["Caliber.Az"]),  # a site alone is the author
])
def test_a_site_named_beside_a_writer_in_the_byline_is_no_author(byline: str, names: list[str]) -> None:
    body = ("Researchers at the university have found a flint tool that was partly covered in "
            "birch tar, which adds to the evidence that Neanderthals planned their work.\n\n"
            "The tool was found on a beach and dated to about fifty thousand years ago, the team "
            "said in a paper published this week.")
    record = clean(f"Home\nNews\nFlint tool adds to evidence of Neanderthal planning\n{byline}\n\n{body}")
    assert [a.name for a in record.authors] == names


@pytest.mark.parametrize(("line", "names"), [
    ("von besserwisser eG", ["besserwisser eG"]),  # a company's name, in lower case
    ("von tennisnet.com", ["tennisnet.com"]),  # a site's
    ("von hier, erfahrungen.com", []),  # "from here": no name in lower case is a person's
])
def test_a_byline_of_organisations_in_lower_case_is_read(line: str, names: list[str]) -> None:
    body = ("Die Genossenschaft hat am Montag beschlossen, ihren Laden in der Altstadt zum Ende des "
            "Jahres zu schließen, wie der Vorstand mitteilte.\n\nDie Mitglieder können ihre Anteile "
            "bis zum Sommer zurückgeben, sagte eine Sprecherin der Genossenschaft.")
    record = clean(f"Start\nAktuelles\nAlles hat seine Zeit\n{line}\n\n{body}")
    assert [a.name for a in record.authors] == names
    if names:  # the byline's line leaves the body
        assert line not in record.text


# a headline and a paragraph in each script, for the byline between them
_ARTICLE_IN = {
    "LATIN": ("Council approves the new budget", "The council voted on Tuesday to approve the new "
              "budget, which includes money for roads and schools across the district, officials said."),
    "CYRILLIC": ("Совет одобрил бюджет", "Депутаты городского совета во вторник одобрили новый бюджет, "
                 "который включает деньги на дороги и школы района, сообщили чиновники."),
    "GEORGIAN": ("თბილისში ახალი მეტროს სადგური გაიხსნა", "დედაქალაქში მეტროს ახალი სადგური გაიხსნა. "
                 "ამის შესახებ თბილისის მერიამ გაავრცელა ინფორმაცია და აღნიშნა, რომ სადგური დღეში "
                 "ათასობით მგზავრს მოემსახურება."),
    "ARMENIAN": ("Երևանում նոր մետրոյի կայարան է բացվել", "Մայրաքաղաքում մետրոյի նոր կայարան է "
                 "բացվել։ Այս մասին հայտնում են Երևանի քաղաքապետարանից՝ նշելով, որ կայարանը օրական "
                 "հազարավոր ուղևորների կսպասարկի։"),
}


@pytest.mark.parametrize(("byline", "names"), [
    ("By Łukasz Kowalski", ["Łukasz Kowalski"]),
    ("Autor: Šimon Čapek", ["Šimon Čapek"]),
    ("By Żaneta Nowak and Świętosław Ślęzak", ["Żaneta Nowak", "Świętosław Ślęzak"]),
    ("Yazar: Şule İnan", ["Şule İnan"]),
    ("Müəllif: Əli Həsənov və Leyla Məmmədova", ["Əli Həsənov", "Leyla Məmmədova"]),
    ("Автор: Ұлан Әбілов", ["Ұлан Әбілов"]),
    ("Muallif: Otabek Ergashev", ["Otabek Ergashev"]),
    ("Муаллиф: Отабек Эргашев", ["Отабек Эргашев"]),
    ("ავტორი: გიორგი ბერიძე და ნინო კაპანაძე", ["გიორგი ბერიძე", "ნინო კაპანაძე"]),
    ("Հեղինակ: Արամ Սարգսյան", ["Արամ Սարգսյան"]),
])
def test_a_byline_whose_name_opens_with_a_letter_beyond_latin_1_is_a_byline(
    byline: str, names: list[str]
) -> None:
    """Ł, Š, Ş, İ, Ə, Ұ: Polish, Czech, Turkish, Azerbaijani and Kazakh names, which the
    line's pattern once took for no name; and the region's words for "author"."""
    from newsclean.meta.lines import metadata_rule
    from newsclean.segment import segment

    assert metadata_rule(segment(byline)[0]) == "meta.byline"
    assert [a.name for a in parse_byline(byline)] == names
    from newsclean.language import script_of

    headline, body = _ARTICLE_IN[script_of(byline.split(maxsplit=1)[1]) or "LATIN"]
    record = clean("\n".join([headline, byline, body]))
    assert [a.name for a in record.authors] == names
    assert [r.rule for r in record.removed if r.text == byline] == ["meta.byline"]


@pytest.mark.parametrize(("byline", "names"), [
    ("نویسنده: احمد رحیمی", ["احمد رحیمی"]),
    ("خبرنگار: مریم احمدی، علی رضایی", ["مریم احمدی", "علی رضایی"]),
    ("گزارش: زهرا کریمی", ["زهرا کریمی"]),
    ("بقلم: محمد أحمد", ["محمد أحمد"]),
    ("بقلم محمد أحمد", ["محمد أحمد"]),
    ("كتب: علي حسن و سارة محمود", ["علي حسن", "سارة محمود"]),
    ("كتب - محمد علي", ["محمد علي"]),
    ("لیکوال: احمد شاه", ["احمد شاه"]),
    ("Penulis: Ahmad Fauzi", ["Ahmad Fauzi"]),  # Indonesian: writer
    ("Oleh: Ahmad Fauzi", ["Ahmad Fauzi"]),  # by
    ("Penulis Ahmad Fauzi | Editor Dita Angga Rusiana", ["Ahmad Fauzi"]),  # the editor edited
    ("Reporter: Ahmad Fauzi | Editor: Dita Angga", ["Ahmad Fauzi"]),
    ("By Jagran News Edited By: Rajesh Kumar", ["Jagran News"]),  # an editor's credit run on
    ("लेखक: राजेश कुमार", ["राजेश कुमार"]),  # Hindi: writer, the name with its vowel signs
    ("প্রতিবেদক: রহিম উদ্দিন", ["রহিম উদ্দিন"]),  # Bengali: reporter
    ("رپورٹ: احمد علی", ["احمد علی"]),  # Urdu: report
    ("ผู้เขียน: สมชาย ใจดี", ["สมชาย ใจดี"]),  # Thai: writer
    ("โดย สมชาย ใจดี", ["สมชาย ใจดี"]),  # Thai: by
])
def test_credits_of_the_arabic_script_and_of_south_and_southeast_asia_are_bylines(
    byline: str, names: list[str]
) -> None:
    """The Arabic script, India's and Thai write no capitals: their names are read after a
    credit's word. Indonesian's leads, and an editor's part that names no author."""
    from newsclean.meta.lines import metadata_rule
    from newsclean.segment import segment

    assert metadata_rule(segment(byline)[0]) == "meta.byline"
    assert [a.name for a in parse_byline(byline)] == names


@pytest.mark.parametrize("line", [
    "گزارش سازمان ملل درباره وضعیت اقتصادی",  # "the UN's report on ...": a headline
    "گزارش از تهران",  # "a report from Tehran"
    "كتب التاريخ الحديث",  # "books of modern history"
])
def test_a_credits_word_without_its_colon_opens_no_byline(line: str) -> None:
    from newsclean.meta.lines import metadata_rule
    from newsclean.segment import segment

    assert metadata_rule(segment(line)[0]) is None


# --- South and Southeast Asia ----------------------------------------------------------------

def test_a_title_before_an_editors_credit_is_no_name() -> None:
    """Without a lead, "Edited by" does not part a line: "Revised Edition Edited by Adrian
    Parr" is a book's edition, no byline."""
    assert parse_byline("Revised Edition Edited by Adrian Parr") == ()


@pytest.mark.parametrize(("lines", "names"), [
    # the outlet and its reporter, set apart under the headline
    (["Dawn.com | Tahir Sherani"], ["Tahir Sherani"]),
    # a wire credited on the date line, under a menu whose last item is no person
    (["PTI / Updated: May 30, 2024, 14:12 IST"], ["PTI"]),
])
def test_a_reporter_or_wire_beside_the_outlet_or_date_is_the_byline(
    lines: list[str], names: list[str]
) -> None:
    text = "\n\n".join(["India News", "Monsoon hits Kerala two days ahead of schedule", *lines,
                        _BODY.strip()])
    assert [a.name for a in clean(text).authors] == names


def test_a_vietnamese_name_signing_off_opens_with_its_family_name() -> None:
    """Vietnamese names open with the family name ("Võ Hải"): a sign-off under the body."""
    body = ("Trận mưa kéo dài hơn hai giờ sáng nay khiến nhiều tuyến phố nội thành Hà Nội ngập "
            "sâu, giao thông ùn tắc trên nhiều tuyến đường chính của thành phố.\n\nNhiều phương "
            "tiện chết máy khi đi qua các tuyến phố Nguyễn Khuyến, Lê Duẩn và Phan Bội Châu trong "
            "sáng nay.")
    text = f"Mưa lớn gây ngập nhiều tuyến phố Hà Nội\n\n{body}\n\nVõ Hải\n\nChia sẻ"
    assert [a.name for a in clean(text).authors] == ["Võ Hải"]
    assert [a.name for a in clean(f"Mưa lớn gây ngập\n\n{body}\n\nHà Nội\n\nChia sẻ").authors] == []


def test_an_outlets_name_signing_is_the_organisation() -> None:
    """A newspaper's name under the headline, shaped as a person's ("Divya" is a given name),
    is the paper signing: the registry knows it."""
    text = "\n\n".join(["Budget approved after long debate", "Divya Bhaskar", _BODY.strip()])
    assert [(a.name, a.kind) for a in clean(text).authors] == [("Divya Bhaskar", "organization")]


@pytest.mark.parametrize("credit", ["Staff Reporter", "Web Desk", "ویب ڈیسک", "वेब डेस्क", "নিজস্ব প্রতিবেদক",
                                    "സ്വന്തം ലേഖകൻ", "நமது நிருபர்"])
def test_a_desks_or_staff_reporters_credit_is_the_newsroom(credit: str) -> None:
    """The newsroom signing as a desk or its staff reporter, in English, Urdu, Hindi,
    Bengali, Malayalam and Tamil (whose word ends in a vowel sign): an organisation, under the
    headline a byline as "Redaktion" is."""
    assert [(a.name, a.kind) for a in parse_byline(credit)] == [(credit, "organization")]
    from newsclean.chrome.patterns import NEWSROOM

    assert NEWSROOM.match(credit)


_ROLE_BODY = ("The city council voted on Tuesday to close the main street for two months of repairs "
              "to the tram lines, officials said.\nThe works will start on June 10 and last until "
              "August, and buses will take other routes during that time.")


@pytest.mark.parametrize(("role", "read"), [
    ("Staff Writer", True), ("Senior Reporter, The Herald", True), ("Editor at large", True),
    ("Political Editor", True),
    ("Reporter says the plan is wrong", False),  # a sentence: more than three words after it
    ("Writers say the plan is wrong", False),
    ("Editorial Board", False),
])
def test_the_role_printed_under_the_byline_s_name_is_the_byline_s(role: str, read: bool) -> None:
    text = f"News\nCity\nCity to close main street for tram repairs\nJane Doe\n{role}\nJune 3, 2024\n"
    record = clean(text + _ROLE_BODY)
    assert [(a.name, a.role) for a in record.authors] == [("Jane Doe", role if read else None)]
    assert (next(r.rule for r in record.removed if r.text == role) == "meta.byline") is read


def test_a_label_s_name_under_a_standfirst_the_body_took_back_is_the_byline() -> None:
    page = "\n".join([
        "Portal Spożywczy", "Handel", "Dystrybucja", "Eurocash rusza z nową platformą handlu",
        "Grupa Eurocash wdraża nowy system do zarządzania sklepem.", "Autor: www.portalspozywczy.pl",
        "Data: 28-04-2021, 09:29",
        "Nowa platforma to kolejna technologia opracowana przez Grupę Eurocash z myślą o "
        "przedsiębiorcach prowadzących sklepy detaliczne w całej Polsce.",
        "Jest to zintegrowany system do zarządzania sklepem, który łączy właścicieli placówek z ich "
        "klientami, a także z producentami i dostawcami.",
    ])
    record = clean(page)
    assert record.text.startswith("Grupa Eurocash wdraża nowy system")
    assert [a.name for a in record.authors] == ["www.portalspozywczy.pl"]
