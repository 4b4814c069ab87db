import torch
from torch.func import jacrev, jvp


def f(x):  # 3 inputs, 2 outputs
    return torch.stack([x[0] * x[1], x[1] + torch.sin(x[2])])


x = torch.tensor([1.0, 2.0, 0.0])

# One forward-mode pass per input direction, each giving one column.
columns = [jvp(f, (x,), (e,))[1] for e in torch.eye(3)]
jacobian = torch.stack(columns, dim=1)
print(jacobian)
print("equals jacrev:", torch.equal(jacobian, jacrev(f)(x)))
