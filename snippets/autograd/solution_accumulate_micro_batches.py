import torch

torch.manual_seed(0)
x, y = torch.randn(8, 3), torch.randn(8)
w = torch.randn(3, requires_grad=True)

# The gradient of the whole batch's mean loss, in one backward pass.
((x @ w - y) ** 2).mean().backward()
full_batch = w.grad.clone()

# The same from two halves of 4: each backward() adds its part into w.grad.
w.grad = None
for x_half, y_half in zip(x.split(4), y.split(4)):
    loss = ((x_half @ w - y_half) ** 2).mean() / 2  # each half: half the batch
    loss.backward()

print("full batch:   ", full_batch)
print("accumulated:  ", w.grad)
print("allclose:", torch.allclose(full_batch, w.grad))
