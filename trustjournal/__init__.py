"""Trust Journal: a private, encrypted journal for couples rebuilding trust."""

__version__ = "0.1.0"
