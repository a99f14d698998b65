"""Dialogs. Each one that returns values has a classmethod such as
``get_member(parent, …) -> (values, accepted)`` so that tests can drive it."""
