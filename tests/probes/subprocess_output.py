import subprocess
import sys

subprocess.run(["echo", "echo writes to the inherited stdout"], check=True)
child = subprocess.run([sys.executable, "-c", "print('a child Python')"], capture_output=True, text=True, check=True)
print(child.stdout.strip())
print(subprocess.run([sys.executable, "-c", "import sys; sys.exit(5)"]).returncode)
