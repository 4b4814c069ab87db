import torch


def f(x):
    if x > 0:
        return x.exp()
    return x ** 2


a = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(-1.0, requires_grad=True)
print("f(a).grad_fn:", f(a).grad_fn)
print("f(b).grad_fn:", f(b).grad_fn)
