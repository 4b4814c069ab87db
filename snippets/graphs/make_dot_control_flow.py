import torch
from torchviz import make_dot


def double_until_large(x):
    y = x * 2
    while y.norm() < 10:  # how many times depends on the data
        y = y * 2
    return y.sum()


x_large = torch.tensor([1.0, 1.0], requires_grad=True)
x_small = torch.tensor([0.1, 0.1], requires_grad=True)

make_dot(double_until_large(x_large), params={"x": x_large}).render("loop_large_x", format="svg")
make_dot(double_until_large(x_small), params={"x": x_small}).render("loop_small_x", format="svg")
