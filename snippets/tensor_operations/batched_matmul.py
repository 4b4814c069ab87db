import torch

batch = torch.ones(10, 2, 3)    # 10 matrices of shape (2, 3)
weights = torch.ones(10, 3, 4)  # 10 matrices of shape (3, 4)
shared = torch.ones(3, 4)       # one matrix for the whole batch

print("(10, 2, 3) @ (10, 3, 4):", (batch @ weights).shape)  # one product per pair
print("bmm, the same:          ", torch.bmm(batch, weights).shape)
print("(10, 2, 3) @ (3, 4):    ", (batch @ shared).shape)   # shared is reused for all 10
print("(5, 1, 2, 3) @ (4, 3, 2):", (torch.ones(5, 1, 2, 3) @ torch.ones(4, 3, 2)).shape)
