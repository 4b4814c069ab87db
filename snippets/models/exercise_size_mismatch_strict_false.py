# raises: RuntimeError
import torch
from torch import nn

ten_classes = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 10))
torch.save(ten_classes.state_dict(), "ten_classes.pt")

three_classes = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
three_classes.load_state_dict(torch.load("ten_classes.pt"), strict=False)
print("loaded")
