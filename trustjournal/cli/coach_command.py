"""``coach``: the accountability coach on standard input (issue: the healing path)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Command = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Command, str], argparse.ArgumentParser]


def register(command: AddCommand) -> None:
    """Add the ``coach`` command to the parser through ``command(name, run, help)``."""
