import torch

before = torch.tensor([100, 50], dtype=torch.uint8)
after = torch.tensor([60, 80], dtype=torch.uint8)
print(before - after)
print((before.int() - after.int()).abs())
