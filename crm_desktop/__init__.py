"""crm-desktop: an offline, single-user desktop CRM on one local SQLite file."""

__version__ = "0.1.0"
APP_NAME = "crm-desktop"
