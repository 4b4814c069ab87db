"""Thin adapters to each site engine: preview and build orchestration,
never what a page shows (docexec/extension.py)."""
