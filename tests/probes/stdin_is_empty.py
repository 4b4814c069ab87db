import subprocess
import sys

print(repr(sys.stdin.read()))
try:
    input("your name? ")
except EOFError:
    print("EOFError: nothing to read")
child = subprocess.run(["cat"], capture_output=True, text=True, timeout=10)
print(repr(child.stdout), child.returncode)
