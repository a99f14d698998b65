"""The main window's views: one per part of the committee's work."""
