import torch

x = torch.ones(2, 3)

print("add:  ", x.add(10)[0], " x unchanged:", x[0])
x.add_(10)              # trailing underscore: modifies x itself
print("add_: ", x[0])
x.fill_(7)
print("fill_:", x[0])
x.zero_()
print("zero_:", x[0])
x.t_()                  # in-place transpose: x's own shape changes
print("t_:   ", x.shape)
