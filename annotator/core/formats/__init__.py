"""Formats: every file the app writes for people and other tools (exports and reports), and the
one registry the CLI and the windows are built from."""
