"""Colours that carry a meaning (overdue, a warning, a label beside its value), chosen for
the window's palette: Windows, macOS and dark desktop themes give Qt a dark one, where the
light palette's dark red is hard to read. Each text tone keeps a contrast of at least 4.5:1
(WCAG AA) with the window and its lists, in either."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

ALARM = "alarm"  # overdue, late, an error, the Trash
CAUTION = "caution"  # a warning, a VIP, a deal gone stale
MUTED = "muted"  # a label beside its value
STALE_EDGE = "stale edge"  # the stripe of a stale deal's card (not text)

_LIGHT = {ALARM: "#b3261e", CAUTION: "#8a5a00", MUTED: "#666666", STALE_EDGE: "#d98e04"}
_DARK = {ALARM: "#ff8a80", CAUTION: "#f0c36d", MUTED: "#a8a8a8", STALE_EDGE: "#f0a830"}


# a tag's colour (services.tags.COLOURS) as text: (on a light palette, on a dark one), each
# 4.5:1 or more against the window and its lists
_TAGS = {"red": ("#c62828", "#ef9a9a"), "orange": ("#a24e00", "#ffb74d"),
         "green": ("#256b29", "#81c784"), "teal": ("#00695c", "#4db6ac"),
         "blue": ("#1565c0", "#64b5f6"), "purple": ("#6a1b9a", "#ce93d8"),
         "grey": ("#5f5f5f", "#bdbdbd")}

TAG_TONES = frozenset(_TAGS)


def shown_tag_colours() -> dict[str, str]:
    """The tags that have a colour this window can show: name -> colour. Read through
    contact_query, not services.tags: that service costs a first paint 15 ms to import."""
    from crm_desktop.services.contact_query import tag_colours

    return {name: colour for name, colour in tag_colours().items() if colour in TAG_TONES}


def tag_tone_name(colour: str, palette: QPalette | None = None) -> str:
    """A tag's colour as #rrggbb for the palette."""
    light, dark = _TAGS[colour]
    return dark if is_dark(palette) else light


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window's palette (the application's, if none is given) is dark."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_name(tone: str, palette: QPalette | None = None) -> str:
    """A tone as #rrggbb, for style sheets and rich text."""
    return (_DARK if is_dark(palette) else _LIGHT)[tone]


_made: dict[tuple[int, str], QColor] = {}  # (palette's cacheKey, tone) -> colour


def tone(tone: str, palette: QPalette | None = None) -> QColor:
    """A tone for the palette given (a painted item's), else the application's. Asked for
    on every paint of a late row: made once per palette."""
    palette = palette if palette is not None else QGuiApplication.palette()
    key = (palette.cacheKey(), tone)
    colour = _made.get(key)
    if colour is None:
        if len(_made) > 64:  # (palettes come and go: a style, a dark desktop)
            _made.clear()
        colour = _made[key] = QColor(tone_name(tone, palette))
    return colour

