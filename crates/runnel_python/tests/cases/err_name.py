print("antes")
def f(x):
    return x + noexiste
f(1)
