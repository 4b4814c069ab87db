# raises: RuntimeError
import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.exp()  # exp saves its result for the backward pass
print("saved before backward:", y.grad_fn._saved_result)

y.sum().backward()
print("node still there:", y.grad_fn)
print("saved after backward:", y.grad_fn._saved_result)
