import torch

w = torch.tensor([1.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9)
for step in range(3):
    w.grad = torch.tensor([1.0])  # the same gradient every step
    optimizer.step()
    print(f"after step {step + 1}: w = {w.item():.3f}")
