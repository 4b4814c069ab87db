import sympy as sp

w, b, x, y_star = sp.symbols("w b x y_star")
loss = (sp.exp(w * x + b) - y_star) ** 2

dl_dw = sp.diff(loss, w)  # a formula, derived with the rules of calculus
dl_db = sp.diff(loss, b)
print("dl/dw =", dl_dw)
print("dl/db =", dl_db)

point = {x: 0.5, y_star: 2.0, w: 0.8, b: 0.1}
print("at the point: dl/dw =", dl_dw.subs(point), "| dl/db =", dl_db.subs(point))
