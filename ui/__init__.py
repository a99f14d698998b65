"""The desktop application (PySide6 widgets) over the ``committee_app`` core."""
