import torch

zero = torch.tensor(0.0)
print(zero / zero, torch.sqrt(torch.tensor(-1.0)), torch.tensor(float("inf")) - float("inf"))

readings = torch.tensor([20.5, float("nan"), 22.0, 21.5])  # one sensor reading is missing
print("sum: ", readings.sum())
print("mean:", readings.mean())
print("max: ", readings.max())
print("readings == readings:", readings == readings)  # nan is not equal to itself
