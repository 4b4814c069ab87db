import numpy as np
import torch

weights = torch.ones(3, requires_grad=True)
loss = (weights * 2).sum()

w_np = weights.detach().numpy()  # same memory, but outside the graph
print("w_np:", w_np)
print("shares memory with weights:", np.shares_memory(w_np, weights.detach()))
print("loss as a Python float:", loss.item())  # for one number, item() needs no detach
