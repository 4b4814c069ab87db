import torch

v = torch.tensor([1.0, 2.0, 3.0])
M = torch.arange(6.0).reshape(2, 3)

print("v @ v:  ", v @ v)      # two vectors: the dot product, a 0-dim tensor
print("M @ v:  ", M @ v)      # (2, 3) @ (3,) -> (2,)
print("v @ M.T:", v @ M.T)    # (3,) @ (3, 2) -> (2,)
print("M @ v as a column:", (M @ v.unsqueeze(1)).shape)  # (2, 3) @ (3, 1) -> (2, 1)
