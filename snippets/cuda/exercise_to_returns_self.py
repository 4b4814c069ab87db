import torch

x = torch.ones(3)  # float32, on the CPU
print('x.to("cpu") is x:', x.to("cpu") is x)
print("x.to(torch.float32) is x:", x.to(torch.float32) is x)
print("x.to(torch.float64) is x:", x.to(torch.float64) is x)
print('x.to("cpu", copy=True) is x:', x.to("cpu", copy=True) is x)
