"""Sharing by consent from the command line: cards, pairing, bundles, the ledger."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Command = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Command, str], argparse.ArgumentParser]


def register(command: AddCommand) -> None:
    """Add the sharing commands to the parser through ``command(name, run, help)``."""
