import torch

x, y_star, b = 0.5, 2.0, 0.1
w = torch.tensor(0.8, dtype=torch.float64)


def exp(z):
    # e^z from its Taylor series, with + * / only: every machine rounds these alike, while
    # torch.exp may differ in the last bit from one CPU to another, and the errors of the
    # smallest steps below are that last bit, magnified
    result = torch.ones_like(z)
    for k in range(20, 0, -1):
        result = 1 + z * result / k
    return result


def loss_fn(w):
    return (exp(w * x + b) - y_star) ** 2


e = exp(w * x + b)
exact = 2 * (e - y_star) * e * x  # the symbolic derivative, to measure errors

print("    h      forward error   central error")
for h in [1e-1, 1e-3, 1e-5, 1e-7, 1e-9, 1e-11, 1e-13]:
    forward = (loss_fn(w + h) - loss_fn(w)) / h
    central = (loss_fn(w + h) - loss_fn(w - h)) / (2 * h)
    forward_error, central_error = abs(forward - exact), abs(central - exact)
    print(f"{h:7.0e}    {forward_error:9.1e}      {central_error:9.1e}")
