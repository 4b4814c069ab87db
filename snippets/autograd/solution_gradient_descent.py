import torch

w = torch.tensor(0.0, requires_grad=True)
learning_rate = 0.1

for step in range(1, 51):
    loss = (w - 3) ** 2
    loss.backward()
    with torch.no_grad():  # the update must not be recorded
        w -= learning_rate * w.grad
    w.grad.zero_()  # or the next gradient adds to this one
    if step % 10 == 0:
        print(f"step {step}: w = {w.item():.6f}, loss = {loss.item():.2e}")
