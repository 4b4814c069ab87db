import torch

first = torch.Generator().manual_seed(7)
second = torch.Generator().manual_seed(7)

a = torch.randint(0, 100, (4,), generator=first)
b = torch.randint(0, 100, (4,), generator=first)
c = torch.randint(0, 100, (4,), generator=second)
print(torch.equal(a, b), torch.equal(a, c))
