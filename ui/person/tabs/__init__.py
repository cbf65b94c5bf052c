"""The person record's tabs, one module each: timeline, contacts, plan, connections and measures.

The first four are mixins of ``PersonRecord``; measures is a widget of its own (``MeasuresTab``)."""

from PySide6.QtCore import Qt

DELETED = Qt.ItemDataRole.UserRole + 1  # item data: True on a soft-deleted row (shown greyed)
