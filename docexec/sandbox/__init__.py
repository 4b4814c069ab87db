"""What runs in the snippet's own Python: the warm worker, the child per snippet, the figure backend.

That Python may be another release than the build's (on a GPU machine, with nothing but torch and a few packages),
so these modules import only the standard library and one another at import time; torch, matplotlib and graphviz are
imported lazily, where the snippet's environment has them (tests/test_sandbox.py holds this line). The one exception
is figure_backend, a matplotlib backend: only matplotlib imports it, by name, in a child whose snippet imported it.
"""
