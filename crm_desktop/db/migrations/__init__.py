"""Numbered schema migrations, run in order by crm_desktop.db.migrate."""
