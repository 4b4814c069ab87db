import torch

b = torch.tensor([0.5], requires_grad=True)
x = torch.tensor([1.0, 2.0, 3.0, 4.0])

loss = (x + b).sum()
loss.backward()
print("b.grad:", b.grad)
