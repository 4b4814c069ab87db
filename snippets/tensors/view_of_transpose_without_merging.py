import torch

x = torch.arange(12).reshape(3, 4)
xt = x.t()  # shape (4, 3), strides (1, 4): not contiguous

split = xt.view(2, 2, 3)  # splits the first axis in two, merges nothing
print("xt.view(2, 2, 3):", split.shape, " stride:", split.stride())
print("xt.view(4, 3, 1):", xt.view(4, 3, 1).shape)  # adds an axis of size 1
print("shares memory:", split.data_ptr() == x.data_ptr())
