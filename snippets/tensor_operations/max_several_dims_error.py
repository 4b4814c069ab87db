# raises: TypeError
import torch

images = torch.tensor([[[1.0, 5.0, 2.0],
                        [6.0, 3.0, 4.0]],
                       [[7.0, 1.0, 2.0],
                        [2.0, 9.0, 3.0]]])

images.max(dim=(1, 2))  # max returns indices too, and takes a single dim
