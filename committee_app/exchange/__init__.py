"""Members in and out of the records as spreadsheets (CSV, .xlsx)."""
