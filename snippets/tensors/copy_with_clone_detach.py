import torch

weights = torch.ones(3, requires_grad=True)

copy = weights.clone().detach()  # new memory, and no link to the autograd graph
copy[0] = 5

print("copy:    ", copy, " requires_grad:", copy.requires_grad)
print("weights: ", weights)
print("same memory:", copy.data_ptr() == weights.data_ptr())
