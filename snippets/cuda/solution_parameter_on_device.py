import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

w = torch.zeros(3, device=device, requires_grad=True)  # born on the device: a leaf
optimizer = torch.optim.SGD([w], lr=0.1)

loss = ((w - 1) ** 2).sum()
loss.backward()
optimizer.step()
print("is_leaf:", w.is_leaf)
print(w)
