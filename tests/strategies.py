"""Hypothesis strategies: news-like scrapes, prose interleaved with site chrome."""

from __future__ import annotations

from hypothesis import strategies as st

from newsclean import all_rules

SENTENCES = [
    "The government said on Monday that it would raise spending on schools next year.",
    "Officials in the capital confirmed that the talks would continue after the holiday.",
    "According to the ministry, more than 4,000 people took part in the exercise.",
    "“We are ready to work with all our partners,” the minister told reporters.",
    "Analysts say the decision reflects a wider shift in the region's foreign policy.",
    "The agreement was signed in 1992 by six states of the former Soviet Union.",
    "Die Regierung hat am Montag angekündigt, dass sie die Ausgaben erhöhen wird.",
    "Le ministre a déclaré que les négociations reprendraient la semaine prochaine.",
    "Протесты продолжались всю ночь, сообщили местные журналисты в понедельник.",
    "He added that the plan, which parliament approved in April, is now in force.",
]
HEADLINES = [
    "Parliament approves the new budget after a long debate",
    "Expert: Kazakhstan not to be involved in military actions",
    "Talks on the border resume in Geneva",
]
CHROME = sorted(
    {line for rule in all_rules() for example in rule.removes for line in example.split("\n")}
    | {"Share", "Loading...", "Home", "Politics", "Economy", "Follow us on Telegram", "---",
       "Views: 12", "© 2024 Example News", "Sign in", "A+", "twitter", "Latest See more"}
)

prose = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5).map(" ".join)
chrome_line = st.sampled_from(CHROME)
noise = st.text(
    st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40
)
block = st.one_of(
    prose, prose, chrome_line, chrome_line, st.sampled_from(HEADLINES), noise
)
separator = st.sampled_from(["\n", "\n\n", "\n\n\n", "\r\n", "\n  \n"])


@st.composite
def scrapes(draw: st.DrawFn) -> str:
    """A scrape: blocks of prose, chrome, headlines and noise joined by line breaks."""
    blocks = draw(st.lists(block, min_size=0, max_size=14))
    out = ""
    for b in blocks:
        out += b + draw(separator)
    return out


any_text = st.one_of(scrapes(), st.text())
