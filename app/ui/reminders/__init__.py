"""The Reminders screen, the reminder form, suggestions after a visit, due-reminder alerts."""
