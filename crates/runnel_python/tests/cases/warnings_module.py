# warnings: the categories as built-in exceptions, filters that raise, and what a program
# sees on stdout (the warnings themselves go to stderr).
import warnings

print(issubclass(UserWarning, Warning), issubclass(Warning, Exception), DeprecationWarning.__mro__)
warnings.filterwarnings("ignore")
warnings.warn("not shown")
warnings.filterwarnings("error", category=FutureWarning)
try:
    warnings.warn("raised", FutureWarning)
except FutureWarning as e:
    print("caught", repr(e), isinstance(e, Warning))

class DataWarning(UserWarning):
    pass

warnings.simplefilter("error", DataWarning)
try:
    warnings.warn("bad row", DataWarning)
except UserWarning as e:
    print("caught", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("inside")
    except UserWarning as e:
        print("inside the block:", e)
warnings.warn("outside again")
for bad in [lambda: warnings.warn("x", int), lambda: warnings.filterwarnings("bogus")]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
try:
    raise RuntimeWarning("as an exception")
except Warning as e:
    print(type(e).__name__, e.args)
print("done")
