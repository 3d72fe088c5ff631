"""A fixed moment for anything time-based in the tests: a Monday afternoon, UTC."""

from datetime import UTC, datetime

NOW = datetime(2026, 3, 16, 14, 0, tzinfo=UTC)
