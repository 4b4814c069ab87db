import torch

nan = float("nan")
table = torch.tensor([[1.0, nan, 5.0],
                      [3.0, nan, nan],
                      [5.0, nan, 8.0]])  # rows: days; columns: sensors

print(table.nanmean(dim=0))  # sensor 1 has no reading at all
print(table.nansum(dim=0))   # an empty sum is 0

values = torch.tensor([1.0, float("inf"), nan])
print(torch.nan_to_num(values))  # the default also replaces inf
