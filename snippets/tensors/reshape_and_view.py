import torch

x = torch.arange(6)
m = x.view(2, 3)
r = x.reshape(3, -1)  # -1: "work this size out for me"

print("view:   ", m.shape, " reshape:", r.shape)
print("same memory:", m.data_ptr() == x.data_ptr(), r.data_ptr() == x.data_ptr())

m[0, 0] = 100  # writing through the view changes x
print("x:", x)
