# raises: RuntimeError
import torch

batch = torch.ones(10, 2, 3)
shared = torch.ones(3, 4)

print("matmul broadcasts:", (batch @ shared).shape)
torch.bmm(batch, shared)  # bmm wants two 3-D tensors with the same batch size
