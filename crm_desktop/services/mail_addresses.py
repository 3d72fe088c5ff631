"""The e-mail addresses of chosen contacts, for one message to all of them (a price list to
a segment) written in the owner's mail program: the app itself sends nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from crm_desktop.db.models import database
from crm_desktop.services.contacts import id_chunks

# Longer mailto: links are cut or refused by some mail programs and by Windows, which hands
# a link over in a 2,048-character buffer
MAILTO_LIMIT = 2000


@dataclass(frozen=True)
class Addresses:
    addresses: list[str]  # each contact's main address, in the order asked; none twice
    without: int  # contacts asked for that have no address (or are in the Trash)

    def mailto(self) -> str | None:
        """A mailto: link for one message to them all, each hidden from the others (Bcc;
        one address: To). None when there is no address, or the link would be too long
        for mail programs to take: then the addresses are to be pasted."""
        if not self.addresses:
            return None
        if len(self.addresses) == 1:
            link = "mailto:" + quote(self.addresses[0], safe="@")
        else:
            link = "mailto:?bcc=" + ",".join(quote(a, safe="@") for a in self.addresses)
        return link if len(link) <= MAILTO_LIMIT else None

    def text(self) -> str:
        """As a mail program's To or Bcc field takes them."""
        return ", ".join(self.addresses)


def addresses_of(contact_ids: Sequence[int]) -> Addresses:
    """The main e-mail address of each contact (not in the Trash), in the order given; an
    address two contacts share (a person entered twice) once."""
    found: dict[int, str] = {}
    for chunk in id_chunks(contact_ids):
        found.update(database.execute_sql(
            f"SELECT id, email FROM contact WHERE deleted_at IS NULL AND email IS NOT NULL "
            f"AND email != '' AND id IN ({','.join('?' * len(chunk))})", chunk))
    addresses: dict[str, str] = {}  # casefolded -> as written, first kept
    without = 0
    for contact_id in contact_ids:
        address = found.get(contact_id)
        if address is None:
            without += 1
        else:
            addresses.setdefault(address.strip().casefold(), address.strip())
    return Addresses(list(addresses.values()), without)
