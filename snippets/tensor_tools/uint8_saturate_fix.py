import torch

pixels = torch.tensor([10, 100, 200, 250], dtype=torch.uint8)

wide = pixels.to(torch.int16) + 100  # int16 holds -32768..32767: nothing wraps
print(wide)
brighter = wide.clamp(0, 255).to(torch.uint8)  # saturate, then back to bytes
print(brighter)

scaled = pixels.float() / 255  # or work in float32, in [0, 1]
print(scaled)
print((scaled * 1.5).clamp(0, 1).mul(255).round().to(torch.uint8))
