import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
unused = torch.tensor([3.0, 4.0], requires_grad=True)
loss = (w ** 2).sum()

grad_w, grad_unused = torch.autograd.grad(loss, [w, unused], allow_unused=True)
print("grad_w:", grad_w)
print("grad_unused:", grad_unused)

(grad_w, grad_unused) = torch.autograd.grad(
    (w ** 2).sum(), [w, unused], allow_unused=True, materialize_grads=True
)
print("with materialize_grads=True:", grad_unused)
