import torch

day_1 = torch.tensor([20.5, 21.0, 19.5])
day_2 = torch.tensor([22.0, 21.5, 20.0])
print(torch.stack([day_1, day_2]))  # a new first axis: shape (2, 3)

losses = [torch.tensor(0.75), torch.tensor(0.5)]  # 0-dim: one element each
print(torch.tensor(losses))  # each becomes a number
print(torch.stack(losses))   # the same values
