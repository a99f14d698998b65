"""Members in and out of spreadsheets (CSV and .xlsx)."""
