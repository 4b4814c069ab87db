import torch
from torch import nn

y_pred = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
y = torch.tensor([1.0, 2.0, 3.0, 4.0])

loss = nn.MSELoss()(y_pred, y)  # nn.MSELoss at least warns
print("loss:", loss.item())
