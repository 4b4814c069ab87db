import torch

votes = torch.tensor([[1, 5, 2],
                      [7, 0, 7]])
print(votes.argmax(dim=1))
print(votes.argmax())
