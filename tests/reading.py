"""What the input tests share: a file's documents as the command line reads them, and a
``newsclean clean`` run's records and stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import InputError, io
from newsclean.cli import main
from newsclean.io import Document, Fields


def documents(path: Path, fields: Fields = io.FIELDS) -> list[Document | InputError]:
    """The documents (and errors) of one file, read by its suffix's reader."""
    return list(io.read_path(path, fields))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], str]:
    """``newsclean clean ARGS``: its exit code, the records it wrote, what it said on stderr."""
    code = main(["clean", *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err
