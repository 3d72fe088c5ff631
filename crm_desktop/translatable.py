"""Marking text for translation below the UI, where Qt is not imported.

Labels (field names, column headers) are marked `QT_TRANSLATE_NOOP("Labels", "text")` and
translated where the UI shows them (`crm_desktop.ui.labels.label`).

Messages (why a value or a row was refused, why a file cannot be used) are built with
`msg("template {0}", value)`: English text for the CLI and the log, which keeps its template
and arguments so that the window can show it in the owner's language
(`crm_desktop.ui.messages`). pyside6-lupdate finds them when told that `msg` is spelt like
QT_TR_NOOP (`-tr-function-alias QT_TR_NOOP+=msg`, see README); they have no context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

LABELS = "Labels"  # the translation context of every marked label
MESSAGES = ""  # ... and of every message (lupdate gives QT_TR_NOOP's outside a class none)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """`text` unchanged: the call only marks it for the translators."""
    return text


class Message(str):
    """The English text of a template filled with its arguments ("{0}", "{1}", ...),
    remembering both. It is a str, so code that logs, compares or prints it needs nothing
    special."""

    template: str
    params: tuple[object, ...]


def listing(items: Iterable[str], separator: str = ", ") -> str:
    """Items joined for a message. (Pass this call rather than a literal's method as a
    message's first argument: lupdate reads `msg("...", ", ".join(x))` as a comment.)"""
    return separator.join(items)


def msg(template: str, *params: object) -> Message:
    """A message marked for translation: `template` in English, filled with `params`."""
    message = Message(template.format(*params) if params else template)
    message.template = template
    message.params = params
    return message


def render(text: object, translate: Callable[[str], str],
           argument: Callable[[str], str] = str) -> str:
    """A Message said through `translate` (English template -> another language's), its
    arguments too, each passed through `argument`; any other text as it is."""
    if not isinstance(text, Message):
        return "" if text is None else str(text)
    template = translate(text.template)
    if not text.params:
        return template
    return template.format(*(argument(render(p, translate, argument)) for p in text.params))
