"""Proactive outreach: the Outreach window (an outreach list's people in calling order) and its quick
outcome form."""
