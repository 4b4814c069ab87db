import torch

w = torch.tensor([1.0, 2.0])  # e.g. loaded from a file, no gradient tracking yet
print("before:", w.requires_grad)

w.requires_grad_()  # flip the flag in place on a leaf
print("after requires_grad_():", w.requires_grad)

w.requires_grad_(False)  # and back: how you freeze a parameter
print("after requires_grad_(False):", w.requires_grad)
