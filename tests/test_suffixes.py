"""newsclean's reading of the public suffix list gives ``tld.get_fld``'s answer for every host."""

from __future__ import annotations

import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tld import get_fld

from newsclean.provenance import suffixes
from newsclean.provenance.registry import registered_domain


def tld_registered_domain(value: str) -> str | None:
    """What ``registered_domain`` answered when it called ``tld``."""
    value = value.strip()
    if not value:
        return None
    try:
        host = urlsplit(value if "//" in value else "//" + value).hostname
    except ValueError:
        return None
    if not host:
        return None
    found = get_fld(host, fix_protocol=True, fail_silently=True)
    return found if isinstance(found, str) else None


def _rules() -> list[str]:
    lines = suffixes._list_path().read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("//")]


RULES = _rules()


def test_the_list_is_the_one_tld_reads() -> None:
    from tld.utils import MozillaTLDSourceParser, project_dir

    assert suffixes._list_path().samefile(project_dir(MozillaTLDSourceParser.local_path))
    assert len(RULES) > 5000 and "co.uk" in RULES and "*.ck" in RULES and "!www.ck" in RULES


@pytest.mark.parametrize("prefix", ["", "example.", "www.news.example."])
def test_every_rule_gives_tlds_answer(prefix: str) -> None:
    differ = []
    for rule in RULES:
        host = prefix + rule.lstrip("!").replace("*", "x")
        if suffixes.registered_domain_of_host(host) != tld_registered_domain(host):
            differ.append(host)
    assert differ == []


@pytest.mark.parametrize(("host", "domain"), [
    ("news.bbc.co.uk", "bbc.co.uk"),
    ("co.uk", "co.uk"),  # a suffix is its own answer, as tld gives it
    ("www.ck", "www.ck"),  # "!www.ck": an exception to "*.ck"
    ("a.b.ck", "a.b.ck"),  # "*.ck": any label under ck is a suffix
    ("foo.blogspot.com", "foo.blogspot.com"),  # a private suffix
    ("trend.az.", "trend.az"),
    ("localhost", None),
    ("example.invalid-tld", None),
])
def test_known_hosts(host: str, domain: str | None) -> None:
    assert suffixes.registered_domain_of_host(host) == domain == tld_registered_domain(host)


_LABELS = st.sampled_from(sorted({label for rule in RULES for label in rule.split(".")}))
_HOSTS = st.lists(
    st.one_of(_LABELS, st.text("abcxyz019-_", max_size=6), st.just("*"), st.just("")),
    min_size=1, max_size=6,
).map(".".join)


@given(st.one_of(_HOSTS, _HOSTS.map(lambda h: h + "."), _HOSTS.map(lambda h: f"https://{h}/a"),
                 st.text(max_size=40)))
def test_any_value_gives_tlds_answer(value: str) -> None:
    assert registered_domain(value) == tld_registered_domain(value)


def test_tld_is_not_imported_to_read_domains() -> None:
    code = ("import sys; from newsclean.provenance.registry import registered_domain; "
            "assert registered_domain('https://www.bbc.co.uk/news') == 'bbc.co.uk'; "
            "print('tld' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
