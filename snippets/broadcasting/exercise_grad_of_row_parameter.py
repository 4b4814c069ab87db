import torch

x = torch.arange(6.0).reshape(2, 3)
scale = torch.ones(1, 3, requires_grad=True)

(x * scale).sum().backward()
print(scale.grad)
