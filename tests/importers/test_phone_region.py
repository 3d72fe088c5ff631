"""A file's numbers without +code read as the country its +code numbers name."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.cli import main
from crm_desktop.importers.phone_region import file_region
from crm_desktop.importers.pipeline import auto_mapping, open_table


def test_the_country_its_plus_numbers_name_when_it_reads_more_of_the_others() -> None:
    russian = ["+7 916 123-45-67", "8 (812) 555-12-34", "8 903 000-00-01", ""]
    assert file_region(russian, "GB") == "RU"
    iranian = ["+98 912 345 6789", "0912 345 6789", "021 2345 6789"]
    assert file_region(iranian, "GB") == "IR"
    # a vCard's numbers, several to a cell
    assert file_region(["+98 912 345 6789; 0912 345 6780", "0912 111 2233"], "GB") == "IR"
    # the owner's country reads them as well: it stays
    assert file_region(["+7 916 123-45-67", "020 7946 0958"], "GB") == "GB"
    # nothing to go by: no +code numbers, or none without
    assert file_region(["8 (812) 555-12-34"], "GB") == "GB"
    assert file_region(["+7 916 123-45-67", "+7 903 000-00-01"], "GB") == "GB"
    assert file_region(["+", "+0 nonsense", "8 812"], "IR") == "IR"


def test_the_wizard_offers_the_file_s_country_and_says_why(qtbot, db, tmp_path: Path) -> None:
    from crm_desktop.ui.dialogs.import_wizard import ImportWizard

    path = tmp_path / "partner.csv"
    path.write_text("Name,Phone\nAnn,+98 912 345 6789\nBob,0912 345 6780\n", encoding="utf-8")
    wizard = ImportWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.mapping_page.region.text() == "IR"
    assert "suggest" in wizard.mapping_page.region_note.text()


def test_the_wizard_s_mapping_and_the_cli_read_a_partner_s_numbers_as_theirs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "partner.csv"
    path.write_bytes("Имя;Телефон\r\nИван;+7 916 123-45-67\r\nОлег;8 (812) 555-12-34\r\n"
                     .encode("cp1251"))
    assert auto_mapping(open_table(path), "GB").region == "RU"
    db = tmp_path / "crm.sqlite3"
    assert main(["import", str(path), "--db", str(db), "--dry-run"]) == 0
    assert "read as RU's, as the file's numbers with +code suggest" in capsys.readouterr().err
    # told otherwise, it does as told: Oleg's number is then kept as typed
    assert main(["import", str(path), "--db", str(db), "--region", "GB", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["created"] == 2 and "suggest" not in err


@settings(max_examples=150, deadline=None)
@given(numbers=st.lists(st.text(alphabet="+0123456789 ()-.٠١٢٣۱۲۳x", max_size=30), max_size=60))
def test_any_numbers_give_the_default_or_a_country_they_name(numbers: list[str]) -> None:
    import phonenumbers

    named = set()
    for text in numbers:
        if text.strip().startswith("+"):
            with contextlib.suppress(phonenumbers.NumberParseException):
                named.add(phonenumbers.region_code_for_number(phonenumbers.parse(text.strip())))
    assert file_region(numbers, "GB") in named | {"GB"}
