"""The environment a snippet and its subprocesses see holds nothing the capture set for its own use."""
import os
import subprocess
import sys

# malloc's huge pages, matplotlib's backend, OpenMP's wait policy: the worker's alone. CUDA_VISIBLE_DEVICES="" is
# what a CPU capture sets on purpose (CONTRIBUTING, "what differs"), and the plain run mirrors it: this shows that
# nothing else differs.
for name in ("GLIBC_TUNABLES", "MPLBACKEND", "OMP_WAIT_POLICY", "CUDA_VISIBLE_DEVICES"):
    print(name, os.environ.get(name))
show = "import os; print(os.environ.get('GLIBC_TUNABLES'), os.environ.get('OMP_WAIT_POLICY'))"
seen = subprocess.run([sys.executable, "-c", show], capture_output=True, text=True)
print("a subprocess sees GLIBC_TUNABLES and OMP_WAIT_POLICY", seen.stdout.strip())
