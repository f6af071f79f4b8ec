"""The desktop app's widgets. Only this package imports PySide6.QtWidgets."""
