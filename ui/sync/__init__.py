"""The window's side of team sync: the status-bar words, Sync now, the schedule, and the Conflicts list."""
