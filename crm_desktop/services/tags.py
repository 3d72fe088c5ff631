"""The owner's tags as a whole: how many contacts carry each, a tag renamed (or merged into
another of that name; the saved views that show it follow) and a tag deleted, each with
what undoes it. Tagging chosen contacts is in services.contacts.

Contacts in the Trash keep their tags through a rename or a deletion like the others, so
that a contact restored later carries what the rest carry.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.db.models import Tag, database
from crm_desktop.errors import InputError
from crm_desktop.services import change_log, contact_query, saved_views
from crm_desktop.services.contacts import add_tag, remove_tag
from crm_desktop.translatable import listing, msg

NAME_LIMIT = 100  # characters (the tag table's column)
# a tag's colour, by name: the window picks the shade for a light or dark desktop
COLOURS = ("red", "orange", "green", "teal", "blue", "purple", "grey")


@dataclass(frozen=True)
class TagUse:
    name: str
    contacts: int  # not in the Trash
    colour: str | None = None  # one of COLOURS


@dataclass(frozen=True)
class TagRename:
    """What a rename did, for its undo."""

    old: str
    new: str
    carried: tuple[int, ...]  # the contacts that had the old tag
    had_new: tuple[int, ...]  # those of them that had the new one already (a merge)
    merged: bool  # the new name was a tag already
    views: tuple[str, ...] = ()  # the saved views that showed the old tag


def tag_uses() -> list[TagUse]:
    """Every tag with the number of contacts outside the Trash that carry it, unused tags
    too (0), in alphabetical order whatever the script."""
    rows = database.execute_sql(
        "SELECT t.name, count(c.id), t.color FROM tag t "
        "LEFT JOIN contact_tag ct ON ct.tag_id = t.id "
        "LEFT JOIN contact c ON c.id = ct.contact_id AND c.deleted_at IS NULL "
        "GROUP BY t.id")
    return sorted((TagUse(name, n, colour if colour in COLOURS else None)
                   for name, n, colour in rows), key=lambda u: (u.name.casefold(), u.name))


def colours() -> dict[str, str]:
    """The tags that have a colour: name -> colour (a record shows its tags in them)."""
    return {name: colour for name, colour in contact_query.tag_colours().items()
            if colour in COLOURS}


def set_colour(name: str, colour: str | None) -> str | None:
    """Give the tag a colour (None: none); the colour it had, for an undo."""
    if colour is not None and colour not in COLOURS:
        raise InputError(msg("must be one of {0}", listing(COLOURS)), field="colour")
    with database.atomic():
        tag = _tag(name)
        before = tag.color if tag.color in COLOURS else None
        Tag.update(color=colour).where(Tag.id == tag.id).execute()
    return before


def _tag(name: str) -> Tag:
    tag = Tag.get_or_none(Tag.name == name)
    if tag is None:
        raise InputError(msg("there is no tag “{0}”", name), field="tag")
    return tag


def _carriers(tag_id: int) -> list[int]:
    return [cid for (cid,) in database.execute_sql(
        "SELECT contact_id FROM contact_tag WHERE tag_id = ? ORDER BY contact_id", [tag_id])]


def rename_tag(old: str, new: str, *, source: str = "app") -> TagRename:
    """Call the tag `old` `new` on every contact. If a tag `new` exists, the two become one
    (a contact with both keeps one). Each contact's change log says so."""
    new = new.strip()
    if not new:
        raise InputError(msg("a tag needs a name"), field="tag")
    if len(new) > NAME_LIMIT:
        raise InputError(msg("a tag's name is at most {0} characters", NAME_LIMIT),
                         field="tag")
    with database.atomic():
        tag = _tag(old)
        if new == old:
            return TagRename(old, new, (), (), merged=False)
        carried = _carriers(tag.id)
        target = Tag.get_or_none(Tag.name == new)
        if target is None:
            Tag.update(name=new).where(Tag.id == tag.id).execute()
            had_new: set[int] = set()
        else:
            had_new = set(_carriers(target.id))
            database.connection().executemany(
                "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                [(cid, target.id) for cid in carried])
            tag.delete_instance()  # (its contact_tag rows go with it: ON DELETE CASCADE)
        change_log.record_same("contact", carried, "tags", f"-{old}", f"+{new}", source)
        views = saved_views.follow_tag_rename(old, new)
    return TagRename(old, new, tuple(carried), tuple(c for c in carried if c in had_new),
                     merged=target is not None, views=tuple(views))


def undo_rename(done: TagRename, *, source: str = "undo") -> None:
    """Put the old tag back on the contacts that had it, and take the new one off those
    that had it only through the rename. Contacts tagged with the new name since keep it."""
    if done.new == done.old:
        return
    with database.atomic():
        renamed = None if done.merged else Tag.get_or_none(Tag.name == done.new)
        if (renamed is not None and set(_carriers(renamed.id)) == set(done.carried)
                and not Tag.select().where(Tag.name == done.old).exists()):
            # untouched since: the tag goes back to its old name, one log entry a contact
            Tag.update(name=done.old).where(Tag.id == renamed.id).execute()
            change_log.record_same("contact", done.carried, "tags", f"-{done.new}",
                                   f"+{done.old}", source)
        else:
            add_tag(done.carried, done.old, source=source)
            kept = set(done.had_new)
            remove_tag([c for c in done.carried if c not in kept], done.new, source=source)
        _drop_if_unused(done.new, unless=done.merged)
        saved_views.follow_tag_rename(done.new, done.old, among=done.views)


def delete_tag(name: str, *, source: str = "app") -> list[int]:
    """Take the tag off every contact and forget it; the contacts that had it."""
    with database.atomic():
        tag = _tag(name)
        carried = _carriers(tag.id)
        tag.delete_instance()
        change_log.record_same("contact", carried, "tags", f"-{name}", None, source)
    return carried


def undo_delete(name: str, carried: list[int], *, source: str = "undo") -> None:
    """The deleted tag back, on the contacts that had it."""
    with database.atomic():
        Tag.get_or_create(name=name)
        if carried:
            add_tag(carried, name, source=source)


def _drop_if_unused(name: str, *, unless: bool) -> None:
    tag = Tag.get_or_none(Tag.name == name)
    if tag is not None and not unless and not _carriers(tag.id):
        tag.delete_instance()
