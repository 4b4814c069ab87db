# runs on: cuda
# runs alone: it asks for more GPU memory than there is
import torch

_, total = torch.cuda.mem_get_info()  # bytes free, and in all, on the current GPU
try:
    too_big = torch.empty(2 * total, dtype=torch.uint8, device="cuda")  # twice the GPU's memory
except torch.cuda.OutOfMemoryError as error:
    print("caught:", type(error))  # its message holds this GPU's memory figures
    print("a RuntimeError too:", isinstance(error, RuntimeError))

print("allocated after the failure:", torch.cuda.memory_allocated())
small = torch.empty(1024, device="cuda")
print("a small tensor still fits:", small.device)
