"""The benchmark: this project against the tools a user would pick instead, scenario by scenario (`python -m bench`)."""
