"""newsclean's exceptions: each subclasses the builtin it resembles, so callers may catch either."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InputTypeError(NewscleanError, TypeError):
    """A function got a value of the wrong type (bytes where text was expected, say)."""


class ConfigError(NewscleanError, ValueError):
    """A configuration value is out of range or names something unknown."""


class InputError(NewscleanError, OSError):
    """An input could not be read: missing, unreadable, binary or empty.

    ``source`` names the file (and ``line`` the JSONL line, when there is one) so that a
    batch can report it and go on with the other inputs.
    """

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        shown = one_line(source)  # a file name may hold a line break; the message may not
        where = f"{shown}:{line}" if line is not None else shown
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line
        self.reason = message

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None]]:
        # Rebuilt from its own fields, so that it crosses to and from worker processes.
        return (type(self), (self.source, self.reason, self.line))


class OutputError(NewscleanError, OSError):
    """Records could not be written: ``target`` names where they were going (a file, or
    standard output), which the system's own error for a write (a full disk) does not.
    ``errno`` is the system's."""

    def __init__(self, target: str, reason: str, errno: int | None = None) -> None:
        super().__init__(f"cannot write {target}: {reason}")
        self.target = target
        self.reason = reason
        self.errno = errno

    def __str__(self) -> str:  # without OSError's "[Errno 28]"
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[OutputError], tuple[str, str, int | None]]:
        return (type(self), (self.target, self.reason, self.errno))


_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(0x20), 0x7f)} | {
    ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


def one_line(name: str) -> str:
    """A name as one line of a message: its control characters (a line break a file name
    may hold) as escapes, ``bad\\nname.txt``."""
    return name.translate(_CONTROLS)


def counted(n: int, word: str) -> str:
    """``n`` of a thing, its word in the plural but for one, as messages say it: ``1 record``,
    ``3 lines``."""
    return f"{n} {word}{'' if n == 1 else 's'}"
