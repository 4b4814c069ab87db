import torch

torch.set_printoptions(precision=3)
logits = torch.tensor([2.0, 1.0, 0.0, -1.0])  # scores for 4 tokens
rng = torch.Generator().manual_seed(0)

for temperature in (0.5, 1.0, 2.0):
    probs = torch.softmax(logits / temperature, dim=0)
    draws = torch.multinomial(probs, 10000, replacement=True, generator=rng)
    frequencies = torch.bincount(draws, minlength=4) / 10000
    print(f"T={temperature}: probs", probs, "drawn", frequencies)
