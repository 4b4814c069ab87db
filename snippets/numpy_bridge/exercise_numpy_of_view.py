import torch

x = torch.zeros(2, 3)
col = x[:, 1].numpy()

col[:] = 7
print(x)
print("contiguous column:", x[:, 1].is_contiguous())
