import torch

torch.manual_seed(0)
image = torch.randint(0, 256, (3, 4, 4), dtype=torch.uint8)  # channels, height, width

def shift_brightness(image, amount):
    shifted = image.to(torch.int16) + amount  # room for -255..510
    return shifted.clamp(0, 255).to(torch.uint8)

brighter = shift_brightness(image, 80)
darker = shift_brightness(image, -80)
print(brighter.dtype, brighter.shape)
print(torch.equal(brighter, (image.int() + 80).clamp(max=255).to(torch.uint8)))
print("brighter never darker:", bool((brighter >= image).all()))
print("darker never brighter:", bool((darker <= image).all()))
print(image[0, 0], brighter[0, 0], darker[0, 0])
