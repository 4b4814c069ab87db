# runs on: cuda
# runs alone: it measures GPU memory
import torch

MiB = 1024**2


def report(when):
    allocated = torch.cuda.memory_allocated() / MiB
    reserved = torch.cuda.memory_reserved() / MiB
    print(f"{when:<18} allocated {allocated:6.1f} MiB, reserved {reserved:6.1f} MiB")


x = torch.empty(100 * MiB // 4, device="cuda")  # 100 MiB of float32
report("after empty():")
del x
report("after del x:")
torch.cuda.empty_cache()
report("after empty_cache:")
