"""The main window's parts: contacts view, funnel board, reminders pane."""
