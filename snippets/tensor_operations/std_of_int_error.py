# raises: RuntimeError
import torch

ages = torch.tensor([23, 35, 31, 47])  # int64

print("std of floats:", ages.float().std())
ages.std()
