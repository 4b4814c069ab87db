import torch

x = torch.tensor([[1.0, 2.0, 3.0],
                  [4.0, 5.0, 6.0]])

print("sum():         ", x.sum())          # every element: a 0-dim tensor
print("sum(dim=0):    ", x.sum(dim=0))     # dim 0 disappears: one sum per column
print("sum(dim=1):    ", x.sum(dim=1))     # dim 1 disappears: one sum per row
print("mean(dim=0):   ", x.mean(dim=0))
print("prod(dim=1):   ", x.prod(dim=1))
print("std(dim=1):    ", x.std(dim=1))
print("sum(dim=(0, 1)):", x.sum(dim=(0, 1)))  # several dims at once
