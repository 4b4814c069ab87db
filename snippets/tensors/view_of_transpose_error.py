# raises: RuntimeError
import torch

x = torch.arange(6).reshape(2, 3)
xt = x.t()  # a transpose swaps strides, it moves no data

print("x.stride():", x.stride(), " xt.stride():", xt.stride())
print("xt contiguous:", xt.is_contiguous())
xt.view(6)
