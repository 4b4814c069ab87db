import torch

w = torch.tensor(1.0, requires_grad=True)

for _ in range(3):
    loss = 2 * w
    loss.backward()

print("w.grad:", w.grad)
