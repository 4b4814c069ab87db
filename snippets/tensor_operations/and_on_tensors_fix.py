import torch

scores = torch.tensor([0.2, 0.9, 0.5, 0.7, 0.4])

# & | ~ combine bool tensors element by element. The parentheses are needed:
# & binds more tightly than > and <.
print("in range:    ", (scores > 0.3) & (scores < 0.8))
print("out of range:", (scores <= 0.3) | (scores >= 0.8))
print("not passed:  ", ~(scores > 0.6))
print("any passed:  ", (scores > 0.6).any().item(), " all passed:", (scores > 0.6).all().item())
