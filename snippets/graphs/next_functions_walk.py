import torch

x = torch.tensor(2.0, requires_grad=True)
c = (x * 3).exp() + x

print("c.grad_fn.next_functions:", c.grad_fn.next_functions)


def walk(fn, depth=0):
    print("    " * depth + type(fn).__name__)
    for next_fn, _ in fn.next_functions:
        if next_fn is not None:
            walk(next_fn, depth + 1)


walk(c.grad_fn)
accumulate = c.grad_fn.next_functions[1][0]
print("AccumulateGrad.variable is x:", accumulate.variable is x)
