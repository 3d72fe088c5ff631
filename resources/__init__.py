"""Bundled files the app needs to render: fonts (DejaVu, Latin/Cyrillic/Persian) and icons.

Installed as the package `crm_desktop.resources`; `crm_desktop.paths.resource()` finds them.
"""
