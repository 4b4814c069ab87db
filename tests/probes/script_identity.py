import sys
from pathlib import Path

print(__name__, Path(__file__).name, sys.argv == [__file__], sys.path[0] == str(Path(__file__).parent))
print(__spec__, sys.stdout.isatty(), sys.stdin.isatty())
