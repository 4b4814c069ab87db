import torch

print(torch.iinfo(torch.uint8))
print(torch.iinfo(torch.int32).max)

pixels = torch.tensor([10, 100, 200, 250], dtype=torch.uint8)  # one row of an image
print("brighter:", pixels + 100)  # 200 + 100 = 300, which wraps to 300 - 256 = 44
print("darker:  ", pixels - 20)   # 10 - 20 = -10, which wraps to 246
print((pixels + 100).dtype)
