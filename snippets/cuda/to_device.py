import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.ones(2, 3)
x_device = x.to(device)
print("x:", x.device, "x_device:", x_device.device)
print("same tensor object:", x_device is x)
