import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = torch.sigmoid(x)

z = y * 2  # out of place: a new tensor, the saved y is untouched
z.sum().backward()
print("x.grad:", x.grad)
