import torch

total = torch.tensor([0.1] * 10).sum()  # ten times 0.1, in float32
one = torch.tensor(1.0)
print(total, one, "equal:", (total == one).item())

torch.set_printoptions(precision=10)
print(total, one)
print("allclose:", torch.allclose(total, one))
