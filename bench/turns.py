"""Timing readers in turns, as the reader benches do: each round runs every reader once,
started by the next one each round, so that a machine that slows down or speeds up during
the runs weighs on all of them alike, and none always runs first."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def in_turns(
    readers: dict[str, Callable[[T], R]], arg: T, repeat: int
) -> tuple[dict[str, list[float]], dict[str, R]]:
    """Each reader's seconds over ``repeat`` rounds of ``reader(arg)``, and what it gave last."""
    seconds: dict[str, list[float]] = {name: [] for name in readers}
    found: dict[str, R] = {}
    names = list(readers)
    for round_ in range(repeat):
        for name in names[round_ % len(names):] + names[:round_ % len(names)]:
            start = time.perf_counter()
            found[name] = readers[name](arg)
            seconds[name].append(time.perf_counter() - start)
    return seconds, found


def speed_ratio(seconds: dict[str, list[float]], peer: str) -> float:
    """How many times faster newsclean's reader is than ``peer``'s: the peer's median time
    over newsclean's (below 1: slower)."""
    return statistics.median(seconds[peer]) / statistics.median(seconds["newsclean"])
