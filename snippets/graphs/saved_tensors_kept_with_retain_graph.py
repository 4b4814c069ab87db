import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.exp()

y.sum().backward(retain_graph=True)
print("saved after backward:", y.grad_fn._saved_result)
