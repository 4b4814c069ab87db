import torch

prices = torch.tensor([4.0])                       # float32, shape (1,)
rate = torch.tensor([0.5], dtype=torch.float64)    # float64, shape (1,)
rate_0d = torch.tensor(0.5, dtype=torch.float64)   # float64, shape ()
print((prices * rate).dtype)
print((prices * rate_0d).dtype)
