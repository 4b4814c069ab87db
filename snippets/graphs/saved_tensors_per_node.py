import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)


def saved_tensors(node):
    """Names of the tensors a backward node saved during the forward pass."""
    names = [name for name in dir(node) if name.startswith("_saved_")]
    return [n for n in names if isinstance(getattr(node, n), torch.Tensor)]


losses = {
    "(w + 1).sum()": (w + 1).sum(),
    "(w.exp() * 3).sum()": (w.exp() * 3).sum(),
}
for formula, loss in losses.items():
    print(formula)
    node = loss.grad_fn
    while node is not None:  # these graphs are chains: follow the first input
        print("   ", type(node).__name__, saved_tensors(node))
        node = node.next_functions[0][0] if node.next_functions else None
