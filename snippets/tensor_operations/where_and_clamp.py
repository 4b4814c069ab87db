import torch

x = torch.tensor([-2.0, -0.5, 0.0, 1.5, 3.0])

print("where:       ", torch.where(x > 0, x, 0.0))  # x where positive, else 0
print("clamp(min=0):", x.clamp(min=0))              # the same: a ReLU
print("clamp(-1, 1):", x.clamp(-1, 1))              # limit to [-1, 1]
print("where, two tensors:", torch.where(x > 0, x, 0.1 * x))  # a "leaky" ReLU
