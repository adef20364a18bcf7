"""``python -m newsclean``: the command line, where the ``newsclean`` script is not on PATH."""

from newsclean.cli import main

if __name__ == "__main__":  # run, not imported (a doctest collector imports every module)
    raise SystemExit(main())
