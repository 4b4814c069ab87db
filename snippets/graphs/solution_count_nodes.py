from collections import Counter

import torch

torch.manual_seed(0)
x, y = torch.randn(8, 3), torch.randn(8, 1)
w = torch.randn(3, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
loss = ((x @ w + b - y) ** 2).mean()


def count_nodes(output):
    """Count the nodes of output's graph by type, each node once."""
    seen, stack = set(), [output.grad_fn]
    while stack:
        node = stack.pop()
        if node is None or node in seen:  # None: an input not requiring grad
            continue
        seen.add(node)
        stack.extend(next_node for next_node, _ in node.next_functions)
    return Counter(type(node).__name__ for node in seen)


for name, count in sorted(count_nodes(loss).items()):
    print(f"{name:15} {count}")
shared = count_nodes((w * w).sum())  # w is used twice, by the same multiplication
print("AccumulateGrad nodes when w is used twice:", shared["AccumulateGrad"])
