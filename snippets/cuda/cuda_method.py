# runs on: cuda
import torch

x = torch.ones(2, 3)
x_gpu = x.cuda()  # the same as x.to("cuda")
print("x_gpu:", x_gpu.device)
print("back:", x_gpu.cpu().device)
