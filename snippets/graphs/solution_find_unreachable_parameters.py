import torch
from torch import nn

torch.manual_seed(0)
layer1 = nn.Linear(3, 4)
layer2 = nn.Linear(4, 1)
x = torch.randn(8, 3)

hidden = layer1(x).clamp(min=0).detach()  # the bug: cuts off the first layer
loss = layer2(hidden).pow(2).mean()


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


parameters = {
    "layer1.weight": layer1.weight, "layer1.bias": layer1.bias,
    "layer2.weight": layer2.weight, "layer2.bias": layer2.bias,
}
reachable = reachable_leaves(loss)
for name, parameter in parameters.items():
    print(f"{name:13} reached: {any(parameter is leaf for leaf in reachable)}")
