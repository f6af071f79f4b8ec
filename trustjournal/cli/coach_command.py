"""``coach``: the accountability coach on standard input (issue: the healing path).

No journal and no passphrase: the text is read, checked and forgotten. Nothing is
saved or sent anywhere.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from trustjournal.cli.output import emit_json, note, plain, say
from trustjournal.domain.coach import Coach, Finding, load_coach
from trustjournal.errors import InvalidInput

Command = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Command, str], argparse.ArgumentParser]

HELP = "point out wording that deflects instead of owning; the text comes from stdin"
EPILOG = (
    "Nothing is saved or sent, and no journal is opened. With --json the result is a list "
    'of {"category", "start", "end", "message", "suggestion"} (an empty list when nothing '
    "is found). start and end count characters (Unicode code points, as Python string "
    "indices do, not bytes) in the text exactly as read from standard input, decoded as "
    "UTF-8 with its line endings untouched; text[start:end] is the marked words. "
    "The exit status is 0 whether or not anything is found."
)
TYPING_HINT = (
    "Type or paste the text below. When you are done, press Ctrl-D on a new line "
    "(on Windows: Ctrl-Z, then Enter)."
)
NOT_TEXT = "The text given on standard input is not UTF-8 text, so it was not checked."
# The languages the coach has rules for (resources/coach/<language>.toml).
LANGUAGES = ("en", "es")
NOTHING_FOUND = "No wording to look at again — this reads as accountable."
SOME_FOUND = "Some wording you might look at again. These are suggestions, not judgements:"


def register(command: AddCommand) -> None:
    """Add the ``coach`` command to the parser through ``command(name, run, help)``."""
    parser = command("coach", run, HELP)
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="the language of the text and of the notes (default: en)",
    )
    parser.epilog = EPILOG


def read_text() -> str:
    """Standard input as text: UTF-8 bytes where there are bytes (whatever the locale)."""
    stdin = sys.stdin
    if stdin is None:
        return ""
    try:
        if stdin.isatty():
            note(TYPING_HINT)
    except (OSError, ValueError):
        pass
    buffer = getattr(stdin, "buffer", None)
    try:
        if buffer is not None:
            return bytes(buffer.read()).decode("utf-8")
        return stdin.read()
    except UnicodeDecodeError:
        raise InvalidInput(NOT_TEXT) from None


def run(args: argparse.Namespace) -> int:
    """``coach``: check standard input and print what the coach noticed."""
    text = read_text()
    coach = load_coach(args.language)
    findings = coach.check(text)
    if args.json:
        emit_json([finding.to_json() for finding in findings])
    else:
        say(*describe(text, findings, coach))
    return 0


def describe(text: str, findings: Sequence[Finding], coach: Coach | None = None) -> list[str]:
    """The findings in plain words: the marked words, where, why, and what to try."""
    if not findings:
        return [NOTHING_FOUND]
    coach = coach or load_coach()
    lines = [SOME_FOUND]
    for number, finding in enumerate(findings, start=1):
        words = " ".join(plain(text[finding.start : finding.end]).split())
        line = text.count("\n", 0, finding.start) + 1
        name = coach.category(finding.category).name
        lines += [
            "",
            f"{number}. “{words}” (line {line}) — {name}",
            f"   Why: {finding.message}",
            f"   Try: {finding.suggestion}",
        ]
    return lines
