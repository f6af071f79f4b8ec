"""Figures for a labelled coach corpus: recall, false alarms and precision.

Shared by the English and Spanish coach tests (a helper module, not a test module).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from trustjournal.domain.coach import Finding, check

Check = Callable[[str], Sequence[Finding]]


def read_statements(path: Path) -> list[dict[str, Any]]:
    """The ``[[statement]]`` tables of a corpus file."""
    return list(tomllib.loads(path.read_text(encoding="utf-8"))["statement"])


def figures(items: list[dict[str, Any]], check: Check = check) -> dict[str, float]:
    """Recall, false alarms and precision of ``check`` (English by default) on ``items``."""
    deflecting = [s for s in items if s["label"] == "deflecting"]
    accountable = [s for s in items if s["label"] == "accountable"]
    flagged = [s for s in deflecting if check(s["text"])]
    fitting = [
        s for s in flagged if {f.category for f in check(s["text"])} & set(s.get("categories", ()))
    ]
    alarms = [s for s in accountable if check(s["text"])]
    return {
        "deflecting": len(deflecting),
        "accountable": len(accountable),
        "flagged": len(flagged),
        "fitting": len(fitting),
        "alarms": len(alarms),
        "recall": len(flagged) / len(deflecting) if deflecting else 1.0,
        "precision": len(flagged) / (len(flagged) + len(alarms)) if flagged or alarms else 1.0,
        "alarm_rate": len(alarms) / len(accountable) if accountable else 0.0,
    }


def describe(name: str, f: dict[str, float]) -> str:
    """One line with the figures, as the corpus tests print them."""
    return (
        f"{name}: {f['deflecting']:.0f} deflecting, {f['accountable']:.0f} accountable | "
        f"recall {f['flagged']:.0f}/{f['deflecting']:.0f} = {f['recall']:.3f} "
        f"(fitting category {f['fitting']:.0f}) | false alarms {f['alarms']:.0f}/"
        f"{f['accountable']:.0f} = {f['alarm_rate']:.3f} | precision {f['precision']:.3f}"
    )


def misses(items: list[dict[str, Any]], check: Check = check) -> list[str]:
    """Lines naming each deflecting statement missed and each false alarm, with its words."""
    lines: list[str] = []
    for s in items:
        found = check(s["text"])
        if s["label"] == "deflecting" and not found:
            lines.append(f"  missed: {s['text']}")
        if s["label"] == "accountable" and found:
            words = [s["text"][f.start : f.end] for f in found]
            lines.append(f"  false alarm: {s['text']} {words}")
    return lines
