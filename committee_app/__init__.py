"""Committee Desk core: the encrypted store, the committee's records and the rules.

Nothing in this package imports Qt widgets; only QtCore is used, for translation.
"""

__version__ = "0.2.0"
