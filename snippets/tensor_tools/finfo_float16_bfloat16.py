import torch

for dtype in (torch.float32, torch.float16, torch.bfloat16):
    info = torch.finfo(dtype)
    print(f"{str(dtype):15} max={info.max:<12.6g} eps={info.eps:<10.3g} "
          f"smallest normal={info.smallest_normal:.3g}")
