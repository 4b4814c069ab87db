import torch

x, y_star = torch.tensor(0.5), torch.tensor(2.0)
w = torch.tensor(0.8, requires_grad=True)
b = torch.tensor(0.1, requires_grad=True)

loss = (torch.exp(w * x + b) - y_star) ** 2
loss.backward()

with torch.no_grad():
    e = torch.exp(w * x + b)
    dl_dw = 2 * (e - y_star) * e * x
    dl_db = 2 * (e - y_star) * e

print("dl/dw  autograd:", w.grad.item(), " by hand:", dl_dw.item())
print("dl/db  autograd:", b.grad.item(), " by hand:", dl_db.item())
print("allclose:", torch.allclose(w.grad, dl_dw) and torch.allclose(b.grad, dl_db))
