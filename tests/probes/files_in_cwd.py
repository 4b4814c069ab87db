import os
from pathlib import Path

print(sorted(os.listdir(".")))
Path("output.txt").write_text("written by the snippet\n")
Path("data").mkdir()
Path("data/numbers.csv").write_text("1,2,3\n")
print(sorted(os.listdir(".")), Path("output.txt").read_text(), end="")
for path in sorted(Path(".").rglob("*"), reverse=True):
    path.rmdir() if path.is_dir() else path.unlink()
print(sorted(os.listdir(".")))
print(os.getcwd() == str(Path.cwd()), Path(__file__).name)
