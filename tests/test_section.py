"""The section: the site's rubric the article is filed under, as the page shows it."""

from __future__ import annotations

import pytest

from newsclean import clean, clean_html

BODY = ("The city council approved the new budget on Tuesday after a debate that lasted well "
        "into the night, with the mayor promising more money for schools and roads.\n\n"
        "Opposition members said the plan would raise local taxes for most households, and "
        "they announced that they would put the question to the voters next spring.")
MENU = "Home\nPolitics\nBusiness\nCulture\nSport\n"
HEADLINE = "Council passes the budget after a long night"


def section_of(text: str) -> str | None:
    return clean(text).section


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # a labelled line after the body names the categories; the first is the section
        (f"{HEADLINE}\n\n{BODY}\n\nPosted in Politics, City Hall\n", "Politics"),
        (f"{HEADLINE}\n\n{BODY}\n\nKategorie: Allgemein, news\n", "Allgemein"),
        (f"{HEADLINE}\n\n{BODY}\n\nPosted inBrookhaven, DeKalb, News\n", "Brookhaven"),
        # a breadcrumb trail above the headline: the crumb after the home page's
        (f"{MENU}Home » City Hall » {HEADLINE}\n\n{HEADLINE}\n\n{BODY}", "City Hall"),
        (f"{MENU}Sie sind hier: Startseite > Politik > Stadt\n\n{HEADLINE}\n\n{BODY}", "Politik"),
        # words before the date on its line
        (f"{HEADLINE}\n\nPolitics Materials 10 January 2022 09:26 (UTC +04:00)\n\n{BODY}",
         "Politics Materials"),
        # a kicker over the headline (font controls between them) that the menu prints too
        (f"{MENU}Copyright 2024 Example News. All rights reserved.\nPolitics\nA+\nA-\n\n"
         f"{HEADLINE}\n\n{BODY}", "Politics"),
        # the last item of a menu over the headline, when the headline speaks of it
        ("Home\nTeachers\nStudents\nHigher education\n\nUniversities cut the higher education "
         f"budget\n\n{BODY}\n\nTeachers\nHigher education\n", "Higher education"),
    ],
)
def test_the_section_is_read_where_the_page_shows_it(text: str, section: str) -> None:
    assert section_of(text) == section


@pytest.mark.parametrize(
    "text",
    [
        # no sign of a section at all
        f"{HEADLINE}\n\n{BODY}",
        # the last item of a menu that runs into the headline is no kicker, unless the
        # headline or the body's opening speaks of it
        f"{MENU}\n{HEADLINE}\n\n{BODY}\n\n{MENU}",
        # a label over the headline printed nowhere else: the site's name, a promotion
        f"Example News\nSaturday April 27 2024\n\n{HEADLINE}\n\n{BODY}",
        # a story's tags are no section; nor is "Posted in" before a word in lower case
        f"{HEADLINE}\n\n{BODY}\n\nTags: budget, council\n",
        f"{HEADLINE}\n\n{BODY}\n\nPosted in the morning\n",
        # a date line that opens with a name, a field's label or a place set off by a comma
        f"{HEADLINE}\n\nChris Davies - Nov 19, 2019, 8:15 pm CST\n\n{BODY}",
        f"{HEADLINE}\n\nRelease: 14.11.2019\n\n{BODY}",
        f"{HEADLINE}\n\nBonn, 11.10.2021\n\n{BODY}",
        # a link with an arrow is no trail
        f"{MENU}Fokus >\n\n{HEADLINE}\n\n{BODY}",
        # the home page is no section
        f"{HEADLINE}\n\n{BODY}\n\nKategorie: Startseite\n",
    ],
)
def test_no_section_where_the_page_shows_none(text: str) -> None:
    assert section_of(text) is None


def test_the_outlets_own_name_is_no_section() -> None:
    footer = "© 2024 Trend.az. All rights reserved."
    record = clean(f"{MENU}Home » Trend » Budget\n\n{HEADLINE}\n\n{BODY}\n\n{footer}")
    assert record.outlet is not None and record.outlet.name == "Trend"
    assert record.section is None


def test_reading_the_section_removes_nothing() -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\nPosted in Politics, City Hall\n"
    record = clean(text)
    assert record.section == "Politics"
    assert record.text == BODY
    assert [r.text for r in record.removed][-1] == "Posted in Politics, City Hall"


PARAGRAPH = BODY.split("\n\n")[0]
PAGE = ("<html><head><title>Budget</title>{head}</head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{HEADLINE}</h1><p>{PARAGRAPH}</p><p>{BODY.split(chr(10) * 2)[1]}</p>"
        "</article><footer>© 2024 Example News</footer></body></html>")


@pytest.mark.parametrize(
    ("head", "section"),
    [
        ('<meta property="article:section" content="Politics">', "Politics"),
        # a list declared as one string: its first item
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
         '"articleSection": "Health, Science, U.S. News"}</script>', "Health"),
        # an identifier is no section's name, nor the home page or an interface string
        ('<meta property="article:section" content="repository:274214725">', None),
        ('<meta property="article:section" content="Startseite">', None),
        ('<meta property="article:section" content="À la une">', None),  # the front page's top
        ('<meta property="article:section" content="Über uns">', None),
        # the markup's entities are read
        ('<meta property="article:section" content="Body &amp;amp; Fitness">', "Body & Fitness"),
        ("", None),
    ],
)
def test_html_takes_the_section_the_markup_declares(head: str, section: str | None) -> None:
    assert clean_html(PAGE.format(head=head)).section == section
