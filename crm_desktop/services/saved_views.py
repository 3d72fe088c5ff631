"""Named views of the contacts: a search and filters the owner comes back to ("VIPs in
Tehran", "customers gone quiet for 60 days"), kept in the database, so that they travel
with its backups and `export contacts --view NAME` reads the same ones as the window.

A view keeps what was chosen, not its result: "no contact for 60 days" is 60 days back from
whenever the view is opened, and the same for the overdue, owing and birthday filters. It
keeps how the table showed them too: the order and the columns."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timedelta

from crm_desktop.errors import InputError
from crm_desktop.services.contact_query import SORT_EXPRESSIONS, TABLE_COLUMNS, ContactFilter
from crm_desktop.services.settings import set_setting, stored_setting
from crm_desktop.translatable import listing, msg

KEY = "saved_views"  # in the setting table: a list of views, each a dict of its fields
NAME_LIMIT = 100  # characters
KINDS = (None, "person", "company")
STATUSES = (None, "lead", "customer", "lost")
CHOICES = ("tag", "segment", "industry", "city", "country", "lead_source")  # lists of values


@dataclass(frozen=True)
class SavedView:
    name: str
    search: str = ""
    kind: str | None = None  # person, company, or both
    tag: str | None = None
    segment: str | None = None
    industry: str | None = None
    city: str | None = None
    country: str | None = None
    lead_source: str | None = None
    vip: bool | None = None
    status: str | None = None
    silent_days: int = 0  # no contact for this many days (0: not asked)
    overdue: bool = False  # overdue for their usual purchase
    owing: bool = False  # an invoice unpaid past its due day
    birthday: bool = False  # a birthday in the coming month
    sort: str = "name"  # the column the table is sorted by (SORT_EXPRESSIONS)
    descending: bool = False
    # the table's columns, in their order; None (saved before views kept them): as they are
    columns: tuple[str, ...] | None = None

    def to_filter(self, now: datetime) -> ContactFilter:
        """The contacts the view shows when opened at `now` (aware)."""
        return ContactFilter(
            search=self.search, kind=self.kind,
            **{key: getattr(self, key) for key in CHOICES}, vip=self.vip, status=self.status,
            silent_since=now - timedelta(days=self.silent_days) if self.silent_days else None,
            overdue_on=now if self.overdue else None, owing_on=now if self.owing else None,
            birthday_from=now.astimezone().date() if self.birthday else None)


def same_contacts(a: SavedView, b: SavedView) -> bool:
    """Whether the two show the same contacts, in whatever order and columns: a view
    sorted another way on screen is still that view."""
    return replace(a, sort=b.sort, descending=b.descending, columns=b.columns) == b


_FIELDS = {f.name for f in fields(SavedView)}
# how the table shows a view, not which contacts
LAYOUT_KEYS = ("sort", "descending", "columns")
# what the filter bar sets (the rest of a view: its name, search, kind and layout)
FILTER_KEYS = tuple(f.name for f in fields(SavedView)
                    if f.name not in ("name", "search", "kind", *LAYOUT_KEYS))


def _read(entry: object) -> SavedView | None:
    """A stored view, or None for one this version cannot read (skipped, not an error:
    a newer version may have written it)."""
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        return None
    try:
        view = SavedView(**{k: v for k, v in entry.items() if k in _FIELDS})
        if isinstance(view.columns, list):  # (stored as JSON)
            view = replace(view, columns=tuple(view.columns))
        _check(view)
    except (TypeError, InputError):
        return None
    return view


def saved_views() -> list[SavedView]:
    """The views, in alphabetical order whatever the script."""
    stored = stored_setting(KEY)
    views = [v for v in map(_read, stored if isinstance(stored, list) else []) if v]
    return sorted(views, key=lambda v: (v.name.casefold(), v.name))


def view_named(name: str) -> SavedView:
    for view in saved_views():
        if view.name == name:
            return view
    names = [v.name for v in saved_views()]
    raise InputError(msg("there is no view “{0}”; the views are: {1}", name,
                         listing(names) if names else "—"), field="view")


def _check(view: SavedView) -> None:
    if not view.name.strip():
        raise InputError(msg("a view needs a name"), field="name")
    if len(view.name) > NAME_LIMIT:
        raise InputError(msg("a view's name is at most {0} characters", NAME_LIMIT),
                         field="name")
    if view.kind not in KINDS or view.status not in STATUSES:
        raise InputError(msg("not a view of contacts"), field="view")
    if not isinstance(view.silent_days, int) or not 0 <= view.silent_days <= 36500:
        raise InputError(msg("not a number of days: {0}", view.silent_days),
                         field="silent_days")
    if view.sort not in SORT_EXPRESSIONS or not isinstance(view.descending, bool):
        raise InputError(msg("not a column to sort by: {0}", view.sort), field="sort")
    columns = view.columns
    if columns is not None and (not isinstance(columns, tuple) or "name" not in columns
                                or len(set(columns)) != len(columns)
                                or not set(columns) <= set(TABLE_COLUMNS)):
        raise InputError(msg("not a list of the table's columns: {0}", columns),
                         field="columns")


def save_view(view: SavedView) -> SavedView | None:
    """Keep `view` (its name trimmed), in place of one of the same name; the view it
    replaced, if any."""
    view = replace(view, name=view.name.strip())
    _check(view)
    views = saved_views()
    replaced = next((v for v in views if v.name == view.name), None)
    _store([*(v for v in views if v.name != view.name), view])
    return replaced


def delete_view(name: str) -> SavedView:
    """Forget the view; the view, for an undo to save again."""
    view = view_named(name)
    _store([v for v in saved_views() if v.name != name])
    return view


def follow_tag_rename(old: str, new: str, among: Collection[str] | None = None) -> list[str]:
    """Views that show the tag `old` (those named in `among`, if given) show it as `new`:
    services.tags renames. The names of the views changed."""
    views = saved_views()
    moved = [v.name for v in views if v.tag == old and (among is None or v.name in among)]
    if moved:
        _store([replace(v, tag=new) if v.name in moved else v for v in views])
    return moved


def _store(views: list[SavedView]) -> None:
    set_setting(KEY, [asdict(v) for v in views])
