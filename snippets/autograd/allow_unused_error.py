# raises: RuntimeError
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
unused = torch.tensor([3.0, 4.0], requires_grad=True)
loss = (w ** 2).sum()  # does not involve `unused`

torch.autograd.grad(loss, [w, unused])
