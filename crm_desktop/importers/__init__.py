"""Reading contacts from files people have: CSV/TSV, XLSX/XLS/ODS, vCard.

Each source yields (row number, cells) after finding the header row; `mapping` turns
headers into fields; `pipeline` validates, matches duplicates and writes in one transaction.
"""
