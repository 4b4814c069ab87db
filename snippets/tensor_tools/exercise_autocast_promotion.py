import torch

x = torch.ones(2, 3)
w = torch.ones(3, 4)
bias = torch.ones(4)  # float32

with torch.autocast("cpu", dtype=torch.bfloat16):
    h = x @ w
    out = h + bias
print(h.dtype, out.dtype)
