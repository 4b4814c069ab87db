import torch

A = torch.arange(6.0).reshape(2, 3)
B = torch.arange(12.0).reshape(3, 4)

C = A @ B  # (2, 3) @ (3, 4) -> (2, 4): the inner sizes meet and disappear
print("C.shape:", C.shape)
print(C)
print("same as matmul and mm:", torch.equal(C, torch.matmul(A, B)), torch.equal(C, torch.mm(A, B)))
print("C[1, 2] is row 1 of A times column 2 of B:", C[1, 2].item(), (A[1] * B[:, 2]).sum().item())
