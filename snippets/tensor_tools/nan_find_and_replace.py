import torch

readings = torch.tensor([20.5, float("nan"), 22.0, 21.5])

missing = torch.isnan(readings)
print(missing, "missing:", missing.sum().item())
print(readings[~missing])  # keep the values that are there

print(torch.nan_to_num(readings, nan=0.0))
print("nanmean:", readings.nanmean(), " nansum:", readings.nansum())
print("zeros counted in:", torch.nan_to_num(readings, nan=0.0).mean())
