"""The documentation says what the code does."""

from __future__ import annotations

from pathlib import Path

from newsclean import all_rules
from newsclean.cli import rules_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_rules_page_is_generated_from_the_registry() -> None:
    page = (DOCS / "rules.md").read_text(encoding="utf-8")
    assert page == rules_markdown(all_rules()), "regenerate: newsclean rules --markdown > docs/rules.md"


def test_record_page_names_every_key() -> None:
    from tests.test_api import CONTRACT

    page = (DOCS / "record.md").read_text(encoding="utf-8")
    assert all(f"`{key}`" in page for key in CONTRACT)
