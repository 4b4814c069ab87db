import torch

A = torch.tensor([[1.0, 2.0],
                  [3.0, 4.0]])
identity = torch.eye(2)

print("A * identity:")  # element by element: only the diagonal survives
print(A * identity)
print("A @ identity:")  # matrix product: A itself
print(A @ identity)
