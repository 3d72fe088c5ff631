"""Contacts on a million rows (issue 3): each step within 3x the bare SQL it needs, measured
in the same run; a search keystroke under 100 ms; memory bounded."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from crm_desktop.db.connection import close_database, open_database
from crm_desktop.services import contact_query
from crm_desktop.services.contact_query import ContactFilter, fts_query
from crm_desktop.ui.models.contact_table import COLUMNS, ContactTableModel
from tests.perf.peak_memory import PEAK_MB_SNIPPET
from tests.perf.timing import best_of, report

LIMIT = 3.0
SCREEN = 40  # rows a window shows


@pytest.fixture
def model(qapp, contacts_1m: Path) -> Iterator[ContactTableModel]:
    open_database(contacts_1m)
    yield ContactTableModel()
    close_database()


@pytest.fixture
def bare(contacts_1m: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(contacts_1m)
    yield conn
    conn.close()


def _show_screen(model: ContactTableModel, first: int = 0) -> None:
    """What painting does: read every cell of the rows on screen."""
    for row in range(first, min(first + SCREEN, model.rowCount())):
        for column in range(len(COLUMNS)):
            model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def _sql(conn: sqlite3.Connection, *queries: tuple[str, list]) -> None:
    for sql, params in queries:
        conn.execute(sql, params).fetchall()


# the columns of the table, tags included: what the model reads for a page of rows
_ROWS = ("SELECT c.id, c.kind, c.name, co.name, c.email, c.phone, c.city, "
         "(SELECT group_concat(t.name, ', ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
         "WHERE ct.contact_id = c.id), c.last_contact_at, c.status, c.is_vip FROM "
         "contact c LEFT JOIN contact co ON co.id = c.company_id WHERE c.id IN ({})")
PAGE = 100


def _screen_sql(conn: sqlite3.Connection, order: str, where: str = "", params=()) -> None:
    ids = [r[0] for r in conn.execute(
        f"SELECT c.id FROM contact c WHERE c.deleted_at IS NULL {where} ORDER BY {order} "
        "LIMIT 200", list(params))][:PAGE]
    conn.execute(_ROWS.format(",".join("?" * len(ids))), ids).fetchall()


def _first_rows(model: ContactTableModel) -> None:
    """The records of the rows on screen (one page read), without painting them."""
    for row in range(min(SCREEN, model.rowCount())):
        model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)


@pytest.mark.perf
def test_open_view(model: ContactTableModel, bare: sqlite3.Connection) -> None:
    ours = best_of(lambda: (model.reload(), _show_screen(model)))
    floor = best_of(lambda: (
        _sql(bare, ("SELECT count(*) FROM contact WHERE deleted_at IS NULL", [])),
        _screen_sql(bare, "c.sort_name, c.id")))
    assert model.rowCount() == 1_000_000
    assert report("open the contacts view (1M)", ours, floor, LIMIT) <= LIMIT


@pytest.mark.perf
@pytest.mark.parametrize("text", ["lon", "Ив", "رض", "c4242"])
def test_search_keystroke(model: ContactTableModel, bare: sqlite3.Connection,
                          text: str) -> None:
    model.reload()
    flt = ContactFilter(search=text)
    ours = best_of(lambda: (model.set_filter(flt), _first_rows(model)))
    keystroke = best_of(lambda: (model.set_filter(flt), _show_screen(model)))  # painted too
    match = fts_query(text)
    # the count as fast as SQLite does it: the text index's own count, less the Trash's
    count_sql = ("SELECT (SELECT count(*) FROM contact_search WHERE contact_search MATCH ?)"
                 " - (SELECT count(*) FROM contact c INDEXED BY contact_deleted_at_sort_name "
                 "WHERE c.deleted_at IS NOT NULL AND c.id IN (SELECT rowid FROM "
                 "contact_search WHERE contact_search MATCH ?))", [match, match])
    # the floor takes the better of the two plans for this search, as a person tuning SQL would
    by_sort_index = best_of(lambda: (_sql(bare, count_sql), _screen_sql(
        bare, "c.sort_name, c.id",
        "AND c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)", [match])))
    def text_index_plan() -> None:
        _sql(bare, count_sql)
        ids = [r[0] for r in bare.execute(
            "SELECT c.id FROM contact_search s JOIN contact c ON c.id = s.rowid WHERE "
            "contact_search MATCH ? AND c.deleted_at IS NULL ORDER BY c.sort_name, c.id "
            "LIMIT 200", [match])][:PAGE]
        bare.execute(_ROWS.format(",".join("?" * len(ids))), ids).fetchall()

    floor = min(by_sort_index, best_of(text_index_plan))
    assert model.rowCount() > 0
    ratio = report(f"search keystroke '{text}' ({model.rowCount():,} matches)", ours, floor,
                   LIMIT)
    print(f"  keystroke to painted rows: {keystroke * 1000:.1f} ms (limit 100 ms)")
    assert keystroke < 0.100
    assert ratio <= LIMIT


@pytest.mark.perf
@pytest.mark.parametrize("column, order", [("name", "c.sort_name, c.id"),
                                           ("city", "c.city, c.id"),
                                           ("status", "c.status, c.id")])
def test_sort(model: ContactTableModel, bare: sqlite3.Connection, column: str,
              order: str) -> None:
    model.reload()
    index = [key for key, _ in COLUMNS].index(column)
    ours = best_of(lambda: (model.sort(index, Qt.SortOrder.AscendingOrder),
                            _first_rows(model)), runs=9)
    floor = best_of(lambda: _screen_sql(bare, order), runs=9)
    assert report(f"sort by {column} (1M)", ours, floor, LIMIT) <= LIMIT


@pytest.mark.perf
@pytest.mark.parametrize("column", ["city", "status", "segment"])
def test_whole_list_sorted_by_a_column(model: ContactTableModel, bare: sqlite3.Connection,
                                       column: str) -> None:
    """The full order the view reads once the first screen is up: by any column, within
    the limit of the cheapest full order there is, the name index's walk (a blank city,
    segment or status is read in runs, each in an index's order)."""
    flt = ContactFilter()
    ours = best_of(lambda: contact_query.ordered_ids(flt, column), runs=3)
    floor = best_of(lambda: bare.execute(
        "SELECT c.id FROM contact c WHERE c.deleted_at IS NULL ORDER BY c.sort_name, c.id"
    ).fetchall(), runs=3)
    assert len(contact_query.ordered_ids(flt, column)) == 1_000_000
    assert report(f"whole list by {column} (1M)", ours, floor, LIMIT) <= LIMIT


@pytest.mark.perf
def test_jump_to_last_row(model: ContactTableModel, bare: sqlite3.Connection) -> None:
    def jump() -> None:
        model.reload()
        _show_screen(model, model.rowCount() - SCREEN)

    ours = best_of(jump, runs=3)
    floor = best_of(lambda: (
        _sql(bare, ("SELECT count(*) FROM contact WHERE deleted_at IS NULL", []),
             ("SELECT c.id FROM contact c WHERE c.deleted_at IS NULL "
              "ORDER BY c.sort_name, c.id", [])),
        _screen_sql(bare, "c.sort_name DESC, c.id DESC")), runs=3)
    assert model.index(model.rowCount() - 1, 0).data()
    assert report("jump to the last row (1M)", ours, floor, LIMIT) <= LIMIT


PROBE = PEAK_MB_SNIPPET + """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from crm_desktop.db.connection import open_database
from crm_desktop.ui.application import create_application, utc_clock
from crm_desktop.ui.main_window import MainWindow
app = create_application()
open_database(sys.argv[1])
w = MainWindow(Path(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat), utc_clock)
w.show()
model = w.contacts.model
w.contacts.table.scrollToBottom()
for _ in range(20):
    app.processEvents()
model.index(model.rowCount() - 1, 0).data()
for _ in range(20):
    app.processEvents()
print(_peak_mb())
"""


def _peak_mb(db: Path, tmp_path: Path) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", PROBE, str(db), str(tmp_path / "ui.ini")],
                         env=env, check=True, capture_output=True, text=True,
                         cwd=Path(__file__).parents[2]).stdout
    return int(out.split()[-1])


@pytest.mark.perf
def test_memory_with_a_million_rows(contacts_1m: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    open_database(empty)
    close_database()
    base = _peak_mb(empty, tmp_path)
    big = _peak_mb(contacts_1m, tmp_path)
    limit = 1.5 * base + 100
    print(f"\npeak memory: empty database {base} MB, 1M contacts {big} MB "
          f"(limit 1.5 x {base} + 100 = {limit:.0f} MB)")
    assert big <= limit

