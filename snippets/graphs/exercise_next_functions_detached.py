import torch

x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
y = x.detach() + w

print(y.grad_fn.next_functions)
