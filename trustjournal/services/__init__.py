"""Services: what the app and the command line do with an unlocked journal, without Qt.

Each module is a set of plain functions taking an unlocked
:class:`~trustjournal.vault.Journal`; the faces (windows, command line) call them.
"""
