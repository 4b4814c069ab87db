import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])

for step in range(2):
    loss = (w * x).sum()  # a fresh graph each time; d loss / dw = x
    loss.backward()
    print(f"after backward #{step + 1}:", w.grad)

w.grad.zero_()
print("after zero_():     ", w.grad)
