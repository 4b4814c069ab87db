from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))

for name, param in model.named_parameters():
    print(f"{name:9} {param.numel():3} numbers")
total = sum(param.numel() for param in model.parameters())
print("total:", total)  # (4*8 + 8) + (8*3 + 3)
