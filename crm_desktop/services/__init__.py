"""Plain functions over the database; the GUI and the CLI both call these (no Qt here)."""
