import torch

scores = torch.tensor([[0.5, 1.0, 2.0, 0.0],
                       [1.5, 0.2, 0.0, 0.0]])
padding = torch.tensor([[False, False, False, True],
                        [False, False, True, True]])  # positions with no real token

masked = scores.masked_fill(padding, float("-inf"))
print(masked)
print(torch.softmax(masked, dim=1))  # exp(-inf) = 0: padding gets no weight

print("nonzero:", padding.nonzero())  # one row per True: its (row, column)
print("as_tuple:", padding.nonzero(as_tuple=True))  # one index tensor per dim
