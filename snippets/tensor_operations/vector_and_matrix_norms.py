import torch
from torch.linalg import matrix_norm, vector_norm

u = torch.tensor([3.0, -4.0])
print("L2 norm: ", vector_norm(u))                    # sqrt(3² + 4²), the default
print("L1 norm: ", vector_norm(u, ord=1))             # |3| + |-4|
print("max norm:", vector_norm(u, ord=float("inf")))  # the largest |element|

A = torch.ones(4, 9)
print("Frobenius:", matrix_norm(A))           # sqrt of the sum of all 36 squares
print("row norms:", vector_norm(A, dim=1))    # one L2 norm per row: sqrt(9)
