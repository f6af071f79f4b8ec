"""``python -m trustjournal.cli``: the same as ``trustjournal-cli``."""

from trustjournal.cli import main

raise SystemExit(main())
