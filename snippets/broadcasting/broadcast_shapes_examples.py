import torch

print(torch.broadcast_shapes((3, 4), (4,)))        # missing leading dim
print(torch.broadcast_shapes((3, 1), (1, 4)))      # 1 stretches on both sides
print(torch.broadcast_shapes((2, 1, 5), (3, 1)))   # trailing dims aligned first
print(torch.broadcast_shapes((6, 7), ()))          # a scalar fits everything
