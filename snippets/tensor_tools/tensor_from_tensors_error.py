# raises: ValueError
import torch

day_1 = torch.tensor([20.5, 21.0, 19.5])
day_2 = torch.tensor([22.0, 21.5, 20.0])
week = torch.tensor([day_1, day_2])
