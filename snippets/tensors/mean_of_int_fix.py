import torch

counts = torch.tensor([1, 2, 3, 4])

print(counts.float().mean())                 # .float() is .to(torch.float32)
print(counts.to(torch.float64).mean())
print(counts.mean(dtype=torch.float32))      # or ask mean() for a float result

scores = torch.tensor([0.9, 2.5, -1.7])
print("long() truncates toward zero:", scores.long())
