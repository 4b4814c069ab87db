import torch

w = torch.tensor(2.0, requires_grad=True)

with torch.no_grad():
    scale = w * 10

loss = scale * w
loss.backward()
print("w.grad:", w.grad)
