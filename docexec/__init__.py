"""Execute documentation snippets, bake their outputs, and embed them in MkDocs pages."""
