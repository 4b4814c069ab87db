import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 2

y_constant = y.detach()  # a new leaf, cut from the graph
print("y_constant.requires_grad:", y_constant.requires_grad)
