# runs on: cuda
# runs alone: it measures GPU memory
import torch

MiB = 1024**2
x = torch.ones(256 * MiB // 4, device="cuda")  # 256 MiB of float32
torch.cuda.reset_peak_memory_stats()  # the peak starts again from what is allocated now

total = (x * 2).sum()  # x * 2 is a 256 MiB temporary, freed as soon as sum() has read it
now = torch.cuda.memory_allocated()
peak = torch.cuda.max_memory_allocated()
print("the temporary is gone:", now < x.nbytes + MiB)
print("the peak saw it:", peak > now + 200 * MiB)
