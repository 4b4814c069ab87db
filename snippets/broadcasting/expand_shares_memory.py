import torch

bias = torch.tensor([1.0, 2.0, 3.0])
wide = bias.expand(4, 3)  # a view: no new memory

print("shape: ", wide.shape)
print("stride:", wide.stride())  # 0: every row reads the same 3 numbers
print("same memory:", wide.data_ptr() == bias.data_ptr())

bias[0] = 100.0
print(wide)
