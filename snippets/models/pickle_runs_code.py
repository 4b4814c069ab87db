# raises: UnpicklingError
import torch


class Surprise:
    def __reduce__(self):  # tells pickle how to rebuild this object: by calling print(...)
        return (print, ("this line ran while the file was loading",))


torch.save({"weights": torch.ones(2), "extra": Surprise()}, "untrusted.pt")

checkpoint = torch.load("untrusted.pt", weights_only=False)  # runs whatever the file asks for
print("loaded:", checkpoint)

torch.load("untrusted.pt")  # weights_only=True, the default since torch 2.6
