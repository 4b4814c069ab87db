import torch

torch.manual_seed(0)
print("global:", torch.randperm(6))
torch.manual_seed(0)
weights = torch.randn(3)  # one extra draw from the global generator...
print("global:", torch.randperm(6))  # ...and the order changes

data_rng = torch.Generator().manual_seed(42)  # a stream of its own
print("own:   ", torch.randperm(6, generator=data_rng))
torch.manual_seed(123)
weights = torch.randn(3)  # reseed and draw from the global generator in between
print("own:   ", torch.randperm(6, generator=data_rng))

undisturbed = torch.Generator().manual_seed(42)  # nothing in between its draws
torch.randperm(6, generator=undisturbed)
print("undisturbed:", torch.randperm(6, generator=undisturbed))
