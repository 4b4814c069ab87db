import torch

print("matmul:    ", torch.backends.cuda.matmul.fp32_precision)
print("cuDNN conv:", torch.backends.cudnn.conv.fp32_precision)
print("cuDNN RNN: ", torch.backends.cudnn.rnn.fp32_precision)
