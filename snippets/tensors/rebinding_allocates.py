import torch

X = torch.ones(3)
Y = torch.zeros(3)

before = Y.data_ptr()
Y = Y + X     # builds a new tensor, then rebinds the name Y to it
print("Y = Y + X    same memory:", Y.data_ptr() == before)

before = Y.data_ptr()
Y[:] = Y + X  # writes the result into Y's existing memory
print("Y[:] = Y + X same memory:", Y.data_ptr() == before)

before = Y.data_ptr()
Y += X        # in place, like Y.add_(X)
print("Y += X       same memory:", Y.data_ptr() == before)
print("Y:", Y)
