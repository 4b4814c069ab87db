import sys

for percent in (0, 50, 100):
    sys.stdout.write(f"\rprogress {percent:3d}%")
print()
print("\x1b[1;31mred and bold\x1b[0m plain")
