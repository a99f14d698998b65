"""Printed documents (ReportLab Platypus): agenda, sign-in sheet, minutes, demands, roster.

Each is printed in a language chosen for it, whatever the screen's, with the embedded
DejaVu fonts, A4 or Letter, the committee's name in the header and "page X of Y" below.
"""
