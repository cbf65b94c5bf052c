"""Widgets and small helpers shared across the window: dates, labels, error text.

Import from the module that holds them (ui.widgets.common); this package re-exports nothing."""
