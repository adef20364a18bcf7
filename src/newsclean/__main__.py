"""``python -m newsclean``: the command line, where the ``newsclean`` script is not on PATH."""

from newsclean.cli import main

raise SystemExit(main())
