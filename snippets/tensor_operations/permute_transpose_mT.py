import torch

x = torch.zeros(2, 3, 4)  # e.g. a batch of 2 matrices of shape (3, 4)

print("transpose(0, 2): ", x.transpose(0, 2).shape)   # swaps two dims
print("permute(2, 0, 1):", x.permute(2, 0, 1).shape)  # puts all dims in a new order
print("mT:              ", x.mT.shape)                # swaps the last two: each matrix transposed

m = torch.zeros(3, 4)
print("m.T, m.t():      ", m.T.shape, m.t().shape)     # on a matrix, the usual transpose
print("views, no copy:  ", x.permute(2, 0, 1).data_ptr() == x.data_ptr())
