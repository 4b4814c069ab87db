import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)

zeros = torch.zeros_like(x)         # same shape, dtype and device as x
noise = torch.randn_like(x)
bias = x.new_ones(3)                # x's dtype and device, a new shape
labels = x.new_tensor([0, 1, 1])    # x's dtype and device, data from a list

print("zeros_like:", zeros.shape, zeros.dtype)
print("randn_like:", noise.shape, noise.dtype)
print("new_ones:  ", bias)
print("new_tensor:", labels)
