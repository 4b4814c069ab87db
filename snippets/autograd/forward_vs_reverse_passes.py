import torch
from torch.func import jvp, vjp

torch.manual_seed(0)
x = torch.randn(100)
w = torch.randn(100)
evaluations = 0


def loss_fn(w):  # 100 inputs, 1 output: the shape of every training loss
    global evaluations
    evaluations += 1
    return torch.tanh(w * x).sum() ** 2


# Forward mode: one pass per input direction, each giving one gradient entry.
grad_forward = torch.stack([jvp(loss_fn, (w,), (e,))[1] for e in torch.eye(100)])
print("forward mode, evaluations of loss_fn:", evaluations)

evaluations = 0
loss, pullback = vjp(loss_fn, w)
(grad_reverse,) = pullback(torch.ones_like(loss))  # one backward pass: all of it
print("reverse mode, evaluations of loss_fn:", evaluations, "+ one backward pass")
print("same gradient:", torch.allclose(grad_forward, grad_reverse))
