import torch
import torch.autograd.forward_ad as fwAD

x, y_star = torch.tensor(0.5), torch.tensor(2.0)
w, b = torch.tensor(0.8), torch.tensor(0.1)

with fwAD.dual_level():
    # One pass per parameter; a dual tensor is a value with a tangent alongside.
    for name, w_tangent, b_tangent in [("w", 1.0, 0.0), ("b", 0.0, 1.0)]:
        w_dual = fwAD.make_dual(w, torch.tensor(w_tangent))
        b_dual = fwAD.make_dual(b, torch.tensor(b_tangent))
        loss = (torch.exp(w_dual * x + b_dual) - y_star) ** 2
        value, tangent = fwAD.unpack_dual(loss)
        print(f"pass for {name}: loss = {value:.4f}, dl/d{name} = {tangent:.4f}")
        print("    loss.grad_fn:", loss.grad_fn)
