import torch

x = torch.arange(10)

print("chunk(3):        ", x.chunk(3))          # 3 pieces, as equal as possible
print("split(4):        ", x.split(4))          # pieces of 4, the last one shorter
print("split([2, 3, 5]):", x.split([2, 3, 5]))  # pieces of exactly these sizes
print("arange(6).chunk(4) gives", len(torch.arange(6).chunk(4)), "pieces")
