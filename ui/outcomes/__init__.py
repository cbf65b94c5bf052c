"""Outcomes in the window: the dashboard and the commissioner report."""
