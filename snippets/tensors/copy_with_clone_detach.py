import torch

weights = torch.ones(3, requires_grad=True)

copy = weights.detach().clone()  # no link to the autograd graph, and new memory
copy[0] = 5

print("copy:    ", copy, " requires_grad:", copy.requires_grad)
print("weights: ", weights)
print("same memory:", copy.data_ptr() == weights.data_ptr())
