import torch

x = torch.zeros(3, 4)
row = x[1]         # basic indexing: a view of x's memory
row[:] = 5
x[:, 0] = -1       # assigning to a slice writes in place
picked = x[[0, 2]] # advanced indexing (a list, a mask): a copy
picked[:] = 9

print(x)
