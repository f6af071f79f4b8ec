"""Printable documents (recovery sheet, counselling summary): QtGui only, no widgets."""
