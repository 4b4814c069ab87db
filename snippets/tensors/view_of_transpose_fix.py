import torch

x = torch.arange(6).reshape(2, 3)
xt = x.t()

flat = xt.contiguous().view(6)  # contiguous() copies into row-major order
also_flat = xt.reshape(6)       # reshape copies only when it has to

print(flat)
print(also_flat)
print("xt.reshape(6) copied:", also_flat.data_ptr() != x.data_ptr())
print("x.reshape(6) copied: ", x.reshape(6).data_ptr() != x.data_ptr())
