"""Registered domains from the public suffix list that the ``tld`` package bundles.

``tld.get_fld`` answers the same, but importing ``tld`` (which brings in ``urllib.request``
and ``argparse`` for its updater) and building its trie with ``codecs`` costs about 90 ms in
every process, each worker of ``clean -j N`` included. This module reads the same file
(``tld``'s ``res/effective_tld_names.dat.txt``, located without importing ``tld``) into the
same trie and walks it the same way, so that ``registered_domain`` gives ``tld``'s answer for
every host and is ready in about a quarter of the time; tests/test_suffixes.py compares the
two.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

_LIST = ("res", "effective_tld_names.dat.txt")


class _Node:
    """A label of a suffix rule, read right to left (``uk`` then ``co``), as ``tld`` keeps it."""

    __slots__ = ("children", "exception", "leaf")

    def __init__(self) -> None:
        self.children: dict[str, _Node] | None = None
        self.exception: str | None = None  # "!www.ck": the label that is not a suffix here
        self.leaf = False  # a rule ends here


def _list_path() -> Path:
    spec = importlib.util.find_spec("tld")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a dependency
        raise ModuleNotFoundError("the tld package (the bundled public suffix list) is missing")
    return Path(next(iter(spec.submodule_search_locations)), *_LIST)


@functools.lru_cache(maxsize=1)
def _root() -> _Node:
    """The suffix rules, built as ``tld``'s ``Trie.add`` builds them from each line."""
    root = _Node()
    with _list_path().open(encoding="utf-8") as handle:
        for line in handle:
            if "// xn--" in line:  # a punycode rule, given in a comment after its Unicode form
                line = line.split()[1]
            if line[0] in ("/", "\n"):
                continue
            node = root
            for label in reversed(line.strip().split(".")):
                if label.startswith("!"):
                    node.exception = label[1:]
                    break
                if node.children is None:
                    node.children = {}
                child = node.children.get(label)
                if child is None:
                    child = node.children[label] = _Node()
                node = child
            node.leaf = True
    return root


def registered_domain_of_host(host: str) -> str | None:
    """The registered domain of a lower-case host name, or ``None`` when no rule matches.

    A host that is itself a public suffix is its own answer (``co.uk`` gives ``co.uk``), as
    with ``tld.get_fld``.

    >>> registered_domain_of_host("news.bbc.co.uk")
    'bbc.co.uk'
    """
    labels = host.rstrip(".").split(".")
    node = _root()
    suffix = 0
    matched = False
    for depth, label in enumerate(reversed(labels), start=1):
        if node.children is None or label == node.exception:
            break
        child = node.children.get(label) or node.children.get("*")
        if child is None:
            break
        node = child
        if node.leaf:
            suffix, matched = depth, True
    if not matched:
        return None
    if suffix == len(labels):
        return host
    return ".".join(labels[max(1, len(labels) - suffix) - 1:])
