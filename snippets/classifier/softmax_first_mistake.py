import torch
from torch import nn

loss_fn = nn.CrossEntropyLoss()
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0],
                       [1.0, 1.0, 1.0]])
targets = torch.tensor([0, 2, 1])
print("loss on logits:       ", round(loss_fn(logits, targets).item(), 4))
print("loss, softmax first:  ", round(loss_fn(torch.softmax(logits, dim=1), targets).item(), 4))

right = torch.tensor([[20.0, -20.0, -20.0]])  # sure of class 0, and right
print("sure and right:       ", round(loss_fn(right, torch.tensor([0])).item(), 4))
print("sure and right, first:", round(loss_fn(torch.softmax(right, dim=1), torch.tensor([0])).item(), 4))

wrong = torch.tensor([[-10.0, 10.0, 0.0]], requires_grad=True)  # sure of class 1, but it is 0
loss_fn(wrong, torch.tensor([0])).backward()
print(f"gradient, sure and wrong:        {wrong.grad.norm():.3g}")
wrong.grad = None
loss_fn(torch.softmax(wrong, dim=1), torch.tensor([0])).backward()
print(f"gradient, sure and wrong, first: {wrong.grad.norm():.3g}")
