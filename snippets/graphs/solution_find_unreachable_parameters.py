import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
x = torch.randn(8, 3)

hidden = model[1](model[0](x)).detach()  # the bug: cuts off the first layer
loss = model[2](hidden).pow(2).mean()


def reachable_leaves(output):
    """The leaf tensors a backward pass from output would reach."""
    leaves, seen, stack = [], set(), [output.grad_fn]
    while stack:
        node = stack.pop()
        if node is None or node in seen:
            continue
        seen.add(node)
        if hasattr(node, "variable"):  # AccumulateGrad keeps its leaf there
            leaves.append(node.variable)
        stack.extend(next_node for next_node, _ in node.next_functions)
    return leaves


reachable = reachable_leaves(loss)
for name, parameter in model.named_parameters():
    print(f"{name:8} reached: {any(parameter is leaf for leaf in reachable)}")
