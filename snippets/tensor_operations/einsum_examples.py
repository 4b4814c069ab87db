import torch

torch.manual_seed(0)
A = torch.randn(2, 3)
B = torch.randn(3, 4)
u = torch.randn(5, 3)  # 5 pairs of vectors
v = torch.randn(5, 3)

product = torch.einsum("ij,jk->ik", A, B)  # sum over the shared letter j
print("ij,jk->ik is A @ B:         ", torch.allclose(product, A @ B))

dots = torch.einsum("bi,bi->b", u, v)  # one dot product per row b
print("bi,bi->b, shape", tuple(dots.shape), "is (u * v).sum(1):", torch.allclose(dots, (u * v).sum(dim=1)))

print("ij->ji is the transpose:    ", torch.equal(torch.einsum("ij->ji", A), A.T))
